/* The C side of the C-boundary benchmark: one function per operation measured in
 * research/perf-anchors.md, built unchanged for CPython, PyPy and Swallow. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *noargs(PyObject *self, PyObject *unused) { Py_RETURN_NONE; }

static PyObject *ident(PyObject *self, PyObject *o) { Py_INCREF(o);
    return o; }

static PyObject *add(PyObject *self, PyObject *args) {
    long a, b;
    if (!PyArg_ParseTuple(args, "ll", &a, &b)) return NULL;
    return PyLong_FromLong(a + b);
}

static PyObject *addfast(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) { PyErr_SetString(PyExc_TypeError, "addfast takes 2 arguments"); return NULL; }
    long a = PyLong_AsLong(args[0]);
    if (a == -1 && PyErr_Occurred()) return NULL;
    long b = PyLong_AsLong(args[1]);
    if (b == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromLong(a + b);
}

static PyObject *kw(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *names[] = {"a", "b", NULL};
    long a, b = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "l|l", names, &a, &b)) return NULL;
    return PyLong_FromLong(a + b);
}

static PyObject *sumlist(PyObject *self, PyObject *list) {
    if (!PyList_Check(list)) { PyErr_SetString(PyExc_TypeError, "list expected"); return NULL; }
    long total = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list); i++) {
        long v = PyLong_AsLong(PyList_GET_ITEM(list, i));
        if (v == -1 && PyErr_Occurred()) return NULL;
        total += v;
    }
    return PyLong_FromLong(total);
}

static PyObject *maketuple(PyObject *self, PyObject *n_obj) {
    Py_ssize_t n = PyLong_AsSsize_t(n_obj);
    if (n < 0) return NULL;
    PyObject *t = PyTuple_New(n);
    if (t == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) PyTuple_SET_ITEM(t, i, PyLong_FromSsize_t(i));
    return t;
}

static PyObject *strlen_(PyObject *self, PyObject *s) {
    Py_ssize_t size;
    if (PyUnicode_AsUTF8AndSize(s, &size) == NULL) return NULL;
    return PyLong_FromSsize_t(size);
}

static PyObject *dictget(PyObject *self, PyObject *args) {
    PyObject *d, *key;
    if (!PyArg_ParseTuple(args, "O!O", &PyDict_Type, &d, &key)) return NULL;
    PyObject *v = PyDict_GetItem(d, key);
    if (v == NULL) Py_RETURN_NONE;
    Py_INCREF(v);
    return v;
}

static PyMethodDef methods[] = {
    {"noargs", noargs, METH_NOARGS, NULL},
    {"ident", ident, METH_O, NULL},
    {"add", add, METH_VARARGS, NULL},
    {"addfast", (PyCFunction)(void (*)(void))addfast, METH_FASTCALL, NULL},
    {"kw", (PyCFunction)(void (*)(void))kw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"sumlist", sumlist, METH_O, NULL},
    {"maketuple", maketuple, METH_O, NULL},
    {"strlen", strlen_, METH_O, NULL},
    {"dictget", dictget, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "benchext", NULL, -1, methods};

PyMODINIT_FUNC PyInit_benchext(void) { return PyModule_Create(&module); }
