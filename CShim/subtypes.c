/* The C side of Python classes that derive from extension types (`class R(_random.Random)`).
 * Such a class gets a heap type object (TypeBridge.heapTypeMirror) whose instances are laid out
 * as its extension base's, followed by a __dict__ and a __weakref__ slot when the base has
 * none; it inherits the base's slots, and the slots of dunders the Python classes define call
 * back into the runtime (the abstract API dispatches through the type's dict, so the Python
 * override runs, as CPython's slot wrappers do). */
#include "Python.h"
#include "swallow/bridge.h"

#define SWPY_TPFLAGS_MANAGED_DICT (1UL << 4)
#define INHERIT(field) if (t->field == NULL) t->field = base->field

static int subtype_traverse(PyObject *op, visitproc visit, void *arg) { return 0; }

void swpy_inherit_native(PyTypeObject *t, PyTypeObject *base) {
    PyHeapTypeObject *ht = (PyHeapTypeObject *)t;
    t->tp_basicsize = base->tp_basicsize;
    t->tp_itemsize = base->tp_itemsize;
    t->tp_flags |= base->tp_flags & (Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_METHOD_DESCRIPTOR
                                     | Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING);
    if (base->tp_as_number) ht->as_number = *base->tp_as_number;
    if (base->tp_as_sequence) ht->as_sequence = *base->tp_as_sequence;
    if (base->tp_as_mapping) ht->as_mapping = *base->tp_as_mapping;
    if (base->tp_as_async) ht->as_async = *base->tp_as_async;
    if (base->tp_as_buffer) ht->as_buffer = *base->tp_as_buffer;
    t->tp_as_number = &ht->as_number;
    t->tp_as_sequence = &ht->as_sequence;
    t->tp_as_mapping = &ht->as_mapping;
    t->tp_as_async = &ht->as_async;
    t->tp_as_buffer = &ht->as_buffer;
    INHERIT(tp_repr);
    INHERIT(tp_str);
    INHERIT(tp_hash);
    INHERIT(tp_call);
    INHERIT(tp_getattro);
    INHERIT(tp_setattro);
    INHERIT(tp_richcompare);
    INHERIT(tp_iter);
    INHERIT(tp_iternext);
    INHERIT(tp_descr_get);
    INHERIT(tp_descr_set);
    INHERIT(tp_init);
    INHERIT(tp_new);
    /* Never the base's allocator (datetime's allocates its own fixed sizes), as in CPython. */
    t->tp_alloc = PyType_GenericAlloc;
    t->tp_free = (t->tp_flags & Py_TPFLAGS_HAVE_GC) ? PyObject_GC_Del : PyObject_Free;
    INHERIT(tp_traverse);
    INHERIT(tp_clear);
    INHERIT(tp_is_gc);
    INHERIT(tp_finalize);
    t->tp_vectorcall_offset = base->tp_vectorcall_offset;
    t->tp_dictoffset = base->tp_dictoffset;
    t->tp_weaklistoffset = base->tp_weaklistoffset;
    /* The __dict__ is "managed" as in CPython 3.11 (tp_dictoffset -1, nothing in the object;
     * the runtime keeps it beside the object); the weak reference list is a slot at the end. */
    if (t->tp_dictoffset == 0) {
        t->tp_dictoffset = -1;
        t->tp_flags |= SWPY_TPFLAGS_MANAGED_DICT;
    }
    if (t->tp_itemsize == 0 && t->tp_weaklistoffset == 0) {
        Py_ssize_t align = (Py_ssize_t)sizeof(PyObject *);
        t->tp_basicsize = (t->tp_basicsize + align - 1) / align * align;
        t->tp_weaklistoffset = t->tp_basicsize;
        t->tp_basicsize += align;
    }
    t->tp_dealloc = swpy_subtype_dealloc;
    /* Instances have a __dict__, so they can be in cycles: collected like CPython's subclasses
     * (the runtime reports the dict; the base's own references come from its tp_traverse). */
    if (!(t->tp_flags & Py_TPFLAGS_HAVE_GC)) {
        t->tp_flags |= Py_TPFLAGS_HAVE_GC;
        t->tp_traverse = subtype_traverse;
        t->tp_free = PyObject_GC_Del;
    }
}

