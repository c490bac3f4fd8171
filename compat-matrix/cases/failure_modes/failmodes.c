/* The failure modes earlier C-API emulators showed (../shared/research/capi-anchors.md §3),
 * each written as a function whose result shows whether the runtime behaves as CPython 3.11:
 * tuples filled after use, tp_doc written after PyType_Ready, exact fresh refcounts, immediate
 * tp_dealloc, heap types' dealloc releasing their type, vectorcall's offset flag and its
 * references on errors, interned keyword names, buffer export/release loops, direct writes to
 * thread-state and object fields, sq_concat against nb_add. The number in each comment is the
 * item of that list. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

/* 1: a tuple used by an API call (hashing) may still be filled while its refcount is 1. */
static PyObject *tuple_fill_after_use(PyObject *self, PyObject *unused) {
    PyObject *t = PyTuple_New(2);
    if (t == NULL) return NULL;
    PyTuple_SET_ITEM(t, 0, PyLong_FromLong(1));
    PyTuple_SET_ITEM(t, 1, PyLong_FromLong(2));
    Py_hash_t h = PyObject_Hash(t);
    if (h == -1) { Py_DECREF(t); return NULL; }
    if (PyTuple_SetItem(t, 0, PyUnicode_FromString("replaced")) < 0) { Py_DECREF(t); return NULL; }
    return t;
}

/* 2: PyTuple_SET_ITEM on an argument tuple that Python already saw: the next call sees the
 * new item. */
static PyObject *tuple_reuse_args(PyObject *self, PyObject *func) {
    PyObject *args = Py_BuildValue("(ii)", 1, 2);
    if (args == NULL) return NULL;
    PyObject *first = PyObject_Call(func, args, NULL);
    if (first == NULL) { Py_DECREF(args); return NULL; }
    PyObject *old = PyTuple_GET_ITEM(args, 0);
    PyTuple_SET_ITEM(args, 0, PyUnicode_FromString("new"));
    Py_DECREF(old);
    PyObject *second = PyObject_Call(func, args, NULL);
    Py_DECREF(args);
    if (second == NULL) { Py_DECREF(first); return NULL; }
    return Py_BuildValue("(NN)", first, second);
}

/* A static type whose deallocations are counted (8, 15) and whose tp_doc is rewritten (3). */
typedef struct {
    PyObject_HEAD
    PyObject *dict;
} CountedObject;

static long counted_deallocs;

static void counted_dealloc(PyObject *o) {
    counted_deallocs++;
    Py_CLEAR(((CountedObject *)o)->dict);
    Py_TYPE(o)->tp_free(o);
}

static PyTypeObject CountedType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "failmodes.Counted",
    .tp_basicsize = sizeof(CountedObject),
    .tp_dealloc = counted_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "first doc",
    .tp_dictoffset = offsetof(CountedObject, dict),
    .tp_new = PyType_GenericNew,
};

static PyObject *dealloc_count(PyObject *self, PyObject *unused) {
    return PyLong_FromLong(counted_deallocs);
}

/* 3: numpy's add_docstring writes tp_doc of a ready static type; __doc__ must follow. */
static PyObject *set_type_doc(PyObject *self, PyObject *unused) {
    CountedType.tp_doc = "second doc, written after PyType_Ready";
    Py_RETURN_NONE;
}

/* 5: fresh objects have refcount 1, exactly. */
static PyObject *fresh_refcounts(PyObject *self, PyObject *unused) {
    PyObject *l = PyList_New(0), *d = PyDict_New(), *t = PyTuple_New(3), *f = PyFloat_FromDouble(2.5);
    PyObject *s = PyUnicode_FromString("a string made in C"), *i = PyLong_FromLong(123456789);
    PyObject *r = Py_BuildValue("(nnnnnn)", Py_REFCNT(l), Py_REFCNT(d), Py_REFCNT(t), Py_REFCNT(f),
                                Py_REFCNT(s), Py_REFCNT(i));
    Py_DECREF(l); Py_DECREF(d); Py_DECREF(t); Py_DECREF(f); Py_DECREF(s); Py_DECREF(i);
    return r;
}

/* 8: tp_dealloc runs when the last reference goes, not later. */
static PyObject *dealloc_now(PyObject *self, PyObject *unused) {
    long before = counted_deallocs;
    PyObject *o = PyObject_CallNoArgs((PyObject *)&CountedType);
    if (o == NULL) return NULL;
    PyObject *l = PyList_New(0);
    PyList_Append(l, o);
    Py_DECREF(o);
    long while_listed = counted_deallocs - before;
    Py_DECREF(l);
    return Py_BuildValue("(ll)", while_listed, counted_deallocs - before);
}

