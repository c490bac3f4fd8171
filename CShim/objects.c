/* Statically allocated objects of the C-API: builtin type objects, the singletons and the
 * builtin exception types, laid out as CPython 3.11 lays them out. The runtime pairs each with
 * its own object at start-up (PyCAPI's Bridge). */
#include "Python.h"
#include <string.h>
#include "swallow/bridge.h"

/* ---- allocation: every object handed to C is preceded by a swpy_header ---- */

void *swpy_alloc_object(size_t size) {
    swpy_header *h = calloc(1, sizeof(swpy_header) + size);
    if (h == NULL) return NULL;
    h->magic = SWPY_HEADER_MAGIC;
    return h + 1;
}

void swpy_free_object(void *op) {
    if (op == NULL) return;
    swpy_header *h = ((swpy_header *)op) - 1;
    /* A GC object freed without PyObject_GC_UnTrack must not stay in the collector's view. */
    if (h->flags & SWPY_FLAG_GC_TRACKED) swpy_gc_untrack(op);
    free(h);
}

/* PyObject_Malloc memory may become an object (PyObject_Init), so it carries the header too. */
void *PyObject_Malloc(size_t size) { return swpy_alloc_object(size ? size : 1); }
void *PyObject_Calloc(size_t nelem, size_t elsize) {
    if (elsize != 0 && nelem > (size_t)PY_SSIZE_T_MAX / elsize) return NULL;
    return swpy_alloc_object((nelem * elsize) != 0 ? nelem * elsize : 1);
}
void *PyObject_Realloc(void *ptr, size_t new_size) {
    if (ptr == NULL) return PyObject_Malloc(new_size);
    swpy_header *h = realloc(((swpy_header *)ptr) - 1, sizeof(swpy_header) + (new_size ? new_size : 1));
    return h ? h + 1 : NULL;
}
void PyObject_Free(void *ptr) { swpy_free_object(ptr); }

void *PyMem_Malloc(size_t size) { return malloc(size ? size : 1); }
void *PyMem_Calloc(size_t nelem, size_t elsize) { return calloc(nelem ? nelem : 1, elsize ? elsize : 1); }
void *PyMem_Realloc(void *ptr, size_t new_size) { return realloc(ptr, new_size ? new_size : 1); }
void PyMem_Free(void *ptr) { free(ptr); }
void *PyMem_RawMalloc(size_t size) { return malloc(size ? size : 1); }
void *PyMem_RawCalloc(size_t nelem, size_t elsize) { return calloc(nelem ? nelem : 1, elsize ? elsize : 1); }
void *PyMem_RawRealloc(void *ptr, size_t new_size) { return realloc(ptr, new_size ? new_size : 1); }
void PyMem_RawFree(void *ptr) { free(ptr); }

/* ---- reference counting: only the drop to zero reaches the runtime ---- */

void _Py_Dealloc(PyObject *op) { Py_TYPE(op)->tp_dealloc(op); }
void Py_IncRef(PyObject *op) { Py_XINCREF(op); }
void Py_DecRef(PyObject *op) { Py_XDECREF(op); }
/* The non-NULL forms (pyo3 calls them instead of the inline macros). */
void _Py_IncRef(PyObject *op) { Py_INCREF(op); }
void _Py_DecRef(PyObject *op) { Py_DECREF(op); }

/* The function forms of Py_NewRef/Py_XNewRef, for callers that take their address (the headers'
 * macros of the same names use the inline forms). */
#undef Py_NewRef
#undef Py_XNewRef
PyObject *Py_NewRef(PyObject *op) { Py_INCREF(op); return op; }
PyObject *Py_XNewRef(PyObject *op) { Py_XINCREF(op); return op; }

/* ---- builtin type objects ---- */

#define SWPY_TYPE(cname, pyname, basic, item, flags, base)            \
    PyTypeObject cname = {                                             \
        .ob_base = { { 1, &PyType_Type }, 0 },                         \
        .tp_name = pyname,                                             \
        .tp_basicsize = (basic),                                       \
        .tp_itemsize = (item),                                         \
        .tp_dealloc = swpy_mirror_dealloc,                             \
        .tp_flags = Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE | (flags), \
        .tp_base = (base),                                             \
        .tp_free = PyObject_Free,                                      \
    };

