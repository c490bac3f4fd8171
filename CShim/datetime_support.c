/* Functions CPython's _datetime (and other time-handling modules) call: time_t and timeval
 * conversions with CPython's rounding modes, gmtime/localtime, round-half-even division,
 * method calls by identifier, and a few object helpers. Written for Swallow after CPython
 * 3.11's documented and observed behaviour. */
#include "Python.h"
#include "swallow/bridge.h"

#include <time.h>
#include <limits.h>

PyObject *PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames);
PyObject *PyNumber_Divmod(PyObject *, PyObject *);

/* void _Py_NewReference(PyObject *op): a freshly allocated object starts with one reference. */
void _Py_NewReference(PyObject *op) { Py_SET_REFCNT(op, 1); }

/* PyObject *PyObject_VectorcallMethod(name, args, nargsf, kwnames): args[0] is self. */
PyObject *PyObject_VectorcallMethod(PyObject *name, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    Py_ssize_t nargs = (Py_ssize_t)(nargsf & ~((size_t)1 << (8 * sizeof(size_t) - 1)));
    if (nargs < 1) {
        PyErr_SetString(PyExc_SystemError, "PyObject_VectorcallMethod: no self argument");
        return NULL;
    }
    PyObject *callable = PyObject_GetAttr(args[0], name);
    if (callable == NULL) return NULL;
    PyObject *r = PyObject_Vectorcall(callable, args + 1, (size_t)(nargs - 1), kwnames);
    Py_DECREF(callable);
    return r;
}

/* int _PyObject_LookupAttr(obj, name, &result): 1 and a new reference when found, 0 and NULL
 * when the attribute is missing (AttributeError swallowed), -1 on other errors. */
int _PyObject_LookupAttr(PyObject *obj, PyObject *name, PyObject **result) {
    *result = PyObject_GetAttr(obj, name);
    if (*result != NULL) return 1;
    if (!PyErr_ExceptionMatches(PyExc_AttributeError)) return -1;
    PyErr_Clear();
    return 0;
}

int _PyObject_LookupAttrId(PyObject *obj, _Py_Identifier *id, PyObject **result) {
    PyObject *name = _PyUnicode_FromId(id);
    if (name == NULL) {
        *result = NULL;
        return -1;
    }
    return _PyObject_LookupAttr(obj, name, result);
}

/* PyObject *_PyObject_CallMethodIdObjArgs(obj, id, arg..., NULL) */
PyObject *_PyObject_CallMethodIdObjArgs(PyObject *obj, _Py_Identifier *id, ...) {
    PyObject *name = _PyUnicode_FromId(id);
    if (obj == NULL || name == NULL) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        return NULL;
    }
    PyObject *callable = PyObject_GetAttr(obj, name);
    if (callable == NULL) return NULL;
    va_list va;
    Py_ssize_t n = 0;
    va_start(va, id);
    while (va_arg(va, PyObject *) != NULL) n++;
    va_end(va);
    PyObject *args = PyTuple_New(n);
    if (args == NULL) {
        Py_DECREF(callable);
        return NULL;
    }
    va_start(va, id);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *a = va_arg(va, PyObject *);
        Py_INCREF(a);
        PyTuple_SET_ITEM(args, i, a);
    }
    va_end(va);
    PyObject *r = PyObject_Call(callable, args, NULL);
    Py_DECREF(args);
    Py_DECREF(callable);
    return r;
}

/* PyObject *_PyObject_GetState(PyObject *obj): obj.__getstate__(), or a copy of its __dict__
 * (None when it has none or an empty one), as object.__getstate__ gives. */
PyObject *_PyObject_GetState(PyObject *obj) {
    _Py_IDENTIFIER(__getstate__);
    _Py_IDENTIFIER(__dict__);
    PyObject *getstate = NULL;
    if (_PyObject_LookupAttrId(obj, &PyId___getstate__, &getstate) < 0) return NULL;
    if (getstate != NULL) {
        PyObject *r = PyObject_CallNoArgs(getstate);
        Py_DECREF(getstate);
        return r;
    }
    PyObject *d = NULL;
    if (_PyObject_LookupAttrId(obj, &PyId___dict__, &d) < 0) return NULL;
    if (d == NULL || PyObject_Size(d) == 0) {
        Py_XDECREF(d);
        Py_RETURN_NONE;
    }
    return d;
}

/* int PyUnicode_WriteChar(PyObject *unicode, Py_ssize_t index, Py_UCS4 ch): only for a string
 * nobody else holds yet (refcount 1), as in CPython. */
