/* Strings with lone surrogates across the C-API: the PEP 393 kind and code units C reads,
 * strings C builds from UCS2/UCS4 data and ordinals, and the UTF-8 conversions (which refuse
 * surrogates unless an error handler passes them). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* (kind, length, [code points read with PyUnicode_READ]) */
static PyObject *inspect(PyObject *self, PyObject *s) {
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "str expected");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    PyObject *cps = PyList_New(n);
    if (cps == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = PyLong_FromUnsignedLong(PyUnicode_READ(kind, data, i));
        if (v == NULL) { Py_DECREF(cps); return NULL; }
        PyList_SET_ITEM(cps, i, v);
    }
    return Py_BuildValue("(inN)", kind, n, cps);
}

/* A string of the given code points, through PyUnicode_FromKindAndData (2- or 4-byte units). */
static PyObject *from_units(PyObject *self, PyObject *args) {
    PyObject *list;
    int kind;
    if (!PyArg_ParseTuple(args, "O!i", &PyList_Type, &list, &kind)) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(list);
    Py_UCS4 buf4[16];
    Py_UCS2 buf2[16];
    if (n > 16) n = 16;
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned long v = PyLong_AsUnsignedLong(PyList_GET_ITEM(list, i));
        if (v == (unsigned long)-1 && PyErr_Occurred()) return NULL;
        buf4[i] = (Py_UCS4)v;
        buf2[i] = (Py_UCS2)v;
    }
    return PyUnicode_FromKindAndData(kind, kind == PyUnicode_2BYTE_KIND ? (void *)buf2 : (void *)buf4, n);
}

static PyObject *from_ordinal(PyObject *self, PyObject *arg) {
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred()) return NULL;
    return PyUnicode_FromOrdinal((int)v);
}

/* A string built with PyUnicode_New(maxchar) and PyUnicode_WRITE. */
static PyObject *written(PyObject *self, PyObject *arg) {
    Py_UCS4 c = (Py_UCS4)PyLong_AsUnsignedLong(arg);
    if (PyErr_Occurred()) return NULL;
    PyObject *s = PyUnicode_New(3, c > 'z' ? c : 'z');
    if (s == NULL) return NULL;
    int kind = PyUnicode_KIND(s);
    void *data = PyUnicode_DATA(s);
    PyUnicode_WRITE(kind, data, 0, 'a');
    PyUnicode_WRITE(kind, data, 1, c);
    PyUnicode_WRITE(kind, data, 2, 'z');
    return s;
}

static PyObject *as_utf8(PyObject *self, PyObject *s) {
    Py_ssize_t n;
    const char *p = PyUnicode_AsUTF8AndSize(s, &n);
    if (p == NULL) return NULL;
    return PyBytes_FromStringAndSize(p, n);
}

static PyObject *utf8_string(PyObject *self, PyObject *s) { return PyUnicode_AsUTF8String(s); }

static PyObject *encode(PyObject *self, PyObject *args) {
    PyObject *s;
    const char *enc, *errors;
    if (!PyArg_ParseTuple(args, "Oss", &s, &enc, &errors)) return NULL;
    return PyUnicode_AsEncodedString(s, enc, errors);
}

static PyObject *decode_utf8(PyObject *self, PyObject *args) {
    const char *b, *errors;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "y#s", &b, &n, &errors)) return NULL;
    return PyUnicode_DecodeUTF8(b, n, errors);
}

static PyObject *fs_roundtrip(PyObject *self, PyObject *arg) {
    const char *b;
    Py_ssize_t n;
    if (!PyArg_Parse(arg, "y#", &b, &n)) return NULL;
    PyObject *s = PyUnicode_DecodeFSDefaultAndSize(b, n);
    if (s == NULL) return NULL;
    PyObject *back = PyUnicode_EncodeFSDefault(s);
    if (back == NULL) { Py_DECREF(s); return NULL; }
    return Py_BuildValue("(NN)", s, back);
}

static PyMethodDef methods[] = {
    {"inspect", inspect, METH_O, NULL},
    {"from_units", from_units, METH_VARARGS, NULL},
    {"from_ordinal", from_ordinal, METH_O, NULL},
    {"written", written, METH_O, NULL},
    {"as_utf8", as_utf8, METH_O, NULL},
    {"utf8_string", utf8_string, METH_O, NULL},
    {"encode", encode, METH_VARARGS, NULL},
    {"decode_utf8", decode_utf8, METH_VARARGS, NULL},
    {"fs_roundtrip", fs_roundtrip, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "usur", NULL, 0, methods};

PyMODINIT_FUNC PyInit_usur(void) { return PyModule_Create(&module); }
