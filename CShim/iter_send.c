/* PyIter_Send (3.10+): one step of a generator-like object, as _asyncio's Task drives
 * coroutines. Sending None to an object that is not a generator is next(); anything else
 * calls its send(). A StopIteration carries the return value (PYGEN_RETURN); other errors
 * stay set (PYGEN_ERROR). Written for Swallow after CPython 3.11's documented behaviour. */
#include "Python.h"

PySendResult PyIter_Send(PyObject *iter, PyObject *arg, PyObject **presult) {
    PyObject *r;
    if (arg == Py_None && !PyObject_HasAttrString(iter, "send")) {
        r = PyObject_CallMethod(iter, "__next__", NULL);
    } else {
        r = PyObject_CallMethod(iter, "send", "O", arg);
    }
    if (r != NULL) {
        *presult = r;
        return PYGEN_NEXT;
    }
    if (!PyErr_ExceptionMatches(PyExc_StopIteration)) {
        *presult = NULL;
        return PYGEN_ERROR;
    }
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    PyObject *result = value != NULL ? PyObject_GetAttrString(value, "value") : NULL;
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
    if (result == NULL) {
        PyErr_Clear();
        result = Py_NewRef(Py_None);
    }
    *presult = result;
    return PYGEN_RETURN;
}