#define BT Py_TPFLAGS_BASETYPE
SWPY_TYPE(PyBaseObject_Type, "object", sizeof(PyObject), 0, BT, NULL)
SWPY_TYPE(PyType_Type, "type", sizeof(PyHeapTypeObject), 40, BT | Py_TPFLAGS_TYPE_SUBCLASS, &PyBaseObject_Type)
SWPY_TYPE(PyLong_Type, "int", offsetof(PyLongObject, ob_digit), sizeof(digit), BT | Py_TPFLAGS_LONG_SUBCLASS, &PyBaseObject_Type)
SWPY_TYPE(PyBool_Type, "bool", offsetof(PyLongObject, ob_digit), sizeof(digit), Py_TPFLAGS_LONG_SUBCLASS, &PyLong_Type)
SWPY_TYPE(PyFloat_Type, "float", sizeof(PyFloatObject), 0, BT, &PyBaseObject_Type)
SWPY_TYPE(PyComplex_Type, "complex", sizeof(PyComplexObject), 0, BT, &PyBaseObject_Type)
SWPY_TYPE(PyBytes_Type, "bytes", offsetof(PyBytesObject, ob_sval) + 1, 1, BT | Py_TPFLAGS_BYTES_SUBCLASS, &PyBaseObject_Type)
SWPY_TYPE(PyByteArray_Type, "bytearray", sizeof(PyByteArrayObject), 0, BT, &PyBaseObject_Type)
SWPY_TYPE(PyUnicode_Type, "str", sizeof(PyUnicodeObject), 0, BT | Py_TPFLAGS_UNICODE_SUBCLASS, &PyBaseObject_Type)
SWPY_TYPE(PyTuple_Type, "tuple", offsetof(PyTupleObject, ob_item), sizeof(PyObject *), BT | Py_TPFLAGS_TUPLE_SUBCLASS, &PyBaseObject_Type)
SWPY_TYPE(PyList_Type, "list", sizeof(PyListObject), 0, BT | Py_TPFLAGS_LIST_SUBCLASS, &PyBaseObject_Type)
SWPY_TYPE(PyDict_Type, "dict", sizeof(PyDictObject), 0, BT | Py_TPFLAGS_DICT_SUBCLASS, &PyBaseObject_Type)
SWPY_TYPE(PySet_Type, "set", 200, 0, BT, &PyBaseObject_Type)
SWPY_TYPE(PyFrozenSet_Type, "frozenset", 200, 0, BT, &PyBaseObject_Type)
SWPY_TYPE(PySlice_Type, "slice", sizeof(PySliceObject), 0, 0, &PyBaseObject_Type)
SWPY_TYPE(PyRange_Type, "range", 48, 0, 0, &PyBaseObject_Type)
SWPY_TYPE(PyModule_Type, "module", sizeof(PyModuleObject), 0, BT, &PyBaseObject_Type)
SWPY_TYPE(PyModuleDef_Type, "moduledef", sizeof(PyModuleDef), 0, 0, &PyBaseObject_Type)
SWPY_TYPE(PyCFunction_Type, "builtin_function_or_method", sizeof(PyCFunctionObject), 0, 0, &PyBaseObject_Type)
SWPY_TYPE(PyFunction_Type, "function", 160, 0, 0, &PyBaseObject_Type)
SWPY_TYPE(PyMethod_Type, "method", 48, 0, 0, &PyBaseObject_Type)
SWPY_TYPE(PyCode_Type, "code", 208, 2, 0, &PyBaseObject_Type)
SWPY_TYPE(PyFrame_Type, "frame", 80, 8, 0, &PyBaseObject_Type)
SWPY_TYPE(_PyNone_Type, "NoneType", sizeof(PyObject), 0, 0, &PyBaseObject_Type)
SWPY_TYPE(_PyNotImplemented_Type, "NotImplementedType", sizeof(PyObject), 0, 0, &PyBaseObject_Type)
SWPY_TYPE(PyEllipsis_Type, "ellipsis", sizeof(PyObject), 0, 0, &PyBaseObject_Type)
#undef BT

