/* Internal helpers CPython's lib-dynload modules link against for processes and polling:
 * `_posixsubprocess` (argument arrays, async-signal-safe open/write/inheritable flag) and
 * `select` (file descriptors from objects, _PyTime_t conversions and deadlines). _PyTime_t is
 * an int64 count of nanoseconds; the rounding modes are 3.11's _PyTime_round_t
 * (0 floor, 1 ceiling, 2 half-even, 3 away from zero). Written for Swallow after CPython
 * 3.11's documented behaviour. */
#include "Python.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

int _PyLong_AsInt(PyObject *);

/* ---- argument arrays (execv's argv and envp) ---- */

char *const *_PySequence_BytesToCharpArray(PyObject *self) {
    Py_ssize_t argc = PySequence_Size(self);
    if (argc == -1) return NULL;
    if (argc > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(char *) - 1) {
        PyErr_NoMemory();
        return NULL;
    }
    char **array = PyMem_Malloc((size_t)(argc + 1) * sizeof(char *));
    if (array == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < argc; i++) array[i] = NULL;
    for (Py_ssize_t i = 0; i < argc; i++) {
        PyObject *item = PySequence_GetItem(self, i);
        if (item == NULL) goto fail;
        char *data = PyBytes_AsString(item); /* TypeError for anything but bytes */
        if (data == NULL) {
            Py_DECREF(item);
            goto fail;
        }
        size_t size = (size_t)PyBytes_Size(item) + 1;
        array[i] = PyMem_Malloc(size);
        if (array[i] == NULL) {
            Py_DECREF(item);
            PyErr_NoMemory();
            goto fail;
        }
        memcpy(array[i], data, size);
        Py_DECREF(item);
    }
    array[argc] = NULL;
    return array;
fail:
    for (Py_ssize_t i = 0; i < argc; i++) PyMem_Free(array[i]);
    PyMem_Free(array);
    return NULL;
}

void _Py_FreeCharPArray(char *const array[]) {
    for (Py_ssize_t i = 0; array[i] != NULL; i++) PyMem_Free(array[i]);
    PyMem_Free((void *)array);
}

/* ---- async-signal-safe file operations (used between fork and exec) ---- */

