/* Prints the size of every C-API struct Swallow lays out, and the offset of each field that
 * extensions read directly. Compiled once against CPython 3.11's headers and once against
 * Swallow's include/; the two outputs must be identical (tools/layout-check/run). */
#include <Python.h>
#include <datetime.h>
#include <stdio.h>
#include <stddef.h>

#define SIZE(t) printf("sizeof(%s) = %zu\n", #t, sizeof(t))
#define FIELD(t, f) printf("offsetof(%s, %s) = %zu\n", #t, #f, offsetof(t, f))

int main(void) {
    SIZE(PyObject); SIZE(PyVarObject); SIZE(PyTypeObject); SIZE(PyLongObject);
    SIZE(PyFloatObject); SIZE(PyComplexObject); SIZE(PyTupleObject); SIZE(PyListObject);
    SIZE(PyBytesObject); SIZE(PyByteArrayObject); SIZE(PyASCIIObject); SIZE(PyCompactUnicodeObject);
    SIZE(PyUnicodeObject); SIZE(PyDictObject); SIZE(PySliceObject); SIZE(PyModuleDef);
    SIZE(PyModuleDef_Base); SIZE(PyModuleDef_Slot); SIZE(PyMethodDef); SIZE(PyCFunctionObject);
    SIZE(PyBaseExceptionObject); SIZE(PyThreadState); SIZE(PyNumberMethods); SIZE(PySequenceMethods);
    SIZE(PyMappingMethods); SIZE(PyAsyncMethods); SIZE(PyBufferProcs); SIZE(Py_buffer);
    SIZE(_PyErr_StackItem);

    FIELD(PyObject, ob_refcnt); FIELD(PyObject, ob_type); FIELD(PyVarObject, ob_size);
    FIELD(PyTypeObject, tp_name); FIELD(PyTypeObject, tp_basicsize); FIELD(PyTypeObject, tp_itemsize);
    FIELD(PyTypeObject, tp_dealloc); FIELD(PyTypeObject, tp_vectorcall_offset);
    FIELD(PyTypeObject, tp_as_async); FIELD(PyTypeObject, tp_repr); FIELD(PyTypeObject, tp_as_number);
    FIELD(PyTypeObject, tp_as_sequence); FIELD(PyTypeObject, tp_as_mapping); FIELD(PyTypeObject, tp_hash);
    FIELD(PyTypeObject, tp_call); FIELD(PyTypeObject, tp_str); FIELD(PyTypeObject, tp_getattro);
    FIELD(PyTypeObject, tp_setattro); FIELD(PyTypeObject, tp_as_buffer); FIELD(PyTypeObject, tp_flags);
    FIELD(PyTypeObject, tp_doc); FIELD(PyTypeObject, tp_traverse); FIELD(PyTypeObject, tp_clear);
    FIELD(PyTypeObject, tp_richcompare); FIELD(PyTypeObject, tp_weaklistoffset);
    FIELD(PyTypeObject, tp_iter); FIELD(PyTypeObject, tp_iternext); FIELD(PyTypeObject, tp_methods);
    FIELD(PyTypeObject, tp_members); FIELD(PyTypeObject, tp_getset); FIELD(PyTypeObject, tp_base);
    FIELD(PyTypeObject, tp_dict); FIELD(PyTypeObject, tp_descr_get); FIELD(PyTypeObject, tp_descr_set);
    FIELD(PyTypeObject, tp_dictoffset); FIELD(PyTypeObject, tp_init); FIELD(PyTypeObject, tp_alloc);
    FIELD(PyTypeObject, tp_new); FIELD(PyTypeObject, tp_free); FIELD(PyTypeObject, tp_is_gc);
    FIELD(PyTypeObject, tp_bases); FIELD(PyTypeObject, tp_mro); FIELD(PyTypeObject, tp_cache);
    FIELD(PyTypeObject, tp_subclasses); FIELD(PyTypeObject, tp_weaklist); FIELD(PyTypeObject, tp_del);
    FIELD(PyTypeObject, tp_version_tag); FIELD(PyTypeObject, tp_finalize); FIELD(PyTypeObject, tp_vectorcall);
    FIELD(PyNumberMethods, nb_bool); FIELD(PyNumberMethods, nb_index); FIELD(PyNumberMethods, nb_inplace_matrix_multiply);
    FIELD(PySequenceMethods, sq_contains); FIELD(PySequenceMethods, sq_inplace_repeat);
    FIELD(PyAsyncMethods, am_send);
    FIELD(PyLongObject, ob_digit); FIELD(PyFloatObject, ob_fval); FIELD(PyComplexObject, cval);
    FIELD(PyTupleObject, ob_item); FIELD(PyListObject, ob_item); FIELD(PyListObject, allocated);
    FIELD(PyBytesObject, ob_shash); FIELD(PyBytesObject, ob_sval);
    FIELD(PyByteArrayObject, ob_alloc); FIELD(PyByteArrayObject, ob_bytes); FIELD(PyByteArrayObject, ob_start);
    FIELD(PyByteArrayObject, ob_exports);
    FIELD(PyASCIIObject, length); FIELD(PyASCIIObject, hash); FIELD(PyASCIIObject, state); FIELD(PyASCIIObject, wstr);
    FIELD(PyCompactUnicodeObject, utf8_length); FIELD(PyCompactUnicodeObject, utf8);
    FIELD(PyCompactUnicodeObject, wstr_length); FIELD(PyUnicodeObject, data);
    FIELD(PyDictObject, ma_used); FIELD(PyDictObject, ma_version_tag); FIELD(PyDictObject, ma_keys);
    FIELD(PyDictObject, ma_values);
    FIELD(PySliceObject, start); FIELD(PySliceObject, stop); FIELD(PySliceObject, step);
    FIELD(PyModuleDef, m_base); FIELD(PyModuleDef, m_name); FIELD(PyModuleDef, m_doc);
    FIELD(PyModuleDef, m_size); FIELD(PyModuleDef, m_methods); FIELD(PyModuleDef, m_slots);
    FIELD(PyModuleDef, m_traverse); FIELD(PyModuleDef, m_clear); FIELD(PyModuleDef, m_free);
    FIELD(PyModuleDef_Base, m_init); FIELD(PyModuleDef_Base, m_index); FIELD(PyModuleDef_Base, m_copy);
    FIELD(PyMethodDef, ml_name); FIELD(PyMethodDef, ml_meth); FIELD(PyMethodDef, ml_flags); FIELD(PyMethodDef, ml_doc);
    FIELD(PyCFunctionObject, m_ml); FIELD(PyCFunctionObject, m_self); FIELD(PyCFunctionObject, m_module);
    FIELD(PyCFunctionObject, m_weakreflist); FIELD(PyCFunctionObject, vectorcall);
    FIELD(PyBaseExceptionObject, dict); FIELD(PyBaseExceptionObject, args); FIELD(PyBaseExceptionObject, notes);
    FIELD(PyBaseExceptionObject, traceback); FIELD(PyBaseExceptionObject, context);
    FIELD(PyBaseExceptionObject, cause); FIELD(PyBaseExceptionObject, suppress_context);
    FIELD(PyThreadState, interp); FIELD(PyThreadState, recursion_remaining); FIELD(PyThreadState, cframe);
    FIELD(PyThreadState, curexc_type); FIELD(PyThreadState, curexc_value); FIELD(PyThreadState, curexc_traceback);
    FIELD(PyThreadState, exc_info); FIELD(PyThreadState, dict); FIELD(PyThreadState, thread_id);
    FIELD(PyThreadState, id); FIELD(PyThreadState, datastack_chunk); FIELD(PyThreadState, exc_state);
    FIELD(Py_buffer, buf); FIELD(Py_buffer, obj); FIELD(Py_buffer, len); FIELD(Py_buffer, format);
    FIELD(Py_buffer, shape); FIELD(Py_buffer, internal);
    SIZE(_PyUnicodeWriter); FIELD(_PyUnicodeWriter, data); FIELD(_PyUnicodeWriter, kind);
    FIELD(_PyUnicodeWriter, maxchar); FIELD(_PyUnicodeWriter, size); FIELD(_PyUnicodeWriter, pos);
    FIELD(_PyUnicodeWriter, min_length); FIELD(_PyUnicodeWriter, min_char); FIELD(_PyUnicodeWriter, overallocate);
    FIELD(_PyUnicodeWriter, readonly);
    SIZE(struct _PyArg_Parser); FIELD(struct _PyArg_Parser, keywords); FIELD(struct _PyArg_Parser, fname);
    FIELD(struct _PyArg_Parser, kwtuple); FIELD(struct _PyArg_Parser, next);
    FIELD(PyThreadState, gilstate_counter); FIELD(PyThreadState, native_thread_id);
    FIELD(PyThreadState, recursion_headroom);
    SIZE(PyDateTime_Delta); SIZE(PyDateTime_Date); SIZE(PyDateTime_Time); SIZE(PyDateTime_DateTime);
    SIZE(PyDateTime_CAPI); FIELD(PyDateTime_Date, data); FIELD(PyDateTime_Time, data);
    FIELD(PyDateTime_Time, fold); FIELD(PyDateTime_Time, tzinfo); FIELD(PyDateTime_DateTime, data);
    FIELD(PyDateTime_DateTime, fold); FIELD(PyDateTime_DateTime, tzinfo); FIELD(PyDateTime_Delta, days);
    FIELD(PyDateTime_Delta, microseconds); FIELD(PyDateTime_CAPI, TimeZone_UTC);
    FIELD(PyDateTime_CAPI, Time_FromTimeAndFold);
    printf("PY_VERSION_HEX = 0x%08x\n", (unsigned)PY_VERSION_HEX);
    printf("flags: long=%lx list=%lx tuple=%lx bytes=%lx unicode=%lx dict=%lx exc=%lx type=%lx heap=%lx\n",
           Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_LIST_SUBCLASS, Py_TPFLAGS_TUPLE_SUBCLASS,
           Py_TPFLAGS_BYTES_SUBCLASS, Py_TPFLAGS_UNICODE_SUBCLASS, Py_TPFLAGS_DICT_SUBCLASS,
           Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TPFLAGS_TYPE_SUBCLASS, Py_TPFLAGS_HEAPTYPE);
    printf("METH: %d %d %d %d %d %d %d\n", METH_VARARGS, METH_KEYWORDS, METH_NOARGS, METH_O,
           METH_CLASS, METH_STATIC, METH_FASTCALL);
    return 0;
}