static const swpy_static_type builtin_types[] = {
    { &PyBaseObject_Type, "object" }, { &PyType_Type, "type" }, { &PyLong_Type, "int" },
    { &PyBool_Type, "bool" }, { &PyFloat_Type, "float" }, { &PyComplex_Type, "complex" },
    { &PyBytes_Type, "bytes" }, { &PyByteArray_Type, "bytearray" }, { &PyUnicode_Type, "str" },
    { &PyTuple_Type, "tuple" }, { &PyList_Type, "list" }, { &PyDict_Type, "dict" },
    { &PySet_Type, "set" }, { &PyFrozenSet_Type, "frozenset" }, { &PySlice_Type, "slice" },
    { &PyRange_Type, "range" }, { &PyModule_Type, "module" },
    { &PyCFunction_Type, "builtin_function_or_method" }, { &PyFunction_Type, "function" },
    { &PyMethod_Type, "method" }, { &PyCode_Type, "code" }, { &_PyNone_Type, "NoneType" },
    { &_PyNotImplemented_Type, "NotImplementedType" }, { &PyEllipsis_Type, "ellipsis" },
};

const swpy_static_type *swpy_static_types(size_t *count) {
    *count = Py_ARRAY_LENGTH(builtin_types);
    return builtin_types;
}

/* Zeroed in data.gen.c; the runtime fills their fixed fields and pairs them. */
extern PyTypeObject PySuper_Type, PyProperty_Type, PyStaticMethod_Type, PyClassMethod_Type,
    PyInstanceMethod_Type, PyPickleBuffer_Type;
extern PyTypeObject PyContext_Type, PyContextVar_Type, PyContextToken_Type;
static const swpy_static_type data_types[] = {
    { &PySuper_Type, "super" }, { &PyProperty_Type, "property" },
    { &PyStaticMethod_Type, "staticmethod" }, { &PyClassMethod_Type, "classmethod" },
    { &_PyWeakref_RefType, "weakref.ReferenceType" }, { &_PyWeakref_ProxyType, "weakref.ProxyType" },
    { &_PyWeakref_CallableProxyType, "weakref.CallableProxyType" },
    { &PyContext_Type, "Context" }, { &PyContextVar_Type, "ContextVar" },
    { &PyContextToken_Type, "Token" },
    { &PyInstanceMethod_Type, "instancemethod" }, { &PyPickleBuffer_Type, "PickleBuffer" },
};

const swpy_static_type *swpy_data_types(size_t *count) {
    *count = Py_ARRAY_LENGTH(data_types);
    return data_types;
}

/* ---- singletons ----
 * Each lives 16 bytes into a static block whose first 16 bytes are its swpy_header, so that
 * singletons and heap objects are treated alike. The exported symbol names the object part. */
typedef struct { swpy_header h; PyObject o; } swpy_static_object;
typedef struct { swpy_header h; PyLongObject o; } swpy_static_long;

swpy_static_object swpy_none_block = { { NULL, SWPY_FLAG_STATIC, SWPY_HEADER_MAGIC }, { 1, &_PyNone_Type } };
swpy_static_object swpy_notimpl_block = { { NULL, SWPY_FLAG_STATIC, SWPY_HEADER_MAGIC }, { 1, &_PyNotImplemented_Type } };
swpy_static_object swpy_ellipsis_block = { { NULL, SWPY_FLAG_STATIC, SWPY_HEADER_MAGIC }, { 1, &PyEllipsis_Type } };
swpy_static_long swpy_false_block = { { NULL, SWPY_FLAG_STATIC, SWPY_HEADER_MAGIC }, { { { 1, &PyBool_Type }, 0 }, { 0 } } };
swpy_static_long swpy_true_block = { { NULL, SWPY_FLAG_STATIC, SWPY_HEADER_MAGIC }, { { { 1, &PyBool_Type }, 1 }, { 1 } } };

