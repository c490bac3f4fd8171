/* PickleBuffer (PEP 574): a wrapper of a buffer that pickle protocol 5 passes out of band.
 * _pickle (CPython's lib-dynload module) exports this type and type-checks against it. Written
 * for Swallow after CPython 3.11's documented behaviour. */
#include "Python.h"
#include "swallow/bridge.h"

typedef struct {
    PyObject_HEAD
    Py_buffer view;
    PyObject *weakreflist;
} swpy_picklebuffer;

static PyObject *picklebuffer_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    PyObject *base;
    static char *kwlist[] = {"", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:PickleBuffer", kwlist, &base)) return NULL;
    swpy_picklebuffer *self = (swpy_picklebuffer *)type->tp_alloc(type, 0);
    if (self == NULL) return NULL;
    if (PyObject_GetBuffer(base, &self->view, PyBUF_FULL_RO) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

static void picklebuffer_dealloc(PyObject *op) {
    swpy_picklebuffer *self = (swpy_picklebuffer *)op;
    PyBuffer_Release(&self->view);
    Py_TYPE(op)->tp_free(op);
}

/* Buffer requests go to the wrapped object. */
static int picklebuffer_getbuf(PyObject *op, Py_buffer *view, int flags) {
    swpy_picklebuffer *self = (swpy_picklebuffer *)op;
    if (self->view.obj == NULL) {
        PyErr_SetString(PyExc_ValueError, "operation forbidden on released PickleBuffer object");
        return -1;
    }
    return PyObject_GetBuffer(self->view.obj, view, flags);
}

static PyBufferProcs picklebuffer_as_buffer = { .bf_getbuffer = picklebuffer_getbuf };

static PyObject *picklebuffer_raw(PyObject *op, PyObject *unused) {
    swpy_picklebuffer *self = (swpy_picklebuffer *)op;
    if (self->view.obj == NULL) {
        PyErr_SetString(PyExc_ValueError, "operation forbidden on released PickleBuffer object");
        return NULL;
    }
    if (self->view.suboffsets != NULL || !PyBuffer_IsContiguous(&self->view, 'A')) {
        PyErr_SetString(PyExc_BufferError, "cannot extract raw buffer from non-contiguous buffer");
        return NULL;
    }
    PyObject *m = PyMemoryView_FromObject(op);
    if (m == NULL) return NULL;
    PyObject *raw = PyObject_CallMethod(m, "cast", "s", "B");
    Py_DECREF(m);
    return raw;
}

static PyObject *picklebuffer_release(PyObject *op, PyObject *unused) {
    PyBuffer_Release(&((swpy_picklebuffer *)op)->view);
    Py_RETURN_NONE;
}

static PyMethodDef picklebuffer_methods[] = {
    {"raw", picklebuffer_raw, METH_NOARGS, "Return a memoryview of the raw memory underlying this buffer."},
    {"release", picklebuffer_release, METH_NOARGS, "Release the underlying buffer exposed by the PickleBuffer object."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyPickleBuffer_Type = {
    .ob_base = { { 1, &PyType_Type }, 0 },
    .tp_name = "pickle.PickleBuffer",
    .tp_doc = "Wrapper for potentially out-of-band buffers",
    .tp_basicsize = sizeof(swpy_picklebuffer),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = picklebuffer_new,
    .tp_dealloc = picklebuffer_dealloc,
    .tp_weaklistoffset = offsetof(swpy_picklebuffer, weakreflist),
    .tp_as_buffer = &picklebuffer_as_buffer,
    .tp_methods = picklebuffer_methods,
};

/* PyObject *PyPickleBuffer_FromObject(PyObject *obj): new reference. */
PyObject *PyPickleBuffer_FromObject(PyObject *base) {
    PyObject *args = PyTuple_Pack(1, base);
    if (args == NULL) return NULL;
    PyObject *r = picklebuffer_new(&PyPickleBuffer_Type, args, NULL);
    Py_DECREF(args);
    return r;
}

/* const Py_buffer *PyPickleBuffer_GetBuffer(PyObject *obj): the wrapped view. */
const Py_buffer *PyPickleBuffer_GetBuffer(PyObject *obj) {
    if (Py_TYPE(obj) != &PyPickleBuffer_Type) {
        PyErr_Format(PyExc_TypeError, "expected PickleBuffer, %.200s found", Py_TYPE(obj)->tp_name);
        return NULL;
    }
    swpy_picklebuffer *self = (swpy_picklebuffer *)obj;
    if (self->view.obj == NULL) {
        PyErr_SetString(PyExc_ValueError, "operation forbidden on released PickleBuffer object");
        return NULL;
    }
    return &self->view;
}

/* int PyPickleBuffer_Release(PyObject *obj) */
int PyPickleBuffer_Release(PyObject *obj) {
    if (Py_TYPE(obj) != &PyPickleBuffer_Type) {
        PyErr_Format(PyExc_TypeError, "expected PickleBuffer, %.200s found", Py_TYPE(obj)->tp_name);
        return -1;
    }
    PyBuffer_Release(&((swpy_picklebuffer *)obj)->view);
    return 0;
}
