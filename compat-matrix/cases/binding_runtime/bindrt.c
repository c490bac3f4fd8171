/* What binding generators (pybind11, PyO3, NumPy) ask of the runtime: a metatype made by hand
 * with a larger struct than type's, classes allocated through it and filled in before
 * PyType_Ready, instances made through object's tp_new, context variables from C, the private
 * dict calls with a known hash, slices, instance methods, thread-specific storage, a
 * vectorcall type whose tp_call is PyVectorcall_Call, and an instance __dict__ at
 * tp_dictoffset. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stddef.h>
#include <string.h>
#include "structmember.h"

/* ---- a metatype with an extended struct (as nanobind and NumPy's DTypeMeta have) ---- */

typedef struct {
    PyHeapTypeObject ht;
    long long tag; /* per-class data the metatype adds */
} MetaObject;

static PyTypeObject *Meta = NULL;

static PyMemberDef meta_members[] = {
    {"tag", T_LONGLONG, offsetof(MetaObject, tag), READONLY, NULL},
    {NULL},
};

/* Builds the metatype as pybind11 does: allocated through type's tp_alloc, named by hand. */
static PyTypeObject *make_meta(void) {
    PyHeapTypeObject *ht = (PyHeapTypeObject *)PyType_Type.tp_alloc(&PyType_Type, 0);
    if (ht == NULL) return NULL;
    ht->ht_name = PyUnicode_FromString("Meta");
    ht->ht_qualname = PyUnicode_FromString("Meta");
    PyTypeObject *t = &ht->ht_type;
    t->tp_name = "Meta";
    Py_INCREF(&PyType_Type);
    t->tp_base = &PyType_Type;
    t->tp_basicsize = sizeof(MetaObject);
    t->tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HEAPTYPE;
    t->tp_members = meta_members;
    t->tp_as_async = &ht->as_async;
    t->tp_as_number = &ht->as_number;
    t->tp_as_sequence = &ht->as_sequence;
    t->tp_as_mapping = &ht->as_mapping;
    t->tp_as_buffer = &ht->as_buffer;
    if (PyType_Ready(t) < 0) return NULL;
    return t;
}

typedef struct {
    PyObject_HEAD
    long value;
} ThingObject;

static PyMemberDef thing_members[] = {
    {"value", T_LONG, offsetof(ThingObject, value), 0, NULL},
    {NULL},
};

/* make_class(name, tag): a class allocated through the metatype and filled in by hand; it has
 * no tp_new of its own, so it inherits object's. */
static PyObject *make_class(PyObject *self, PyObject *args) {
    const char *name;
    long long tag;
    if (!PyArg_ParseTuple(args, "sL", &name, &tag)) return NULL;
    MetaObject *m = (MetaObject *)Meta->tp_alloc(Meta, 0);
    if (m == NULL) return NULL;
    PyHeapTypeObject *ht = &m->ht;
    ht->ht_name = PyUnicode_FromString(name);
    ht->ht_qualname = PyUnicode_FromString(name);
    PyTypeObject *t = &ht->ht_type;
    t->tp_name = strdup(name);
    Py_INCREF(&PyBaseObject_Type);
    t->tp_base = &PyBaseObject_Type;
    t->tp_basicsize = sizeof(ThingObject);
    t->tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HEAPTYPE;
    t->tp_members = thing_members;
    t->tp_as_async = &ht->as_async;
    t->tp_as_number = &ht->as_number;
    t->tp_as_sequence = &ht->as_sequence;
    t->tp_as_mapping = &ht->as_mapping;
    t->tp_as_buffer = &ht->as_buffer;
    m->tag = tag;
    if (PyType_Ready(t) < 0) return NULL;
    if (PyObject_SetAttrString((PyObject *)t, "__module__", PyUnicode_FromString("bindrt")) < 0) return NULL;
    return (PyObject *)t;
}

/* new_via_object(cls, value): an instance made as PyO3 makes them, through the base's tp_new
 * with an empty tuple, then filled in. */
static PyObject *new_via_object(PyObject *self, PyObject *args) {
    PyObject *cls;
    long value;
    if (!PyArg_ParseTuple(args, "O!l", &PyType_Type, &cls, &value)) return NULL;
    PyObject *empty = PyTuple_New(0);
    PyObject *o = PyBaseObject_Type.tp_new((PyTypeObject *)cls, empty, NULL);
    Py_DECREF(empty);
    if (o == NULL) return NULL;
    ((ThingObject *)o)->value = value;
    return o;
}

static PyObject *class_tag(PyObject *self, PyObject *cls) {
    if (!PyObject_TypeCheck(cls, Meta)) {
        PyErr_SetString(PyExc_TypeError, "not made by Meta");
        return NULL;
    }
    return PyLong_FromLongLong(((MetaObject *)cls)->tag);
}

