/* Extension types, both kinds: a static PyTypeObject readied with PyType_Ready, and a heap type
 * made with PyType_FromModuleAndSpec. Members, getsets, methods (instance, class, static), slots
 * (repr, richcompare, hash, number, sequence, call, iteration), module state reached from a
 * heap type, and instance lifetime (tp_dealloc runs when the last reference goes). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

static long deallocs = 0;

/* ---- static type: Counter ---- */
typedef struct {
    PyObject_HEAD
    long value;
    double scale;
    PyObject *label;
} Counter;

static PyObject *counter_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    Counter *self = (Counter *)type->tp_alloc(type, 0);
    if (self == NULL) return NULL;
    self->value = 0;
    self->scale = 1.0;
    self->label = Py_NewRef(Py_None);
    return (PyObject *)self;
}

static int counter_init(Counter *self, PyObject *args, PyObject *kwds) {
    static char *names[] = {"value", "label", NULL};
    long value = 0;
    PyObject *label = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|lO", names, &value, &label)) return -1;
    self->value = value;
    if (label) Py_XSETREF(self->label, Py_NewRef(label));
    return 0;
}

static void counter_dealloc(Counter *self) {
    deallocs++;
    Py_XDECREF(self->label);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *counter_repr(Counter *self) {
    return PyUnicode_FromFormat("Counter(%ld, %R)", self->value, self->label);
}

static PyObject *counter_incr(Counter *self, PyObject *args) {
    long by = 1;
    if (!PyArg_ParseTuple(args, "|l", &by)) return NULL;
    self->value += by;
    return PyLong_FromLong(self->value);
}

static PyObject *counter_from_pair(PyObject *cls, PyObject *args) {
    long a, b;
    if (!PyArg_ParseTuple(args, "ll", &a, &b)) return NULL;
    return PyObject_CallFunction(cls, "l", a + b);
}

static PyObject *counter_describe(PyObject *unused, PyObject *o) {
    return PyUnicode_FromFormat("a %s", Py_TYPE(o)->tp_name);
}

static PyObject *counter_get_double(Counter *self, void *closure) { return PyLong_FromLong(self->value * 2); }

static int counter_set_double(Counter *self, PyObject *v, void *closure) {
    if (v == NULL) { PyErr_SetString(PyExc_AttributeError, "cannot delete double"); return -1; }
    long x = PyLong_AsLong(v);
    if (x == -1 && PyErr_Occurred()) return -1;
    self->value = x / 2;
    return 0;
}

static PyObject *counter_richcompare(Counter *a, PyObject *b, int op) {
    if (!PyObject_TypeCheck(b, Py_TYPE(a))) Py_RETURN_NOTIMPLEMENTED;
    long x = a->value, y = ((Counter *)b)->value;
    int r;
    switch (op) {
    case Py_LT: r = x < y; break;
    case Py_LE: r = x <= y; break;
    case Py_EQ: r = x == y; break;
    case Py_NE: r = x != y; break;
    case Py_GT: r = x > y; break;
    default: r = x >= y; break;
    }
    return PyBool_FromLong(r);
}

static Py_hash_t counter_hash(Counter *self) { return self->value == -1 ? -2 : self->value; }

static PyObject *counter_add(PyObject *a, PyObject *b) {
    if (!PyLong_Check(b)) Py_RETURN_NOTIMPLEMENTED;
    return PyLong_FromLong(((Counter *)a)->value + PyLong_AsLong(b));
}

static int counter_bool(Counter *self) { return self->value != 0; }

static PyNumberMethods counter_number = {
    .nb_add = counter_add,
    .nb_bool = (inquiry)counter_bool,
};

static PyMemberDef counter_members[] = {
    {"value", T_LONG, offsetof(Counter, value), 0, "the count"},
    {"scale", T_DOUBLE, offsetof(Counter, scale), 0, NULL},
    {"label", T_OBJECT, offsetof(Counter, label), READONLY, NULL},
    {NULL},
};

static PyGetSetDef counter_getset[] = {
    {"double", (getter)counter_get_double, (setter)counter_set_double, "twice the value", NULL},
    {NULL},
};

static PyMethodDef counter_methods[] = {
    {"incr", (PyCFunction)counter_incr, METH_VARARGS, "incr([by]) -> new value"},
    {"from_pair", counter_from_pair, METH_VARARGS | METH_CLASS, NULL},
    {"describe", counter_describe, METH_O | METH_STATIC, NULL},
    {NULL},
};

static PyTypeObject CounterType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "ext_types.Counter",
    .tp_basicsize = sizeof(Counter),
    .tp_dealloc = (destructor)counter_dealloc,
    .tp_repr = (reprfunc)counter_repr,
    .tp_as_number = &counter_number,
    .tp_hash = (hashfunc)counter_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "A counter.",
    .tp_richcompare = (richcmpfunc)counter_richcompare,
    .tp_methods = counter_methods,
    .tp_members = counter_members,
    .tp_getset = counter_getset,
    .tp_init = (initproc)counter_init,
    .tp_new = counter_new,
};