/* Slot functions for dunders defined in Python: calls into the abstract API. */
static Py_hash_t slot_hash(PyObject *o) { return PyObject_Hash(o); }
static PyObject *slot_iternext(PyObject *o) {
    PyObject *next = PyObject_GetAttrString(o, "__next__");
    if (next == NULL) return NULL;
    PyObject *r = PyObject_CallNoArgs(next);
    Py_DECREF(next);
    if (r == NULL && PyErr_ExceptionMatches(PyExc_StopIteration)) PyErr_Clear();
    return r;
}
static Py_ssize_t slot_length(PyObject *o) { return PyObject_Size(o); }
static PyObject *slot_item(PyObject *o, Py_ssize_t i) {
    PyObject *k = PyLong_FromSsize_t(i);
    if (k == NULL) return NULL;
    PyObject *r = PyObject_GetItem(o, k);
    Py_DECREF(k);
    return r;
}
static int slot_ass_subscript(PyObject *o, PyObject *k, PyObject *v) {
    return v == NULL ? PyObject_DelItem(o, k) : PyObject_SetItem(o, k, v);
}
static int slot_contains(PyObject *o, PyObject *v) { return PySequence_Contains(o, v); }
static int slot_bool(PyObject *o) { return PyObject_IsTrue(o); }
static int slot_setattro(PyObject *o, PyObject *n, PyObject *v) { return PyObject_SetAttr(o, n, v); }
static PyObject *slot_power(PyObject *a, PyObject *b, PyObject *c) { return PyNumber_Power(a, b, c); }

