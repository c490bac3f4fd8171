/* Cycle collection through C objects: a GC type (Link) holding one reference, traversed with
 * tp_traverse and cleared with tp_clear, allocated both by PyType_GenericAlloc (tracked
 * automatically) and by PyObject_GC_New + PyObject_GC_Track; a heap GC type (Box) whose
 * tp_traverse visits its type; weak references to collected objects; untracking. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

static long link_deallocs = 0;
static long link_clears = 0;
static long box_deallocs = 0;

typedef struct {
    PyObject_HEAD
    PyObject *ref;
    PyObject *weaklist;
    long id;
} Link;

static PyTypeObject Link_Type;

static int link_traverse(Link *self, visitproc visit, void *arg) {
    Py_VISIT(self->ref);
    return 0;
}

static int link_clear(Link *self) {
    link_clears++;
    Py_CLEAR(self->ref);
    return 0;
}

static void link_dealloc(Link *self) {
    PyObject_GC_UnTrack(self);
    link_deallocs++;
    if (self->weaklist != NULL) PyObject_ClearWeakRefs((PyObject *)self);
    Py_CLEAR(self->ref);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int link_init(Link *self, PyObject *args, PyObject *kwds) {
    long id = 0;
    if (!PyArg_ParseTuple(args, "|l", &id)) return -1;
    self->id = id;
    return 0;
}

static PyObject *link_repr(Link *self) { return PyUnicode_FromFormat("Link(%ld)", self->id); }

static PyMemberDef link_members[] = {
    {"ref", T_OBJECT, offsetof(Link, ref), 0, NULL},
    {"id", T_LONG, offsetof(Link, id), READONLY, NULL},
    {NULL},
};

static PyTypeObject Link_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "gcnative.Link",
    .tp_basicsize = sizeof(Link),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)link_init,
    .tp_dealloc = (destructor)link_dealloc,
    .tp_traverse = (traverseproc)link_traverse,
    .tp_clear = (inquiry)link_clear,
    .tp_free = PyObject_GC_Del,
    .tp_repr = (reprfunc)link_repr,
    .tp_members = link_members,
    .tp_weaklistoffset = offsetof(Link, weaklist),
};

/* A Link made the other way: PyObject_GC_New, then tracked by hand. */
static PyObject *manual_link(PyObject *m, PyObject *args) {
    long id = 0;
    if (!PyArg_ParseTuple(args, "l", &id)) return NULL;
    Link *l = PyObject_GC_New(Link, &Link_Type);
    if (l == NULL) return NULL;
    l->ref = NULL;
    l->weaklist = NULL;
    l->id = id;
    PyObject_GC_Track((PyObject *)l);
    return (PyObject *)l;
}

/* ---- heap type Box, visiting its type ---- */
typedef struct {
    PyObject_HEAD
    PyObject *items; /* a list */
} Box;

static PyObject *box_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    Box *b = (Box *)type->tp_alloc(type, 0);
    if (b == NULL) return NULL;
    b->items = PyList_New(0);
    if (b->items == NULL) {
        Py_DECREF(b);
        return NULL;
    }
    return (PyObject *)b;
}

static int box_traverse(Box *self, visitproc visit, void *arg) {
    Py_VISIT(Py_TYPE(self));
    Py_VISIT(self->items);
    return 0;
}

static int box_clear(Box *self) {
    Py_CLEAR(self->items);
    return 0;
}

static void box_dealloc(Box *self) {
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    box_deallocs++;
    Py_CLEAR(self->items);
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static PyObject *box_put(Box *self, PyObject *o) {
    if (self->items == NULL) {
        PyErr_SetString(PyExc_ValueError, "cleared box");
        return NULL;
    }
    if (PyList_Append(self->items, o) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *box_size(Box *self, PyObject *unused) {
    return PyLong_FromSsize_t(self->items ? PyList_GET_SIZE(self->items) : -1);
}

static PyMethodDef box_methods[] = {
    {"put", (PyCFunction)box_put, METH_O, NULL},
    {"size", (PyCFunction)box_size, METH_NOARGS, NULL},
    {NULL},
};

static PyType_Slot box_slots[] = {
    {Py_tp_new, box_new},
    {Py_tp_dealloc, box_dealloc},
    {Py_tp_traverse, box_traverse},
    {Py_tp_clear, box_clear},
    {Py_tp_methods, box_methods},
    {0, NULL},
};

static PyType_Spec box_spec = {"gcnative.Box", sizeof(Box), 0,
                               Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE, box_slots};

/* ---- module functions ---- */
static PyObject *counts(PyObject *m, PyObject *unused) {
    return Py_BuildValue("(lll)", link_deallocs, link_clears, box_deallocs);
}

static PyObject *untrack(PyObject *m, PyObject *o) {
    PyObject_GC_UnTrack(o);
    Py_RETURN_NONE;
}

static PyObject *track(PyObject *m, PyObject *o) {
    PyObject_GC_Track(o);
    Py_RETURN_NONE;
}

static PyObject *is_tracked(PyObject *m, PyObject *o) { return PyBool_FromLong(PyObject_GC_IsTracked(o)); }

static PyObject *c_collect(PyObject *m, PyObject *unused) { return PyLong_FromSsize_t(PyGC_Collect()); }

/* A cycle of n Links made and dropped entirely in C. */
static PyObject *c_ring(PyObject *m, PyObject *arg) {
    long n = PyLong_AsLong(arg);
    if (n <= 0) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "ring size must be positive");
        return NULL;
    }
    PyObject *first = PyObject_CallNoArgs((PyObject *)&Link_Type);
    if (first == NULL) return NULL;
    PyObject *prev = first;
    Py_INCREF(prev);
    for (long i = 1; i < n; i++) {
        PyObject *l = PyObject_CallNoArgs((PyObject *)&Link_Type);
        if (l == NULL) return NULL;
        ((Link *)l)->id = i;
        ((Link *)prev)->ref = l; /* steals */
        Py_INCREF(l);
        Py_DECREF(prev);
        prev = l;
    }
    ((Link *)prev)->ref = first;
    Py_DECREF(prev);
    Py_RETURN_NONE;
}

static PyMethodDef module_methods[] = {
    {"manual_link", manual_link, METH_VARARGS, NULL},
    {"counts", counts, METH_NOARGS, NULL},
    {"untrack", untrack, METH_O, NULL},
    {"track", track, METH_O, NULL},
    {"is_tracked", is_tracked, METH_O, NULL},
    {"c_collect", c_collect, METH_NOARGS, NULL},
    {"c_ring", c_ring, METH_O, NULL},
    {NULL},
};

static struct PyModuleDef module_def = {PyModuleDef_HEAD_INIT, "gcnative", NULL, -1, module_methods};

PyMODINIT_FUNC PyInit_gcnative(void) {
    if (PyType_Ready(&Link_Type) < 0) return NULL;
    PyObject *m = PyModule_Create(&module_def);
    if (m == NULL) return NULL;
    Py_INCREF(&Link_Type);
    PyModule_AddObject(m, "Link", (PyObject *)&Link_Type);
    PyObject *box = PyType_FromSpec(&box_spec);
    if (box == NULL) return NULL;
    PyModule_AddObject(m, "Box", box);
    return m;
}
