/* The slice API over PySliceObject's fields (the runtime's slices are mirrored with CPython's
 * layout: start, stop, step). NumPy's indexing reads them through PySlice_Unpack and
 * PySlice_AdjustIndices. */
#include "Python.h"

/* An index from a slice bound: __index__, clamped to the Py_ssize_t range. */
static int slice_index(PyObject *v, Py_ssize_t *out) {
    if (!PyLong_Check(v) && (Py_TYPE(v)->tp_as_number == NULL || Py_TYPE(v)->tp_as_number->nb_index == NULL)) {
        PyObject *i = PyNumber_Index(v);
        if (i == NULL) {
            PyErr_SetString(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        Py_DECREF(i);
    }
    Py_ssize_t x = PyNumber_AsSsize_t(v, NULL);
    if (x == -1 && PyErr_Occurred()) return -1;
    *out = x;
    return 0;
}

int PySlice_Unpack(PyObject *op, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step) {
    PySliceObject *r = (PySliceObject *)op;
    if (r->step == NULL || r->step == Py_None) {
        *step = 1;
    } else {
        if (slice_index(r->step, step) < 0) return -1;
        if (*step == 0) {
            PyErr_SetString(PyExc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -PY_SSIZE_T_MAX) *step = -PY_SSIZE_T_MAX; /* so that -step cannot overflow */
    }
    if (r->start == NULL || r->start == Py_None) {
        *start = *step < 0 ? PY_SSIZE_T_MAX : 0;
    } else if (slice_index(r->start, start) < 0) {
        return -1;
    }
    if (r->stop == NULL || r->stop == Py_None) {
        *stop = *step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX;
    } else if (slice_index(r->stop, stop) < 0) {
        return -1;
    }
    return 0;
}

Py_ssize_t PySlice_AdjustIndices(Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int PySlice_GetIndicesEx(PyObject *op, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step,
                         Py_ssize_t *slicelength) {
    if (PySlice_Unpack(op, start, stop, step) < 0) return -1;
    *slicelength = PySlice_AdjustIndices(length, start, stop, *step);
    return 0;
}

/* The old form: bounds must be ints; out-of-range bounds are errors rather than clamped. */
int PySlice_GetIndices(PyObject *op, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step) {
    PySliceObject *r = (PySliceObject *)op;
    if (r->step == Py_None) {
        *step = 1;
    } else {
        if (!PyLong_Check(r->step)) return -1;
        *step = PyLong_AsSsize_t(r->step);
    }
    if (r->start == Py_None) {
        *start = *step < 0 ? length - 1 : 0;
    } else {
        if (!PyLong_Check(r->start)) return -1;
        *start = PyLong_AsSsize_t(r->start);
        if (*start < 0) *start += length;
    }
    if (r->stop == Py_None) {
        *stop = *step < 0 ? -1 : length;
    } else {
        if (!PyLong_Check(r->stop)) return -1;
        *stop = PyLong_AsSsize_t(r->stop);
        if (*stop < 0) *stop += length;
    }
    if (*stop > length || *start >= length || *step == 0) return -1;
    return 0;
}

PyObject *_PySlice_FromIndices(Py_ssize_t istart, Py_ssize_t istop) {
    PyObject *start = PyLong_FromSsize_t(istart), *stop = PyLong_FromSsize_t(istop);
    PyObject *s = (start && stop) ? PySlice_New(start, stop, NULL) : NULL;
    Py_XDECREF(start);
    Py_XDECREF(stop);
    return s;
}
