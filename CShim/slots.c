/* Slots of the builtin static types. C code calls them directly (math.trunc calls
 * PyFloat_Type.tp_as_number->nb_int, others test tp_as_sequence->sq_length...), so each builtin
 * type gets the slots CPython gives it, each one a call into the abstract API, which the
 * runtime implements without looking at these slots (no recursion). */
#include "Python.h"
#include "swallow/bridge.h"

static PyObject *nb_int(PyObject *o) { return PyNumber_Long(o); }
static PyObject *nb_float(PyObject *o) { return PyNumber_Float(o); }
static PyObject *nb_index(PyObject *o) { return PyNumber_Index(o); }
static int nb_bool(PyObject *o) { return PyObject_IsTrue(o); }
static PyObject *nb_power(PyObject *a, PyObject *b, PyObject *c) { return PyNumber_Power(a, b, c); }

/* bytes export their storage (PyObject_GetBuffer serves them directly); the slot lets C see
 * that they are buffer exporters (PyObject_CheckBuffer, pyo3's and Cython's checks). */
static int bytes_getbuffer(PyObject *o, Py_buffer *view, int flags) { return PyObject_GetBuffer(o, view, flags); }
static PyBufferProcs bytes_buffer = { .bf_getbuffer = bytes_getbuffer };

static PyBufferProcs bytearray_buffer = {
    .bf_getbuffer = swpy_bytearray_getbuffer,
    .bf_releasebuffer = swpy_bytearray_releasebuffer,
};

static PyNumberMethods number_slots = {
    .nb_add = PyNumber_Add,
    .nb_subtract = PyNumber_Subtract,
    .nb_multiply = PyNumber_Multiply,
    .nb_remainder = PyNumber_Remainder,
    .nb_power = nb_power,
    .nb_negative = PyNumber_Negative,
    .nb_absolute = PyNumber_Absolute,
    .nb_bool = nb_bool,
    .nb_int = nb_int,
    .nb_float = nb_float,
    .nb_floor_divide = PyNumber_FloorDivide,
    .nb_true_divide = PyNumber_TrueDivide,
};

/* int and bool also have the integer-only slots. */
static PyNumberMethods integer_slots;

static Py_ssize_t sq_length(PyObject *o) { return PyObject_Size(o); }
static PyObject *sq_item(PyObject *o, Py_ssize_t i) { return PySequence_GetItem(o, i); }
static int sq_contains(PyObject *o, PyObject *v) { return PySequence_Contains(o, v); }

static PySequenceMethods sequence_slots = {
    .sq_length = sq_length,
    .sq_item = sq_item,
    .sq_contains = sq_contains,
};

static int mp_ass_subscript(PyObject *o, PyObject *k, PyObject *v) {
    return v == NULL ? PyObject_DelItem(o, k) : PyObject_SetItem(o, k, v);
}

static PyMappingMethods mapping_slots = {
    .mp_length = sq_length,
    .mp_subscript = PyObject_GetItem,
    .mp_ass_subscript = mp_ass_subscript,
};

static Py_hash_t tp_hash(PyObject *o) { return PyObject_Hash(o); }
static PyObject *tp_iter(PyObject *o) { return PyObject_GetIter(o); }

/* object.__new__ and object.__init__ as C sees them in PyBaseObject_Type: PyO3 allocates every
 * instance of a class deriving from object through the base's tp_new. Excess arguments are
 * refused as CPython refuses them. */
static int object_init(PyObject *self, PyObject *args, PyObject *kwds);

static int excess_args(PyObject *args, PyObject *kwds) {
    return (args != NULL && PyTuple_GET_SIZE(args) != 0) || (kwds != NULL && PyDict_Check(kwds) && PyDict_GET_SIZE(kwds) != 0);
}

static PyObject *object_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    if (excess_args(args, kwds)) {
        if (type->tp_new != object_new) {
            PyErr_SetString(PyExc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            return NULL;
        }
        if (type->tp_init == NULL || type->tp_init == object_init) {
            PyErr_Format(PyExc_TypeError, "%.200s() takes no arguments", type->tp_name);
            return NULL;
        }
    }
    return (type->tp_alloc ? type->tp_alloc : PyType_GenericAlloc)(type, 0);
}

