/* The hot int and float conversions, in C: CPython's layouts are our layouts, so reading an
 * int's digits or a float's value needs no trip into the runtime, and a new int or float can be
 * made as a C object that the runtime adopts only if it ever sees it. Everything uncommon (big
 * ints, other types, __index__, errors) goes to the Swift bodies (swpy_*_slow). */
#include "Python.h"
#include "swallow/bridge.h"

/* Small ints -5..256 are shared, as in CPython; the runtime links them to its own cached ints. */
#define SWPY_SMALL_MIN (-5)
#define SWPY_SMALL_MAX 256
typedef struct { swpy_header h; PyLongObject o; } swpy_small_int_block;
static swpy_small_int_block small_ints[SWPY_SMALL_MAX - SWPY_SMALL_MIN + 1];

PyObject *swpy_small_int(long v) {
    swpy_small_int_block *b = &small_ints[v - SWPY_SMALL_MIN];
    if (b->o.ob_base.ob_base.ob_type == NULL) {
        b->h.flags = SWPY_FLAG_STATIC;
        b->h.magic = SWPY_HEADER_MAGIC;
        b->o.ob_base.ob_base.ob_refcnt = 1 << 30;
        b->o.ob_base.ob_base.ob_type = &PyLong_Type;
        b->o.ob_base.ob_size = v < 0 ? -1 : (v > 0 ? 1 : 0);
        b->o.ob_digit[0] = (digit)(v < 0 ? -v : v);
    }
    return (PyObject *)&b->o;
}

long swpy_long_as_long_slow(PyObject *op);
long long swpy_long_as_long_long_slow(PyObject *op);
Py_ssize_t swpy_long_as_ssize_t_slow(PyObject *op);
double swpy_float_as_double_slow(PyObject *op);

static PyObject *new_long(long v) {
    unsigned long mag = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    digit d[3];
    int n = 0;
    while (mag != 0) {
        d[n++] = (digit)(mag & PyLong_MASK);
        mag >>= PyLong_SHIFT;
    }
    PyLongObject *o = swpy_alloc_object(offsetof(PyLongObject, ob_digit) + sizeof(digit) * (n ? n : 1));
    if (o == NULL) return PyErr_NoMemory();
    o->ob_base.ob_base.ob_refcnt = 1;
    o->ob_base.ob_base.ob_type = &PyLong_Type;
    o->ob_base.ob_size = v < 0 ? -n : n;
    for (int i = 0; i < n; i++) o->ob_digit[i] = d[i];
    return (PyObject *)o;
}

/* PyObject *PyLong_FromLong(long v): new reference. */
PyObject *PyLong_FromLong(long v) {
    if (v >= SWPY_SMALL_MIN && v <= SWPY_SMALL_MAX) {
        PyObject *o = swpy_small_int(v);
        Py_INCREF(o);
        return o;
    }
    return new_long(v);
}

/* PyObject *PyLong_FromLongLong(long long v): new reference. */
PyObject *PyLong_FromLongLong(long long v) { return PyLong_FromLong((long)v); }

/* PyObject *PyLong_FromSsize_t(Py_ssize_t v): new reference. */
PyObject *PyLong_FromSsize_t(Py_ssize_t v) { return PyLong_FromLong((long)v); }

/* The value of an exact int (or bool) of at most two digits, if it is one. */
static inline int small_value(PyObject *op, long *out) {
    if (op == NULL) return 0;
    PyTypeObject *t = Py_TYPE(op);
    if (t != &PyLong_Type && t != &PyBool_Type) return 0;
    Py_ssize_t size = Py_SIZE(op);
    const digit *d = ((PyLongObject *)op)->ob_digit;
    switch (size) {
    case 0: *out = 0; return 1;
    case 1: *out = (long)d[0]; return 1;
    case -1: *out = -(long)d[0]; return 1;
    case 2: *out = (long)(((unsigned long)d[1] << PyLong_SHIFT) | d[0]); return 1;
    case -2: *out = -(long)(((unsigned long)d[1] << PyLong_SHIFT) | d[0]); return 1;
    default: return 0;
    }
}

/* long PyLong_AsLong(PyObject *o): -1 with an exception set on error. */
long PyLong_AsLong(PyObject *op) {
    long v;
    if (small_value(op, &v)) return v;
    return swpy_long_as_long_slow(op);
}

/* long long PyLong_AsLongLong(PyObject *o): -1 with an exception set on error. */
long long PyLong_AsLongLong(PyObject *op) {
    long v;
    if (small_value(op, &v)) return v;
    return swpy_long_as_long_long_slow(op);
}

/* Py_ssize_t PyLong_AsSsize_t(PyObject *o): -1 with an exception set on error. */
Py_ssize_t PyLong_AsSsize_t(PyObject *op) {
    long v;
    if (small_value(op, &v)) return v;
    return swpy_long_as_ssize_t_slow(op);
}

/* PyObject *PyFloat_FromDouble(double v): new reference. */
PyObject *PyFloat_FromDouble(double v) {
    PyFloatObject *o = swpy_alloc_object(sizeof(PyFloatObject));
    if (o == NULL) return PyErr_NoMemory();
    o->ob_base.ob_refcnt = 1;
    o->ob_base.ob_type = &PyFloat_Type;
    o->ob_fval = v;
    return (PyObject *)o;
}

/* double PyFloat_AsDouble(PyObject *o): -1.0 with an exception set on error. */
double PyFloat_AsDouble(PyObject *op) {
    if (op != NULL && Py_TYPE(op) == &PyFloat_Type) return ((PyFloatObject *)op)->ob_fval;
    long v;
    if (small_value(op, &v)) return (double)v;
    return swpy_float_as_double_slow(op);
}