int PyUnicode_WriteChar(PyObject *unicode, Py_ssize_t index, Py_UCS4 ch) {
    if (!PyUnicode_Check(unicode) || !PyUnicode_IS_COMPACT(unicode)) {
        PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
        return -1;
    }
    if (index < 0 || index >= PyUnicode_GET_LENGTH(unicode)) {
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return -1;
    }
    if (Py_REFCNT(unicode) != 1) {
        PyErr_SetString(PyExc_SystemError, "Cannot modify a string currently used");
        return -1;
    }
    int kind = PyUnicode_KIND(unicode);
    Py_UCS4 max = PyUnicode_IS_ASCII(unicode) ? 0x7f : kind == 1 ? 0xff : kind == 2 ? 0xffff : 0x10ffff;
    if (ch > max) {
        PyErr_SetString(PyExc_ValueError, "character out of range");
        return -1;
    }
    PyUnicode_WRITE(kind, PyUnicode_DATA(unicode), index, ch);
    return 0;
}

/* void PyUnicode_Append(PyObject **pleft, PyObject *right): *pleft becomes left + right (a new
 * object); NULL with an exception on failure. */
void PyUnicode_Append(PyObject **pleft, PyObject *right) {
    if (*pleft == NULL) return;
    if (right == NULL || !PyUnicode_Check(*pleft)) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
        Py_CLEAR(*pleft);
        return;
    }
    PyObject *r = PyUnicode_Concat(*pleft, right);
    Py_DECREF(*pleft);
    *pleft = r;
}

void PyUnicode_AppendAndDel(PyObject **pleft, PyObject *right) {
    PyUnicode_Append(pleft, right);
    Py_XDECREF(right);
}

/* PyObject *_PyUnicode_Copy(PyObject *unicode): a new string with the same characters and
 * kind, which the caller may still modify. */
PyObject *_PyUnicode_Copy(PyObject *unicode) {
    if (!PyUnicode_Check(unicode)) {
        PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(unicode);
    int kind = PyUnicode_KIND(unicode);
    Py_UCS4 max = PyUnicode_IS_ASCII(unicode) ? 0x7f : kind == 1 ? 0xff : kind == 2 ? 0xffff : 0x10ffff;
    PyObject *copy = PyUnicode_New(n, max);
    if (copy == NULL) return NULL;
    memcpy(PyUnicode_DATA(copy), PyUnicode_DATA(unicode), (size_t)(n * kind));
    return copy;
}

/* PyObject *PyUnicode_DecodeLocale(const char *str, const char *errors): the C locale text as
 * str. Swallow runs with UTF-8 as the locale encoding (CPython's UTF-8 mode). */
PyObject *PyUnicode_DecodeLocale(const char *str, const char *errors) {
    return PyUnicode_DecodeUTF8(str, (Py_ssize_t)strlen(str), errors ? errors : "surrogateescape");
}

/* Py_hash_t _Py_HashBytes(const void *src, Py_ssize_t len): hash(bytes(src[:len])). */
Py_hash_t _Py_HashBytes(const void *src, Py_ssize_t len) {
    if (len == 0) return 0;
    PyObject *b = PyBytes_FromStringAndSize(src, len);
    if (b == NULL) {
        PyErr_Clear();
        return -1;
    }
    Py_hash_t h = PyObject_Hash(b);
    Py_DECREF(b);
    return h;
}

/* ---- _PyLong_DivmodNear: (q, r) with q = a / b rounded half to even ---- */

PyObject *_PyLong_DivmodNear(PyObject *a, PyObject *b) {
    PyObject *qr = PyNumber_Divmod(a, b);
    if (qr == NULL) return NULL;
    PyObject *q = PyTuple_GET_ITEM(qr, 0), *r = PyTuple_GET_ITEM(qr, 1);
    Py_INCREF(q);
    Py_INCREF(r);
    Py_DECREF(qr);
    PyObject *two = PyLong_FromLong(2), *twice_r = NULL, *result = NULL;
    if (two == NULL || (twice_r = PyNumber_Multiply(r, two)) == NULL) goto done;
    int b_negative = _PyLong_Sign(b) < 0;
    int greater = PyObject_RichCompareBool(twice_r, b, b_negative ? Py_LT : Py_GT);
    int equal = PyObject_RichCompareBool(twice_r, b, Py_EQ);
    if (greater < 0 || equal < 0) goto done;
    int q_odd = 0;
    if (equal) {
        PyObject *one = PyLong_FromLong(1);
        PyObject *bit = one ? PyNumber_And(q, one) : NULL;
        Py_XDECREF(one);
        if (bit == NULL) goto done;
        q_odd = PyObject_IsTrue(bit);
        Py_DECREF(bit);
    }
    if (greater || (equal && q_odd)) {
        PyObject *one = PyLong_FromLong(1);
        if (one == NULL) goto done;
        Py_SETREF(q, PyNumber_Add(q, one));
        Py_DECREF(one);
        if (q == NULL) goto done;
        Py_SETREF(r, PyNumber_Subtract(r, b));
        if (r == NULL) goto done;
    }
    result = PyTuple_Pack(2, q, r);
done:
    Py_XDECREF(q);
    Py_XDECREF(r);
    Py_XDECREF(two);
    Py_XDECREF(twice_r);
    return result;
}

/* ---- time_t conversions ---- */

typedef enum { ROUND_FLOOR = 0, ROUND_CEILING = 1, ROUND_HALF_EVEN = 2, ROUND_UP = 3 } round_mode;

static double round_by_mode(double x, int mode) {
    switch (mode) {
    case ROUND_FLOOR: return floor(x);
    case ROUND_CEILING: return ceil(x);
    case ROUND_UP: return x >= 0 ? ceil(x) : floor(x);
    default: {
        double r = round(x);  /* half away from zero; fix exact halves to even */
        if (fabs(x - trunc(x)) == 0.5) r = 2.0 * round(x / 2.0);
        return r;
    }
    }
}

static void time_t_overflow(void) {
    PyErr_SetString(PyExc_OverflowError, "timestamp out of range for platform time_t");
}

time_t _PyLong_AsTime_t(PyObject *obj) {
    long long v = PyLong_AsLongLong(obj);
    if (v == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError)) time_t_overflow();
        return (time_t)-1;
    }
    return (time_t)v;
}