/* 9: a heap type's tp_dealloc releases the reference each instance holds on its type. */
typedef struct { PyObject_HEAD int value; } HeapObject;

static void heap_dealloc(PyObject *o) {
    PyTypeObject *tp = Py_TYPE(o);
    tp->tp_free(o);
    Py_DECREF(tp);
}

static PyType_Slot heap_slots[] = {
    {Py_tp_dealloc, heap_dealloc},
    {Py_tp_doc, "a heap type"},
    {0, NULL},
};

static PyType_Spec heap_spec = {
    "failmodes.Heap", sizeof(HeapObject), 0, Py_TPFLAGS_DEFAULT, heap_slots,
};

static PyObject *heap_type_refcount(PyObject *self, PyObject *type) {
    if (!PyType_Check(type)) { PyErr_SetString(PyExc_TypeError, "a type is required"); return NULL; }
    Py_ssize_t before = Py_REFCNT(type);
    PyObject *keep = PyList_New(0);
    for (int i = 0; i < 1000; i++) {
        PyObject *o = PyType_GenericAlloc((PyTypeObject *)type, 0);
        if (o == NULL) { Py_DECREF(keep); return NULL; }
        if (i < 10) PyList_Append(keep, o);
        Py_DECREF(o);
    }
    Py_ssize_t holding = Py_REFCNT(type) - before;
    Py_DECREF(keep);
    return Py_BuildValue("(nn)", holding, Py_REFCNT(type) - before);
}

/* 10: PY_VECTORCALL_ARGUMENTS_OFFSET is a flag in nargsf, masked by the callee. */
static PyObject *vectorcall_offset(PyObject *self, PyObject *func) {
    PyObject *store[4];
    store[0] = NULL;
    store[1] = PyLong_FromLong(10);
    store[2] = PyUnicode_FromString("b");
    store[3] = PyLong_FromLong(30);
    PyObject *kwnames = Py_BuildValue("(s)", "c");
    PyObject *r = PyObject_Vectorcall(func, store + 1, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
    Py_DECREF(store[1]); Py_DECREF(store[2]); Py_DECREF(store[3]); Py_DECREF(kwnames);
    return r;
}

/* 11: a call that raises does not keep references to its arguments. */
static PyObject *failing_calls_refcount(PyObject *self, PyObject *args) {
    PyObject *func, *arg;
    if (!PyArg_ParseTuple(args, "OO", &func, &arg)) return NULL;
    Py_ssize_t before = Py_REFCNT(arg);
    long raised = 0;
    for (int i = 0; i < 1000; i++) {
        PyObject *r = PyObject_Vectorcall(func, &arg, 1, NULL);
        if (r == NULL) { raised++; PyErr_Clear(); } else Py_DECREF(r);
    }
    return Py_BuildValue("(ln)", raised, Py_REFCNT(arg) - before);
}

/* 12: keyword names arrive interned, so extensions compare them by pointer. */
static PyObject *kwnames_by_pointer(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    PyObject *key = PyUnicode_InternFromString("key");
    PyObject *found = PyList_New(0);
    if (kwnames != NULL) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwnames); i++) {
            PyObject *name = PyTuple_GET_ITEM(kwnames, i);
            PyObject *v = Py_BuildValue("(OO)", name, name == key ? Py_True : Py_False);
            PyList_Append(found, v);
            Py_DECREF(v);
        }
    }
    Py_DECREF(key);
    return found;
}

/* 18 and 20: exporting and releasing buffers in a loop leaves no reference behind, and a
 * memoryview made in C over a C-made bytes object frees it with its last reference. */
static PyObject *buffer_loop(PyObject *self, PyObject *obj) {
    Py_ssize_t before = Py_REFCNT(obj);
    Py_ssize_t total = 0;
    for (int i = 0; i < 10000; i++) {
        Py_buffer view;
        if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0) return NULL;
        total += view.len;
        PyBuffer_Release(&view);
    }
    return Py_BuildValue("(nn)", total, Py_REFCNT(obj) - before);
}

static PyObject *memoryview_of_c_bytes(PyObject *self, PyObject *unused) {
    PyObject *b = PyBytes_FromString("bytes made in C");
    PyObject *mv = PyMemoryView_FromObject(b);
    if (mv == NULL) { Py_DECREF(b); return NULL; }
    Py_ssize_t with_view = Py_REFCNT(b);
    PyObject *copy = PyObject_CallMethod(mv, "tobytes", NULL);
    Py_DECREF(mv);
    Py_DECREF(b);
    return Py_BuildValue("(nN)", with_view, copy);
}