#define SWPY_EXPORT_AT(sym, block, size)                       \
    __asm__(".globl " #sym "\n"                               \
            ".type " #sym ", @object\n"                       \
            ".size " #sym ", " #size "\n"                     \
            ".set " #sym ", " #block " + 16\n");
SWPY_EXPORT_AT(_Py_NoneStruct, swpy_none_block, 16)
SWPY_EXPORT_AT(_Py_NotImplementedStruct, swpy_notimpl_block, 16)
SWPY_EXPORT_AT(_Py_EllipsisObject, swpy_ellipsis_block, 16)
SWPY_EXPORT_AT(_Py_FalseStruct, swpy_false_block, 32)
SWPY_EXPORT_AT(_Py_TrueStruct, swpy_true_block, 32)

PyObject *swpy_singleton(int which) {
    switch (which) {
    case 0: return &swpy_none_block.o;
    case 1: return &swpy_notimpl_block.o;
    case 2: return &swpy_ellipsis_block.o;
    case 3: return (PyObject *)&swpy_false_block.o;
    case 4: return (PyObject *)&swpy_true_block.o;
    default: return NULL;
    }
}

/* ---- builtin exception types ----
 * One static type object per exception, base before derived; PyExc_X points at it. */
#define SWPY_EXCEPTIONS(X) \
    X(BaseException, BaseException) X(BaseExceptionGroup, BaseException) \
    X(Exception, BaseException) X(GeneratorExit, BaseException) \
    X(KeyboardInterrupt, BaseException) X(SystemExit, BaseException) \
    X(ArithmeticError, Exception) X(AssertionError, Exception) X(AttributeError, Exception) \
    X(BufferError, Exception) X(EOFError, Exception) X(ImportError, Exception) \
    X(LookupError, Exception) X(MemoryError, Exception) X(NameError, Exception) \
    X(OSError, Exception) X(ReferenceError, Exception) X(RuntimeError, Exception) \
    X(StopAsyncIteration, Exception) X(StopIteration, Exception) X(SyntaxError, Exception) \
    X(SystemError, Exception) X(TypeError, Exception) X(ValueError, Exception) \
    X(Warning, Exception) \
    X(FloatingPointError, ArithmeticError) X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) X(ModuleNotFoundError, ImportError) \
    X(IndexError, LookupError) X(KeyError, LookupError) X(UnboundLocalError, NameError) \
    X(BlockingIOError, OSError) X(ChildProcessError, OSError) X(ConnectionError, OSError) \
    X(FileExistsError, OSError) X(FileNotFoundError, OSError) X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) X(NotADirectoryError, OSError) X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) X(TimeoutError, OSError) \
    X(BrokenPipeError, ConnectionError) X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) X(ConnectionResetError, ConnectionError) \
    X(NotImplementedError, RuntimeError) X(RecursionError, RuntimeError) \
    X(IndentationError, SyntaxError) X(TabError, IndentationError) \
    X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) X(UnicodeTranslateError, UnicodeError) \
    X(BytesWarning, Warning) X(DeprecationWarning, Warning) X(EncodingWarning, Warning) \
    X(FutureWarning, Warning) X(ImportWarning, Warning) X(PendingDeprecationWarning, Warning) \
    X(ResourceWarning, Warning) X(RuntimeWarning, Warning) X(SyntaxWarning, Warning) \
    X(UnicodeWarning, Warning) X(UserWarning, Warning)

#define SWPY_EXC_FLAGS (Py_TPFLAGS_READY | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BASE_EXC_SUBCLASS | Py_TPFLAGS_HAVE_GC)
/* tp_new of the exception types: a runtime exception of the (C) subtype (ExceptionTypes.swift). */
extern PyObject *swpy_exception_new(PyTypeObject *type, PyObject *args, PyObject *kwds);
#define SWPY_EXC_TYPE(name, base) \
    static PyTypeObject swpy_exc_##name;
