/* Function prototypes of the C-API that Swallow implements (CPython 3.11 signatures). */
#ifndef SWALLOW_API_H
#define SWALLOW_API_H

#include "object.h"
#include "objects.h"
#include "module.h"
#include "pystate.h"
#include "typeobject.h"

/* Memory. */
PyAPI_FUNC(void *) PyMem_Malloc(size_t size);
PyAPI_FUNC(void *) PyMem_Calloc(size_t nelem, size_t elsize);
PyAPI_FUNC(void *) PyMem_Realloc(void *ptr, size_t new_size);
PyAPI_FUNC(void) PyMem_Free(void *ptr);
PyAPI_FUNC(void *) PyMem_RawMalloc(size_t size);
PyAPI_FUNC(void *) PyMem_RawCalloc(size_t nelem, size_t elsize);
PyAPI_FUNC(void *) PyMem_RawRealloc(void *ptr, size_t new_size);
PyAPI_FUNC(void) PyMem_RawFree(void *ptr);
PyAPI_FUNC(void *) PyObject_Malloc(size_t size);
PyAPI_FUNC(void *) PyObject_Calloc(size_t nelem, size_t elsize);
PyAPI_FUNC(void *) PyObject_Realloc(void *ptr, size_t new_size);
PyAPI_FUNC(void) PyObject_Free(void *ptr);

