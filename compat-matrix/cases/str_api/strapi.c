/* str functions of the C-API (matching, searching, splitting, replacing, formatting, rich
 * comparison), _PyBytes_Resize, PyVectorcall_Call, generic attribute lookup with a dict, and
 * finalizers called from tp_dealloc. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *match(PyObject *self, PyObject *args) {
    PyObject *s, *sub;
    Py_ssize_t start, end;
    if (!PyArg_ParseTuple(args, "OOnn", &s, &sub, &start, &end)) return NULL;
    Py_ssize_t head = PyUnicode_Tailmatch(s, sub, start, end, -1);
    if (head < 0) return NULL;
    Py_ssize_t tail = PyUnicode_Tailmatch(s, sub, start, end, 1);
    Py_ssize_t f = PyUnicode_Find(s, sub, start, end, 1), rf = PyUnicode_Find(s, sub, start, end, -1);
    Py_ssize_t fc = PyUnicode_FindChar(s, PyUnicode_READ_CHAR(sub, 0), start, end, 1);
    Py_ssize_t n = PyUnicode_Count(s, sub, start, end);
    int in = PyUnicode_Contains(s, sub);
    return Py_BuildValue("(nnnnnni)", head, tail, f, rf, fc, n, in);
}

static PyObject *split(PyObject *self, PyObject *args) {
    PyObject *s, *sep;
    Py_ssize_t maxsplit;
    if (!PyArg_ParseTuple(args, "OOn", &s, &sep, &maxsplit)) return NULL;
    return PyUnicode_Split(s, sep == Py_None ? NULL : sep, maxsplit);
}

static PyObject *lines(PyObject *self, PyObject *args) {
    PyObject *s;
    int keep;
    if (!PyArg_ParseTuple(args, "Op", &s, &keep)) return NULL;
    return PyUnicode_Splitlines(s, keep);
}

static PyObject *replace(PyObject *self, PyObject *args) {
    PyObject *s, *a, *b;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "OOOn", &s, &a, &b, &n)) return NULL;
    return PyUnicode_Replace(s, a, b, n);
}

static PyObject *format(PyObject *self, PyObject *args) {
    PyObject *f, *a;
    if (!PyArg_ParseTuple(args, "OO", &f, &a)) return NULL;
    return PyUnicode_Format(f, a);
}

static PyObject *compare(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    int op;
    if (!PyArg_ParseTuple(args, "OOi", &a, &b, &op)) return NULL;
    return PyUnicode_RichCompare(a, b, op);
}

/* resize(data, n): a bytes object built in C, then grown or shrunk by _PyBytes_Resize. */
static PyObject *resize(PyObject *self, PyObject *args) {
    const char *data;
    Py_ssize_t len, n;
    if (!PyArg_ParseTuple(args, "y#n", &data, &len, &n)) return NULL;
    PyObject *b = PyBytes_FromStringAndSize(data, len);
    if (b == NULL) return NULL;
    if (_PyBytes_Resize(&b, n) < 0) return NULL;
    for (Py_ssize_t i = len; i < n; i++) PyBytes_AS_STRING(b)[i] = '+';
    return b;
}

/* resize_shared(b): refused, b is held elsewhere. */
static PyObject *resize_shared(PyObject *self, PyObject *b) {
    Py_INCREF(b);
    PyObject *p = b;
    if (_PyBytes_Resize(&p, 1) < 0) return NULL;
    return p;
}

static PyObject *vcall(PyObject *self, PyObject *args) {
    PyObject *f, *t, *kw;
    if (!PyArg_ParseTuple(args, "OO!O", &f, &PyTuple_Type, &t, &kw)) return NULL;
    return PyVectorcall_Call(f, t, kw == Py_None ? NULL : kw);
}

static PyObject *getattr_dict(PyObject *self, PyObject *args) {
    PyObject *o, *name, *dict;
    int suppress;
    if (!PyArg_ParseTuple(args, "OUOp", &o, &name, &dict, &suppress)) return NULL;
    PyObject *r = _PyObject_GenericGetAttrWithDict(o, name, dict == Py_None ? NULL : dict, suppress);
    if (r == NULL && !PyErr_Occurred()) return PyUnicode_FromString("<suppressed>");
    return r;
}

/* A type whose tp_finalize runs from its tp_dealloc through PyObject_CallFinalizerFromDealloc. */
static long finalized = 0;
static PyObject *keeper = NULL;

static void fin_finalize(PyObject *self) {
    finalized++;
    if (keeper == Py_None) keeper = Py_NewRef(self); /* resurrect once when asked */
}

static void fin_dealloc(PyObject *self) {
    if (PyObject_CallFinalizerFromDealloc(self) < 0) return; /* resurrected */
    Py_TYPE(self)->tp_free(self);
}

static PyTypeObject FinType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "strapi.Fin",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_dealloc = fin_dealloc,
    .tp_finalize = fin_finalize,
};

static PyObject *finalizers(PyObject *self, PyObject *unused) {
    PyObject *a = PyObject_CallNoArgs((PyObject *)&FinType);
    Py_DECREF(a);
    long after_plain = finalized;
    keeper = Py_None;
    PyObject *b = PyObject_CallNoArgs((PyObject *)&FinType);
    Py_DECREF(b);
    int resurrected = keeper != NULL && keeper != Py_None;
    Py_ssize_t rc = resurrected ? Py_REFCNT(keeper) : -1;
    PyObject *k = keeper;
    keeper = NULL;
    if (resurrected) Py_DECREF(k); /* dies now; the finalizer runs again */
    return Py_BuildValue("(liln)", after_plain, resurrected, finalized, rc);
}

static PyMethodDef methods[] = {
    {"match", match, METH_VARARGS, NULL},
    {"split", split, METH_VARARGS, NULL},
    {"lines", lines, METH_VARARGS, NULL},
    {"replace", replace, METH_VARARGS, NULL},
    {"format", format, METH_VARARGS, NULL},
    {"compare", compare, METH_VARARGS, NULL},
    {"resize", resize, METH_VARARGS, NULL},
    {"resize_shared", resize_shared, METH_O, NULL},
    {"vcall", vcall, METH_VARARGS, NULL},
    {"getattr_dict", getattr_dict, METH_VARARGS, NULL},
    {"finalizers", finalizers, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "strapi", NULL, -1, methods};

PyMODINIT_FUNC PyInit_strapi(void) {
    if (PyType_Ready(&FinType) < 0) return NULL;
    return PyModule_Create(&module);
}
