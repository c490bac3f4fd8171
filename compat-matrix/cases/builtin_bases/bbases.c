/* C types deriving from builtin types: object (tp_base set explicitly), Exception, int, list and
 * dict. Each adds a field after the base's layout (tp_basicsize extension), chains to the base's
 * tp_new / tp_init and tp_dealloc, and counts its deallocations. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

static long deallocs[5];

/* ---- object ---- */
typedef struct {
    PyObject_HEAD
    long extra;
} Plain;

static int plain_init(Plain *self, PyObject *args, PyObject *kwds) {
    if (!PyArg_ParseTuple(args, "|l", &self->extra)) return -1;
    return 0;
}

static void plain_dealloc(Plain *self) {
    deallocs[0]++;
    PyBaseObject_Type.tp_dealloc((PyObject *)self);
}

static PyMemberDef plain_members[] = {{"extra", T_LONG, offsetof(Plain, extra), 0, NULL}, {NULL}};

static PyTypeObject Plain_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "bbases.Plain",
    .tp_basicsize = sizeof(Plain),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_init = (initproc)plain_init,
    .tp_dealloc = (destructor)plain_dealloc,
    .tp_members = plain_members,
};

/* ---- Exception ---- */
typedef struct {
    PyBaseExceptionObject base;
    long code;
} CodedError;

static int coded_init(CodedError *self, PyObject *args, PyObject *kwds) {
    if (((PyTypeObject *)PyExc_Exception)->tp_init((PyObject *)self, args, kwds) < 0) return -1;
    self->code = PyTuple_GET_SIZE(args) > 1 ? PyLong_AsLong(PyTuple_GET_ITEM(args, 1)) : -1;
    if (self->code == -1 && PyErr_Occurred()) return -1;
    return 0;
}

static void coded_dealloc(CodedError *self) {
    deallocs[1]++;
    ((PyTypeObject *)PyExc_Exception)->tp_dealloc((PyObject *)self);
}

static PyMemberDef coded_members[] = {{"code", T_LONG, offsetof(CodedError, code), 0, NULL}, {NULL}};

static PyTypeObject CodedError_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "bbases.CodedError",
    .tp_basicsize = sizeof(CodedError),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_init = (initproc)coded_init,
    .tp_dealloc = (destructor)coded_dealloc,
    .tp_members = coded_members,
};

/* ---- list ---- */
typedef struct {
    PyListObject list;
    long appends;
} CountedList;

static PyObject *clist_append(CountedList *self, PyObject *o) {
    self->appends++;
    if (PyList_Append((PyObject *)self, o) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *clist_count(CountedList *self, PyObject *unused) { return PyLong_FromLong(self->appends); }

static int clist_init(CountedList *self, PyObject *args, PyObject *kwds) {
    if (PyList_Type.tp_init((PyObject *)self, args, kwds) < 0) return -1;
    self->appends = 0;
    return 0;
}

static void clist_dealloc(CountedList *self) {
    deallocs[2]++;
    PyList_Type.tp_dealloc((PyObject *)self);
}

static PyMethodDef clist_methods[] = {
    {"append", (PyCFunction)clist_append, METH_O, NULL},
    {"appends", (PyCFunction)clist_count, METH_NOARGS, NULL},
    {NULL},
};

static PyTypeObject CountedList_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "bbases.CountedList",
    .tp_basicsize = sizeof(CountedList),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_init = (initproc)clist_init,
    .tp_dealloc = (destructor)clist_dealloc,
    .tp_methods = clist_methods,
};

/* ---- dict ---- */
typedef struct {
    PyDictObject dict;
    PyObject *fallback;
} DefaultingDict;

static PyObject *ddict_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    DefaultingDict *d = (DefaultingDict *)PyDict_Type.tp_new(type, args, kwds);
    if (d == NULL) return NULL;
    d->fallback = Py_NewRef(Py_None);
    return (PyObject *)d;
}

static PyObject *ddict_get_or(DefaultingDict *self, PyObject *key) {
    PyObject *v = PyDict_GetItemWithError((PyObject *)self, key);
    if (v == NULL && PyErr_Occurred()) return NULL;
    return Py_NewRef(v ? v : self->fallback);
}

static PyObject *ddict_set_fallback(DefaultingDict *self, PyObject *o) {
    Py_XSETREF(self->fallback, Py_NewRef(o));
    Py_RETURN_NONE;
}

static int ddict_traverse(DefaultingDict *self, visitproc visit, void *arg) {
    Py_VISIT(self->fallback);
    return PyDict_Type.tp_traverse((PyObject *)self, visit, arg);
}

static int ddict_clear(DefaultingDict *self) {
    Py_CLEAR(self->fallback);
    return PyDict_Type.tp_clear((PyObject *)self);
}

