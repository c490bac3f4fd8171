/* _PyUnicodeWriter as CPython's own modules use it: the struct's fields read and written by
 * the macros (_PyUnicodeWriter_Prepare, PyUnicode_WRITE at data/pos), every Write* function,
 * widening from 1 to 2 to 4 bytes per character, overallocation, the shared-string fast path;
 * plus the identifier, dict, conversion and comparison helpers those modules call. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* build(parts, overallocate): writes each part (str: WriteStr; int: WriteChar; bytes:
 * WriteASCIIString; (str, start, end): WriteSubstring; bytearray: WriteLatin1String), then
 * Finish. Returns (result, kind of the writer at the end). */
static PyObject *build(PyObject *self, PyObject *args) {
    PyObject *parts;
    int overallocate = 0;
    if (!PyArg_ParseTuple(args, "O!|p", &PyList_Type, &parts, &overallocate)) return NULL;
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    w.overallocate = (unsigned char)overallocate;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(parts); i++) {
        PyObject *p = PyList_GET_ITEM(parts, i);
        int r;
        if (PyUnicode_Check(p)) {
            r = _PyUnicodeWriter_WriteStr(&w, p);
        } else if (PyLong_Check(p)) {
            r = _PyUnicodeWriter_WriteChar(&w, (Py_UCS4)PyLong_AsLong(p));
        } else if (PyBytes_Check(p)) {
            r = _PyUnicodeWriter_WriteASCIIString(&w, PyBytes_AS_STRING(p), PyBytes_GET_SIZE(p));
        } else if (PyByteArray_Check(p)) {
            r = _PyUnicodeWriter_WriteLatin1String(&w, PyByteArray_AS_STRING(p), PyByteArray_GET_SIZE(p));
        } else if (PyTuple_Check(p) && PyTuple_GET_SIZE(p) == 3) {
            r = _PyUnicodeWriter_WriteSubstring(&w, PyTuple_GET_ITEM(p, 0), PyLong_AsSsize_t(PyTuple_GET_ITEM(p, 1)),
                                                PyLong_AsSsize_t(PyTuple_GET_ITEM(p, 2)));
        } else {
            PyErr_SetString(PyExc_TypeError, "bad part");
            r = -1;
        }
        if (r < 0) {
            _PyUnicodeWriter_Dealloc(&w);
            return NULL;
        }
    }
    int kind = w.kind;
    Py_ssize_t pos = w.pos;
    PyObject *s = _PyUnicodeWriter_Finish(&w);
    if (s == NULL) return NULL;
    return Py_BuildValue("(Nin)", s, kind, pos);
}

/* repeat(ch, n): the macro path: Prepare then PyUnicode_WRITE into data at pos. */
static PyObject *repeat(PyObject *self, PyObject *args) {
    unsigned int ch;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "In", &ch, &n)) return NULL;
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    w.min_length = 4;
    if (_PyUnicodeWriter_PrepareKind(&w, PyUnicode_1BYTE_KIND) < 0) goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (_PyUnicodeWriter_Prepare(&w, 1, (Py_UCS4)ch) < 0) goto fail;
        PyUnicode_WRITE(w.kind, w.data, w.pos, ch);
        w.pos++;
    }
    if (w.size < w.pos) {
        PyErr_SetString(PyExc_RuntimeError, "size below pos");
        goto fail;
    }
    return _PyUnicodeWriter_Finish(&w);
fail:
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

/* shared(s): a single WriteStr without overallocation hands back the string itself. */
static PyObject *shared(PyObject *self, PyObject *s) {
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    if (_PyUnicodeWriter_WriteStr(&w, s) < 0) return NULL;
    PyObject *r = _PyUnicodeWriter_Finish(&w);
    if (r == NULL) return NULL;
    PyObject *same = PyBool_FromLong(r == s);
    Py_DECREF(r);
    return same;
}

/* discard(): a writer dropped with Dealloc after writing. */
static PyObject *discard(PyObject *self, PyObject *unused) {
    _PyUnicodeWriter w;
    _PyUnicodeWriter_Init(&w);
    if (_PyUnicodeWriter_WriteASCIIString(&w, "abandoned", -1) < 0) return NULL;
    if (_PyUnicodeWriter_WriteChar(&w, 0x1F600) < 0) return NULL;
    _PyUnicodeWriter_Dealloc(&w);
    Py_RETURN_NONE;
}

