/* Types created by extensions at run time (PyType_FromSpec and friends) and the allocation
 * functions of extension types. The runtime side of a type (its class dict, constructor,
 * dunders) is built by PyType_Ready (Sources/PyCAPI/ExtensionTypes.swift). */
#include "Python.h"
#include "swallow/bridge.h"

/* PyObject *PyType_GenericAlloc(PyTypeObject *type, Py_ssize_t nitems): new reference to a
 * zeroed instance; heap types are kept alive by their instances, as in CPython. */
PyObject *PyType_GenericAlloc(PyTypeObject *type, Py_ssize_t nitems) {
    size_t size = (size_t)type->tp_basicsize + (size_t)(nitems + 1) * (size_t)type->tp_itemsize;
    PyObject *op = swpy_alloc_object(size);
    if (op == NULL) return PyErr_NoMemory();
    op->ob_refcnt = 1;
    op->ob_type = type;
    if (type->tp_itemsize != 0) ((PyVarObject *)op)->ob_size = nitems;
    if (type->tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
    if (type->tp_flags & Py_TPFLAGS_HAVE_GC) swpy_gc_track(op);  /* as CPython's does */
    return op;
}

/* PyObject *PyType_GenericNew(PyTypeObject *type, PyObject *args, PyObject *kwds). */
PyObject *PyType_GenericNew(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    (void)args;
    (void)kwds;
    return type->tp_alloc(type, 0);
}

PyObject *_PyObject_GC_New(PyTypeObject *type) { return PyType_GenericAlloc(type, 0); }
PyVarObject *_PyObject_GC_NewVar(PyTypeObject *type, Py_ssize_t n) { return (PyVarObject *)PyType_GenericAlloc(type, n); }
PyVarObject *_PyObject_NewVar(PyTypeObject *type, Py_ssize_t n) { return (PyVarObject *)PyType_GenericAlloc(type, n); }
/* Cycle collection of C objects: tracked objects are nodes of the runtime's collector, which
 * traverses them with tp_traverse and breaks their cycles with tp_clear (PyCAPI/CycleSupport.swift). */
void PyObject_GC_Track(void *op) { swpy_gc_track(op); }
void PyObject_GC_UnTrack(void *op) { swpy_gc_untrack(op); }
void PyObject_GC_Del(void *op) { PyObject_Free(op); }
int PyObject_GC_IsTracked(PyObject *op) {
    return swpy_has_header(op) && (swpy_header_of(op)->flags & SWPY_FLAG_GC_TRACKED) != 0;
}
Py_ssize_t PyGC_Collect(void) {
    PyObject *gc = PyImport_ImportModule("gc");
    if (gc == NULL) return -1;
    /* Nothing while collection is disabled, as in CPython. */
    PyObject *on = PyObject_CallMethod(gc, "isenabled", NULL);
    int enabled = on ? PyObject_IsTrue(on) : -1;
    Py_XDECREF(on);
    if (enabled <= 0) {
        Py_DECREF(gc);
        return enabled < 0 ? -1 : 0;
    }
    PyObject *n = PyObject_CallMethod(gc, "collect", NULL);
    Py_DECREF(gc);
    if (n == NULL) return -1;
    Py_ssize_t r = PyLong_AsSsize_t(n);
    Py_DECREF(n);
    return r;
}

/* Calls o's tp_traverse (a C function pointer the runtime cannot call with a C visitor). */
int swpy_traverse(PyObject *op, visitproc visit, void *arg) {
    traverseproc t = Py_TYPE(op)->tp_traverse;
    return t ? t(op, visit, arg) : 0;
}
int PyObject_IS_GC(PyObject *op) { return (Py_TYPE(op)->tp_flags & Py_TPFLAGS_HAVE_GC) != 0; }

static char *copy_string(const char *s) {
    size_t n = strlen(s) + 1;
    char *c = malloc(n);
    if (c) memcpy(c, s, n);
    return c;
}

/* The address of the field behind a type slot id, or NULL (unknown id, or a method table the
 * type does not have). Used to fill specs and by PyType_GetSlot. */
static void **slot_field(PyTypeObject *t, int slot) {
    switch (slot) {
    case Py_bf_getbuffer: return t->tp_as_buffer ? (void **)&t->tp_as_buffer->bf_getbuffer : NULL;
    case Py_bf_releasebuffer: return t->tp_as_buffer ? (void **)&t->tp_as_buffer->bf_releasebuffer : NULL;
    case Py_mp_ass_subscript: return t->tp_as_mapping ? (void **)&t->tp_as_mapping->mp_ass_subscript : NULL;
    case Py_mp_length: return t->tp_as_mapping ? (void **)&t->tp_as_mapping->mp_length : NULL;
    case Py_mp_subscript: return t->tp_as_mapping ? (void **)&t->tp_as_mapping->mp_subscript : NULL;
    case Py_nb_absolute: return t->tp_as_number ? (void **)&t->tp_as_number->nb_absolute : NULL;
    case Py_nb_add: return t->tp_as_number ? (void **)&t->tp_as_number->nb_add : NULL;
    case Py_nb_and: return t->tp_as_number ? (void **)&t->tp_as_number->nb_and : NULL;
    case Py_nb_bool: return t->tp_as_number ? (void **)&t->tp_as_number->nb_bool : NULL;
    case Py_nb_divmod: return t->tp_as_number ? (void **)&t->tp_as_number->nb_divmod : NULL;
    case Py_nb_float: return t->tp_as_number ? (void **)&t->tp_as_number->nb_float : NULL;
    case Py_nb_floor_divide: return t->tp_as_number ? (void **)&t->tp_as_number->nb_floor_divide : NULL;
    case Py_nb_index: return t->tp_as_number ? (void **)&t->tp_as_number->nb_index : NULL;
    case Py_nb_inplace_add: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_add : NULL;
    case Py_nb_inplace_and: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_and : NULL;
    case Py_nb_inplace_floor_divide: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_floor_divide : NULL;
    case Py_nb_inplace_lshift: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_lshift : NULL;
    case Py_nb_inplace_multiply: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_multiply : NULL;
    case Py_nb_inplace_or: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_or : NULL;
    case Py_nb_inplace_power: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_power : NULL;
    case Py_nb_inplace_remainder: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_remainder : NULL;
    case Py_nb_inplace_rshift: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_rshift : NULL;
    case Py_nb_inplace_subtract: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_subtract : NULL;
    case Py_nb_inplace_true_divide: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_true_divide : NULL;
    case Py_nb_inplace_xor: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_xor : NULL;
    case Py_nb_int: return t->tp_as_number ? (void **)&t->tp_as_number->nb_int : NULL;
    case Py_nb_invert: return t->tp_as_number ? (void **)&t->tp_as_number->nb_invert : NULL;
    case Py_nb_lshift: return t->tp_as_number ? (void **)&t->tp_as_number->nb_lshift : NULL;
    case Py_nb_multiply: return t->tp_as_number ? (void **)&t->tp_as_number->nb_multiply : NULL;
    case Py_nb_negative: return t->tp_as_number ? (void **)&t->tp_as_number->nb_negative : NULL;
    case Py_nb_or: return t->tp_as_number ? (void **)&t->tp_as_number->nb_or : NULL;
    case Py_nb_positive: return t->tp_as_number ? (void **)&t->tp_as_number->nb_positive : NULL;
    case Py_nb_power: return t->tp_as_number ? (void **)&t->tp_as_number->nb_power : NULL;
    case Py_nb_remainder: return t->tp_as_number ? (void **)&t->tp_as_number->nb_remainder : NULL;
    case Py_nb_rshift: return t->tp_as_number ? (void **)&t->tp_as_number->nb_rshift : NULL;
    case Py_nb_subtract: return t->tp_as_number ? (void **)&t->tp_as_number->nb_subtract : NULL;
    case Py_nb_true_divide: return t->tp_as_number ? (void **)&t->tp_as_number->nb_true_divide : NULL;
    case Py_nb_xor: return t->tp_as_number ? (void **)&t->tp_as_number->nb_xor : NULL;
    case Py_sq_ass_item: return t->tp_as_sequence ? (void **)&t->tp_as_sequence->sq_ass_item : NULL;
    case Py_sq_concat: return t->tp_as_sequence ? (void **)&t->tp_as_sequence->sq_concat : NULL;
    case Py_sq_contains: return t->tp_as_sequence ? (void **)&t->tp_as_sequence->sq_contains : NULL;
    case Py_sq_inplace_concat: return t->tp_as_sequence ? (void **)&t->tp_as_sequence->sq_inplace_concat : NULL;
    case Py_sq_inplace_repeat: return t->tp_as_sequence ? (void **)&t->tp_as_sequence->sq_inplace_repeat : NULL;
    case Py_sq_item: return t->tp_as_sequence ? (void **)&t->tp_as_sequence->sq_item : NULL;
    case Py_sq_length: return t->tp_as_sequence ? (void **)&t->tp_as_sequence->sq_length : NULL;
    case Py_sq_repeat: return t->tp_as_sequence ? (void **)&t->tp_as_sequence->sq_repeat : NULL;
    case Py_tp_alloc: return (void **)&t->tp_alloc;
    case Py_tp_base: return (void **)&t->tp_base;
    case Py_tp_call: return (void **)&t->tp_call;
    case Py_tp_clear: return (void **)&t->tp_clear;
    case Py_tp_dealloc: return (void **)&t->tp_dealloc;
    case Py_tp_del: return (void **)&t->tp_del;
    case Py_tp_descr_get: return (void **)&t->tp_descr_get;
    case Py_tp_descr_set: return (void **)&t->tp_descr_set;
    case Py_tp_doc: return (void **)&t->tp_doc;
    case Py_tp_getattr: return (void **)&t->tp_getattr;
    case Py_tp_getattro: return (void **)&t->tp_getattro;
    case Py_tp_hash: return (void **)&t->tp_hash;
    case Py_tp_init: return (void **)&t->tp_init;
    case Py_tp_is_gc: return (void **)&t->tp_is_gc;
    case Py_tp_iter: return (void **)&t->tp_iter;
    case Py_tp_iternext: return (void **)&t->tp_iternext;
    case Py_tp_methods: return (void **)&t->tp_methods;
    case Py_tp_new: return (void **)&t->tp_new;
    case Py_tp_repr: return (void **)&t->tp_repr;
    case Py_tp_richcompare: return (void **)&t->tp_richcompare;
    case Py_tp_setattr: return (void **)&t->tp_setattr;
    case Py_tp_setattro: return (void **)&t->tp_setattro;
    case Py_tp_str: return (void **)&t->tp_str;
    case Py_tp_traverse: return (void **)&t->tp_traverse;
    case Py_tp_members: return (void **)&t->tp_members;
    case Py_tp_getset: return (void **)&t->tp_getset;
    case Py_tp_free: return (void **)&t->tp_free;
    case Py_nb_matrix_multiply: return t->tp_as_number ? (void **)&t->tp_as_number->nb_matrix_multiply : NULL;
    case Py_nb_inplace_matrix_multiply: return t->tp_as_number ? (void **)&t->tp_as_number->nb_inplace_matrix_multiply : NULL;
    case Py_am_await: return t->tp_as_async ? (void **)&t->tp_as_async->am_await : NULL;
    case Py_am_aiter: return t->tp_as_async ? (void **)&t->tp_as_async->am_aiter : NULL;
    case Py_am_anext: return t->tp_as_async ? (void **)&t->tp_as_async->am_anext : NULL;
    case Py_tp_finalize: return (void **)&t->tp_finalize;
    case Py_am_send: return t->tp_as_async ? (void **)&t->tp_as_async->am_send : NULL;
    default: return NULL;
    }
}

/* Writes one spec slot into the heap type. Returns -1 for an unknown slot id. */
static int set_slot(PyHeapTypeObject *ht, int slot, void *f) {
    if (slot == Py_tp_bases) return 0; /* the first base comes from the bases argument or tp_base */
    if (slot == Py_tp_doc) {
        ht->ht_type.tp_doc = f ? copy_string(f) : NULL;
        return 0;
    }
    void **field = slot_field(&ht->ht_type, slot);
    if (field == NULL) return -1;
    *field = f;
    return 0;
}

/* void *PyType_GetSlot(PyTypeObject *type, int slot): the slot's function or value, NULL if
 * unset; SystemError for an invalid id. */
void *PyType_GetSlot(PyTypeObject *type, int slot) {
    if (slot <= 0 || slot > Py_am_send) {
        PyErr_BadInternalCall();
        return NULL;
    }
    void **field = slot_field(type, slot);
    return field ? *field : NULL;
}

extern void swpy_expose_heap_type_dict(PyTypeObject *t); /* Sources/PyCAPI/DynloadAPI.swift */

/* PyObject *PyType_FromModuleAndSpec(PyObject *module, PyType_Spec *spec, PyObject *bases):
 * new reference to a heap type. */
PyObject *PyType_FromModuleAndSpec(PyObject *module, PyType_Spec *spec, PyObject *bases) {
    PyHeapTypeObject *ht = swpy_alloc_object(sizeof(PyHeapTypeObject));
    if (ht == NULL) return PyErr_NoMemory();
    PyTypeObject *t = &ht->ht_type;
    t->ob_base.ob_base.ob_refcnt = 1;
    t->ob_base.ob_base.ob_type = &PyType_Type;
    t->tp_as_async = &ht->as_async;
    t->tp_as_number = &ht->as_number;
    t->tp_as_mapping = &ht->as_mapping;
    t->tp_as_sequence = &ht->as_sequence;
    t->tp_as_buffer = &ht->as_buffer;
    t->tp_name = copy_string(spec->name);
    t->tp_basicsize = spec->basicsize;
    t->tp_itemsize = spec->itemsize;
    t->tp_flags = spec->flags | Py_TPFLAGS_HEAPTYPE;
    for (PyType_Slot *s = spec->slots; s && s->slot != 0; s++) {
        if (set_slot(ht, s->slot, s->pfunc) < 0) {
            PyErr_Format(PyExc_RuntimeError, "invalid slot offset");
            return NULL;
        }
    }
    if (bases != NULL) {
        PyObject *first = PyTuple_Check(bases) ? (PyTuple_GET_SIZE(bases) ? PyTuple_GET_ITEM(bases, 0) : NULL) : bases;
        if (first != NULL) t->tp_base = (PyTypeObject *)first;
    }
    /* Special members naming offsets, as CPython reads them from tp_members. */
    for (PyMemberDef *m = t->tp_members; m && m->name; m++) {
        if (strcmp(m->name, "__dictoffset__") == 0) t->tp_dictoffset = m->offset;
        else if (strcmp(m->name, "__weaklistoffset__") == 0) t->tp_weaklistoffset = m->offset;
        else if (strcmp(m->name, "__vectorcalloffset__") == 0) t->tp_vectorcall_offset = m->offset;
    }
    if (t->tp_basicsize == 0 && t->tp_base) t->tp_basicsize = t->tp_base->tp_basicsize;
    if (t->tp_dealloc == NULL) t->tp_dealloc = swpy_instance_dealloc;
    Py_XINCREF(module);
    ht->ht_module = module;
    if (PyType_Ready(t) < 0) return NULL;
    swpy_expose_heap_type_dict(t);
    return (PyObject *)t;
}

PyObject *PyType_FromSpecWithBases(PyType_Spec *spec, PyObject *bases) {
    return PyType_FromModuleAndSpec(NULL, spec, bases);
}

PyObject *PyType_FromSpec(PyType_Spec *spec) { return PyType_FromModuleAndSpec(NULL, spec, NULL); }

/* PyObject *PyType_GetModule(PyTypeObject *type): borrowed; TypeError for non-heap types. */
PyObject *PyType_GetModule(PyTypeObject *type) {
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE) || ((PyHeapTypeObject *)type)->ht_module == NULL) {
        PyErr_Format(PyExc_TypeError, "PyType_GetModule: Type '%s' has no associated module", type->tp_name);
        return NULL;
    }
    return ((PyHeapTypeObject *)type)->ht_module;
}

