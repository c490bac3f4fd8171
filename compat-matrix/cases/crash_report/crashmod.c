/* A module that crashes on purpose: crash() writes through a NULL pointer. It shows
 * Swallow's crash report (native backtrace with source lines, C-API call in progress, Python
 * traceback); see tools/capi-report/crash-test, which runs it and checks the report. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* NULL, read through a volatile global so that the compiler cannot see the store is to NULL
 * (and drop it); noinline keeps the faulting store in its own frame. */
static int *volatile null_target;

__attribute__((noinline)) static void
write_through_null(int value)
{
    int *target = null_target;
    *target = value;
}

static PyObject *
crash(PyObject *self, PyObject *unused)
{
    write_through_null(42);
    Py_RETURN_NONE;
}

static PyMethodDef crash_methods[] = {
    {"crash", crash, METH_NOARGS, "Dereference NULL (SIGSEGV)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef crash_module = {
    PyModuleDef_HEAD_INIT, "crashmod", "Crashes on purpose.", -1, crash_methods,
};

PyMODINIT_FUNC
PyInit_crashmod(void)
{
    return PyModule_Create(&crash_module);
}