_Py_IDENTIFIER(upper);
_Py_IDENTIFIER(real);

/* identifiers(o): _PyUnicode_FromId twice (the same interned object) and _PyObject_GetAttrId. */
static PyObject *identifiers(PyObject *self, PyObject *o) {
    PyObject *a = _PyUnicode_FromId(&PyId_upper);
    PyObject *b = _PyUnicode_FromId(&PyId_upper);
    if (a == NULL || b == NULL) return NULL;
    PyObject *attr = _PyObject_GetAttrId(o, &PyId_real);
    if (attr == NULL) return NULL;
    return Py_BuildValue("(OiN)", a, (int)(a == b), attr);
}

static PyObject *setdefault(PyObject *self, PyObject *args) {
    PyObject *d, *k, *v;
    if (!PyArg_ParseTuple(args, "O!OO", &PyDict_Type, &d, &k, &v)) return NULL;
    PyObject *r = PyDict_SetDefault(d, k, v);
    if (r == NULL) return NULL;
    return Py_NewRef(r);
}

static PyObject *clear(PyObject *self, PyObject *d) {
    PyDict_Clear(d);
    return PyLong_FromSsize_t(PyDict_Size(d));
}

static PyObject *float_from(PyObject *self, PyObject *s) { return PyFloat_FromString(s); }

static PyObject *long_from(PyObject *self, PyObject *args) {
    const char *s;
    int base;
    if (!PyArg_ParseTuple(args, "si", &s, &base)) return NULL;
    char *end = NULL;
    PyObject *r = PyLong_FromString(s, &end, base);
    if (r == NULL) return NULL;
    return Py_BuildValue("(Nn)", r, (Py_ssize_t)(end - s));
}

static PyObject *compare(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b)) return NULL;
    int r = PyUnicode_Compare(a, b);
    if (r == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromLong(r);
}

static PyObject *join(PyObject *self, PyObject *args) {
    PyObject *sep, *seq;
    if (!PyArg_ParseTuple(args, "OO", &sep, &seq)) return NULL;
    return PyUnicode_Join(sep == Py_None ? NULL : sep, seq);
}

static PyObject *generic_getattr(PyObject *self, PyObject *args) {
    PyObject *o, *name;
    if (!PyArg_ParseTuple(args, "OU", &o, &name)) return NULL;
    return PyObject_GenericGetAttr(o, name);
}

static PyObject *hexdigits(PyObject *self, PyObject *unused) { return PyUnicode_FromString(Py_hexdigits); }

static PyObject *cfunc(PyObject *self, PyObject *f) {
    if (!PyCFunction_Check(f)) Py_RETURN_NONE;
    return Py_BuildValue("(ii)", (int)(PyCFunction_GetFunction(f) == (PyCFunction)cfunc),
                         PyCFunction_GetFlags(f));
}

static PyObject *voidptr(PyObject *self, PyObject *unused) {
    static int anchor;
    PyObject *v = PyLong_FromVoidPtr(&anchor);
    if (v == NULL) return NULL;
    void *back = PyLong_AsVoidPtr(v);
    Py_DECREF(v);
    return PyBool_FromLong(back == &anchor);
}

static PyMethodDef methods[] = {
    {"build", build, METH_VARARGS, NULL},
    {"repeat", repeat, METH_VARARGS, NULL},
    {"shared", shared, METH_O, NULL},
    {"discard", discard, METH_NOARGS, NULL},
    {"identifiers", identifiers, METH_O, NULL},
    {"setdefault", setdefault, METH_VARARGS, NULL},
    {"clear", clear, METH_O, NULL},
    {"float_from", float_from, METH_O, NULL},
    {"long_from", long_from, METH_VARARGS, NULL},
    {"compare", compare, METH_VARARGS, NULL},
    {"join", join, METH_VARARGS, NULL},
    {"generic_getattr", generic_getattr, METH_VARARGS, NULL},
    {"hexdigits", hexdigits, METH_NOARGS, NULL},
    {"cfunc", cfunc, METH_O, NULL},
    {"voidptr", voidptr, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "uwriter", NULL, -1, methods};

PyMODINIT_FUNC PyInit_uwriter(void) { return PyModule_Create(&module); }