void *PyType_GetModuleState(PyTypeObject *type) {
    PyObject *m = PyType_GetModule(type);
    return m ? PyModule_GetState(m) : NULL;
}

/* PyObject *PyType_GetModuleByDef(PyTypeObject *type, PyModuleDef *def): borrowed; the module of
 * the first heap type along the bases whose module was made from def. */
PyObject *PyType_GetModuleByDef(PyTypeObject *type, PyModuleDef *def) {
    for (PyTypeObject *t = type; t != NULL; t = t->tp_base) {
        if (!(t->tp_flags & Py_TPFLAGS_HEAPTYPE)) continue;
        PyObject *m = ((PyHeapTypeObject *)t)->ht_module;
        if (m && PyModule_GetDef(m) == def) return m;
        PyErr_Clear();
    }
    PyErr_Format(PyExc_TypeError, "PyType_GetModuleByDef: No superclass of '%s' has the given module", type->tp_name);
    return NULL;
}

/* int PyModule_AddType(PyObject *module, PyTypeObject *type): readies type and adds it under its
 * short name (after the last dot of tp_name). */
int PyModule_AddType(PyObject *module, PyTypeObject *type) {
    if (PyType_Ready(type) < 0) return -1;
    const char *name = strrchr(type->tp_name, '.');
    name = name ? name + 1 : type->tp_name;
    return PyModule_AddObjectRef(module, name, (PyObject *)type);
}

