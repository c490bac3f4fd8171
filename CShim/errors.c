/* The thread state and the error indicator. The indicator lives in PyThreadState's 3.11
 * curexc_* fields, because Cython-generated code reads and writes them directly. */
#include "Python.h"
#include <signal.h>
#include "swallow/bridge.h"

/* The thread state of the GIL's holder (CShim/pystate.c keeps it); the main thread's before
 * any switch, so the indicator works before the GIL is set up. */
PyObject *PyErr_Occurred(void) {
    PyThreadState *ts = _PyThreadState_UncheckedGet();
    return ts != NULL ? ts->curexc_type : NULL;
}

void PyErr_Restore(PyObject *type, PyObject *value, PyObject *traceback) {
    PyThreadState *ts = _PyThreadState_UncheckedGet();
    PyObject *ot = ts->curexc_type, *ov = ts->curexc_value, *otb = ts->curexc_traceback;
    ts->curexc_type = type;
    ts->curexc_value = value;
    ts->curexc_traceback = traceback;
    Py_XDECREF(ot);
    Py_XDECREF(ov);
    Py_XDECREF(otb);
}

void PyErr_Fetch(PyObject **type, PyObject **value, PyObject **traceback) {
    PyThreadState *ts = _PyThreadState_UncheckedGet();
    *type = ts->curexc_type;
    *value = ts->curexc_value;
    *traceback = ts->curexc_traceback;
    ts->curexc_type = ts->curexc_value = ts->curexc_traceback = NULL;
}

void PyErr_Clear(void) { PyErr_Restore(NULL, NULL, NULL); }

void PyErr_SetObject(PyObject *type, PyObject *value) {
    Py_XINCREF(type);
    Py_XINCREF(value);
    PyErr_Restore(type, value, NULL);
}

void PyErr_SetNone(PyObject *type) { PyErr_SetObject(type, NULL); }

void PyErr_SetString(PyObject *type, const char *message) {
    PyObject *value = PyUnicode_FromString(message);
    PyErr_SetObject(type, value);
    Py_XDECREF(value);
}

PyObject *PyErr_FormatV(PyObject *type, const char *format, va_list vargs) {
    PyObject *value = PyUnicode_FromFormatV(format, vargs);
    if (value != NULL) {
        PyErr_SetObject(type, value);
        Py_DECREF(value);
    }
    return NULL;
}

PyObject *PyErr_Format(PyObject *type, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    PyErr_FormatV(type, format, ap);
    va_end(ap);
    return NULL;
}

int PyErr_ExceptionMatches(PyObject *exc) {
    return PyErr_GivenExceptionMatches(PyErr_Occurred(), exc);
}

int PyErr_GivenExceptionMatches(PyObject *given, PyObject *exc) {
    if (given == NULL || exc == NULL) return 0;
    if (PyTuple_Check(exc)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(exc); i++)
            if (PyErr_GivenExceptionMatches(given, PyTuple_GET_ITEM(exc, i))) return 1;
        return 0;
    }
    if (PyExceptionInstance_Check(given)) given = (PyObject *)Py_TYPE(given);
    if (PyExceptionClass_Check(given) && PyExceptionClass_Check(exc))
        return PyType_IsSubtype((PyTypeObject *)given, (PyTypeObject *)exc);
    return given == exc;
}

PyObject *PyErr_NoMemory(void) {
    PyErr_SetNone(PyExc_MemoryError);
    return NULL;
}

int PyErr_BadArgument(void) {
    PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
    return 0;
}

void _PyErr_BadInternalCall(const char *filename, int lineno) {
    PyErr_Format(PyExc_SystemError, "%s:%d: bad argument to internal function", filename, lineno);
}

/* Called by every generated stub (CShim/stubs.gen.c). */
void swpy_stub_failed(const char *name) {
    PyErr_Format(PyExc_SystemError, "%s is not implemented by Swallow", name);
}

_Noreturn void swpy_stub_abort(const char *name) {
    fprintf(stderr, "Fatal Python error: %s is not implemented by Swallow\n", name);
    fflush(stderr);
    abort();
}

/* Signals: PyErr_CheckSignals runs the Python handlers (Sources/PyCAPI/ProcessSignals.swift);
 * SIGINT is not turned into an interrupt flag. */
int PyOS_InterruptOccurred(void) { return 0; }

/* The interpreter's configuration, as _posixsubprocess reads it (`_isolated_interpreter`):
 * all fields zero. Opaque storage at least as large as 3.11's PyConfig. */
static _Alignas(16) unsigned char the_config[4096];
void *_PyInterpreterState_GetConfig(void *interp) { (void)interp; return the_config; }

/* One interpreter thread: the import lock is always free. */
void _PyImport_AcquireLock(void) {}
int _PyImport_ReleaseLock(void) { return 1; }

/* In a child before exec: the dispositions CPython changes at start-up back to default. */
void _Py_RestoreSignals(void) {
    signal(SIGPIPE, SIG_DFL);
    signal(SIGXFSZ, SIG_DFL);
}
