/* Python classes deriving from extension types: a static type (Vec) and a heap type made with
 * PyType_FromSpec (Tag). Covers instance layout (basicsize, __dict__ and __weakref__ slots
 * added by the subclass), tp_new/tp_init chains, the base's tp_dealloc running for subclass
 * instances, slots called directly from C reaching Python overrides (tp_repr, nb_add,
 * tp_call, tp_init, sq_length, tp_richcompare, tp_hash, tp_iter), weak references to C
 * objects with tp_weaklistoffset (and the PyWeakref_* API). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

static long vec_deallocs = 0;
static long vec_inits = 0;
static long tag_deallocs = 0;

/* ---- static type: Vec(x, y) ---- */
typedef struct {
    PyObject_HEAD
    double x, y;
    PyObject *weaklist;
} Vec;

static PyTypeObject Vec_Type;

static PyObject *vec_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    Vec *v = (Vec *)type->tp_alloc(type, 0);
    if (v == NULL) return NULL;
    v->x = -1.0;
    v->y = -1.0;
    return (PyObject *)v;
}

static int vec_init(Vec *self, PyObject *args, PyObject *kwds) {
    static char *names[] = {"x", "y", NULL};
    double x = 0, y = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|dd:Vec", names, &x, &y)) return -1;
    self->x = x;
    self->y = y;
    vec_inits++;
    return 0;
}

static void vec_dealloc(Vec *self) {
    vec_deallocs++;
    if (self->weaklist != NULL) PyObject_ClearWeakRefs((PyObject *)self);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *vec_repr(Vec *self) {
    char buf[80];
    snprintf(buf, sizeof buf, "Vec(%g, %g)", self->x, self->y);
    return PyUnicode_FromString(buf);
}

static PyObject *vec_add(PyObject *a, PyObject *b) {
    if (!PyObject_TypeCheck(a, &Vec_Type) || !PyObject_TypeCheck(b, &Vec_Type)) Py_RETURN_NOTIMPLEMENTED;
    PyTypeObject *t = Py_TYPE(a);
    Vec *r = (Vec *)t->tp_alloc(t, 0);
    if (r == NULL) return NULL;
    r->x = ((Vec *)a)->x + ((Vec *)b)->x;
    r->y = ((Vec *)a)->y + ((Vec *)b)->y;
    return (PyObject *)r;
}

static PyObject *vec_call(Vec *self, PyObject *args, PyObject *kwds) {
    double k = 1;
    if (!PyArg_ParseTuple(args, "d", &k)) return NULL;
    return PyFloat_FromDouble(self->x * k + self->y);
}

static Py_ssize_t vec_len(Vec *self) { return 2; }

static PyObject *vec_norm1(Vec *self, PyObject *unused) {
    return PyFloat_FromDouble(fabs(self->x) + fabs(self->y));
}

static PyObject *vec_scaled(Vec *self, PyObject *arg) {
    double k = PyFloat_AsDouble(arg);
    if (k == -1 && PyErr_Occurred()) return NULL;
    PyTypeObject *t = Py_TYPE(self);
    Vec *r = (Vec *)t->tp_alloc(t, 0);
    if (r == NULL) return NULL;
    r->x = self->x * k;
    r->y = self->y * k;
    return (PyObject *)r;
}

static PyMethodDef vec_methods[] = {
    {"norm1", (PyCFunction)vec_norm1, METH_NOARGS, NULL},
    {"scaled", (PyCFunction)vec_scaled, METH_O, NULL},
    {NULL},
};

static PyMemberDef vec_members[] = {
    {"x", T_DOUBLE, offsetof(Vec, x), 0, NULL},
    {"y", T_DOUBLE, offsetof(Vec, y), 0, NULL},
    {NULL},
};

static PyNumberMethods vec_as_number = {.nb_add = vec_add};
static PySequenceMethods vec_as_sequence = {.sq_length = (lenfunc)vec_len};

static PyTypeObject Vec_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "sublife.Vec",
    .tp_basicsize = sizeof(Vec),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_new = vec_new,
    .tp_init = (initproc)vec_init,
    .tp_dealloc = (destructor)vec_dealloc,
    .tp_repr = (reprfunc)vec_repr,
    .tp_call = (ternaryfunc)vec_call,
    .tp_as_number = &vec_as_number,
    .tp_as_sequence = &vec_as_sequence,
    .tp_methods = vec_methods,
    .tp_members = vec_members,
    .tp_weaklistoffset = offsetof(Vec, weaklist),
};

