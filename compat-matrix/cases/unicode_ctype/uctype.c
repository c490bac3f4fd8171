/* The character database as C sees it through the Py_UNICODE_IS* / Py_UNICODE_TO* macros
 * (which call CPython's unicodectype functions for non-ASCII code points). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* props(ch): the predicates and mappings of one code point. */
static PyObject *props(PyObject *self, PyObject *arg) {
    unsigned long v = PyLong_AsUnsignedLong(arg);
    if (v == (unsigned long)-1 && PyErr_Occurred()) return NULL;
    Py_UCS4 ch = (Py_UCS4)v;
    char flags[16];
    int n = 0;
    flags[n++] = Py_UNICODE_ISSPACE(ch) ? 's' : '-';
    flags[n++] = Py_UNICODE_ISALPHA(ch) ? 'a' : '-';
    flags[n++] = Py_UNICODE_ISLOWER(ch) ? 'l' : '-';
    flags[n++] = Py_UNICODE_ISUPPER(ch) ? 'u' : '-';
    flags[n++] = Py_UNICODE_ISTITLE(ch) ? 't' : '-';
    flags[n++] = Py_UNICODE_ISLINEBREAK(ch) ? 'b' : '-';
    flags[n++] = Py_UNICODE_ISDECIMAL(ch) ? 'd' : '-';
    flags[n++] = Py_UNICODE_ISDIGIT(ch) ? 'g' : '-';
    flags[n++] = Py_UNICODE_ISNUMERIC(ch) ? 'n' : '-';
    flags[n++] = Py_UNICODE_ISPRINTABLE(ch) ? 'p' : '-';
    flags[n++] = Py_UNICODE_ISALNUM(ch) ? 'x' : '-';
    flags[n] = 0;
    return Py_BuildValue("(sIIIiid)", flags, (unsigned)Py_UNICODE_TOLOWER(ch), (unsigned)Py_UNICODE_TOUPPER(ch),
                         (unsigned)Py_UNICODE_TOTITLE(ch), Py_UNICODE_TODECIMAL(ch), Py_UNICODE_TODIGIT(ch),
                         Py_UNICODE_TONUMERIC(ch));
}

static PyMethodDef methods[] = {
    {"props", props, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "uctype", NULL, -1, methods};

PyMODINIT_FUNC PyInit_uctype(void) { return PyModule_Create(&module); }