/* 21: Py_buffer is CPython's size; a caller's struct is never overrun. */
static PyObject *buffer_guarded(PyObject *self, PyObject *obj) {
    struct { Py_buffer view; unsigned char guard[64]; } s;
    memset(s.guard, 0xAB, sizeof s.guard);
    if (PyObject_GetBuffer(obj, &s.view, PyBUF_FULL_RO) < 0) return NULL;
    PyObject *r = Py_BuildValue("(nnis)", s.view.len, s.view.itemsize, s.view.ndim,
                                s.view.format ? s.view.format : "(null)");
    PyBuffer_Release(&s.view);
    int intact = 1;
    for (size_t i = 0; i < sizeof s.guard; i++) intact &= s.guard[i] == 0xAB;
    return Py_BuildValue("(Ni)", r, intact);
}

/* 22: a type with both sq_concat and nb_add, and one with only sq_concat. */
typedef struct { PyObject_HEAD } ConcatObject;

static PyObject *both_nb_add(PyObject *a, PyObject *b) { return PyUnicode_FromString("nb_add"); }
static PyObject *both_sq_concat(PyObject *a, PyObject *b) { return PyUnicode_FromString("sq_concat"); }
static Py_ssize_t concat_len(PyObject *a) { return 0; }

static PyNumberMethods both_number = { .nb_add = both_nb_add };
static PySequenceMethods both_sequence = { .sq_length = concat_len, .sq_concat = both_sq_concat };
static PySequenceMethods only_sequence = { .sq_length = concat_len, .sq_concat = both_sq_concat };

static PyTypeObject BothType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "failmodes.Both",
    .tp_basicsize = sizeof(ConcatObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_as_number = &both_number,
    .tp_as_sequence = &both_sequence,
    .tp_new = PyType_GenericNew,
};

static PyTypeObject OnlyConcatType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "failmodes.OnlyConcat",
    .tp_basicsize = sizeof(ConcatObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_as_sequence = &only_sequence,
    .tp_new = PyType_GenericNew,
};

static PyObject *c_concat_paths(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b)) return NULL;
    PyObject *viaseq = PySequence_Concat(a, b);
    if (viaseq == NULL) {
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        viaseq = PyUnicode_FromFormat("%s: %S", ((PyTypeObject *)type)->tp_name, value ? value : Py_None);
        Py_XDECREF(type); Py_XDECREF(value); Py_XDECREF(tb);
    }
    PyObject *vianum = PyNumber_Add(a, b);
    if (vianum == NULL) {
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        vianum = PyUnicode_FromFormat("%s: %S", ((PyTypeObject *)type)->tp_name, value ? value : Py_None);
        Py_XDECREF(type); Py_XDECREF(value); Py_XDECREF(tb);
    }
    return Py_BuildValue("(NN)", viaseq, vianum);
}

/* 23: PyErr_FormatV through a variadic wrapper of the extension's own. */
static PyObject *raise_formatted(PyObject *exc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    PyErr_FormatV(exc, fmt, ap);
    va_end(ap);
    return NULL;
}

static PyObject *formatv(PyObject *self, PyObject *args) {
    int n;
    const char *what;
    if (!PyArg_ParseTuple(args, "is", &n, &what)) return NULL;
    return raise_formatted(PyExc_ValueError, "%d items of %s (%5.2f%%)", n, what, 12.5);
}

/* 28: Cython restores an exception by writing the thread state's curexc_* fields directly;
 * PyErr_Occurred must see it, and reading them back must give what PyErr_SetString put. */
static PyObject *curexc_direct(PyObject *self, PyObject *unused) {
    PyThreadState *ts = PyThreadState_Get();
    PyObject *value = PyUnicode_FromString("written into curexc_value");
    Py_INCREF(PyExc_KeyError);
    ts->curexc_type = PyExc_KeyError;
    ts->curexc_value = value;
    ts->curexc_traceback = NULL;
    int seen = PyErr_ExceptionMatches(PyExc_KeyError);
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyObject *fetched = Py_BuildValue("(iOO)", seen, t, v);
    Py_XDECREF(t); Py_XDECREF(v); Py_XDECREF(tb);

    PyErr_SetString(PyExc_OSError, "set through the API");
    PyObject *direct_type = ts->curexc_type, *direct_value = ts->curexc_value;
    ts->curexc_type = ts->curexc_value = ts->curexc_traceback = NULL;
    int cleared = PyErr_Occurred() == NULL;
    PyObject *r = Py_BuildValue("(NOOi)", fetched, direct_type, direct_value, cleared);
    Py_XDECREF(direct_type); Py_XDECREF(direct_value);
    return r;
}