/* ---- heap type: Tag(name), no weak references, no tp_init ---- */
typedef struct {
    PyObject_HEAD
    PyObject *name;
} Tag;

static PyObject *tag_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    PyObject *name = NULL;
    if (!PyArg_ParseTuple(args, "U:Tag", &name)) return NULL;
    Tag *t = (Tag *)type->tp_alloc(type, 0);
    if (t == NULL) return NULL;
    t->name = Py_NewRef(name);
    return (PyObject *)t;
}

static void tag_dealloc(Tag *self) {
    PyTypeObject *tp = Py_TYPE(self);
    tag_deallocs++;
    Py_XDECREF(self->name);
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static PyObject *tag_upper(Tag *self, PyObject *unused) {
    return PyObject_CallMethod(self->name, "upper", NULL);
}

static PyMethodDef tag_methods[] = {{"upper", (PyCFunction)tag_upper, METH_NOARGS, NULL}, {NULL}};
static PyMemberDef tag_members[] = {{"name", T_OBJECT, offsetof(Tag, name), READONLY, NULL}, {NULL}};

static PyType_Slot tag_slots[] = {
    {Py_tp_new, tag_new},
    {Py_tp_dealloc, tag_dealloc},
    {Py_tp_methods, tag_methods},
    {Py_tp_members, tag_members},
    {0, NULL},
};

static PyType_Spec tag_spec = {"sublife.Tag", sizeof(Tag), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, tag_slots};

/* ---- module functions: C code calling slots directly ---- */
static PyObject *counts(PyObject *m, PyObject *unused) {
    return Py_BuildValue("(lll)", vec_inits, vec_deallocs, tag_deallocs);
}

static PyObject *layout(PyObject *m, PyObject *o) {
    PyTypeObject *t = Py_TYPE(o);
    return Py_BuildValue("(nnii)", t->tp_basicsize, t->tp_itemsize, t->tp_dictoffset != 0, t->tp_weaklistoffset != 0);
}

static PyObject *slot_repr(PyObject *m, PyObject *o) { return Py_TYPE(o)->tp_repr(o); }

static PyObject *slot_add(PyObject *m, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b)) return NULL;
    binaryfunc f = Py_TYPE(a)->tp_as_number ? Py_TYPE(a)->tp_as_number->nb_add : NULL;
    if (f == NULL) return PyUnicode_FromString("no nb_add");
    return f(a, b);
}

static PyObject *slot_call(PyObject *m, PyObject *args) {
    PyObject *o, *rest;
    if (!PyArg_ParseTuple(args, "OO!", &o, &PyTuple_Type, &rest)) return NULL;
    if (Py_TYPE(o)->tp_call == NULL) return PyUnicode_FromString("no tp_call");
    return Py_TYPE(o)->tp_call(o, rest, NULL);
}

static PyObject *slot_len(PyObject *m, PyObject *o) {
    PySequenceMethods *sq = Py_TYPE(o)->tp_as_sequence;
    if (sq == NULL || sq->sq_length == NULL) return PyUnicode_FromString("no sq_length");
    Py_ssize_t n = sq->sq_length(o);
    if (n < 0) return NULL;
    return PyLong_FromSsize_t(n);
}

static PyObject *slot_init(PyObject *m, PyObject *args) {
    PyObject *o, *rest;
    if (!PyArg_ParseTuple(args, "OO!", &o, &PyTuple_Type, &rest)) return NULL;
    if (Py_TYPE(o)->tp_init == NULL) return PyUnicode_FromString("no tp_init");
    if (Py_TYPE(o)->tp_init(o, rest, NULL) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *slot_eq(PyObject *m, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b)) return NULL;
    if (Py_TYPE(a)->tp_richcompare == NULL) return PyUnicode_FromString("no tp_richcompare");
    return Py_TYPE(a)->tp_richcompare(a, b, Py_EQ);
}