/* heap_flag(type): whether PyType_GetFlags reports Py_TPFLAGS_HEAPTYPE. */
static PyObject *heap_flag(PyObject *self, PyObject *t) {
    if (!PyType_Check(t)) {
        PyErr_SetString(PyExc_TypeError, "a type is required");
        return NULL;
    }
    return PyBool_FromLong((PyType_GetFlags((PyTypeObject *)t) & Py_TPFLAGS_HEAPTYPE) != 0);
}

/* ---- context variables ---- */

static PyObject *cvar = NULL;

static PyObject *cv_get(PyObject *self, PyObject *args) {
    PyObject *fallback = NULL, *value = NULL;
    if (!PyArg_ParseTuple(args, "|O", &fallback)) return NULL;
    if (PyContextVar_Get(cvar, fallback, &value) < 0) return NULL;
    if (value == NULL) return PyUnicode_FromString("<no value>");
    return value;
}

static PyObject *cv_set(PyObject *self, PyObject *value) { return PyContextVar_Set(cvar, value); }

static PyObject *cv_reset(PyObject *self, PyObject *token) {
    if (PyContextVar_Reset(cvar, token) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *cv_var(PyObject *self, PyObject *unused) {
    Py_INCREF(cvar);
    return cvar;
}

/* cv_in_copy(value): sets the variable inside a copy of the current context entered from C,
 * and returns what it read there; the caller's context keeps its value. */
static PyObject *cv_in_copy(PyObject *self, PyObject *value) {
    PyObject *ctx = PyContext_CopyCurrent();
    if (ctx == NULL) return NULL;
    if (PyContext_Enter(ctx) < 0) {
        Py_DECREF(ctx);
        return NULL;
    }
    int again = PyContext_Enter(ctx);
    PyObject *err = NULL;
    if (again < 0) {
        PyObject *t, *v, *tb;
        PyErr_Fetch(&t, &v, &tb);
        err = PyObject_Str(v);
        Py_XDECREF(t);
        Py_XDECREF(v);
        Py_XDECREF(tb);
    }
    PyObject *tok = PyContextVar_Set(cvar, value);
    PyObject *seen = NULL;
    if (tok != NULL) {
        Py_DECREF(tok);
        PyContextVar_Get(cvar, NULL, &seen);
    }
    if (PyContext_Exit(ctx) < 0) {
        Py_XDECREF(seen);
        Py_XDECREF(err);
        Py_DECREF(ctx);
        return NULL;
    }
    int exited_twice = PyContext_Exit(ctx);
    if (exited_twice < 0) PyErr_Clear();
    PyObject *r = Py_BuildValue("(NNi)", seen ? seen : Py_NewRef(Py_None), err ? err : Py_NewRef(Py_None), exited_twice);
    Py_DECREF(ctx);
    return r;
}

static PyObject *cv_bad(PyObject *self, PyObject *unused) {
    PyObject *value = NULL;
    if (PyContextVar_Get(Py_None, NULL, &value) < 0) return NULL;
    Py_RETURN_NONE;
}

/* ---- dicts with a known hash: no error left behind ---- */

static PyObject *known_hash(PyObject *self, PyObject *unused) {
    PyObject *d = PyDict_New();
    PyObject *k = PyUnicode_FromString("k"), *v = PyLong_FromLong(7);
    Py_hash_t h = PyObject_Hash(k);
    (void)_PyDict_SetItem_KnownHash(d, k, v, h); /* orjson ignores the result */
    int has = _PyDict_Contains_KnownHash(d, k, h);
    PyObject *popped = _PyDict_Pop(d, k, Py_None);
    PyObject *missing = _PyDict_Pop(d, k, Py_None);
    PyObject *r = Py_BuildValue("(iOOn)", has, popped, missing, PyDict_Size(d));
    Py_DECREF(popped);
    Py_DECREF(missing);
    Py_DECREF(k);
    Py_DECREF(v);
    Py_DECREF(d);
    return r;
}

/* ---- slices ---- */

static PyObject *slice_info(PyObject *self, PyObject *args) {
    PyObject *s;
    Py_ssize_t length, start, stop, step;
    if (!PyArg_ParseTuple(args, "O!n", &PySlice_Type, &s, &length)) return NULL;
    if (PySlice_Unpack(s, &start, &stop, &step) < 0) return NULL;
    Py_ssize_t n = PySlice_AdjustIndices(length, &start, &stop, step);
    return Py_BuildValue("(nnnn)", start, stop, step, n);
}

/* ---- instance methods ---- */

static PyObject *instance_method(PyObject *self, PyObject *func) { return PyInstanceMethod_New(func); }

/* ---- thread-specific storage ---- */

static PyObject *tss(PyObject *self, PyObject *unused) {
    Py_tss_t *key = PyThread_tss_alloc();
    if (key == NULL) return PyErr_NoMemory();
    int before = PyThread_tss_is_created(key);
    int created = PyThread_tss_create(key);
    int again = PyThread_tss_create(key);
    static int slot = 42;
    void *empty = PyThread_tss_get(key);
    int set = PyThread_tss_set(key, &slot);
    int read = *(int *)PyThread_tss_get(key);
    PyThread_tss_delete(key);
    int after = PyThread_tss_is_created(key);
    PyThread_tss_free(key);
    return Py_BuildValue("(iiiOiii)", before, created, again, empty == NULL ? Py_True : Py_False, set, read, after);
}

static PyObject *version_prefix(PyObject *self, PyObject *unused) {
    return PyBool_FromLong(strncmp(Py_GetVersion(), "3.11", 4) == 0);
}

/* ---- a vectorcall type whose tp_call is PyVectorcall_Call ---- */

typedef struct {
    PyObject_HEAD
    vectorcallfunc vectorcall;
    PyObject *dict;
} CallerObject;

static PyObject *caller_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    Py_ssize_t n = PyVectorcall_NARGS(nargsf);
    Py_ssize_t nk = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    PyObject *pos = PyTuple_New(n);
    for (Py_ssize_t i = 0; i < n; i++) PyTuple_SET_ITEM(pos, i, Py_NewRef(args[i]));
    PyObject *kw = PyDict_New();
    for (Py_ssize_t i = 0; i < nk; i++) PyDict_SetItem(kw, PyTuple_GET_ITEM(kwnames, i), args[n + i]);
    return Py_BuildValue("(NN)", pos, kw);
}

static PyObject *caller_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    CallerObject *c = (CallerObject *)type->tp_alloc(type, 0);
    if (c != NULL) c->vectorcall = caller_vectorcall;
    return (PyObject *)c;
}