/* Points the slot behind `dunder` at the runtime's dispatch. Returns 0 if the name has no slot. */
int swpy_override_slot(PyTypeObject *t, const char *d) {
    PyNumberMethods *nb = t->tp_as_number;
    if (!strcmp(d, "__repr__")) t->tp_repr = PyObject_Repr;
    else if (!strcmp(d, "__str__")) t->tp_str = PyObject_Str;
    else if (!strcmp(d, "__hash__")) t->tp_hash = slot_hash;
    else if (!strcmp(d, "__call__")) t->tp_call = PyObject_Call;
    else if (!strcmp(d, "__init__")) t->tp_init = swpy_slot_tp_init;
    else if (!strcmp(d, "__iter__")) t->tp_iter = PyObject_GetIter;
    else if (!strcmp(d, "__next__")) t->tp_iternext = slot_iternext;
    else if (!strcmp(d, "__getattribute__") || !strcmp(d, "__getattr__")) t->tp_getattro = PyObject_GetAttr;
    else if (!strcmp(d, "__setattr__") || !strcmp(d, "__delattr__")) t->tp_setattro = slot_setattro;
    else if (!strcmp(d, "__eq__") || !strcmp(d, "__ne__") || !strcmp(d, "__lt__") || !strcmp(d, "__le__")
             || !strcmp(d, "__gt__") || !strcmp(d, "__ge__")) t->tp_richcompare = PyObject_RichCompare;
    else if (!strcmp(d, "__len__")) {
        t->tp_as_sequence->sq_length = slot_length;
        t->tp_as_mapping->mp_length = slot_length;
    } else if (!strcmp(d, "__getitem__")) {
        t->tp_as_mapping->mp_subscript = PyObject_GetItem;
        t->tp_as_sequence->sq_item = slot_item;
    } else if (!strcmp(d, "__setitem__") || !strcmp(d, "__delitem__")) {
        t->tp_as_mapping->mp_ass_subscript = slot_ass_subscript;
    } else if (!strcmp(d, "__contains__")) t->tp_as_sequence->sq_contains = slot_contains;
    else if (!strcmp(d, "__bool__")) nb->nb_bool = slot_bool;
    else if (!strcmp(d, "__add__") || !strcmp(d, "__radd__")) nb->nb_add = PyNumber_Add;
    else if (!strcmp(d, "__sub__") || !strcmp(d, "__rsub__")) nb->nb_subtract = PyNumber_Subtract;
    else if (!strcmp(d, "__mul__") || !strcmp(d, "__rmul__")) nb->nb_multiply = PyNumber_Multiply;
    else if (!strcmp(d, "__truediv__") || !strcmp(d, "__rtruediv__")) nb->nb_true_divide = PyNumber_TrueDivide;
    else if (!strcmp(d, "__floordiv__") || !strcmp(d, "__rfloordiv__")) nb->nb_floor_divide = PyNumber_FloorDivide;
    else if (!strcmp(d, "__mod__") || !strcmp(d, "__rmod__")) nb->nb_remainder = PyNumber_Remainder;
    else if (!strcmp(d, "__pow__") || !strcmp(d, "__rpow__")) nb->nb_power = slot_power;
    else if (!strcmp(d, "__and__") || !strcmp(d, "__rand__")) nb->nb_and = PyNumber_And;
    else if (!strcmp(d, "__or__") || !strcmp(d, "__ror__")) nb->nb_or = PyNumber_Or;
    else if (!strcmp(d, "__xor__") || !strcmp(d, "__rxor__")) nb->nb_xor = PyNumber_Xor;
    else if (!strcmp(d, "__neg__")) nb->nb_negative = PyNumber_Negative;
    else if (!strcmp(d, "__pos__")) nb->nb_positive = PyNumber_Positive;
    else if (!strcmp(d, "__abs__")) nb->nb_absolute = PyNumber_Absolute;
    else if (!strcmp(d, "__int__")) nb->nb_int = PyNumber_Long;
    else if (!strcmp(d, "__float__")) nb->nb_float = PyNumber_Float;
    else if (!strcmp(d, "__index__")) nb->nb_index = PyNumber_Index;
    else return 0;
    return 1;
}

/* tp_dealloc of such classes: drops what the Python layer added (weak references, __dict__),
 * then runs the extension base's own tp_dealloc, which frees the object. */
void swpy_subtype_dealloc(PyObject *op) {
    /* An instance the runtime made and mirrored (not a C object): freed as a mirror. */
    if (!(swpy_header_of(op)->flags & SWPY_FLAG_C_NATIVE) && swpy_header_of(op)->runtime_object != NULL) {
        swpy_mirror_dealloc(op);
        return;
    }
    PyTypeObject *t = Py_TYPE(op);
    PyTypeObject *base = t;
    while (base->tp_dealloc == swpy_subtype_dealloc) base = base->tp_base;
    if (!(base->tp_flags & Py_TPFLAGS_HAVE_GC)) PyObject_GC_UnTrack(op);
    if (t->tp_weaklistoffset > 0 && t->tp_weaklistoffset != base->tp_weaklistoffset) {
        PyObject **list = (PyObject **)((char *)op + t->tp_weaklistoffset);
        if (*list != NULL) PyObject_ClearWeakRefs(op);
    }
    if (t->tp_dictoffset == -1 && base->tp_dictoffset != -1) swpy_managed_dict_clear(op);
    base->tp_dealloc(op);
}

/* tp_traverse and tp_clear of list, dict and the exceptions, which C types deriving from them
 * call (defaultdict-style `PyDict_Type.tp_traverse(self, visit, arg)`). The runtime reports
 * and clears the builtin's own contents itself (PyCAPI/CycleSupport.swift). */
int swpy_builtin_traverse(PyObject *op, visitproc visit, void *arg) { return 0; }