static int object_init(PyObject *self, PyObject *args, PyObject *kwds) {
    PyTypeObject *type = Py_TYPE(self);
    if (excess_args(args, kwds)) {
        if (type->tp_init != object_init) {
            PyErr_SetString(PyExc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->tp_new == object_new) {
            PyErr_Format(PyExc_TypeError, "%.200s() takes no arguments", type->tp_name);
            return -1;
        }
    }
    return 0;
}

void swpy_builtin_type_methods(PyTypeObject *t);
/* tp_new of int, float, complex and bytes. C types deriving from them call it with their own
 * type (NumPy's float64.__new__ calls PyFloat_Type.tp_new(float64, ...)): the value is made by
 * the runtime's constructor, then copied into an instance of the subtype with the builtin's
 * layout. */
static PyObject *builtin_subtype_new(PyTypeObject *base, PyTypeObject *type, PyObject *args, PyObject *kwds) {
    PyObject *value = PyObject_Call((PyObject *)base, args, kwds);
    if (value == NULL || type == base) return value;
    allocfunc alloc = type->tp_alloc ? type->tp_alloc : PyType_GenericAlloc;
    PyObject *obj = NULL;
    if (base == &PyFloat_Type) {
        double v = PyFloat_AsDouble(value);
        if ((obj = alloc(type, 0)) != NULL) ((PyFloatObject *)obj)->ob_fval = v;
    } else if (base == &PyComplex_Type) {
        Py_complex v = PyComplex_AsCComplex(value);
        if ((obj = alloc(type, 0)) != NULL) ((PyComplexObject *)obj)->cval = v;
    } else if (base == &PyLong_Type) {
        Py_ssize_t size = Py_SIZE(value), n = size < 0 ? -size : size;
        if ((obj = alloc(type, n)) != NULL) {
            Py_SET_SIZE(obj, size);
            memcpy(((PyLongObject *)obj)->ob_digit, ((PyLongObject *)value)->ob_digit, (size_t)n * sizeof(digit));
        }
    } else if (base == &PyBytes_Type) {
        Py_ssize_t n = PyBytes_GET_SIZE(value);
        if ((obj = alloc(type, n)) != NULL) {
            Py_SET_SIZE(obj, n);
            ((PyBytesObject *)obj)->ob_shash = -1;
            memcpy(((PyBytesObject *)obj)->ob_sval, PyBytes_AS_STRING(value), (size_t)n + 1);
        }
    }
    Py_DECREF(value);
    return obj;
}

extern PyTypeObject PyProperty_Type; /* zeroed data (data.gen.c), filled by the runtime */

static PyObject *long_new(PyTypeObject *t, PyObject *a, PyObject *k) { return builtin_subtype_new(&PyLong_Type, t, a, k); }
static PyObject *float_new(PyTypeObject *t, PyObject *a, PyObject *k) { return builtin_subtype_new(&PyFloat_Type, t, a, k); }
static PyObject *complex_new(PyTypeObject *t, PyObject *a, PyObject *k) { return builtin_subtype_new(&PyComplex_Type, t, a, k); }
static PyObject *bytes_new(PyTypeObject *t, PyObject *a, PyObject *k) { return builtin_subtype_new(&PyBytes_Type, t, a, k); }

/* Gives a builtin type the generic slots that fit its kind. */
/* Method tables of int and float for C that looks methods up in tp_methods to call their
 * ml_meth directly (_decimal takes float.as_integer_ratio and int.bit_length this way). Each
 * calls the runtime's method of the same name. */
#define SWPY_NOARGS_FORWARD(fname, method) \
    static PyObject *fname(PyObject *self, PyObject *unused) { return PyObject_CallMethod(self, method, NULL); }
SWPY_NOARGS_FORWARD(fwd_as_integer_ratio, "as_integer_ratio")
SWPY_NOARGS_FORWARD(fwd_is_integer, "is_integer")
SWPY_NOARGS_FORWARD(fwd_hex, "hex")
SWPY_NOARGS_FORWARD(fwd_conjugate, "conjugate")
SWPY_NOARGS_FORWARD(fwd_bit_length, "bit_length")
SWPY_NOARGS_FORWARD(fwd_bit_count, "bit_count")
#undef SWPY_NOARGS_FORWARD

static PyMethodDef float_methods[] = {
    {"as_integer_ratio", fwd_as_integer_ratio, METH_NOARGS, NULL},
    {"is_integer", fwd_is_integer, METH_NOARGS, NULL},
    {"hex", fwd_hex, METH_NOARGS, NULL},
    {"conjugate", fwd_conjugate, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyMethodDef int_methods[] = {
    {"bit_length", fwd_bit_length, METH_NOARGS, NULL},
    {"bit_count", fwd_bit_count, METH_NOARGS, NULL},
    {"as_integer_ratio", fwd_as_integer_ratio, METH_NOARGS, NULL},
    {"conjugate", fwd_conjugate, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

void swpy_fill_builtin_slots(PyTypeObject *t) {
    if (integer_slots.nb_add == NULL) {
        integer_slots = number_slots;
        integer_slots.nb_index = nb_index;
        integer_slots.nb_lshift = PyNumber_Lshift;
        integer_slots.nb_rshift = PyNumber_Rshift;
        integer_slots.nb_and = PyNumber_And;
        integer_slots.nb_or = PyNumber_Or;
        integer_slots.nb_xor = PyNumber_Xor;
        integer_slots.nb_invert = PyNumber_Invert;
    }
    if (t->tp_repr == NULL) t->tp_repr = PyObject_Repr;
    if (t->tp_str == NULL) t->tp_str = PyObject_Str;
    if (t->tp_hash == NULL && t != &PyList_Type && t != &PyDict_Type) t->tp_hash = tp_hash;
    if (t->tp_richcompare == NULL) t->tp_richcompare = PyObject_RichCompare;
    if (t->tp_getattro == NULL) t->tp_getattro = PyObject_GetAttr;
    if (t->tp_setattro == NULL) t->tp_setattro = PyObject_SetAttr;
    if (t == &PyLong_Type || t == &PyBool_Type) {
        t->tp_as_number = &integer_slots;
    } else if (t == &PyFloat_Type || t == &PyComplex_Type) {
        t->tp_as_number = &number_slots;
    }
    if (t == &PyLong_Type) t->tp_methods = int_methods;
    if (t == &PyFloat_Type) t->tp_methods = float_methods;
    if (t == &PyUnicode_Type || t == &PyBytes_Type || t == &PyTuple_Type || t == &PyList_Type ||
        t == &PyByteArray_Type || t == &PyRange_Type) {
        t->tp_as_sequence = &sequence_slots;
        t->tp_as_mapping = &mapping_slots;
        t->tp_iter = tp_iter;
    }
    if (t == &PyDict_Type || t == &PySet_Type || t == &PyFrozenSet_Type) {
        if (t == &PyDict_Type) t->tp_as_mapping = &mapping_slots;
        t->tp_as_sequence = &sequence_slots;
        t->tp_iter = tp_iter;
    }
    if (t == &PyType_Type || t == &PyCFunction_Type) t->tp_call = PyObject_Call;
    if (t == &PyBaseObject_Type) {
        t->tp_new = object_new;
        t->tp_init = object_init;
    }
    /* object's and type's attribute slots are the generic lookups, which never dispatch to a
     * __getattr__ / __setattr__ override: C metatypes (pybind11_type) call them from their own
     * tp_getattro / tp_setattro, which the runtime exposes as those overrides. */
    if (t == &PyBaseObject_Type || t == &PyType_Type) {
        t->tp_getattro = PyObject_GenericGetAttr;
        t->tp_setattro = PyObject_GenericSetAttr;
    }
    /* Instances (and, for type, heap types built by hand as pybind11 does) are allocated
     * through these. */
    if (t == &PyBaseObject_Type || t == &PyType_Type) t->tp_alloc = PyType_GenericAlloc;
    if (t == &PyLong_Type) t->tp_new = long_new;
    if (t == &PyFloat_Type) t->tp_new = float_new;
    if (t == &PyComplex_Type) t->tp_new = complex_new;
    if (t == &PyBytes_Type) t->tp_new = bytes_new;
    if (t == &PyProperty_Type) {
        t->tp_new = swpy_property_new;
        t->tp_descr_get = swpy_property_descr_get;
        t->tp_descr_set = swpy_property_descr_set;
    }
    if (t == &PyByteArray_Type) t->tp_as_buffer = &bytearray_buffer;
    swpy_builtin_type_methods(t); /* CShim/dynload_support.c */
    if (t == &PyBytes_Type) t->tp_as_buffer = &bytes_buffer;
}