/* 29: Cython's fast append writes ob_item[len] and ob_size when there is spare capacity. */
static PyObject *list_direct_append(PyObject *self, PyObject *list) {
    if (!PyList_CheckExact(list)) { PyErr_SetString(PyExc_TypeError, "a list is required"); return NULL; }
    PyListObject *l = (PyListObject *)list;
    long direct = 0;
    for (long i = 0; i < 20; i++) {
        PyObject *v = PyLong_FromLong(i * i);
        Py_ssize_t len = Py_SIZE(l);
        if (l->allocated > len) {
            l->ob_item[len] = v;
            Py_SET_SIZE(l, len + 1);
            direct++;
        } else {
            PyList_Append(list, v);
            Py_DECREF(v);
        }
    }
    return PyLong_FromLong(direct > 0);
}

/* 31: direct field accesses: ++ob_refcnt, a pointer into a tuple's items, m_ml->ml_doc. */
static PyObject *direct_fields(PyObject *self, PyObject *args) {
    PyObject *tuple, *cfunc;
    if (!PyArg_ParseTuple(args, "O!O", &PyTuple_Type, &tuple, &cfunc)) return NULL;
    Py_ssize_t before = Py_REFCNT(tuple);
    ++tuple->ob_refcnt;
    Py_ssize_t bumped = Py_REFCNT(tuple) - before;
    Py_DECREF(tuple);
    PyObject **items = &PyTuple_GET_ITEM(tuple, 0);
    PyObject *sum = PyLong_FromLong(0);
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(tuple); i++) {
        PyObject *s = PyNumber_Add(sum, items[i]);
        Py_DECREF(sum);
        if (s == NULL) return NULL;
        sum = s;
    }
    const char *doc = NULL;
    if (PyCFunction_Check(cfunc)) doc = ((PyCFunctionObject *)cfunc)->m_ml->ml_doc;
    return Py_BuildValue("(nNs)", bumped, sum, doc ? doc : "(no doc)");
}

static PyMethodDef methods[] = {
    {"tuple_fill_after_use", tuple_fill_after_use, METH_NOARGS, NULL},
    {"tuple_reuse_args", tuple_reuse_args, METH_O, NULL},
    {"dealloc_count", dealloc_count, METH_NOARGS, NULL},
    {"set_type_doc", set_type_doc, METH_NOARGS, NULL},
    {"fresh_refcounts", fresh_refcounts, METH_NOARGS, NULL},
    {"dealloc_now", dealloc_now, METH_NOARGS, NULL},
    {"heap_type_refcount", heap_type_refcount, METH_O, NULL},
    {"vectorcall_offset", vectorcall_offset, METH_O, NULL},
    {"failing_calls_refcount", failing_calls_refcount, METH_VARARGS, NULL},
    {"kwnames_by_pointer", (PyCFunction)(void (*)(void))kwnames_by_pointer, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"buffer_loop", buffer_loop, METH_O, NULL},
    {"memoryview_of_c_bytes", memoryview_of_c_bytes, METH_NOARGS, NULL},
    {"buffer_guarded", buffer_guarded, METH_O, NULL},
    {"c_concat_paths", c_concat_paths, METH_VARARGS, NULL},
    {"formatv", formatv, METH_VARARGS, NULL},
    {"curexc_direct", curexc_direct, METH_NOARGS, NULL},
    {"list_direct_append", list_direct_append, METH_O, NULL},
    {"direct_fields", direct_fields, METH_VARARGS, "the doc string C reads through m_ml"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "failmodes", NULL, -1, methods};

PyMODINIT_FUNC PyInit_failmodes(void) {
    if (PyType_Ready(&CountedType) < 0 || PyType_Ready(&BothType) < 0 || PyType_Ready(&OnlyConcatType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    PyObject *heap = PyType_FromSpec(&heap_spec);
    if (heap == NULL || PyModule_AddObject(m, "Heap", heap) < 0) { Py_XDECREF(heap); Py_DECREF(m); return NULL; }
    Py_INCREF(&CountedType); PyModule_AddObject(m, "Counted", (PyObject *)&CountedType);
    Py_INCREF(&BothType); PyModule_AddObject(m, "Both", (PyObject *)&BothType);
    Py_INCREF(&OnlyConcatType); PyModule_AddObject(m, "OnlyConcat", (PyObject *)&OnlyConcatType);
    return m;
}