/* ---- heap type: Range3 (a sequence, iterable, callable) ---- */
typedef struct { long made; } module_state;

typedef struct {
    PyObject_HEAD
    long n;
    long pos;
} Range3;

static PyObject *range3_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    long n;
    if (!PyArg_ParseTuple(args, "l", &n)) return NULL;
    Range3 *self = (Range3 *)type->tp_alloc(type, 0);
    if (self == NULL) return NULL;
    self->n = n;
    self->pos = 0;
    PyObject *module = PyType_GetModule(type);
    if (module == NULL) return NULL;
    ((module_state *)PyModule_GetState(module))->made++;
    return (PyObject *)self;
}

static void range3_dealloc(PyObject *self) {
    PyTypeObject *tp = Py_TYPE(self);
    deallocs++;
    tp->tp_free(self);
    Py_DECREF(tp);
}

static Py_ssize_t range3_len(Range3 *self) { return self->n; }

static PyObject *range3_item(Range3 *self, Py_ssize_t i) {
    if (i < 0 || i >= self->n) { PyErr_SetString(PyExc_IndexError, "Range3 index out of range"); return NULL; }
    return PyLong_FromSsize_t(i * 3);
}

static PyObject *range3_iter(PyObject *self) { ((Range3 *)self)->pos = 0; return Py_NewRef(self); }

static PyObject *range3_next(Range3 *self) {
    if (self->pos >= self->n) return NULL;
    return PyLong_FromLong(3 * self->pos++);
}

static PyObject *range3_call(Range3 *self, PyObject *args, PyObject *kwds) {
    return PyUnicode_FromFormat("called with %zd args", PyTuple_GET_SIZE(args));
}

static PyType_Slot range3_slots[] = {
    {Py_tp_new, range3_new},
    {Py_tp_dealloc, range3_dealloc},
    {Py_sq_length, range3_len},
    {Py_sq_item, range3_item},
    {Py_tp_iter, range3_iter},
    {Py_tp_iternext, range3_next},
    {Py_tp_call, range3_call},
    {Py_tp_doc, "multiples of three"},
    {0, NULL},
};

static PyType_Spec range3_spec = {
    "ext_types.Range3", sizeof(Range3), 0, Py_TPFLAGS_DEFAULT, range3_slots,
};

static PyObject *made(PyObject *module, PyObject *unused) {
    return PyLong_FromLong(((module_state *)PyModule_GetState(module))->made);
}

static PyObject *dealloc_count(PyObject *module, PyObject *unused) { return PyLong_FromLong(deallocs); }

static PyMethodDef module_methods[] = {
    {"made", made, METH_NOARGS, NULL},
    {"dealloc_count", dealloc_count, METH_NOARGS, NULL},
    {NULL},
};

static int exec_module(PyObject *m) {
    if (PyType_Ready(&CounterType) < 0) return -1;
    if (PyModule_AddObjectRef(m, "Counter", (PyObject *)&CounterType) < 0) return -1;
    PyObject *range3 = PyType_FromModuleAndSpec(m, &range3_spec, NULL);
    if (range3 == NULL) return -1;
    int rc = PyModule_AddObjectRef(m, "Range3", range3);
    Py_DECREF(range3);
    return rc;
}

static PyModuleDef_Slot module_slots[] = {{Py_mod_exec, exec_module}, {0, NULL}};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "ext_types", "Extension types test module.", sizeof(module_state),
    module_methods, module_slots,
};

PyMODINIT_FUNC PyInit_ext_types(void) { return PyModuleDef_Init(&module_def); }
