/* Compatibility-matrix case: single_phase.
 *
 * A module created the classic way, with PyModule_Create from PyInit_sp_basic.
 * Exercises: module docstring, a few plain functions, integer/string/object
 * constants attached at init time, and PyModule_GetDict on the live module.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* add(a, b) -> a + b for C longs. */
static PyObject *
sp_add(PyObject *self, PyObject *args)
{
    long a, b;
    if (!PyArg_ParseTuple(args, "ll", &a, &b)) {
        return NULL;
    }
    return PyLong_FromLong(a + b);
}

/* greet(name) -> "hello, <name>!" built with PyUnicode_FromFormat. */
static PyObject *
sp_greet(PyObject *self, PyObject *name)
{
    if (!PyUnicode_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "greet() wants a str");
        return NULL;
    }
    return PyUnicode_FromFormat("hello, %U!", name);
}

/* module_name() -> the name the module object reports about itself. */
static PyObject *
sp_module_name(PyObject *self, PyObject *unused)
{
    const char *name = PyModule_GetName(self);
    if (name == NULL) {
        return NULL;
    }
    return PyUnicode_FromString(name);
}

/* has_constants() -> how many of our own constants are in the module dict. */
static PyObject *
sp_has_constants(PyObject *self, PyObject *unused)
{
    PyObject *dict = PyModule_GetDict(self); /* borrowed */
    if (dict == NULL) {
        return NULL;
    }
    const char *names[] = {"ANSWER", "NEGATIVE", "FLAVOR", "PRIMES", "NOTHING"};
    long found = 0;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (PyDict_GetItemString(dict, names[i]) != NULL) {
            found++;
        }
    }
    return PyLong_FromLong(found);
}

static PyMethodDef sp_methods[] = {
    {"add", sp_add, METH_VARARGS, "add(a, b): sum of two C longs."},
    {"greet", sp_greet, METH_O, "greet(name): a greeting string."},
    {"module_name", sp_module_name, METH_NOARGS, "module_name(): PyModule_GetName(self)."},
    {"has_constants", sp_has_constants, METH_NOARGS, "has_constants(): count of init-time constants."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef sp_module = {
    PyModuleDef_HEAD_INIT,
    "sp_basic",
    "Single-phase test module for the Swallow compatibility matrix.",
    -1,
    sp_methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_sp_basic(void)
{
    PyObject *m = PyModule_Create(&sp_module);
    if (m == NULL) {
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "ANSWER", 42) < 0
        || PyModule_AddIntConstant(m, "NEGATIVE", -7) < 0
        || PyModule_AddStringConstant(m, "FLAVOR", "vanilla") < 0) {
        Py_DECREF(m);
        return NULL;
    }

    /* PyModule_AddObject steals the reference only on success. */
    PyObject *primes = Py_BuildValue("(iiiii)", 2, 3, 5, 7, 11);
    if (primes == NULL) {
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddObject(m, "PRIMES", primes) < 0) {
        Py_DECREF(primes);
        Py_DECREF(m);
        return NULL;
    }

    Py_INCREF(Py_None);
    if (PyModule_AddObject(m, "NOTHING", Py_None) < 0) {
        Py_DECREF(Py_None);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