static void caller_dealloc(PyObject *self) {
    Py_CLEAR(((CallerObject *)self)->dict);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *caller_dict(PyObject *self, PyObject *unused) {
    PyObject *d = ((CallerObject *)self)->dict;
    return Py_NewRef(d ? d : Py_None);
}

static PyMethodDef caller_methods[] = {
    {"c_dict", caller_dict, METH_NOARGS, NULL},
    {NULL},
};

static PyGetSetDef caller_getset[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL},
};

static PyTypeObject CallerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "bindrt.Caller",
    .tp_basicsize = sizeof(CallerObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_vectorcall_offset = offsetof(CallerObject, vectorcall),
    .tp_dictoffset = offsetof(CallerObject, dict),
    .tp_call = PyVectorcall_Call,
    .tp_new = caller_new,
    .tp_dealloc = caller_dealloc,
    .tp_methods = caller_methods,
    .tp_getset = caller_getset,
};

static PyMethodDef methods[] = {
    {"make_class", make_class, METH_VARARGS, NULL},
    {"new_via_object", new_via_object, METH_VARARGS, NULL},
    {"class_tag", class_tag, METH_O, NULL},
    {"heap_flag", heap_flag, METH_O, NULL},
    {"cv_get", cv_get, METH_VARARGS, NULL},
    {"cv_set", cv_set, METH_O, NULL},
    {"cv_reset", cv_reset, METH_O, NULL},
    {"cv_var", cv_var, METH_NOARGS, NULL},
    {"cv_in_copy", cv_in_copy, METH_O, NULL},
    {"cv_bad", cv_bad, METH_NOARGS, NULL},
    {"known_hash", known_hash, METH_NOARGS, NULL},
    {"slice_info", slice_info, METH_VARARGS, NULL},
    {"instance_method", instance_method, METH_O, NULL},
    {"tss", tss, METH_NOARGS, NULL},
    {"version_prefix", version_prefix, METH_NOARGS, NULL},
    {NULL},
};

static struct PyModuleDef moduledef = {PyModuleDef_HEAD_INIT, "bindrt", NULL, -1, methods};

PyMODINIT_FUNC PyInit_bindrt(void) {
    PyObject *m = PyModule_Create(&moduledef);
    if (m == NULL) return NULL;
    Meta = make_meta();
    if (Meta == NULL) return NULL;
    if (PyModule_AddObject(m, "Meta", (PyObject *)Meta) < 0) return NULL;
    cvar = PyContextVar_New("bindrt_var", NULL);
    if (cvar == NULL) return NULL;
    if (PyType_Ready(&CallerType) < 0) return NULL;
    Py_INCREF(&CallerType);
    if (PyModule_AddObject(m, "Caller", (PyObject *)&CallerType) < 0) return NULL;
    return m;
}