static PyObject *slot_hash(PyObject *m, PyObject *o) {
    Py_hash_t h = Py_TYPE(o)->tp_hash(o);
    if (h == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromSsize_t(h);
}

static PyObject *generic_call(PyObject *m, PyObject *args) {
    PyObject *o, *name;
    if (!PyArg_ParseTuple(args, "OU", &o, &name)) return NULL;
    return PyObject_CallMethodNoArgs(o, name);
}

static PyObject *is_vec(PyObject *m, PyObject *o) {
    return Py_BuildValue("(ii)", PyObject_TypeCheck(o, &Vec_Type), Py_IS_TYPE(o, &Vec_Type));
}

/* PyWeakref_* from C: a new ref with a callback, then what it reads. */
static PyObject *c_weakref(PyObject *m, PyObject *args) {
    PyObject *o, *cb = NULL;
    if (!PyArg_ParseTuple(args, "O|O", &o, &cb)) return NULL;
    return PyWeakref_NewRef(o, cb);
}

static PyObject *c_weakproxy(PyObject *m, PyObject *o) { return PyWeakref_NewProxy(o, NULL); }

static PyObject *c_deref(PyObject *m, PyObject *ref) {
    if (!PyWeakref_Check(ref)) return PyUnicode_FromString("not a weakref");
    PyObject *o = PyWeakref_GetObject(ref);
    if (o == NULL) return NULL;
    return Py_NewRef(o);
}

/* Holds references from C: the instance outlives the runtime's last reference. */
static PyObject *held = NULL;
static PyObject *hold(PyObject *m, PyObject *o) {
    Py_XSETREF(held, Py_XNewRef(o == Py_None ? NULL : o));
    Py_RETURN_NONE;
}

static PyObject *get_held(PyObject *m, PyObject *unused) { return Py_NewRef(held ? held : Py_None); }

static PyMethodDef module_methods[] = {
    {"get_held", get_held, METH_NOARGS, NULL},
    {"counts", counts, METH_NOARGS, NULL},
    {"layout", layout, METH_O, NULL},
    {"slot_repr", slot_repr, METH_O, NULL},
    {"slot_add", slot_add, METH_VARARGS, NULL},
    {"slot_call", slot_call, METH_VARARGS, NULL},
    {"slot_len", slot_len, METH_O, NULL},
    {"slot_init", slot_init, METH_VARARGS, NULL},
    {"slot_eq", slot_eq, METH_VARARGS, NULL},
    {"slot_hash", slot_hash, METH_O, NULL},
    {"generic_call", generic_call, METH_VARARGS, NULL},
    {"is_vec", is_vec, METH_O, NULL},
    {"c_weakref", c_weakref, METH_VARARGS, NULL},
    {"c_weakproxy", c_weakproxy, METH_O, NULL},
    {"c_deref", c_deref, METH_O, NULL},
    {"hold", hold, METH_O, NULL},
    {NULL},
};

static struct PyModuleDef module_def = {PyModuleDef_HEAD_INIT, "sublife", NULL, -1, module_methods};

PyMODINIT_FUNC PyInit_sublife(void) {
    if (PyType_Ready(&Vec_Type) < 0) return NULL;
    PyObject *m = PyModule_Create(&module_def);
    if (m == NULL) return NULL;
    Py_INCREF(&Vec_Type);
    if (PyModule_AddObject(m, "Vec", (PyObject *)&Vec_Type) < 0) return NULL;
    PyObject *tag = PyType_FromSpec(&tag_spec);
    if (tag == NULL || PyModule_AddObject(m, "Tag", tag) < 0) return NULL;
    PyModule_AddIntConstant(m, "VEC_SIZE", sizeof(Vec));
    PyModule_AddIntConstant(m, "TAG_SIZE", sizeof(Tag));
    return m;
}
