/* Swallow's private bridge interface between the C shims and the Swift runtime. Not CPython
 * API: every name here carries the swpy_ prefix. Extensions never include it. */
#ifndef SWALLOW_BRIDGE_H
#define SWALLOW_BRIDGE_H

#include "object.h"

/* Every object Swallow allocates for C (mirrors of runtime objects, and objects allocated by
 * extensions through PyObject_Malloc / tp_alloc) is preceded by this 16-byte header, the way
 * CPython precedes GC objects with PyGC_Head. Static type objects have no header. */
typedef struct swpy_header {
    /* The runtime object this C object belongs to, retained (+1) while set; NULL before the
     * runtime has seen the object (e.g. a tuple still being filled by C). */
    void *runtime_object;
    /* SWPY_FLAG_* bits. */
    uint32_t flags;
    /* SWPY_HEADER_MAGIC: tells a header from whatever precedes an object an extension
     * allocated statically (msgspec's NODEFAULT, Py_None-like singletons of its own). */
    uint32_t magic;
} swpy_header;

#define SWPY_HEADER_MAGIC 0x59485753u /* "SWHY" */

/* The runtime holds the object: one unit of ob_refcnt is the runtime's share. */
#define SWPY_FLAG_RUNTIME_SHARE 1u
/* Statically allocated (singletons): never freed. */
#define SWPY_FLAG_STATIC 2u
/* The C object is the truth (an extension type's instance); the runtime object is a proxy. */
#define SWPY_FLAG_C_NATIVE 4u
/* The object is listed in the old generation of the sweep (see PyCAPI/README.md). */
#define SWPY_FLAG_OLD 8u
/* A list or dict whose mirror must be brought up to date when handed to C. */
#define SWPY_FLAG_MUTABLE 16u
/* A C object tracked for cycle collection (PyObject_GC_Track; PyCAPI/CycleSupport.swift). */
#define SWPY_FLAG_GC_TRACKED 32u
/* A tuple C created: C may still rewrite its items (PyTuple_SET_ITEM on an argument tuple it
 * reuses), so its items are compared with the runtime tuple's whenever it crosses over. */
#define SWPY_FLAG_C_FILLED 64u
/* An instance of a C type deriving from a builtin, while its runtime object holds the C object
 * (the header then does not retain it; PyCAPI/NativeLayout.swift). */
#define SWPY_FLAG_PINNED 128u
/* Such an instance, pinned or not. */
#define SWPY_FLAG_NATIVE_LAYOUT 256u
/* The Python-level __del__ of this C object's class has been scheduled (it runs once). */
#define SWPY_FLAG_FINALIZED 512u

static inline swpy_header *swpy_header_of(PyObject *op) { return ((swpy_header *)op) - 1; }

PyAPI_DATA(PyTypeObject) PyModuleDef_Type;

/* CPython's statically allocated runtime objects (the global strings behind _Py_ID, the small
 * ints, the empty tuple and bytes...) live inside _PyRuntime, which internal-API modules address
 * directly; they have no swpy_header (CShim/runtime_statics.c fills them in). */
extern unsigned char _PyRuntime[];
#define SWPY_PYRUNTIME_SIZE 166688
static inline int swpy_in_pyruntime(const void *op) {
    return (const unsigned char *)op >= _PyRuntime && (const unsigned char *)op < _PyRuntime + SWPY_PYRUNTIME_SIZE;
}
/* >>> runtime statics (CShim/runtime_statics.c) */
/* Builds those objects at CPython 3.11's offsets; called first thing in Bridge.initialize(). */
void swpy_init_runtime_statics(void);
/* They, listed: strings, one-character strings, small ints, bytes_empty, one-byte bytes, tuple_empty. */
size_t swpy_runtime_statics_count(void);
PyObject *swpy_runtime_static_at(size_t i);
/* <<< runtime statics */

/* Whether `op` carries a swpy_header: everything but statically allocated type objects, module
 * definitions and other objects an extension defines statically (which live in its own data)
 * and _PyRuntime's static objects. */