static int double_to_time_t(double d, time_t *out) {
    if (!(d >= (double)LLONG_MIN && d < (double)LLONG_MAX)) {
        time_t_overflow();
        return -1;
    }
    *out = (time_t)d;
    return 0;
}

/* Splits a float or int timestamp into whole seconds and a fraction counted in `denominator`
 * units (1e6: microseconds), rounded by `mode`. */
static int object_to_denominator(PyObject *obj, time_t *sec, long *numerator, long denominator, int mode) {
    if (PyFloat_Check(obj)) {
        double d = PyFloat_AsDouble(obj);
        if (isnan(d)) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        double intpart;
        double floatpart = modf(d, &intpart);
        floatpart = round_by_mode(floatpart * (double)denominator, mode);
        if (floatpart >= denominator) {
            floatpart -= denominator;
            intpart += 1.0;
        } else if (floatpart < 0) {
            floatpart += denominator;
            intpart -= 1.0;
        }
        if (double_to_time_t(intpart, sec) < 0) return -1;
        *numerator = (long)floatpart;
        return 0;
    }
    *sec = _PyLong_AsTime_t(obj);
    *numerator = 0;
    if (*sec == (time_t)-1 && PyErr_Occurred()) return -1;
    return 0;
}

int _PyTime_ObjectToTime_t(PyObject *obj, time_t *sec, _PyTime_round_t mode) {
    if (PyFloat_Check(obj)) {
        double d = PyFloat_AsDouble(obj);
        if (isnan(d)) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        return double_to_time_t(round_by_mode(d, mode), sec);
    }
    *sec = _PyLong_AsTime_t(obj);
    if (*sec == (time_t)-1 && PyErr_Occurred()) return -1;
    return 0;
}

int _PyTime_ObjectToTimeval(PyObject *obj, time_t *sec, long *usec, _PyTime_round_t mode) {
    return object_to_denominator(obj, sec, usec, 1000000L, mode);
}

int _PyTime_ObjectToTimespec(PyObject *obj, time_t *sec, long *nsec, _PyTime_round_t mode) {
    return object_to_denominator(obj, sec, nsec, 1000000000L, mode);
}

/* int _PyTime_AsTimevalTime_t(_PyTime_t t, time_t *sec, int *usec, _PyTime_round_t round):
 * t in nanoseconds. */
int _PyTime_AsTimevalTime_t(_PyTime_t t, time_t *sec, int *usec, _PyTime_round_t mode) {
    long long s = t / 1000000000LL, ns = t % 1000000000LL;
    if (ns < 0) {
        ns += 1000000000LL;
        s -= 1;
    }
    double us = round_by_mode((double)ns / 1000.0, mode);
    if (us >= 1000000.0) {
        us -= 1000000.0;
        s += 1;
    }
    *sec = (time_t)s;
    *usec = (int)us;
    return 0;
}

int _PyTime_gmtime(time_t t, struct tm *tm) {
    if (gmtime_r(&t, tm) == NULL) {
        if (errno == 0) errno = EINVAL;
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return 0;
}

int _PyTime_localtime(time_t t, struct tm *tm) {
    errno = 0;
    if (localtime_r(&t, tm) == NULL) {
        if (errno == 0) errno = EINVAL;
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return 0;
}