SWPY_EXCEPTIONS(SWPY_EXC_TYPE)
#undef SWPY_EXC_TYPE
#define SWPY_EXC_TYPE(name, base)                                              \
    static PyTypeObject swpy_exc_##name = {                                    \
        .ob_base = { { 1, &PyType_Type }, 0 },                                 \
        .tp_name = #name,                                                      \
        .tp_basicsize = sizeof(PyBaseExceptionObject),                         \
        .tp_dealloc = swpy_mirror_dealloc,                                     \
        .tp_flags = SWPY_EXC_FLAGS,                                            \
        .tp_base = (&swpy_exc_##name == &swpy_exc_BaseException) ? &PyBaseObject_Type : &swpy_exc_##base, \
        .tp_free = PyObject_Free,                                              \
        .tp_new = swpy_exception_new,                                          \
    };                                                                         \
    PyObject *PyExc_##name = (PyObject *)&swpy_exc_##name;
SWPY_EXCEPTIONS(SWPY_EXC_TYPE)
#undef SWPY_EXC_TYPE
PyObject *PyExc_EnvironmentError = (PyObject *)&swpy_exc_OSError;
PyObject *PyExc_IOError = (PyObject *)&swpy_exc_OSError;

static const swpy_static_type exception_types[] = {
#define SWPY_EXC_ENTRY(name, base) { &swpy_exc_##name, #name },
    SWPY_EXCEPTIONS(SWPY_EXC_ENTRY)
#undef SWPY_EXC_ENTRY
};

const swpy_static_type *swpy_exception_types(size_t *count) {
    *count = Py_ARRAY_LENGTH(exception_types);
    return exception_types;
}

/* PyObject *PyObject_SelfIter(PyObject *o): the tp_iter of iterators, a new reference to o. */
PyObject *PyObject_SelfIter(PyObject *o) {
    Py_INCREF(o);
    return o;
}

/* The trashcan (Py_TRASHCAN_BEGIN/END in tp_dealloc) bounds the C stack depth of nested
 * deallocations; Swallow deallocates at once (0: go ahead), which is the common case. */
int _PyTrash_begin(PyThreadState *tstate, PyObject *op) { (void)tstate; (void)op; return 0; }
void _PyTrash_end(PyThreadState *tstate) { (void)tstate; }
/* Whether the trashcan applies: only in the type's own tp_dealloc, not a subclass's. */
int _PyTrash_cond(PyObject *op, destructor dealloc) { return Py_TYPE(op)->tp_dealloc == dealloc; }

/* ---- tp_methods of builtin types, for extensions that scan them (_decimal) ----
 * The bodies call the runtime's methods (Sources/PyCAPI/EvalBuiltins.swift). */
PyObject *swpy_float_as_integer_ratio(PyObject *self, PyObject *unused);
PyObject *swpy_long_bit_length(PyObject *self, PyObject *unused);

static PyMethodDef float_methods[] = {
    { "as_integer_ratio", swpy_float_as_integer_ratio, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};
static PyMethodDef long_methods[] = {
    { "bit_length", swpy_long_bit_length, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

void swpy_install_builtin_methods(void) {
    PyFloat_Type.tp_methods = float_methods;
    PyLong_Type.tp_methods = long_methods;
}

/* ---- tracemalloc's C API: the runtime never traces allocations, so as CPython with
 * tracemalloc off, tracking reports -2 without raising (NumPy tracks every array buffer). ---- */
int PyTraceMalloc_Track(unsigned int domain, uintptr_t ptr, size_t size) {
    (void)domain; (void)ptr; (void)size;
    return -2;
}

int PyTraceMalloc_Untrack(unsigned int domain, uintptr_t ptr) {
    (void)domain; (void)ptr;
    return -2;
}

PyObject *_PyTraceMalloc_GetTraceback(unsigned int domain, uintptr_t ptr) {
    (void)domain; (void)ptr;
    Py_RETURN_NONE;
}