/* The default tp_dealloc of heap types without one: free the instance, drop the type. */
void swpy_instance_dealloc(PyObject *op) {
    PyTypeObject *t = Py_TYPE(op);
    t->tp_free ? t->tp_free(op) : PyObject_Free(op);
    if (t->tp_flags & Py_TPFLAGS_HEAPTYPE) Py_DECREF(t);
}

/* PyTypeObject *_PyType_CalculateMetaclass(PyTypeObject *metatype, PyObject *bases): the most
 * derived of metatype and the bases' metaclasses, as class creation picks it (mypyc's
 * CPyType_FromTemplate uses it). */
PyTypeObject *_PyType_CalculateMetaclass(PyTypeObject *metatype, PyObject *bases) {
    PyTypeObject *winner = metatype;
    Py_ssize_t n = PyTuple_Size(bases);
    if (n < 0) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyTypeObject *t = Py_TYPE(PyTuple_GetItem(bases, i));
        if (PyType_IsSubtype(winner, t)) continue;
        if (PyType_IsSubtype(t, winner)) { winner = t; continue; }
        PyErr_SetString(PyExc_TypeError,
                        "metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* unsigned long PyType_GetFlags(PyTypeObject *type): the limited API's tp_flags (NumPy decides
 * by Py_TPFLAGS_HEAPTYPE whether it may set attributes on a scalar type). */
unsigned long PyType_GetFlags(PyTypeObject *type) { return type->tp_flags; }

/* const char *_PyType_Name(PyTypeObject *type): tp_name after its last dot. */
const char *_PyType_Name(PyTypeObject *type) {
    const char *s = strrchr(type->tp_name, '.');
    return s ? s + 1 : type->tp_name;
}

/* PyObject *PyType_GetQualName(PyTypeObject *type): new reference to __qualname__. */
PyObject *PyType_GetQualName(PyTypeObject *type) {
    if ((type->tp_flags & Py_TPFLAGS_HEAPTYPE) && ((PyHeapTypeObject *)type)->ht_qualname != NULL) {
        PyObject *q = ((PyHeapTypeObject *)type)->ht_qualname;
        Py_INCREF(q);
        return q;
    }
    return PyObject_GetAttrString((PyObject *)type, "__qualname__");
}

int PyType_SUPPORTS_WEAKREFS(PyTypeObject *type) { return type->tp_weaklistoffset > 0; }

/* The runtime keeps no method cache that C could see. */
unsigned int PyType_ClearCache(void) { return 0; }

/* ---- method definitions for the mirrors of the runtime's own builtin functions ---- */

typedef struct {
    PyMethodDef def; /* first, so the PyMethodDef pointer is the block */
    char *name, *doc; /* what we allocated (C may replace def.ml_doc) */
} runtime_method_def;

/* C code that calls ml_meth directly gets an error instead of a jump to NULL; such calls go
 * through PyObject_Call for the runtime's functions. */
static PyObject *runtime_builtin_meth(PyObject *self, PyObject *args, PyObject *kwargs) {
    (void)self; (void)args; (void)kwargs;
    PyErr_SetString(PyExc_SystemError, "a builtin function of the runtime was called through its ml_meth");
    return NULL;
}

PyMethodDef *swpy_runtime_method_def(const char *name, const char *doc) {
    runtime_method_def *d = calloc(1, sizeof(*d));
    if (d == NULL) return NULL;
    d->name = copy_string(name);
    d->doc = doc ? copy_string(doc) : NULL;
    d->def.ml_name = d->name;
    d->def.ml_doc = d->doc;
    d->def.ml_flags = METH_VARARGS | METH_KEYWORDS;
    d->def.ml_meth = (PyCFunction)(void (*)(void))runtime_builtin_meth;
    return &d->def;
}

void swpy_runtime_method_def_free(PyMethodDef *def) {
    if (def == NULL || def->ml_meth != (PyCFunction)(void (*)(void))runtime_builtin_meth) return;
    runtime_method_def *d = (runtime_method_def *)def;
    free(d->name);
    free(d->doc);
    free(d);
}

