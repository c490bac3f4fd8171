/* The buffer helpers of bytearray (its slots are in Swift: Sources/PyCAPI/ByteArray.swift). */
#include "Python.h"
#include "swallow/bridge.h"

char *swpy_bytearray_empty(void) { return _PyByteArray_empty_string; }

/* int PyBuffer_FillInfo(view, obj, buf, len, readonly, flags): a one-dimensional byte view
 * of buf, holding a new reference to obj (if any). BufferError if a writable view of
 * read-only memory is asked for. */
int PyBuffer_FillInfo(Py_buffer *view, PyObject *obj, void *buf, Py_ssize_t len, int readonly, int flags) {
    if (view == NULL) {
        PyErr_SetString(PyExc_BufferError, "PyBuffer_FillInfo: view==NULL argument is obsolete");
        return -1;
    }
    if ((flags & PyBUF_WRITABLE) && readonly == 1) {
        PyErr_SetString(PyExc_BufferError, "Object is not writable.");
        return -1;
    }
    view->obj = obj;
    Py_XINCREF(obj);
    view->buf = buf;
    view->len = len;
    view->readonly = readonly;
    view->itemsize = 1;
    view->format = (flags & PyBUF_FORMAT) ? "B" : NULL;
    view->ndim = 1;
    view->shape = (flags & PyBUF_ND) == PyBUF_ND ? &view->len : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? &view->itemsize : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    return 0;
}
