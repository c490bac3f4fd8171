/* bytearray across the boundary: the PyByteArrayObject layout read through the macros, the
 * PyByteArray_* API, the writable-buffer format unit w*, and export counting (a bytearray
 * whose buffer is held cannot be resized, from C or from Python). Writes on either side are
 * seen by the other. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

static Py_buffer held;
static int holding = 0;

/* fill(buffer, byte, start=0): writes `byte` from start to the end through a w* buffer. */
static PyObject *fill(PyObject *self, PyObject *args) {
    Py_buffer view;
    int byte;
    Py_ssize_t start = 0;
    if (!PyArg_ParseTuple(args, "w*i|n:fill", &view, &byte, &start)) return NULL;
    if (start < view.len) memset((char *)view.buf + start, byte, (size_t)(view.len - start));
    Py_ssize_t len = view.len;
    int readonly = view.readonly;
    PyBuffer_Release(&view);
    return Py_BuildValue("ni", len, readonly);
}

/* describe(ba): size and contents as C reads them through the macros and the functions. */
static PyObject *describe(PyObject *self, PyObject *ba) {
    if (!PyByteArray_Check(ba)) {
        PyErr_SetString(PyExc_TypeError, "need a bytearray");
        return NULL;
    }
    Py_ssize_t n = PyByteArray_GET_SIZE(ba);
    if (n != PyByteArray_Size(ba)) return PyUnicode_FromString("size mismatch");
    if (PyByteArray_AS_STRING(ba) != PyByteArray_AsString(ba)) return PyUnicode_FromString("pointer mismatch");
    const char *s = PyByteArray_AS_STRING(ba);
    return Py_BuildValue("(ny#i)", n, s, n, (int)(s[n] == 0));
}

/* make(text, extra): a bytearray copied from text, then `extra` bytes appended in C by
 * PyByteArray_Resize and filled through the storage pointer. */
static PyObject *make(PyObject *self, PyObject *args) {
    const char *text;
    Py_ssize_t len, extra;
    if (!PyArg_ParseTuple(args, "s#n", &text, &len, &extra)) return NULL;
    PyObject *ba = PyByteArray_FromStringAndSize(text, len);
    if (ba == NULL) return NULL;
    if (PyByteArray_Resize(ba, len + extra) < 0) {
        Py_DECREF(ba);
        return NULL;
    }
    char *p = PyByteArray_AsString(ba);
    for (Py_ssize_t i = 0; i < extra; i++) p[len + i] = (char)('0' + i % 10);
    return ba;
}

/* blank(n): PyByteArray_FromStringAndSize(NULL, n), filled by C afterwards. */
static PyObject *blank(PyObject *self, PyObject *arg) {
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n == -1 && PyErr_Occurred()) return NULL;
    PyObject *ba = PyByteArray_FromStringAndSize(NULL, n);
    if (ba == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) PyByteArray_AS_STRING(ba)[i] = (char)('a' + i);
    return ba;
}

static PyObject *resize(PyObject *self, PyObject *args) {
    PyObject *ba;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "Yn", &ba, &n)) return NULL;
    if (PyByteArray_Resize(ba, n) < 0) return NULL;
    return PyLong_FromSsize_t(PyByteArray_GET_SIZE(ba));
}

static PyObject *concat(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b)) return NULL;
    return PyByteArray_Concat(a, b);
}

static PyObject *from_object(PyObject *self, PyObject *o) { return PyByteArray_FromObject(o); }

/* hold(obj): keeps a writable buffer of obj until release(); reports ob_exports. */
static PyObject *hold(PyObject *self, PyObject *o) {
    if (holding) {
        PyErr_SetString(PyExc_RuntimeError, "already holding");
        return NULL;
    }
    if (PyObject_GetBuffer(o, &held, PyBUF_WRITABLE | PyBUF_FORMAT | PyBUF_ND) < 0) return NULL;
    holding = 1;
    return Py_BuildValue("(nsnii)", held.len, held.format, held.shape ? held.shape[0] : -1,
                         held.ndim, (int)((PyByteArrayObject *)o)->ob_exports);
}

/* poke(i, v) / peek(i): write and read the held buffer. */
static PyObject *poke(PyObject *self, PyObject *args) {
    Py_ssize_t i;
    int v;
    if (!PyArg_ParseTuple(args, "ni", &i, &v)) return NULL;
    if (!holding || i < 0 || i >= held.len) {
        PyErr_SetString(PyExc_IndexError, "not held or out of range");
        return NULL;
    }
    ((unsigned char *)held.buf)[i] = (unsigned char)v;
    Py_RETURN_NONE;
}

static PyObject *peek(PyObject *self, PyObject *arg) {
    Py_ssize_t i = PyLong_AsSsize_t(arg);
    if (i == -1 && PyErr_Occurred()) return NULL;
    if (!holding || i < 0 || i >= held.len) {
        PyErr_SetString(PyExc_IndexError, "not held or out of range");
        return NULL;
    }
    return PyLong_FromLong(((unsigned char *)held.buf)[i]);
}

static PyObject *release(PyObject *self, PyObject *unused) {
    if (!holding) Py_RETURN_NONE;
    PyObject *o = held.obj;
    Py_INCREF(o);
    PyBuffer_Release(&held);
    holding = 0;
    PyObject *r = PyLong_FromSsize_t(((PyByteArrayObject *)o)->ob_exports);
    Py_DECREF(o);
    return r;
}

/* call_with(fn, ba): C writes, calls back into Python (which sees the write and writes in
 * turn), then reads what Python wrote. */
static PyObject *call_with(PyObject *self, PyObject *args) {
    PyObject *fn, *ba;
    if (!PyArg_ParseTuple(args, "OY", &fn, &ba)) return NULL;
    PyByteArray_AS_STRING(ba)[0] = 'C';
    PyObject *r = PyObject_CallOneArg(fn, ba);
    if (r == NULL) return NULL;
    Py_DECREF(r);
    return Py_BuildValue("(ny#)", PyByteArray_GET_SIZE(ba), PyByteArray_AS_STRING(ba), PyByteArray_GET_SIZE(ba));
}

static PyMethodDef methods[] = {
    {"fill", fill, METH_VARARGS, NULL},
    {"describe", describe, METH_O, NULL},
    {"make", make, METH_VARARGS, NULL},
    {"blank", blank, METH_O, NULL},
    {"resize", resize, METH_VARARGS, NULL},
    {"concat", concat, METH_VARARGS, NULL},
    {"from_object", from_object, METH_O, NULL},
    {"hold", hold, METH_O, NULL},
    {"poke", poke, METH_VARARGS, NULL},
    {"peek", peek, METH_O, NULL},
    {"release", release, METH_NOARGS, NULL},
    {"call_with", call_with, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "ba_buf", NULL, -1, methods};

PyMODINIT_FUNC PyInit_ba_buf(void) { return PyModule_Create(&module); }