static inline int swpy_has_header(PyObject *op) {
    if (swpy_in_pyruntime(op)) return 0;
    PyTypeObject *t = op->ob_type;
    if (t == &PyModuleDef_Type) return 0;
    if ((t->tp_flags & (1UL << 31)) && !(((PyTypeObject *)op)->tp_flags & (1UL << 9))) return 0;
    return swpy_header_of(op)->magic == SWPY_HEADER_MAGIC;
}

/* Allocation of header-prefixed objects (zeroed). */
void *swpy_alloc_object(size_t size);
void swpy_free_object(void *op);

/* Builtin static type objects, for the runtime to pair with its own types. */
typedef struct { PyTypeObject *type; const char *name; } swpy_static_type;
const swpy_static_type *swpy_static_types(size_t *count);
/* libpython's type objects defined as zeroed data (data.gen.c) that the runtime also has. */
const swpy_static_type *swpy_data_types(size_t *count);
/* The builtin exception types, in base-before-derived order. */
const swpy_static_type *swpy_exception_types(size_t *count);
/* The static singletons, to attach their runtime objects at start-up. */
PyObject *swpy_singleton(int which); /* 0 None, 1 NotImplemented, 2 Ellipsis, 3 False, 4 True */
int swpy_run_c_audit_hooks(const char *event, PyObject *args); /* CShim/sysmodule.c */

/* The shared small ints -5..256 (CShim/longs.c). */
PyObject *swpy_small_int(long v);

/* Takes the GIL for the calling thread with the main thread state (CShim/pystate.c). */
void swpy_gil_init(void);
void swpy_publish_tstate(PyThreadState *ts);

/* Gives a builtin static type its generic slots (CShim/slots.c). */
void swpy_fill_builtin_slots(PyTypeObject *t);
/* Gives int and float the tp_methods entries that extensions look up by name in C (_decimal
 * takes bit_length and as_integer_ratio from there). */
void swpy_install_builtin_methods(void);

/* The default tp_dealloc of extension heap types (CShim/typeobject.c). */
void swpy_instance_dealloc(PyObject *op);

/* A PyMethodDef for the mirror of a builtin function the runtime defines (C reads m_ml's name,
 * flags and doc; NumPy writes its doc). Freed with the mirror (CShim/typeobject.c). */
PyMethodDef *swpy_runtime_method_def(const char *name, const char *doc);
void swpy_runtime_method_def_free(PyMethodDef *def);

/* Python classes deriving from extension types (CShim/subtypes.c). */
void swpy_inherit_native(PyTypeObject *t, PyTypeObject *base);
int swpy_override_slot(PyTypeObject *t, const char *dunder);
void swpy_subtype_dealloc(PyObject *op);

/* Implemented in Swift. */
PyObject *swpy_property_new(PyTypeObject *type, PyObject *args, PyObject *kwds);
PyObject *swpy_property_descr_get(PyObject *self, PyObject *obj, PyObject *type);
int swpy_property_descr_set(PyObject *self, PyObject *obj, PyObject *value);
void swpy_mirror_dealloc(PyObject *op);
int swpy_slot_tp_init(PyObject *self, PyObject *args, PyObject *kwds);
void swpy_managed_dict_clear(PyObject *op);
void swpy_gc_track(PyObject *op);
PyObject *swpy_builtin_new(PyTypeObject *type, PyObject *args, PyObject *kwds);
int swpy_builtin_init(PyObject *self, PyObject *args, PyObject *kwds);
int swpy_builtin_traverse(PyObject *op, visitproc visit, void *arg);
int swpy_builtin_clear(PyObject *op);
void swpy_gc_untrack(PyObject *op);
int swpy_traverse(PyObject *op, visitproc visit, void *arg);
void swpy_raise_not_implemented(const char *name);
int swpy_bytearray_getbuffer(PyObject *op, Py_buffer *view, int flags);
void swpy_bytearray_releasebuffer(PyObject *op, Py_buffer *view);

/* _PyByteArray_empty_string, the storage of every empty bytearray (CShim/bytearray.c). */
char *swpy_bytearray_empty(void);

/* Stubs for exported functions Swallow does not implement yet (CShim/stubs.gen.c). */
void swpy_stub_failed(const char *name);
__attribute__((noreturn)) void swpy_stub_abort(const char *name);

#endif