static void ddict_dealloc(DefaultingDict *self) {
    PyObject_GC_UnTrack(self);
    deallocs[3]++;
    Py_CLEAR(self->fallback);
    PyDict_Type.tp_dealloc((PyObject *)self);
}

static PyMethodDef ddict_methods[] = {
    {"get_or", (PyCFunction)ddict_get_or, METH_O, NULL},
    {"set_fallback", (PyCFunction)ddict_set_fallback, METH_O, NULL},
    {NULL},
};

static PyTypeObject DefaultingDict_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "bbases.DefaultingDict",
    .tp_basicsize = sizeof(DefaultingDict),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = (traverseproc)ddict_traverse,
    .tp_clear = (inquiry)ddict_clear,
    .tp_new = ddict_new,
    .tp_dealloc = (destructor)ddict_dealloc,
    .tp_methods = ddict_methods,
};

/* ---- int ---- */
static PyObject *flag_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    return PyLong_Type.tp_new(type, args, kwds);
}

static PyObject *flag_describe(PyObject *self, PyObject *unused) {
    return PyUnicode_FromFormat("flag %ld", PyLong_AsLong(self));
}

static void flag_dealloc(PyObject *self) {
    deallocs[4]++;
    PyLong_Type.tp_dealloc(self);
}

static PyMethodDef flag_methods[] = {{"describe", flag_describe, METH_NOARGS, NULL}, {NULL}};

static PyTypeObject Flag_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "bbases.Flag",
    .tp_basicsize = 0,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_new = flag_new,
    .tp_dealloc = flag_dealloc,
    .tp_methods = flag_methods,
};

static PyObject *counts(PyObject *m, PyObject *unused) {
    return Py_BuildValue("(lllll)", deallocs[0], deallocs[1], deallocs[2], deallocs[3], deallocs[4]);
}

/* Checks from C: the subclass flags and sizes C sees. */
static PyObject *info(PyObject *m, PyObject *o) {
    return Py_BuildValue("(iiiin)", PyLong_Check(o), PyList_Check(o), PyDict_Check(o), PyExceptionInstance_Check(o),
                         Py_TYPE(o)->tp_basicsize - Py_TYPE(o)->tp_base->tp_basicsize);
}

/* Objects held by C alone. */
static PyObject *held = NULL;

static PyObject *hold(PyObject *m, PyObject *o) {
    Py_XSETREF(held, o == Py_None ? NULL : Py_NewRef(o));
    Py_RETURN_NONE;
}

static PyObject *get_held(PyObject *m, PyObject *unused) { return Py_NewRef(held ? held : Py_None); }

/* Makes and fills a DefaultingDict entirely in C and keeps it. */
static PyObject *make_held_dict(PyObject *m, PyObject *unused) {
    PyObject *d = PyObject_CallNoArgs((PyObject *)&DefaultingDict_Type);
    if (d == NULL) return NULL;
    PyObject *v = PyLong_FromLong(99);
    if (v == NULL || PyDict_SetItemString(d, "made_in_c", v) < 0) return NULL;
    Py_DECREF(v);
    Py_XSETREF(((DefaultingDict *)d)->fallback, PyUnicode_FromString("c fallback"));
    Py_XSETREF(held, d);
    Py_RETURN_NONE;
}

static PyMethodDef module_methods[] = {
    {"counts", counts, METH_NOARGS, NULL},
    {"hold", hold, METH_O, NULL},
    {"get_held", get_held, METH_NOARGS, NULL},
    {"make_held_dict", make_held_dict, METH_NOARGS, NULL},
    {"info", info, METH_O, NULL},
    {NULL},
};

static struct PyModuleDef module_def = {PyModuleDef_HEAD_INIT, "bbases", NULL, -1, module_methods};

PyMODINIT_FUNC PyInit_bbases(void) {
    Plain_Type.tp_base = &PyBaseObject_Type;
    Plain_Type.tp_new = PyType_GenericNew;
    CodedError_Type.tp_base = (PyTypeObject *)PyExc_Exception;
    CountedList_Type.tp_base = &PyList_Type;
    DefaultingDict_Type.tp_base = &PyDict_Type;
    Flag_Type.tp_base = &PyLong_Type;
    PyTypeObject *types[] = {&Plain_Type, &CodedError_Type, &CountedList_Type, &DefaultingDict_Type, &Flag_Type};
    for (int i = 0; i < 5; i++) {
        if (PyType_Ready(types[i]) < 0) return NULL;
    }
    PyObject *m = PyModule_Create(&module_def);
    if (m == NULL) return NULL;
    const char *names[] = {"Plain", "CodedError", "CountedList", "DefaultingDict", "Flag"};
    for (int i = 0; i < 5; i++) {
        Py_INCREF(types[i]);
        if (PyModule_AddObject(m, names[i], (PyObject *)types[i]) < 0) return NULL;
    }
    return m;
}
