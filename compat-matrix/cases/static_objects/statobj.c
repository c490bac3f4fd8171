/* Objects an extension allocates statically, as msgspec's NODEFAULT / UNSET and many other
 * modules' sentinels: a static instance of a static type, handed to Python as a module
 * attribute and returned from functions; identity, repr, truth and refcounts behave as in
 * CPython. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *sentinel_repr(PyObject *self) { return PyUnicode_FromString("MISSING"); }

static int sentinel_bool(PyObject *self) { return 0; }

static PyNumberMethods sentinel_as_number = { .nb_bool = sentinel_bool };

static PyTypeObject SentinelType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "statobj.SentinelType",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_repr = sentinel_repr,
    .tp_as_number = &sentinel_as_number,
    .tp_doc = "The type of MISSING.",
};

/* The object itself lives in the extension's data, with a large reference count, as CPython's
 * own static singletons do. */
static PyObject Missing = { 1 << 20, &SentinelType };

static PyObject *get_missing(PyObject *self, PyObject *unused) { return Py_NewRef(&Missing); }

static PyObject *is_missing(PyObject *self, PyObject *o) { return PyBool_FromLong(o == &Missing); }

/* or_default(value, default): default when value is MISSING. */
static PyObject *or_default(PyObject *self, PyObject *args) {
    PyObject *v, *d;
    if (!PyArg_ParseTuple(args, "OO", &v, &d)) return NULL;
    return Py_NewRef(v == &Missing ? d : v);
}

static PyObject *refcount_steady(PyObject *self, PyObject *o) {
    Py_ssize_t before = Py_REFCNT(&Missing);
    PyObject *t = PyTuple_Pack(3, o, o, o);
    if (t == NULL) return NULL;
    Py_ssize_t during = Py_REFCNT(&Missing);
    Py_DECREF(t);
    return Py_BuildValue("(nn)", during - before, Py_REFCNT(&Missing) - before);
}

static PyMethodDef methods[] = {
    {"get_missing", get_missing, METH_NOARGS, NULL},
    {"is_missing", is_missing, METH_O, NULL},
    {"or_default", or_default, METH_VARARGS, NULL},
    {"refcount_steady", refcount_steady, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "statobj", NULL, -1, methods};

PyMODINIT_FUNC PyInit_statobj(void) {
    if (PyType_Ready(&SentinelType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    if (PyModule_AddObjectRef(m, "MISSING", &Missing) < 0 ||
        PyModule_AddObjectRef(m, "SentinelType", (PyObject *)&SentinelType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