int _Py_open_noraise(const char *pathname, int flags) {
    int fd;
    do {
        fd = open(pathname, flags | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

Py_ssize_t _Py_write_noraise(int fd, const void *buf, size_t count) {
    if (count > (size_t)PY_SSIZE_T_MAX) count = (size_t)PY_SSIZE_T_MAX;
    ssize_t n;
    do {
        n = write(fd, buf, count);
    } while (n < 0 && errno == EINTR);
    return n;
}

int _Py_set_inheritable_async_safe(int fd, int inheritable, int *atomic_flag_works) {
    (void)atomic_flag_works;
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) return -1;
    int wanted = inheritable ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
    if (wanted == flags) return 0;
    return fcntl(fd, F_SETFD, wanted) < 0 ? -1 : 0;
}

/* ---- file descriptors from objects ---- */

int PyObject_AsFileDescriptor(PyObject *o) {
    int fd;
    if (PyLong_Check(o)) {
        fd = _PyLong_AsInt(o);
    } else {
        PyObject *meth = PyObject_GetAttrString(o, "fileno");
        if (meth == NULL) {
            if (!PyErr_ExceptionMatches(PyExc_AttributeError)) return -1;
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        PyObject *r = PyObject_CallNoArgs(meth);
        Py_DECREF(meth);
        if (r == NULL) return -1;
        if (!PyLong_Check(r)) {
            Py_DECREF(r);
            PyErr_SetString(PyExc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
        fd = _PyLong_AsInt(r);
        Py_DECREF(r);
    }
    if (fd == -1 && PyErr_Occurred()) return -1;
    if (fd < 0) {
        PyErr_Format(PyExc_ValueError, "file descriptor cannot be a negative integer (%i)", fd);
        return -1;
    }
    return fd;
}

int _PyLong_FileDescriptor_Converter(PyObject *o, void *ptr) {
    int fd = PyObject_AsFileDescriptor(o);
    if (fd == -1) return 0;
    *(int *)ptr = fd;
    return 1;
}

int _PyLong_UnsignedShort_Converter(PyObject *obj, void *ptr) {
    if (PyLong_Check(obj) && _PyLong_Sign(obj) < 0) {
        PyErr_SetString(PyExc_ValueError, "value must be positive");
        return 0;
    }
    unsigned long v = PyLong_AsUnsignedLong(obj);
    if (v == (unsigned long)-1 && PyErr_Occurred()) return 0;
    if (v > USHRT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large for C unsigned short");
        return 0;
    }
    *(unsigned short *)ptr = (unsigned short)v;
    return 1;
}

/* ---- _PyTime_t ---- */

static double round_double(double x, int mode) {
    switch (mode) {
    case 0: return floor(x);
    case 1: return ceil(x);
    case 2: {
        double r = round(x); /* halves away from zero; pull exact halves back to even */
        if (fabs(x - trunc(x)) == 0.5) r = 2.0 * round(x / 2.0);
        return r;
    }
    default: return x >= 0 ? ceil(x) : floor(x);
    }
}

/* t / k rounded by mode (k > 0). */
static int64_t divide(int64_t t, int64_t k, int mode) {
    int64_t q = t / k, r = t % k;
    if (r < 0) { q -= 1; r += k; } /* floor division */
    switch (mode) {
    case 0: return q;
    case 1: return r ? q + 1 : q;
    case 2: return (2 * r > k || (2 * r == k && (q & 1))) ? q + 1 : q;
    default: return (t >= 0 && r) ? q + 1 : q;
    }
}

static int too_large(void) {
    PyErr_SetString(PyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return -1;
}

static int from_object(int64_t *t, PyObject *obj, int mode, int64_t unit) {
    if (PyFloat_Check(obj)) {
        double d = PyFloat_AsDouble(obj);
        if (isnan(d)) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = round_double(d * (double)unit, mode);
        if (!(d >= (double)INT64_MIN && d < (double)INT64_MAX)) return too_large();
        *t = (int64_t)d;
        return 0;
    }
    long long v = PyLong_AsLongLong(obj);
    if (v == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
            PyErr_Clear();
            return too_large();
        }
        return -1;
    }
    if (__builtin_mul_overflow((int64_t)v, unit, t)) return too_large();
    return 0;
}

int _PyTime_FromSecondsObject(int64_t *t, PyObject *obj, _PyTime_round_t mode) { return from_object(t, obj, mode, 1000000000LL); }
int _PyTime_FromMillisecondsObject(int64_t *t, PyObject *obj, _PyTime_round_t mode) { return from_object(t, obj, mode, 1000000LL); }

int64_t _PyTime_AsMilliseconds(int64_t t, _PyTime_round_t mode) { return divide(t, 1000000LL, mode); }
int64_t _PyTime_AsMicroseconds(int64_t t, _PyTime_round_t mode) { return divide(t, 1000LL, mode); }

static void as_timeval(int64_t t, struct timeval *tv, _PyTime_round_t mode) {
    int64_t us = divide(t, 1000LL, mode);
    int64_t s = us / 1000000LL, rem = us % 1000000LL;
    if (rem < 0) { s -= 1; rem += 1000000LL; }
    tv->tv_sec = (time_t)s;
    tv->tv_usec = (suseconds_t)rem;
}

int _PyTime_AsTimeval(int64_t t, struct timeval *tv, _PyTime_round_t mode) {
    as_timeval(t, tv, mode);
    return 0;
}

void _PyTime_AsTimeval_clamp(int64_t t, struct timeval *tv, _PyTime_round_t mode) { as_timeval(t, tv, mode); }

int64_t _PyTime_GetMonotonicClock(void);

int64_t _PyDeadline_Init(int64_t timeout) {
    int64_t now = _PyTime_GetMonotonicClock(), d;
    if (__builtin_add_overflow(now, timeout, &d)) d = INT64_MAX;
    return d;
}

int64_t _PyDeadline_Get(int64_t deadline) { return deadline - _PyTime_GetMonotonicClock(); }

/* The raising forms (socket, os): OSError from errno on failure. */
int _Py_set_inheritable(int fd, int inheritable, int *atomic_flag_works) {
    if (_Py_set_inheritable_async_safe(fd, inheritable, atomic_flag_works) < 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return 0;
}

int _Py_get_inheritable(int fd) {
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return !(flags & FD_CLOEXEC);
}

double _PyTime_AsSecondsDouble(int64_t t) {
    /* Whole seconds and the remainder apart, so large values keep their precision. */
    int64_t s = t / 1000000000LL, ns = t % 1000000000LL;
    return (double)s + (double)ns / 1e9;
}

int64_t _PyTime_FromSeconds(int seconds) { return (int64_t)seconds * 1000000000LL; }

/* dup() whose copy is not inheritable, OSError on failure. */
int _Py_dup(int fd) {
    int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return copy;
}
