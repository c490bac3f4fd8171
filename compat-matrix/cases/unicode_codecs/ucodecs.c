/* The codec functions of the str API (decoding with a named codec or a fixed one, stateful
 * UTF-8, UTF-16/32 byte orders, encoding, file-system and locale forms), conversions to UCS4
 * and wchar_t, and the O& path converters. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <wchar.h>

static PyObject *dec(PyObject *self, PyObject *args) {
    const char *data, *encoding = NULL, *errors = NULL;
    Py_ssize_t len;
    if (!PyArg_ParseTuple(args, "y#|zz", &data, &len, &encoding, &errors)) return NULL;
    return PyUnicode_Decode(data, len, encoding, errors);
}

static PyObject *dec_fixed(PyObject *self, PyObject *args) {
    const char *data, *which, *errors = NULL;
    Py_ssize_t len;
    if (!PyArg_ParseTuple(args, "sy#|z", &which, &data, &len, &errors)) return NULL;
    int order;
    switch (which[0]) {
    case 'a': return PyUnicode_DecodeASCII(data, len, errors);
    case 'l': return PyUnicode_DecodeLatin1(data, len, errors);
    case 'e': return PyUnicode_DecodeUnicodeEscape(data, len, errors);
    case 'r': return PyUnicode_DecodeRawUnicodeEscape(data, len, errors);
    case '7': return PyUnicode_DecodeUTF7(data, len, errors);
    case 'L': order = -1; return PyUnicode_DecodeUTF16(data, len, errors, &order);
    case 'B': order = 1; return PyUnicode_DecodeUTF16(data, len, errors, &order);
    case '6': return PyUnicode_DecodeUTF16(data, len, errors, NULL);
    case '3': return PyUnicode_DecodeUTF32(data, len, errors, NULL);
    case 'f': return PyUnicode_DecodeFSDefaultAndSize(data, len);
    case 'F': return PyUnicode_DecodeFSDefault(data);
    default: return PyErr_Format(PyExc_ValueError, "unknown %s", which);
    }
}

static PyObject *dec_stateful(PyObject *self, PyObject *args) {
    const char *data;
    Py_ssize_t len, consumed = -1;
    if (!PyArg_ParseTuple(args, "y#", &data, &len)) return NULL;
    PyObject *s = PyUnicode_DecodeUTF8Stateful(data, len, NULL, &consumed);
    if (s == NULL) return NULL;
    return Py_BuildValue("(Nn)", s, consumed);
}

static PyObject *enc(PyObject *self, PyObject *args) {
    PyObject *u;
    const char *which;
    if (!PyArg_ParseTuple(args, "sO", &which, &u)) return NULL;
    switch (which[0]) {
    case '6': return PyUnicode_AsUTF16String(u);
    case '3': return PyUnicode_AsUTF32String(u);
    case 'e': return PyUnicode_AsUnicodeEscapeString(u);
    case 'r': return PyUnicode_AsRawUnicodeEscapeString(u);
    case 'f': return PyUnicode_EncodeFSDefault(u);
    case 'l': return PyUnicode_EncodeLocale(u, NULL);
    default: return PyErr_Format(PyExc_ValueError, "unknown %s", which);
    }
}

static PyObject *from_encoded(PyObject *self, PyObject *args) {
    PyObject *o;
    const char *encoding = NULL;
    if (!PyArg_ParseTuple(args, "O|z", &o, &encoding)) return NULL;
    return PyUnicode_FromEncodedObject(o, encoding, NULL);
}

static PyObject *from_object(PyObject *self, PyObject *o) {
    PyObject *r = PyUnicode_FromObject(o);
    if (r == NULL) return NULL;
    return Py_BuildValue("(Ns)", r, Py_TYPE(o)->tp_name);
}

static PyObject *ucs4(PyObject *self, PyObject *u) {
    Py_UCS4 *copy = PyUnicode_AsUCS4Copy(u);
    if (copy == NULL) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(u);
    PyObject *list = PyList_New(0);
    for (Py_ssize_t i = 0; i <= n; i++) PyList_Append(list, PyLong_FromUnsignedLong(copy[i]));
    PyMem_Free(copy);
    Py_UCS4 small[3];
    PyObject *fits = PyUnicode_AsUCS4(u, small, 3, 1) ? Py_True : Py_False;
    if (fits == Py_False) PyErr_Clear();
    return Py_BuildValue("(NO)", list, fits);
}

static PyObject *wide(PyObject *self, PyObject *u) {
    Py_ssize_t size;
    wchar_t *w = PyUnicode_AsWideCharString(u, &size);
    if (w == NULL) return NULL;
    PyObject *back = PyUnicode_FromWideChar(w, size);
    PyMem_Free(w);
    wchar_t buf[4];
    Py_ssize_t need = PyUnicode_AsWideChar(u, NULL, 0);
    Py_ssize_t got = PyUnicode_AsWideChar(u, buf, 4);
    return Py_BuildValue("(Nnnn)", back, size, need, got);
}

static PyObject *misc(PyObject *self, PyObject *u) {
    return Py_BuildValue("(siNNN)", PyUnicode_GetDefaultEncoding(), PyUnicode_IsIdentifier(u),
                         PyUnicode_Partition(u, PyUnicode_FromString(" ")),
                         PyUnicode_RPartition(u, PyUnicode_FromString(" ")),
                         PyUnicode_RSplit(u, NULL, 1));
}

static PyObject *fs_paths(PyObject *self, PyObject *args) {
    PyObject *a = NULL, *b = NULL;
    if (!PyArg_ParseTuple(args, "O&O&", PyUnicode_FSConverter, &a, PyUnicode_FSDecoder, &b)) return NULL;
    return Py_BuildValue("(NN)", a, b);
}

static PyObject *intern(PyObject *self, PyObject *args) {
    const char *text;
    if (!PyArg_ParseTuple(args, "s", &text)) return NULL;
    PyObject *a = PyUnicode_FromString(text), *b = PyUnicode_FromString(text);
    PyUnicode_InternInPlace(&a);
    PyUnicode_InternInPlace(&b);
    PyObject *r = PyBool_FromLong(a == b);
    Py_DECREF(a);
    Py_DECREF(b);
    return r;
}

static PyMethodDef methods[] = {
    {"dec", dec, METH_VARARGS, NULL},
    {"dec_fixed", dec_fixed, METH_VARARGS, NULL},
    {"dec_stateful", dec_stateful, METH_VARARGS, NULL},
    {"enc", enc, METH_VARARGS, NULL},
    {"from_encoded", from_encoded, METH_VARARGS, NULL},
    {"from_object", from_object, METH_O, NULL},
    {"ucs4", ucs4, METH_O, NULL},
    {"wide", wide, METH_O, NULL},
    {"misc", misc, METH_O, NULL},
    {"fs_paths", fs_paths, METH_VARARGS, NULL},
    {"intern", intern, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "ucodecs", NULL, -1, methods};

PyMODINIT_FUNC PyInit_ucodecs(void) { return PyModule_Create(&module); }