/* Object protocol. */
PyAPI_FUNC(PyObject *) PyObject_Repr(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Str(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_GetAttr(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyObject_GetAttrString(PyObject *, const char *);
PyAPI_FUNC(int) PyObject_SetAttr(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_SetAttrString(PyObject *, const char *, PyObject *);
PyAPI_FUNC(int) PyObject_HasAttr(PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_HasAttrString(PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyObject_RichCompare(PyObject *, PyObject *, int);
PyAPI_FUNC(int) PyObject_RichCompareBool(PyObject *, PyObject *, int);
PyAPI_FUNC(Py_hash_t) PyObject_Hash(PyObject *);
PyAPI_FUNC(int) PyObject_IsTrue(PyObject *);
PyAPI_FUNC(int) PyObject_Not(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Type(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyObject_Size(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyObject_Length(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_GetItem(PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_SetItem(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyObject_GetIter(PyObject *);
PyAPI_FUNC(PyObject *) PyIter_Next(PyObject *);
PyAPI_FUNC(PyObject *) PySequence_GetItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(Py_ssize_t) PySequence_Size(PyObject *);
PyAPI_FUNC(int) PySequence_Check(PyObject *);
PyAPI_FUNC(int) PyMapping_Check(PyObject *);
/* Visiting the references an object holds (tp_traverse / m_traverse). */
#define Py_VISIT(op) do { if (op) { int _swpy_vret = visit(_PyObject_CAST(op), arg); if (_swpy_vret) return _swpy_vret; } } while (0)
PyAPI_FUNC(int) PyObject_IsInstance(PyObject *, PyObject *);
PyAPI_FUNC(int) PyType_IsSubtype(PyTypeObject *, PyTypeObject *);
PyAPI_FUNC(PyObject *) PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs);
PyAPI_FUNC(PyObject *) PyObject_CallObject(PyObject *callable, PyObject *args);
PyAPI_FUNC(PyObject *) PyObject_CallNoArgs(PyObject *callable);
PyAPI_FUNC(PyObject *) PyObject_CallOneArg(PyObject *callable, PyObject *arg);
PyAPI_FUNC(PyObject *) PyObject_CallFunction(PyObject *callable, const char *format, ...);
PyAPI_FUNC(PyObject *) PyObject_CallFunctionObjArgs(PyObject *callable, ...);
PyAPI_FUNC(PyObject *) PyObject_Init(PyObject *, PyTypeObject *);
PyAPI_FUNC(PyObject *) _PyObject_New(PyTypeObject *);
#define PyObject_TypeCheck(ob, type) (Py_IS_TYPE(ob, type) || PyType_IsSubtype(Py_TYPE(ob), (type)))
#define PyObject_New(type, typeobj) ((type *)_PyObject_New(typeobj))
#define PyCallable_Check(o) PyCallable_Check(o)
PyAPI_FUNC(int) PyCallable_Check(PyObject *);

/* Numbers. */
PyAPI_FUNC(PyObject *) PyLong_FromLong(long);
PyAPI_FUNC(PyObject *) PyLong_FromUnsignedLong(unsigned long);
PyAPI_FUNC(PyObject *) PyLong_FromLongLong(long long);
PyAPI_FUNC(PyObject *) PyLong_FromUnsignedLongLong(unsigned long long);
PyAPI_FUNC(PyObject *) PyLong_FromSsize_t(Py_ssize_t);
PyAPI_FUNC(PyObject *) PyLong_FromSize_t(size_t);
PyAPI_FUNC(PyObject *) PyLong_FromDouble(double);
PyAPI_FUNC(long) PyLong_AsLong(PyObject *);
PyAPI_FUNC(long) PyLong_AsLongAndOverflow(PyObject *, int *);
PyAPI_FUNC(long long) PyLong_AsLongLong(PyObject *);
PyAPI_FUNC(long long) PyLong_AsLongLongAndOverflow(PyObject *, int *);
PyAPI_FUNC(unsigned long long) PyLong_AsUnsignedLongLong(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyLong_AsSsize_t(PyObject *);
PyAPI_FUNC(unsigned long) PyLong_AsUnsignedLong(PyObject *);
PyAPI_FUNC(double) PyLong_AsDouble(PyObject *);
PyAPI_FUNC(PyObject *) PyBool_FromLong(long);
PyAPI_FUNC(PyObject *) PyFloat_FromDouble(double);
PyAPI_FUNC(double) PyFloat_AsDouble(PyObject *);
PyAPI_FUNC(PyObject *) PyComplex_FromCComplex(Py_complex);
PyAPI_FUNC(PyObject *) PyComplex_FromDoubles(double real, double imag);
PyAPI_FUNC(PyObject *) PyNumber_Add(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Subtract(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Multiply(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Long(PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Float(PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Index(PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Lshift(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Rshift(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_And(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Or(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Xor(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Invert(PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Positive(PyObject *);
PyAPI_FUNC(int) PyObject_DelItem(PyObject *, PyObject *);

PyAPI_FUNC(PyObject *) PyNumber_TrueDivide(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_FloorDivide(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Remainder(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Power(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Negative(PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Absolute(PyObject *);
PyAPI_FUNC(int) PyNumber_Check(PyObject *);
PyAPI_FUNC(int) PyIndex_Check(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyNumber_AsSsize_t(PyObject *, PyObject *exc);
PyAPI_FUNC(Py_complex) PyComplex_AsCComplex(PyObject *);
PyAPI_FUNC(double) PyComplex_RealAsDouble(PyObject *);
PyAPI_FUNC(double) PyComplex_ImagAsDouble(PyObject *);

/* Buffers. */
#define PyBUF_SIMPLE 0
#define PyBUF_WRITABLE 0x0001
#define PyBUF_FORMAT 0x0004
#define PyBUF_ND 0x0008
#define PyBUF_STRIDES (0x0010 | PyBUF_ND)
#define PyBUF_C_CONTIGUOUS (0x0020 | PyBUF_STRIDES)
#define PyBUF_F_CONTIGUOUS (0x0040 | PyBUF_STRIDES)
#define PyBUF_ANY_CONTIGUOUS (0x0080 | PyBUF_STRIDES)
#define PyBUF_INDIRECT (0x0100 | PyBUF_STRIDES)
#define PyBUF_CONTIG (PyBUF_ND | PyBUF_WRITABLE)
#define PyBUF_CONTIG_RO (PyBUF_ND)
#define PyBUF_FULL_RO (PyBUF_INDIRECT | PyBUF_FORMAT)
#define PyBUF_RECORDS_RO (PyBUF_STRIDES | PyBUF_FORMAT)
PyAPI_FUNC(PyObject *) PyObject_SelfIter(PyObject *);
PyAPI_FUNC(int) PyObject_GetBuffer(PyObject *, Py_buffer *, int flags);
PyAPI_FUNC(void) PyBuffer_Release(Py_buffer *);
PyAPI_FUNC(int) PyBuffer_IsContiguous(const Py_buffer *, char order);
PyAPI_FUNC(int) PyBuffer_FillInfo(Py_buffer *, PyObject *, void *, Py_ssize_t, int readonly, int flags);

/* Strings and bytes. */
PyAPI_FUNC(PyObject *) PyUnicode_FromString(const char *);
PyAPI_FUNC(PyObject *) PyUnicode_FromStringAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF8(const char *, Py_ssize_t, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_InternFromString(const char *);
PyAPI_FUNC(const char *) PyUnicode_AsUTF8(PyObject *);
PyAPI_FUNC(const char *) PyUnicode_AsUTF8AndSize(PyObject *, Py_ssize_t *);
PyAPI_FUNC(PyObject *) PyUnicode_AsUTF8String(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_AsEncodedString(PyObject *, const char *, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_FromOrdinal(int);
PyAPI_FUNC(Py_ssize_t) PyUnicode_GetLength(PyObject *);
PyAPI_FUNC(int) PyUnicode_CompareWithASCIIString(PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_Concat(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_FromFormat(const char *format, ...);
PyAPI_FUNC(PyObject *) PyUnicode_FromFormatV(const char *format, va_list vargs);
PyAPI_FUNC(PyObject *) PyBytes_FromString(const char *);
PyAPI_FUNC(PyObject *) PyBytes_FromStringAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(char *) PyBytes_AsString(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyBytes_Size(PyObject *);
PyAPI_FUNC(int) PyBytes_AsStringAndSize(PyObject *, char **, Py_ssize_t *);

/* Containers. */
PyAPI_FUNC(PyObject *) PyTuple_New(Py_ssize_t);
PyAPI_FUNC(Py_ssize_t) PyTuple_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyTuple_GetItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(int) PyTuple_SetItem(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(PyObject *) PyTuple_Pack(Py_ssize_t, ...);
PyAPI_FUNC(PyObject *) PyList_New(Py_ssize_t);
PyAPI_FUNC(Py_ssize_t) PyList_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyList_GetItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(int) PyList_SetItem(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(int) PyList_Append(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyList_AsTuple(PyObject *);
PyAPI_FUNC(int) PyList_Insert(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(PyObject *) PyList_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(int) PyList_SetSlice(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *);
PyAPI_FUNC(int) PyList_Reverse(PyObject *);
PyAPI_FUNC(int) PyList_Sort(PyObject *);
PyAPI_FUNC(PyObject *) PySequence_Tuple(PyObject *);
PyAPI_FUNC(PyObject *) PySequence_List(PyObject *);
PyAPI_FUNC(PyObject *) PySequence_Fast(PyObject *, const char *);
PyAPI_FUNC(int) PySequence_Contains(PyObject *, PyObject *);
#define PySequence_Fast_GET_SIZE(o) (PyList_Check(o) ? PyList_GET_SIZE(o) : PyTuple_GET_SIZE(o))
#define PySequence_Fast_GET_ITEM(o, i) (PyList_Check(o) ? PyList_GET_ITEM(o, i) : PyTuple_GET_ITEM(o, i))
#define PySequence_Fast_ITEMS(o) (PyList_Check(o) ? ((PyListObject *)(o))->ob_item : ((PyTupleObject *)(o))->ob_item)
PyAPI_FUNC(PyObject *) PyDict_New(void);
PyAPI_FUNC(int) PyDict_SetItem(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(int) PyDict_SetItemString(PyObject *, const char *, PyObject *);
PyAPI_FUNC(PyObject *) PyDict_GetItem(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyDict_GetItemWithError(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyDict_GetItemString(PyObject *, const char *);
PyAPI_FUNC(int) PyDict_DelItem(PyObject *, PyObject *);
PyAPI_FUNC(int) PyDict_DelItemString(PyObject *, const char *);
PyAPI_FUNC(Py_ssize_t) PyDict_Size(PyObject *);
PyAPI_FUNC(int) PyDict_Next(PyObject *, Py_ssize_t *, PyObject **, PyObject **);
PyAPI_FUNC(PyObject *) PyDict_Keys(PyObject *);
PyAPI_FUNC(PyObject *) PyDict_Values(PyObject *);
PyAPI_FUNC(PyObject *) PyDict_Items(PyObject *);
PyAPI_FUNC(int) PyDict_Contains(PyObject *, PyObject *);

/* Errors. The exception types are PyObject pointers to type objects. */
PyAPI_FUNC(void) PyErr_SetString(PyObject *type, const char *message);
PyAPI_FUNC(void) PyErr_SetObject(PyObject *type, PyObject *value);
PyAPI_FUNC(void) PyErr_SetNone(PyObject *type);
PyAPI_FUNC(PyObject *) PyErr_Format(PyObject *type, const char *format, ...);
PyAPI_FUNC(PyObject *) PyErr_FormatV(PyObject *type, const char *format, va_list vargs);
PyAPI_FUNC(PyObject *) PyErr_Occurred(void);
PyAPI_FUNC(void) PyErr_Clear(void);
PyAPI_FUNC(void) PyErr_Fetch(PyObject **, PyObject **, PyObject **);
PyAPI_FUNC(void) PyErr_Restore(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(void) PyErr_NormalizeException(PyObject **, PyObject **, PyObject **);
PyAPI_FUNC(int) PyErr_ExceptionMatches(PyObject *);
PyAPI_FUNC(int) PyErr_GivenExceptionMatches(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyErr_NoMemory(void);
PyAPI_FUNC(int) PyErr_BadArgument(void);
PyAPI_FUNC(PyObject *) PyErr_SetFromErrno(PyObject *);
PyAPI_FUNC(PyObject *) PyErr_NewException(const char *name, PyObject *base, PyObject *dict);
PyAPI_FUNC(PyObject *) PyErr_NewExceptionWithDoc(const char *name, const char *doc, PyObject *base, PyObject *dict);
PyAPI_FUNC(int) PyErr_WarnEx(PyObject *category, const char *message, Py_ssize_t stacklevel);
PyAPI_FUNC(int) PyType_Ready(PyTypeObject *);
PyAPI_FUNC(PyThreadState *) PyEval_SaveThread(void);
PyAPI_FUNC(void) PyEval_RestoreThread(PyThreadState *);
#define Py_BEGIN_ALLOW_THREADS { PyThreadState *_save = PyEval_SaveThread();
#define Py_END_ALLOW_THREADS PyEval_RestoreThread(_save); }
PyAPI_FUNC(void) _PyErr_BadInternalCall(const char *filename, int lineno);
#define PyErr_BadInternalCall() _PyErr_BadInternalCall(__FILE__, __LINE__)
PyAPI_FUNC(PyThreadState *) PyThreadState_Get(void);
PyAPI_FUNC(PyThreadState *) _PyThreadState_UncheckedGet(void);
typedef enum { PyGILState_LOCKED, PyGILState_UNLOCKED } PyGILState_STATE;
PyAPI_FUNC(PyGILState_STATE) PyGILState_Ensure(void);
PyAPI_FUNC(void) PyGILState_Release(PyGILState_STATE);
PyAPI_FUNC(int) PyGILState_Check(void);
PyAPI_FUNC(PyThreadState *) PyGILState_GetThisThreadState(void);
PyAPI_FUNC(PyThreadState *) PyThreadState_Swap(PyThreadState *);
PyAPI_FUNC(PyThreadState *) PyThreadState_New(PyInterpreterState *);
PyAPI_FUNC(void) PyThreadState_Clear(PyThreadState *);
PyAPI_FUNC(void) PyThreadState_Delete(PyThreadState *);
PyAPI_FUNC(PyObject *) PyThreadState_GetDict(void);
PyAPI_FUNC(uint64_t) PyThreadState_GetID(PyThreadState *);
PyAPI_FUNC(PyInterpreterState *) PyThreadState_GetInterpreter(PyThreadState *);
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Get(void);
PyAPI_FUNC(int64_t) PyInterpreterState_GetID(PyInterpreterState *);
PyAPI_FUNC(void) PyEval_AcquireThread(PyThreadState *);
PyAPI_FUNC(void) PyEval_ReleaseThread(PyThreadState *);
PyAPI_FUNC(void) PyEval_InitThreads(void);
PyAPI_FUNC(int) PyEval_ThreadsInitialized(void);

#define SWPY_EXC_DECL(name) PyAPI_DATA(PyObject *) PyExc_##name;
SWPY_EXC_DECL(BaseException) SWPY_EXC_DECL(Exception) SWPY_EXC_DECL(TypeError)
SWPY_EXC_DECL(ValueError) SWPY_EXC_DECL(KeyError) SWPY_EXC_DECL(IndexError)
SWPY_EXC_DECL(AttributeError) SWPY_EXC_DECL(RuntimeError) SWPY_EXC_DECL(SystemError)
SWPY_EXC_DECL(OverflowError) SWPY_EXC_DECL(ZeroDivisionError) SWPY_EXC_DECL(MemoryError)
SWPY_EXC_DECL(ImportError) SWPY_EXC_DECL(StopIteration) SWPY_EXC_DECL(NotImplementedError)
SWPY_EXC_DECL(OSError) SWPY_EXC_DECL(LookupError) SWPY_EXC_DECL(ArithmeticError)
SWPY_EXC_DECL(UnicodeDecodeError) SWPY_EXC_DECL(UnicodeEncodeError) SWPY_EXC_DECL(BufferError)
SWPY_EXC_DECL(DeprecationWarning) SWPY_EXC_DECL(RuntimeWarning) SWPY_EXC_DECL(UserWarning)
SWPY_EXC_DECL(RecursionError) SWPY_EXC_DECL(ResourceWarning) SWPY_EXC_DECL(PermissionError)
#undef SWPY_EXC_DECL

/* Argument parsing and value building. With PY_SSIZE_T_CLEAN (the 3.11 norm) the '#' lengths
 * are Py_ssize_t and the calls go to the _SizeT entry points, as in CPython. */
#ifdef PY_SSIZE_T_CLEAN
#define PyArg_ParseTuple _PyArg_ParseTuple_SizeT
#define PyArg_ParseTupleAndKeywords _PyArg_ParseTupleAndKeywords_SizeT
#define PyArg_VaParse _PyArg_VaParse_SizeT
#define PyArg_VaParseTupleAndKeywords _PyArg_VaParseTupleAndKeywords_SizeT
#define PyArg_Parse _PyArg_Parse_SizeT
#define Py_BuildValue _Py_BuildValue_SizeT
#define Py_VaBuildValue _Py_VaBuildValue_SizeT
#define PyObject_CallFunction _PyObject_CallFunction_SizeT
#define PyObject_CallMethod _PyObject_CallMethod_SizeT
#endif
PyAPI_FUNC(int) _PyArg_ParseTuple_SizeT(PyObject *, const char *, ...);
PyAPI_FUNC(int) _PyArg_ParseTupleAndKeywords_SizeT(PyObject *, PyObject *, const char *, char **, ...);
PyAPI_FUNC(int) _PyArg_VaParse_SizeT(PyObject *, const char *, va_list);
PyAPI_FUNC(int) _PyArg_VaParseTupleAndKeywords_SizeT(PyObject *, PyObject *, const char *, char **, va_list);
PyAPI_FUNC(int) PyArg_Parse(PyObject *, const char *, ...);
PyAPI_FUNC(int) _PyArg_Parse_SizeT(PyObject *, const char *, ...);
PyAPI_FUNC(PyObject *) _Py_BuildValue_SizeT(const char *, ...);
PyAPI_FUNC(PyObject *) _Py_VaBuildValue_SizeT(const char *, va_list);
PyAPI_FUNC(PyObject *) _PyObject_CallFunction_SizeT(PyObject *, const char *, ...);
PyAPI_FUNC(PyObject *) PyObject_CallMethod(PyObject *, const char *name, const char *format, ...);
PyAPI_FUNC(PyObject *) _PyObject_CallMethod_SizeT(PyObject *, const char *name, const char *format, ...);
PyAPI_FUNC(int) PyArg_ParseTuple(PyObject *, const char *, ...);
PyAPI_FUNC(int) PyArg_ParseTupleAndKeywords(PyObject *, PyObject *, const char *, char **, ...);
PyAPI_FUNC(int) PyArg_VaParse(PyObject *, const char *, va_list);
PyAPI_FUNC(int) PyArg_VaParseTupleAndKeywords(PyObject *, PyObject *, const char *, char **, va_list);
PyAPI_FUNC(int) PyArg_UnpackTuple(PyObject *, const char *, Py_ssize_t, Py_ssize_t, ...);
PyAPI_FUNC(PyObject *) Py_BuildValue(const char *, ...);
PyAPI_FUNC(PyObject *) Py_VaBuildValue(const char *, va_list);

/* Modules. */
PyAPI_FUNC(PyObject *) PyModule_Create2(PyModuleDef *, int apiver);
PyAPI_FUNC(PyObject *) PyModuleDef_Init(PyModuleDef *);
PyAPI_FUNC(PyObject *) PyModule_FromDefAndSpec2(PyModuleDef *, PyObject *spec, int apiver);
PyAPI_FUNC(int) PyModule_ExecDef(PyObject *, PyModuleDef *);
PyAPI_FUNC(PyObject *) PyModule_New(const char *);
PyAPI_FUNC(PyObject *) PyModule_NewObject(PyObject *);
PyAPI_FUNC(void *) PyModule_GetState(PyObject *);
PyAPI_FUNC(PyModuleDef *) PyModule_GetDef(PyObject *);
PyAPI_FUNC(PyObject *) PyModule_GetDict(PyObject *);
PyAPI_FUNC(const char *) PyModule_GetName(PyObject *);
PyAPI_FUNC(PyObject *) PyModule_GetNameObject(PyObject *);
PyAPI_FUNC(int) PyModule_AddObject(PyObject *, const char *, PyObject *);
PyAPI_FUNC(int) PyModule_AddObjectRef(PyObject *, const char *, PyObject *);
PyAPI_FUNC(int) PyModule_AddIntConstant(PyObject *, const char *, long);
PyAPI_FUNC(int) PyModule_AddStringConstant(PyObject *, const char *, const char *);
PyAPI_FUNC(int) PyModule_AddFunctions(PyObject *, PyMethodDef *);
PyAPI_FUNC(int) PyModule_SetDocString(PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyCFunction_NewEx(PyMethodDef *, PyObject *self, PyObject *module);
PyAPI_FUNC(PyObject *) PyCMethod_New(PyMethodDef *, PyObject *self, PyObject *module, PyTypeObject *cls);
PyAPI_FUNC(PyObject *) PyImport_ImportModule(const char *name);
PyAPI_FUNC(PyObject *) PyImport_Import(PyObject *name);

/* ---- BEGIN block added with CShim/getargs.c, buildvalue.c, unicode_format.c, call.c ----
 * Prototypes of the functions those files define, and of the C-API functions they call that
 * were not declared above (CPython 3.11 signatures). */
PyAPI_FUNC(int) _PyArg_NoKeywords(const char *funcname, PyObject *kwargs);
PyAPI_FUNC(int) _PyArg_NoPositional(const char *funcname, PyObject *args);
PyAPI_FUNC(int) _PyArg_CheckPositional(const char *, Py_ssize_t, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...);
PyAPI_FUNC(PyObject *) PyEval_CallFunction(PyObject *callable, const char *format, ...);
PyAPI_FUNC(PyObject *) PyEval_CallMethod(PyObject *obj, const char *name, const char *format, ...);
PyAPI_FUNC(Py_complex) PyComplex_AsCComplex(PyObject *);
PyAPI_FUNC(unsigned long long) PyLong_AsUnsignedLongLongMask(PyObject *);
#ifndef Py_CLEANUP_SUPPORTED
#define Py_CLEANUP_SUPPORTED 0x20000
#endif
/* ---- END block added with CShim/getargs.c, buildvalue.c, unicode_format.c, call.c ---- */

/* ---- BEGIN clinic/strhex/complex block: CShim/clinic.c, getargs.c (parser forms), call.c
 * (_PyObject_CallMethod*), bytes_writer.c, complex_math.c, pystrtod.c ----
 * Layouts checked against CPython 3.11's headers (tools/cshim-test/layout check). */
struct _PyArg_Parser {
    const char *format;             /* getargs format ("O|n:name"), or NULL for clinic code */
    const char * const *keywords;   /* parameter names, NULL-terminated; "" = positional-only */
    const char *fname;              /* function name (when format is NULL) */
    const char *custom_msg;         /* unused by Swallow */
    int pos;                        /* lazily filled by CPython; Swallow leaves them alone */
    int min;
    int max;
    PyObject *kwtuple;
    struct _PyArg_Parser *next;
};
PyAPI_FUNC(PyObject *const *) _PyArg_UnpackKeywords(PyObject *const *args, Py_ssize_t nargs, PyObject *kwargs,
    PyObject *kwnames, struct _PyArg_Parser *parser, int minpos, int maxpos, int minkw, PyObject **buf);
PyAPI_FUNC(PyObject *const *) _PyArg_UnpackKeywordsWithVararg(PyObject *const *args, Py_ssize_t nargs,
    PyObject *kwargs, PyObject *kwnames, struct _PyArg_Parser *parser, int minpos, int maxpos, int minkw,
    int vararg, PyObject **buf);
PyAPI_FUNC(void) _PyArg_BadArgument(const char *fname, const char *displayname, const char *expected, PyObject *arg);
PyAPI_FUNC(int) _PyArg_NoKwnames(const char *funcname, PyObject *kwnames);
PyAPI_FUNC(int) _Py_convert_optional_to_ssize_t(PyObject *obj, void *result);
PyAPI_FUNC(int) _PyArg_ParseTupleAndKeywordsFast(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *, ...);
PyAPI_FUNC(int) _PyArg_ParseTupleAndKeywordsFast_SizeT(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *, ...);
PyAPI_FUNC(int) _PyArg_VaParseTupleAndKeywordsFast(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *, va_list);
PyAPI_FUNC(int) _PyArg_VaParseTupleAndKeywordsFast_SizeT(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *, va_list);
PyAPI_FUNC(int) _PyArg_ParseStackAndKeywords(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
    struct _PyArg_Parser *, ...);
PyAPI_FUNC(int) _PyArg_ParseStackAndKeywords_SizeT(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
    struct _PyArg_Parser *, ...);
PyAPI_FUNC(int) _PyArg_ParseStack(PyObject *const *args, Py_ssize_t nargs, const char *format, ...);
PyAPI_FUNC(int) _PyArg_ParseStack_SizeT(PyObject *const *args, Py_ssize_t nargs, const char *format, ...);
PyAPI_FUNC(Py_ssize_t) PyNumber_AsSsize_t(PyObject *, PyObject *exc);

typedef struct _Py_Identifier {
    const char *string;
    Py_ssize_t index;  /* CPython's interned-string slot; unused by Swallow */
} _Py_Identifier;
#define _Py_static_string_init(value) { .string = value, .index = -1 }
#define _Py_static_string(varname, value) static _Py_Identifier varname = _Py_static_string_init(value)
#define _Py_IDENTIFIER(varname) _Py_static_string(PyId_##varname, #varname)
PyAPI_FUNC(PyObject *) _PyObject_CallMethod(PyObject *obj, PyObject *name, const char *format, ...);
PyAPI_FUNC(PyObject *) _PyObject_CallMethodId(PyObject *obj, _Py_Identifier *name, const char *format, ...);
PyAPI_FUNC(PyObject *) _PyObject_CallMethodId_SizeT(PyObject *obj, _Py_Identifier *name, const char *format, ...);

PyAPI_FUNC(PyObject *) PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar);
PyAPI_FUNC(PyObject *) PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size);
PyAPI_FUNC(PyObject *) PyUnicode_Join(PyObject *separator, PyObject *seq);
PyAPI_FUNC(int) _PyLong_Sign(PyObject *);

PyAPI_FUNC(PyObject *) PyDict_SetDefault(PyObject *mp, PyObject *key, PyObject *defaultobj);
PyAPI_FUNC(void) PyDict_Clear(PyObject *mp);
PyAPI_FUNC(PyObject *) PyFloat_FromString(PyObject *);
PyAPI_FUNC(PyObject *) PyLong_FromString(const char *, char **, int);
PyAPI_FUNC(int) PyUnicode_Compare(PyObject *left, PyObject *right);
PyAPI_FUNC(PyObject *) PyObject_GenericGetAttr(PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_GenericSetAttr(PyObject *, PyObject *, PyObject *);
PyAPI_DATA(const char *) Py_hexdigits;

/* Exceptions' parts, sets, slices and other helpers (Sources/PyCAPI/MoreAPI.swift). */
PyAPI_FUNC(PyObject *) PyException_GetTraceback(PyObject *);
PyAPI_FUNC(int) PyException_SetTraceback(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyException_GetCause(PyObject *);
PyAPI_FUNC(void) PyException_SetCause(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyException_GetContext(PyObject *);
PyAPI_FUNC(void) PyException_SetContext(PyObject *, PyObject *);
/* CPython 3.11's set object: C reads `used` directly (PySet_GET_SIZE). */
typedef struct { PyObject *key; Py_hash_t hash; } setentry;
typedef struct {
    PyObject_HEAD
    Py_ssize_t fill;
    Py_ssize_t used;
    Py_ssize_t mask;
    setentry *table;
    Py_hash_t hash;
    Py_ssize_t finger;
    setentry smalltable[8];
    PyObject *weakreflist;
} PySetObject;
#define PySet_GET_SIZE(so) (((PySetObject *)(so))->used)
PyAPI_FUNC(PyObject *) PySet_New(PyObject *);
PyAPI_FUNC(PyObject *) PyFrozenSet_New(PyObject *);
PyAPI_FUNC(int) PySet_Add(PyObject *, PyObject *);
PyAPI_FUNC(int) PySet_Contains(PyObject *, PyObject *);
PyAPI_FUNC(Py_ssize_t) PySet_Size(PyObject *);
PyAPI_FUNC(int) PySet_Discard(PyObject *, PyObject *);
PyAPI_FUNC(int) PySet_Clear(PyObject *);
PyAPI_FUNC(PyObject *) PySet_Pop(PyObject *);
PyAPI_FUNC(PyObject *) PyTuple_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(PyObject *) PySlice_New(PyObject *start, PyObject *stop, PyObject *step);
PyAPI_FUNC(PyObject *) PySequence_Concat(PyObject *, PyObject *);
PyAPI_FUNC(Py_ssize_t) PySequence_Count(PyObject *, PyObject *);
PyAPI_FUNC(Py_ssize_t) PySequence_Index(PyObject *, PyObject *);
PyAPI_FUNC(int) PyIter_Check(PyObject *);
PyAPI_FUNC(PyObject *) PyDict_Copy(PyObject *);
PyAPI_FUNC(int) PyDict_Update(PyObject *, PyObject *);
PyAPI_FUNC(int) PyDict_Merge(PyObject *, PyObject *, int override);
PyAPI_FUNC(int) PyArg_ValidateKeywordArguments(PyObject *);
PyAPI_FUNC(int) PyObject_IsSubclass(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Format(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Dir(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_ASCII(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Bytes(PyObject *);
PyAPI_FUNC(PyObject *) _PyType_Lookup(PyTypeObject *, PyObject *);
PyAPI_FUNC(void) PyType_Modified(PyTypeObject *);
PyAPI_FUNC(PyObject *) PyType_GetName(PyTypeObject *);
PyAPI_FUNC(PyObject *) PyLong_FromUnicodeObject(PyObject *, int);
PyAPI_FUNC(PyObject *) PyMethod_New(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyImport_AddModule(const char *);
PyAPI_FUNC(PyObject *) PyImport_AddModuleObject(PyObject *);
PyAPI_FUNC(PyObject *) PyImport_ImportModuleLevel(const char *, PyObject *, PyObject *, PyObject *, int);
PyAPI_FUNC(PyObject *) PyImport_ImportModuleLevelObject(PyObject *, PyObject *, PyObject *, PyObject *, int);
PyAPI_FUNC(void) PyObject_ClearWeakRefs(PyObject *);

/* Weak references (Sources/PyCAPI/WeakRefs.swift). The check macros compare with the three
 * reference types; PyWeakref_GET_OBJECT calls the function (Swallow's reference objects do not
 * have CPython's fields). */
PyAPI_FUNC(PyObject *) PyWeakref_NewRef(PyObject *ob, PyObject *callback);
PyAPI_FUNC(PyObject *) PyWeakref_NewProxy(PyObject *ob, PyObject *callback);
PyAPI_FUNC(PyObject *) PyWeakref_GetObject(PyObject *ref);
PyAPI_DATA(PyTypeObject) _PyWeakref_RefType;
PyAPI_DATA(PyTypeObject) _PyWeakref_ProxyType;
PyAPI_DATA(PyTypeObject) _PyWeakref_CallableProxyType;
#define PyWeakref_CheckRef(op) PyObject_TypeCheck(op, &_PyWeakref_RefType)
#define PyWeakref_CheckRefExact(op) Py_IS_TYPE(op, &_PyWeakref_RefType)
#define PyWeakref_CheckProxy(op) (Py_IS_TYPE(op, &_PyWeakref_ProxyType) || Py_IS_TYPE(op, &_PyWeakref_CallableProxyType))
#define PyWeakref_Check(op) (PyWeakref_CheckRef(op) || PyWeakref_CheckProxy(op))
#define PyWeakref_GET_OBJECT(ref) PyWeakref_GetObject((PyObject *)(ref))

/* Calls a method by name object without arguments / with one. */
static inline PyObject *PyObject_CallMethodNoArgs(PyObject *self, PyObject *name) {
    return PyObject_CallMethodObjArgs(self, name, NULL);
}
static inline PyObject *PyObject_CallMethodOneArg(PyObject *self, PyObject *name, PyObject *arg) {
    return PyObject_CallMethodObjArgs(self, name, arg, NULL);
}
PyAPI_FUNC(int) PyErr_WarnFormat(PyObject *category, Py_ssize_t stack_level, const char *format, ...);
PyAPI_FUNC(void) PyErr_WriteUnraisable(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_VectorcallDict(PyObject *, PyObject *const *, size_t, PyObject *);
PyAPI_FUNC(int) Py_EnterRecursiveCall(const char *where);
PyAPI_FUNC(void) Py_LeaveRecursiveCall(void);
PyAPI_FUNC(int) PyGC_Enable(void);
PyAPI_FUNC(int) PyGC_Disable(void);
PyAPI_FUNC(int) PyGC_IsEnabled(void);
PyAPI_FUNC(int) Py_IsInitialized(void);
typedef void *PyThread_type_lock;
#define WAIT_LOCK 1
#define NOWAIT_LOCK 0
PyAPI_FUNC(PyThread_type_lock) PyThread_allocate_lock(void);
PyAPI_FUNC(void) PyThread_free_lock(PyThread_type_lock);
PyAPI_FUNC(int) PyThread_acquire_lock(PyThread_type_lock, int);
PyAPI_FUNC(void) PyThread_release_lock(PyThread_type_lock);
PyAPI_FUNC(unsigned long) PyThread_get_thread_ident(void);

/* Code and frame objects as Cython makes them for tracebacks (CShim/code_frame.c). */
typedef struct _swpy_code PyCodeObject;
typedef struct _frame PyFrameObject;
PyAPI_DATA(PyTypeObject) PyFrame_Type;
PyAPI_FUNC(PyCodeObject *) PyCode_NewEmpty(const char *filename, const char *funcname, int firstlineno);
PyAPI_FUNC(PyFrameObject *) PyFrame_New(PyThreadState *, PyCodeObject *, PyObject *, PyObject *);
PyAPI_FUNC(int) PyTraceBack_Here(PyFrameObject *);

PyAPI_FUNC(Py_ssize_t) PyUnicode_Tailmatch(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t, int);
PyAPI_FUNC(Py_ssize_t) PyUnicode_Find(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t, int);
PyAPI_FUNC(Py_ssize_t) PyUnicode_FindChar(PyObject *, Py_UCS4, Py_ssize_t, Py_ssize_t, int);
PyAPI_FUNC(Py_ssize_t) PyUnicode_Count(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(int) PyUnicode_Contains(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_Split(PyObject *, PyObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_Splitlines(PyObject *, int);
PyAPI_FUNC(PyObject *) PyUnicode_Replace(PyObject *, PyObject *, PyObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_Format(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_RichCompare(PyObject *, PyObject *, int);
PyAPI_FUNC(PyObject *) PyVectorcall_Call(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) _PyObject_GenericGetAttrWithDict(PyObject *, PyObject *, PyObject *, int);
PyAPI_FUNC(PyObject *) PyObject_GenericGetDict(PyObject *, void *);
PyAPI_FUNC(int) PyObject_GenericSetDict(PyObject *, PyObject *, void *);
PyAPI_FUNC(int) PyObject_CheckBuffer(PyObject *);
PyAPI_FUNC(PyObject **) _PyObject_GetDictPtr(PyObject *);
PyAPI_FUNC(void) PyObject_CallFinalizer(PyObject *);
PyAPI_FUNC(int) PyObject_CallFinalizerFromDealloc(PyObject *);

PyAPI_FUNC(void) PyErr_Print(void);
PyAPI_FUNC(void) PyErr_PrintEx(int);
PyAPI_FUNC(void) PyErr_Display(PyObject *, PyObject *, PyObject *);

/* Codecs of the str API (Sources/PyCAPI/Codecs.swift). */
PyAPI_FUNC(PyObject *) PyUnicode_Decode(const char *, Py_ssize_t, const char *encoding, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeASCII(const char *, Py_ssize_t, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeLatin1(const char *, Py_ssize_t, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUnicodeEscape(const char *, Py_ssize_t, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeRawUnicodeEscape(const char *, Py_ssize_t, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF7(const char *, Py_ssize_t, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF16(const char *, Py_ssize_t, const char *errors, int *byteorder);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF32(const char *, Py_ssize_t, const char *errors, int *byteorder);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF8Stateful(const char *, Py_ssize_t, const char *errors, Py_ssize_t *consumed);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeFSDefault(const char *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeFSDefaultAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeLocaleAndSize(const char *, Py_ssize_t, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_EncodeFSDefault(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_EncodeLocale(PyObject *, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_AsUTF16String(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_AsUTF32String(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_AsUnicodeEscapeString(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_AsRawUnicodeEscapeString(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_FromEncodedObject(PyObject *, const char *encoding, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_FromObject(PyObject *);
PyAPI_FUNC(const char *) PyUnicode_GetDefaultEncoding(void);
PyAPI_FUNC(int) PyUnicode_IsIdentifier(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_Partition(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_RPartition(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_RSplit(PyObject *, PyObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_Translate(PyObject *, PyObject *, const char *errors);
PyAPI_FUNC(void) PyUnicode_InternInPlace(PyObject **);
PyAPI_FUNC(void) PyUnicode_InternImmortal(PyObject **);
PyAPI_FUNC(Py_UCS4 *) PyUnicode_AsUCS4(PyObject *, Py_UCS4 *buffer, Py_ssize_t buflen, int copy_null);
PyAPI_FUNC(Py_UCS4 *) PyUnicode_AsUCS4Copy(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyUnicode_AsWideChar(PyObject *, wchar_t *, Py_ssize_t);
PyAPI_FUNC(wchar_t *) PyUnicode_AsWideCharString(PyObject *, Py_ssize_t *);
PyAPI_FUNC(int) PyUnicode_FSConverter(PyObject *, void *);
PyAPI_FUNC(int) PyUnicode_FSDecoder(PyObject *, void *);


/* sys (CShim/sysmodule.c). */
PyAPI_FUNC(PyObject *) PySys_GetObject(const char *);
PyAPI_FUNC(int) PySys_SetObject(const char *, PyObject *);
PyAPI_FUNC(void) PySys_WriteStdout(const char *format, ...);
PyAPI_FUNC(void) PySys_WriteStderr(const char *format, ...);
PyAPI_FUNC(void) PySys_FormatStdout(const char *format, ...);
PyAPI_FUNC(void) PySys_FormatStderr(const char *format, ...);
PyAPI_FUNC(PyObject *) PySys_GetXOptions(void);
PyAPI_FUNC(void) PySys_AddXOption(const wchar_t *);
PyAPI_FUNC(void) PySys_AddWarnOption(const wchar_t *);
PyAPI_FUNC(void) PySys_AddWarnOptionUnicode(PyObject *);
PyAPI_FUNC(int) PySys_HasWarnOptions(void);
PyAPI_FUNC(void) PySys_ResetWarnOptions(void);
PyAPI_FUNC(void) PySys_SetArgv(int, wchar_t **);
PyAPI_FUNC(void) PySys_SetArgvEx(int, wchar_t **, int);
PyAPI_FUNC(void) PySys_SetPath(const wchar_t *);
PyAPI_FUNC(PyObject *) PyUnicode_FromWideChar(const wchar_t *, Py_ssize_t);
typedef int (*Py_AuditHookFunction)(const char *, PyObject *, void *);
PyAPI_FUNC(int) PySys_Audit(const char *event, const char *argFormat, ...);
PyAPI_FUNC(int) PySys_AddAuditHook(Py_AuditHookFunction, void *);

/* The character database (unicodectype): predicates and mappings of one code point. ASCII
 * spaces are answered inline, as in CPython. */
PyAPI_DATA(const unsigned char) _Py_ascii_whitespace[];
PyAPI_FUNC(int) _PyUnicode_IsAlpha(Py_UCS4);
PyAPI_FUNC(int) _PyUnicode_IsDecimalDigit(Py_UCS4);
PyAPI_FUNC(int) _PyUnicode_IsDigit(Py_UCS4);
PyAPI_FUNC(int) _PyUnicode_IsNumeric(Py_UCS4);
PyAPI_FUNC(int) _PyUnicode_IsLowercase(Py_UCS4);
PyAPI_FUNC(int) _PyUnicode_IsUppercase(Py_UCS4);
PyAPI_FUNC(int) _PyUnicode_IsTitlecase(Py_UCS4);
PyAPI_FUNC(int) _PyUnicode_IsWhitespace(const Py_UCS4);
PyAPI_FUNC(int) _PyUnicode_IsLinebreak(const Py_UCS4);
PyAPI_FUNC(int) _PyUnicode_IsPrintable(Py_UCS4);
PyAPI_FUNC(Py_UCS4) _PyUnicode_ToLowercase(Py_UCS4);
PyAPI_FUNC(Py_UCS4) _PyUnicode_ToUppercase(Py_UCS4);
PyAPI_FUNC(Py_UCS4) _PyUnicode_ToTitlecase(Py_UCS4);
PyAPI_FUNC(int) _PyUnicode_ToDecimalDigit(Py_UCS4);
PyAPI_FUNC(int) _PyUnicode_ToDigit(Py_UCS4);
PyAPI_FUNC(double) _PyUnicode_ToNumeric(Py_UCS4);
#define Py_UNICODE_ISSPACE(ch) ((Py_UCS4)(ch) < 128U ? _Py_ascii_whitespace[(ch)] : _PyUnicode_IsWhitespace(ch))
#define Py_UNICODE_ISLOWER(ch) _PyUnicode_IsLowercase(ch)
#define Py_UNICODE_ISUPPER(ch) _PyUnicode_IsUppercase(ch)
#define Py_UNICODE_ISTITLE(ch) _PyUnicode_IsTitlecase(ch)
#define Py_UNICODE_ISLINEBREAK(ch) _PyUnicode_IsLinebreak(ch)
#define Py_UNICODE_TOLOWER(ch) _PyUnicode_ToLowercase(ch)
#define Py_UNICODE_TOUPPER(ch) _PyUnicode_ToUppercase(ch)
#define Py_UNICODE_TOTITLE(ch) _PyUnicode_ToTitlecase(ch)
#define Py_UNICODE_ISDECIMAL(ch) _PyUnicode_IsDecimalDigit(ch)
#define Py_UNICODE_ISDIGIT(ch) _PyUnicode_IsDigit(ch)
#define Py_UNICODE_ISNUMERIC(ch) _PyUnicode_IsNumeric(ch)
#define Py_UNICODE_ISPRINTABLE(ch) _PyUnicode_IsPrintable(ch)
#define Py_UNICODE_TODECIMAL(ch) _PyUnicode_ToDecimalDigit(ch)
#define Py_UNICODE_TODIGIT(ch) _PyUnicode_ToDigit(ch)
#define Py_UNICODE_TONUMERIC(ch) _PyUnicode_ToNumeric(ch)
#define Py_UNICODE_ISALPHA(ch) _PyUnicode_IsAlpha(ch)
#define Py_UNICODE_ISALNUM(ch) (Py_UNICODE_ISALPHA(ch) || Py_UNICODE_ISDECIMAL(ch) || \
                                Py_UNICODE_ISDIGIT(ch) || Py_UNICODE_ISNUMERIC(ch))

/* _PyUnicodeWriter: CPython 3.11's incremental str builder. Its fields are read and written
 * by macros in extension code (_PyUnicodeWriter_Prepare, PyUnicode_WRITE at data/pos), so the
 * layout is CPython's (CShim/unicode_writer.c). */
typedef struct {
    PyObject *buffer;
    void *data;
    int kind;
    Py_UCS4 maxchar;
    Py_ssize_t size;
    Py_ssize_t pos;
    Py_ssize_t min_length;
    Py_UCS4 min_char;
    unsigned char overallocate;
    unsigned char readonly;
} _PyUnicodeWriter;
PyAPI_FUNC(void) _PyUnicodeWriter_Init(_PyUnicodeWriter *);
PyAPI_FUNC(int) _PyUnicodeWriter_PrepareInternal(_PyUnicodeWriter *, Py_ssize_t length, Py_UCS4 maxchar);
PyAPI_FUNC(int) _PyUnicodeWriter_PrepareKindInternal(_PyUnicodeWriter *, int kind);
PyAPI_FUNC(int) _PyUnicodeWriter_WriteChar(_PyUnicodeWriter *, Py_UCS4 ch);
PyAPI_FUNC(int) _PyUnicodeWriter_WriteStr(_PyUnicodeWriter *, PyObject *str);
PyAPI_FUNC(int) _PyUnicodeWriter_WriteSubstring(_PyUnicodeWriter *, PyObject *str, Py_ssize_t start, Py_ssize_t end);
PyAPI_FUNC(int) _PyUnicodeWriter_WriteASCIIString(_PyUnicodeWriter *, const char *str, Py_ssize_t len);
PyAPI_FUNC(int) _PyUnicodeWriter_WriteLatin1String(_PyUnicodeWriter *, const char *str, Py_ssize_t len);
PyAPI_FUNC(PyObject *) _PyUnicodeWriter_Finish(_PyUnicodeWriter *);
PyAPI_FUNC(void) _PyUnicodeWriter_Dealloc(_PyUnicodeWriter *);
#define _PyUnicodeWriter_Prepare(W, LENGTH, MAXCHAR) \
    (((MAXCHAR) <= (W)->maxchar && (LENGTH) <= (W)->size - (W)->pos) ? 0 : \
     (((LENGTH) == 0) ? 0 : _PyUnicodeWriter_PrepareInternal((W), (LENGTH), (MAXCHAR))))
#define _PyUnicodeWriter_PrepareKind(W, KIND) \
    ((KIND) <= (W)->kind ? 0 : _PyUnicodeWriter_PrepareKindInternal((W), (KIND)))

PyAPI_FUNC(PyObject *) _PyUnicode_FromId(_Py_Identifier *);
PyAPI_FUNC(PyObject *) _PyObject_GetAttrId(PyObject *, _Py_Identifier *);
PyAPI_FUNC(PyObject *) _PyImport_GetModuleId(_Py_Identifier *);
PyAPI_FUNC(PyObject *) PyImport_GetModule(PyObject *name);
PyAPI_FUNC(PyObject *) PyLong_FromVoidPtr(void *);
PyAPI_FUNC(void *) PyLong_AsVoidPtr(PyObject *);
PyAPI_FUNC(PyCFunction) PyCFunction_GetFunction(PyObject *);
PyAPI_FUNC(PyObject *) PyCFunction_GetSelf(PyObject *);
PyAPI_FUNC(int) PyCFunction_GetFlags(PyObject *);
PyAPI_FUNC(int) _Py_CheckRecursiveCall(PyThreadState *tstate, const char *where);

/* _PyAccu (CPython's internal string accumulator, used by _json's encoder). */
typedef struct {
    PyObject *large;
    PyObject *small;
} _PyAccu;
PyAPI_FUNC(int) _PyAccu_Init(_PyAccu *);
PyAPI_FUNC(int) _PyAccu_Accumulate(_PyAccu *, PyObject *unicode);
PyAPI_FUNC(PyObject *) _PyAccu_FinishAsList(_PyAccu *);
PyAPI_FUNC(PyObject *) _PyAccu_Finish(_PyAccu *);
PyAPI_FUNC(void) _PyAccu_Destroy(_PyAccu *);

typedef struct {
    PyObject *buffer;      /* the bytes/bytearray being filled, or NULL while small_buffer is used */
    Py_ssize_t allocated;  /* usable size of the current buffer */
    Py_ssize_t min_size;   /* bytes requested so far (Alloc/Prepare) */
    int use_bytearray;     /* produce a bytearray instead of bytes */
    int overallocate;      /* grow by more than asked (for repeated Prepare) */
    int use_small_buffer;
    char small_buffer[512];
} _PyBytesWriter;
PyAPI_FUNC(void) _PyBytesWriter_Init(_PyBytesWriter *writer);
PyAPI_FUNC(void *) _PyBytesWriter_Alloc(_PyBytesWriter *writer, Py_ssize_t size);
PyAPI_FUNC(void *) _PyBytesWriter_Prepare(_PyBytesWriter *writer, void *str, Py_ssize_t size);
PyAPI_FUNC(void *) _PyBytesWriter_Resize(_PyBytesWriter *writer, void *str, Py_ssize_t size);
PyAPI_FUNC(void *) _PyBytesWriter_WriteBytes(_PyBytesWriter *writer, void *str, const void *bytes, Py_ssize_t size);
PyAPI_FUNC(PyObject *) _PyBytesWriter_Finish(_PyBytesWriter *writer, void *str);
PyAPI_FUNC(void) _PyBytesWriter_Dealloc(_PyBytesWriter *writer);
PyAPI_FUNC(PyObject *) PyByteArray_FromStringAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(int) PyByteArray_Resize(PyObject *, Py_ssize_t);
PyAPI_FUNC(char *) PyByteArray_AsString(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyByteArray_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyByteArray_FromObject(PyObject *);
PyAPI_FUNC(PyObject *) PyByteArray_Concat(PyObject *, PyObject *);
PyAPI_DATA(char) _PyByteArray_empty_string[];
#define PyByteArray_Check(op) PyObject_TypeCheck(op, &PyByteArray_Type)
#define PyByteArray_CheckExact(op) Py_IS_TYPE(op, &PyByteArray_Type)
#define PyByteArray_AS_STRING(op) \
    (Py_SIZE(op) ? ((PyByteArrayObject *)(op))->ob_start : _PyByteArray_empty_string)
#define PyByteArray_GET_SIZE(op) Py_SIZE(op)
PyAPI_FUNC(int) _PyBytes_Resize(PyObject **, Py_ssize_t);
PyAPI_FUNC(PyObject *) _Py_strhex(const char *argbuf, Py_ssize_t arglen);
PyAPI_FUNC(PyObject *) _Py_strhex_bytes(const char *argbuf, Py_ssize_t arglen);
PyAPI_FUNC(PyObject *) _Py_strhex_with_sep(const char *argbuf, Py_ssize_t arglen, PyObject *sep, int bytes_per_group);
PyAPI_FUNC(PyObject *) _Py_strhex_bytes_with_sep(const char *argbuf, Py_ssize_t arglen, PyObject *sep,
    int bytes_per_group);

PyAPI_FUNC(Py_complex) _Py_c_sum(Py_complex, Py_complex);
PyAPI_FUNC(Py_complex) _Py_c_diff(Py_complex, Py_complex);
PyAPI_FUNC(Py_complex) _Py_c_neg(Py_complex);
PyAPI_FUNC(Py_complex) _Py_c_prod(Py_complex, Py_complex);
PyAPI_FUNC(Py_complex) _Py_c_quot(Py_complex, Py_complex);
PyAPI_FUNC(Py_complex) _Py_c_pow(Py_complex, Py_complex);
PyAPI_FUNC(double) _Py_c_abs(Py_complex);

PyAPI_FUNC(double) _Py_dg_infinity(int sign);
PyAPI_FUNC(double) _Py_dg_stdnan(int sign);
PyAPI_FUNC(double) _Py_dg_strtod(const char *str, char **ptr);
PyAPI_FUNC(char *) _Py_dg_dtoa(double d, int mode, int ndigits, int *decpt, int *sign, char **rve);
PyAPI_FUNC(void) _Py_dg_freedtoa(char *s);
PyAPI_FUNC(int) PyOS_snprintf(char *str, size_t size, const char *format, ...);
PyAPI_FUNC(int) PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va);
PyAPI_FUNC(long) PyOS_strtol(const char *, char **, int);
PyAPI_FUNC(unsigned long) PyOS_strtoul(const char *, char **, int);
PyAPI_FUNC(double) PyOS_string_to_double(const char *str, char **endptr, PyObject *overflow_exception);
PyAPI_FUNC(char *) PyOS_double_to_string(double val, char format_code, int precision, int flags, int *type);
#define Py_DTSF_SIGN      0x01
#define Py_DTSF_ADD_DOT_0 0x02
#define Py_DTSF_ALT       0x04
#define Py_DTSF_NO_NEG_0  0x08
#define Py_DTST_FINITE 0
#define Py_DTST_INFINITE 1
#define Py_DTST_NAN 2
/* ---- END clinic/strhex/complex block ---- */

#endif
