/* PyArg_Parse* and friends: convert Python arguments to C values by a format string.
 *
 * Written for Swallow against the public C-API only, after CPython 3.11's documentation and
 * its observed behaviour (error types and texts included).
 *
 * Format units: b B h H i I l k L K n c C f d D p s s# s* z z# z* y y# y* w* S Y U O O! O& (...)
 * and the markers | $ : ;. '#' lengths are Py_ssize_t whichever entry point is used (3.11
 * refuses '#' without PY_SSIZE_T_CLEAN, so a working caller always passes Py_ssize_t *).
 * w* (a writable, C-contiguous buffer). Not supported (they raise SystemError naming the
 * unit): the e-family (es, et, es#, et#) and the deprecated Py_UNICODE units u, u#, Z, Z#.
 *
 * Buffers: str and bytes are read directly; any other object is asked through its type's
 * bf_getbuffer (PyBUF_SIMPLE). A Py_buffer filled for str or bytes holds a new reference in
 * obj, readonly 1, itemsize 1, ndim 1 and format NULL (meaning "B"), as PyBUF_SIMPLE asks.
 * On failure every buffer already filled is released and every O& converter that returned
 * Py_CLEANUP_SUPPORTED is called with NULL, as in CPython. */
/* This file defines both the plain and the _SizeT entry points: keep the headers from
 * redirecting one to the other. */
#undef PY_SSIZE_T_CLEAN
#include "Python.h"

#include <ctype.h>

#define GA_MAX_DEPTH 32

/* Carries the va_list by pointer on every ABI. */
typedef struct {
    va_list ap;
} ga_args;

/* ---- cleanup on failure ---- */

typedef int (*ga_converter)(PyObject *, void *);

typedef struct {
    Py_buffer *view;   /* a buffer to release, or */
    ga_converter conv; /* a converter to call with NULL */
    void *addr;
} ga_cleanup_entry;

typedef struct {
    ga_cleanup_entry small[8];
    ga_cleanup_entry *items;
    int n, cap;
} ga_cleanup;

static void ga_cleanup_init(ga_cleanup *cl) {
    cl->items = cl->small;
    cl->n = 0;
    cl->cap = (int)Py_ARRAY_LENGTH(cl->small);
}

static int ga_cleanup_add(ga_cleanup *cl, Py_buffer *view, ga_converter conv, void *addr) {
    if (cl->n == cl->cap) {
        int cap = cl->cap * 2;
        ga_cleanup_entry *p = PyMem_Malloc(sizeof(ga_cleanup_entry) * (size_t)cap);
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        memcpy(p, cl->items, sizeof(ga_cleanup_entry) * (size_t)cl->n);
        if (cl->items != cl->small)
            PyMem_Free(cl->items);
        cl->items = p;
        cl->cap = cap;
    }
    cl->items[cl->n].view = view;
    cl->items[cl->n].conv = conv;
    cl->items[cl->n].addr = addr;
    cl->n++;
    return 0;
}

static void ga_release_buffer(Py_buffer *view) {
    PyObject *obj = view->obj;
    if (obj == NULL)
        return;
    PyBufferProcs *pb = Py_TYPE(obj)->tp_as_buffer;
    if (pb != NULL && pb->bf_releasebuffer != NULL)
        pb->bf_releasebuffer(obj, view);
    view->obj = NULL;
    Py_DECREF(obj);
}

/* Ends a parse: returns `ok`; on failure undoes what the cleanup list records. */
static int ga_cleanup_finish(ga_cleanup *cl, int ok) {
    if (!ok) {
        for (int i = cl->n - 1; i >= 0; i--) {
            if (cl->items[i].view != NULL)
                ga_release_buffer(cl->items[i].view);
            else
                cl->items[i].conv(NULL, cl->items[i].addr);
        }
    }
    if (cl->items != cl->small)
        PyMem_Free(cl->items);
    return ok;
}

/* ---- conversion errors ----
 * A conversion fails either with an exception already set, or with a message ("must be X,
 * not Y") and the path of item indexes inside nested sequences; the caller then raises
 * TypeError "[f() ]argument N[, item K...] <message>" or the ';' text. */

typedef struct {
    char msg[256];
    int levels[GA_MAX_DEPTH];
    int nlevels;
    int system; /* the message describes a bad format: raise SystemError */
} ga_error;

static const char *ga_type_name(PyObject *o) { return o == Py_None ? "None" : Py_TYPE(o)->tp_name; }

static int ga_expected(ga_error *err, const char *expected, PyObject *arg) {
    snprintf(err->msg, sizeof err->msg, "must be %.50s, not %.50s", expected, ga_type_name(arg));
    err->nlevels = 0;
    err->system = 0;
    return -1;
}

static int ga_bad_format(ga_error *err, const char *what) {
    snprintf(err->msg, sizeof err->msg, "%s", what);
    err->nlevels = 0;
    err->system = 1;
    return -1;
}

/* Raise the exception for a failed conversion of argument `iarg` (1-based; 0 = unnumbered). */
static void ga_raise(ga_error *err, Py_ssize_t iarg, const char *fname, const char *custom) {
    if (PyErr_Occurred() != NULL)
        return;
    if (custom != NULL && !err->system) {
        PyErr_SetString(PyExc_TypeError, custom);
        return;
    }
    char buf[512];
    size_t n = 0;
    if (fname != NULL)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%.200s() ", fname);
    if (n < sizeof buf) {
        if (iarg != 0)
            n += (size_t)snprintf(buf + n, sizeof buf - n, "argument %zd", iarg);
        else
            n += (size_t)snprintf(buf + n, sizeof buf - n, "argument");
    }
    for (int i = 0; i < err->nlevels && n < sizeof buf; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, ", item %d", err->levels[i]);
    if (n < sizeof buf)
        snprintf(buf + n, sizeof buf - n, " %.256s", err->msg);
    PyErr_SetString(err->system ? PyExc_SystemError : PyExc_TypeError, buf);
}

/* ---- helpers ---- */

/* An int (or __index__ object) taken modulo 2**64: the 'B', 'H', 'I', 'k', 'K' semantics.
 * Values of C long long or unsigned long range need only those conversions; others fall back
 * on PyLong_AsUnsignedLongLongMask. */
static unsigned long long ga_mask(PyObject *arg, int *failed) {
    *failed = 0;
    long long v = PyLong_AsLongLong(arg);
    if (!(v == -1 && PyErr_Occurred() != NULL))
        return (unsigned long long)v;
    if (!PyErr_ExceptionMatches(PyExc_OverflowError)) {
        *failed = 1;
        return (unsigned long long)-1;
    }
    PyErr_Clear();
    PyObject *index = PyNumber_Index(arg);
    if (index == NULL) {
        *failed = 1;
        return (unsigned long long)-1;
    }
    unsigned long u = PyLong_AsUnsignedLong(index);
    if (!(u == (unsigned long)-1 && PyErr_Occurred() != NULL)) {
        Py_DECREF(index);
        return u;
    }
    PyErr_Clear();
    unsigned long long m = PyLong_AsUnsignedLongLongMask(index);
    Py_DECREF(index);
    if (m == (unsigned long long)-1 && PyErr_Occurred() != NULL)
        *failed = 1;
    return m;
}

static int ga_is_sequence(PyObject *o) {
    if (PyTuple_Check(o) || PyList_Check(o) || PyUnicode_Check(o))
        return 1;
    if (PyDict_Check(o))
        return 0;
    PySequenceMethods *sq = Py_TYPE(o)->tp_as_sequence;
    return sq != NULL && sq->sq_item != NULL;
}

static PyObject *ga_sequence_item(PyObject *seq, Py_ssize_t i) {
    if (PyTuple_Check(seq))
        return Py_NewRef(PyTuple_GET_ITEM(seq, i));
    if (PyList_Check(seq))
        return Py_NewRef(PyList_GET_ITEM(seq, i));
    PyObject *key = PyLong_FromSsize_t(i);
    if (key == NULL)
        return NULL;
    PyObject *item = PyObject_GetItem(seq, key);
    Py_DECREF(key);
    return item;
}

static void ga_fill_view(Py_buffer *view, PyObject *obj, const char *buf, Py_ssize_t len) {
    view->buf = (void *)buf;
    view->obj = obj != NULL ? Py_NewRef(obj) : NULL;
    view->len = len;
    view->itemsize = 1;
    view->readonly = 1;
    view->ndim = 1;
    view->format = NULL;
    view->shape = NULL;
    view->strides = NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
}

/* A PyBUF_SIMPLE view of a bytes-like object (not str). -1 with TypeError set if the object
 * has no buffer. */
static int ga_get_buffer(PyObject *arg, Py_buffer *view) {
    if (PyBytes_Check(arg)) {
        ga_fill_view(view, arg, PyBytes_AS_STRING(arg), PyBytes_GET_SIZE(arg));
        return 0;
    }
    PyBufferProcs *pb = Py_TYPE(arg)->tp_as_buffer;
    if (pb == NULL || pb->bf_getbuffer == NULL) {
        PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'", Py_TYPE(arg)->tp_name);
        return -1;
    }
    memset(view, 0, sizeof *view);
    return pb->bf_getbuffer(arg, view, 0 /* PyBUF_SIMPLE */);
}

/* Pointer and length of a read-only bytes-like object whose memory stays valid without a
 * held buffer (the '#' units and 'y'). */
static int ga_read_only_bytes(PyObject *arg, const char **p, Py_ssize_t *len, ga_error *err) {
    if (PyBytes_Check(arg)) {
        *p = PyBytes_AS_STRING(arg);
        *len = PyBytes_GET_SIZE(arg);
        return 0;
    }
    PyBufferProcs *pb = Py_TYPE(arg)->tp_as_buffer;
    if ((pb != NULL && pb->bf_releasebuffer != NULL) || PyObject_TypeCheck(arg, &PyByteArray_Type))
        return ga_expected(err, "read-only bytes-like object", arg);
    Py_buffer view;
    if (ga_get_buffer(arg, &view) < 0)
        return -1;
    *p = view.buf;
    *len = view.len;
    ga_release_buffer(&view);
    return 0;
}

static int ga_str_utf8(PyObject *arg, const char **p, Py_ssize_t *len) {
    *p = PyUnicode_AsUTF8AndSize(arg, len);
    return *p == NULL ? -1 : 0;
}

/* Number of units in the nested group whose text starts at `f` (just after its '('); -1 if
 * its ')' is missing. */
static int ga_count_group(const char *f, int *count) {
    int level = 0, n = 0;
    for (;; f++) {
        char c = *f;
        if (c == '\0')
            return -1;
        if (c == '(') {
            if (level == 0)
                n++;
            level++;
        } else if (c == ')') {
            if (level == 0)
                break;
            level--;
        } else if (level == 0 && isalpha((unsigned char)c) && c != 'e') {
            n++;
        }
    }
    *count = n;
    return 0;
}

static int ga_unsupported(ga_error *err, const char *unit) {
    char tmp[128];
    snprintf(tmp, sizeof tmp, "(format unit '%s' is not supported by Swallow)", unit);
    return ga_bad_format(err, tmp);
}

static int ga_convert(PyObject *arg, const char **pfmt, ga_args *a, ga_error *err, ga_cleanup *cl, int depth);

/* A nested "(...)" group. */
static int ga_convert_group(PyObject *arg, const char **pfmt, ga_args *a, ga_error *err, ga_cleanup *cl, int depth) {
    int n;
    if (ga_count_group(*pfmt, &n) < 0)
        return ga_bad_format(err, "(missing ')' in getargs format)");
    if (depth >= GA_MAX_DEPTH)
        return ga_bad_format(err, "(nesting too deep in getargs format)");
    if (!ga_is_sequence(arg) || PyBytes_Check(arg)) {
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%d-item sequence", n);
        return ga_expected(err, tmp, arg);
    }
    Py_ssize_t len = PyObject_Size(arg);
    if (len < 0)
        return -1;
    if (len != n) {
        snprintf(err->msg, sizeof err->msg, "must be sequence of length %d, not %zd", n, len);
        err->nlevels = 0;
        err->system = 0;
        return -1;
    }
    for (int i = 0; i < n; i++) {
        PyObject *item = ga_sequence_item(arg, i);
        if (item == NULL)
            return -1;
        int r = ga_convert(item, pfmt, a, err, cl, depth + 1);
        Py_DECREF(item);
        if (r < 0) {
            if (PyErr_Occurred() == NULL && err->nlevels < GA_MAX_DEPTH) {
                memmove(err->levels + 1, err->levels, sizeof(int) * (size_t)err->nlevels);
                err->levels[0] = i;
                err->nlevels++;
            }
            return -1;
        }
    }
    if (**pfmt != ')')
        return ga_bad_format(err, "(missing ')' in getargs format)");
    (*pfmt)++;
    return 0;
}

/* Convert `arg` by the unit at *pfmt, storing through pointers taken from `a`. 0 on success;
 * -1 with an exception set or `err` filled. */
static int ga_convert(PyObject *arg, const char **pfmt, ga_args *a, ga_error *err, ga_cleanup *cl, int depth) {
    const char *f = *pfmt;
    char c = *f++;
    *pfmt = f;
    switch (c) {
    case '(':
        return ga_convert_group(arg, pfmt, a, err, cl, depth);

    case 'b': {
        unsigned char *p = va_arg(a->ap, unsigned char *);
        long v = PyLong_AsLong(arg);
        if (v == -1 && PyErr_Occurred() != NULL)
            return -1;
        if (v < 0) {
            PyErr_SetString(PyExc_OverflowError, "unsigned byte integer is less than minimum");
            return -1;
        }
        if (v > UCHAR_MAX) {
            PyErr_SetString(PyExc_OverflowError, "unsigned byte integer is greater than maximum");
            return -1;
        }
        *p = (unsigned char)v;
        return 0;
    }
    case 'h': {
        short *p = va_arg(a->ap, short *);
        long v = PyLong_AsLong(arg);
        if (v == -1 && PyErr_Occurred() != NULL)
            return -1;
        if (v < SHRT_MIN) {
            PyErr_SetString(PyExc_OverflowError, "signed short integer is less than minimum");
            return -1;
        }
        if (v > SHRT_MAX) {
            PyErr_SetString(PyExc_OverflowError, "signed short integer is greater than maximum");
            return -1;
        }
        *p = (short)v;
        return 0;
    }
    case 'i': {
        int *p = va_arg(a->ap, int *);
        long v = PyLong_AsLong(arg);
        if (v == -1 && PyErr_Occurred() != NULL)
            return -1;
        if (v > INT_MAX) {
            PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
            return -1;
        }
        if (v < INT_MIN) {
            PyErr_SetString(PyExc_OverflowError, "signed integer is less than minimum");
            return -1;
        }
        *p = (int)v;
        return 0;
    }
    case 'l': {
        long *p = va_arg(a->ap, long *);
        long v = PyLong_AsLong(arg);
        if (v == -1 && PyErr_Occurred() != NULL)
            return -1;
        *p = v;
        return 0;
    }
    case 'L': {
        long long *p = va_arg(a->ap, long long *);
        long long v = PyLong_AsLongLong(arg);
        if (v == -1 && PyErr_Occurred() != NULL)
            return -1;
        *p = v;
        return 0;
    }
    case 'B': case 'H': case 'I': case 'k': case 'K': {
        void *p = va_arg(a->ap, void *);
        if ((c == 'k' || c == 'K') && !PyLong_Check(arg))
            return ga_expected(err, "int", arg);
        int failed;
        unsigned long long v = ga_mask(arg, &failed);
        if (failed)
            return -1;
        if (c == 'B')
            *(unsigned char *)p = (unsigned char)v;
        else if (c == 'H')
            *(unsigned short *)p = (unsigned short)v;
        else if (c == 'I')
            *(unsigned int *)p = (unsigned int)v;
        else if (c == 'k')
            *(unsigned long *)p = (unsigned long)v;
        else
            *(unsigned long long *)p = v;
        return 0;
    }
    case 'n': {
        Py_ssize_t *p = va_arg(a->ap, Py_ssize_t *);
        PyObject *index = PyNumber_Index(arg);
        if (index == NULL)
            return -1;
        Py_ssize_t v = PyLong_AsSsize_t(index);
        Py_DECREF(index);
        if (v == -1 && PyErr_Occurred() != NULL)
            return -1;
        *p = v;
        return 0;
    }
    case 'c': {
        char *p = va_arg(a->ap, char *);
        if (PyBytes_Check(arg) && PyBytes_GET_SIZE(arg) == 1) {
            *p = PyBytes_AS_STRING(arg)[0];
            return 0;
        }
        if (PyObject_TypeCheck(arg, &PyByteArray_Type) && Py_SIZE(arg) == 1) {
            *p = ((PyByteArrayObject *)arg)->ob_start[0];
            return 0;
        }
        return ga_expected(err, "a byte string of length 1", arg);
    }
    case 'C': {
        int *p = va_arg(a->ap, int *);
        if (!PyUnicode_Check(arg) || PyUnicode_READY(arg) < 0 || PyUnicode_GET_LENGTH(arg) != 1)
            return PyErr_Occurred() != NULL ? -1 : ga_expected(err, "a unicode character", arg);
        *p = (int)PyUnicode_READ_CHAR(arg, 0);
        return 0;
    }
    case 'p': {
        int *p = va_arg(a->ap, int *);
        int v = PyObject_IsTrue(arg);
        if (v < 0)
            return -1;
        *p = v;
        return 0;
    }
    case 'f': case 'd': {
        void *p = va_arg(a->ap, void *);
        double v = PyFloat_AsDouble(arg);
        if (v == -1.0 && PyErr_Occurred() != NULL)
            return -1;
        if (c == 'f')
            *(float *)p = (float)v;
        else
            *(double *)p = v;
        return 0;
    }
    case 'D': {
        Py_complex *p = va_arg(a->ap, Py_complex *);
        Py_complex v;
        if (Py_IS_TYPE(arg, &PyComplex_Type)) {
            v = ((PyComplexObject *)arg)->cval;
        } else {
            v = PyComplex_AsCComplex(arg);
            if (v.real == -1.0 && PyErr_Occurred() != NULL)
                return -1;
        }
        *p = v;
        return 0;
    }

    case 's': case 'z': case 'y': {
        int nullable = c == 'z';
        if (*f == '*') {
            *pfmt = ++f;
            Py_buffer *view = va_arg(a->ap, Py_buffer *);
            if (nullable && arg == Py_None) {
                ga_fill_view(view, NULL, NULL, 0);
                return 0;
            }
            if (c != 'y' && PyUnicode_Check(arg)) {
                const char *s;
                Py_ssize_t len;
                if (ga_str_utf8(arg, &s, &len) < 0)
                    return -1;
                ga_fill_view(view, arg, s, len);
            } else if (ga_get_buffer(arg, view) < 0) {
                return -1;
            }
            return ga_cleanup_add(cl, view, NULL, NULL);
        }
        const char **p = va_arg(a->ap, const char **);
        Py_ssize_t *plen = NULL;
        if (*f == '#') {
            *pfmt = ++f;
            plen = va_arg(a->ap, Py_ssize_t *);
        }
        const char *s = NULL;
        Py_ssize_t len = 0;
        if (nullable && arg == Py_None) {
            *p = NULL;
            if (plen != NULL)
                *plen = 0;
            return 0;
        }
        if (c != 'y' && PyUnicode_Check(arg)) {
            if (ga_str_utf8(arg, &s, &len) < 0)
                return -1;
        } else if (c != 'y' && plen == NULL) {
            return ga_expected(err, nullable ? "str or None" : "str", arg);
        } else if (ga_read_only_bytes(arg, &s, &len, err) < 0) {
            return -1;
        }
        if (plen == NULL && (Py_ssize_t)strlen(s) != len) {
            PyErr_SetString(PyExc_ValueError, c == 'y' ? "embedded null byte" : "embedded null character");
            return -1;
        }
        *p = s;
        if (plen != NULL)
            *plen = len;
        return 0;
    }

    case 'S': case 'Y': case 'U': {
        PyObject **p = va_arg(a->ap, PyObject **);
        if (c == 'S' && !PyBytes_Check(arg))
            return ga_expected(err, "bytes", arg);
        if (c == 'Y' && !PyObject_TypeCheck(arg, &PyByteArray_Type))
            return ga_expected(err, "bytearray", arg);
        if (c == 'U') {
            if (!PyUnicode_Check(arg))
                return ga_expected(err, "str", arg);
            if (PyUnicode_READY(arg) < 0)
                return -1;
        }
        *p = arg;
        return 0;
    }
    case 'O': {
        if (*f == '!') {
            *pfmt = ++f;
            PyTypeObject *type = va_arg(a->ap, PyTypeObject *);
            PyObject **p = va_arg(a->ap, PyObject **);
            if (!PyObject_TypeCheck(arg, type))
                return ga_expected(err, type->tp_name, arg);
            *p = arg;
            return 0;
        }
        if (*f == '&') {
            *pfmt = ++f;
            ga_converter conv = va_arg(a->ap, ga_converter);
            void *addr = va_arg(a->ap, void *);
            int r = conv(arg, addr);
            if (r == 0) {
                if (PyErr_Occurred() == NULL)
                    ga_bad_format(err, "(unspecified)");
                return -1;
            }
            if (r == Py_CLEANUP_SUPPORTED)
                return ga_cleanup_add(cl, NULL, conv, addr);
            return 0;
        }
        PyObject **p = va_arg(a->ap, PyObject **);
        *p = arg;
        return 0;
    }

    case 'e':
        return ga_unsupported(err, *f == 't' ? "et" : "es");
    case 'w': {
        /* w*: a writable, C-contiguous buffer, released with the other buffers. */
        if (*f != '*')
            return ga_bad_format(err, "(invalid use of 'w' format character)");
        *pfmt = ++f;
        Py_buffer *view = va_arg(a->ap, Py_buffer *);
        if (PyObject_GetBuffer(arg, view, PyBUF_WRITABLE) < 0) {
            PyErr_Clear();
            return ga_expected(err, "read-write bytes-like object", arg);
        }
        if (!PyBuffer_IsContiguous(view, 'C')) {
            ga_release_buffer(view);
            return ga_expected(err, "contiguous buffer", arg);
        }
        return ga_cleanup_add(cl, view, NULL, NULL);
    }
    case 'u': case 'Z':
        return ga_unsupported(err, c == 'u' ? "u" : "Z");
    default:
        return ga_bad_format(err, "(impossible<bad format char>)");
    }
}

/* Consume the va_list pointers of the unit at *pfmt without converting anything (an
 * optional argument that was not given). -1 with SystemError set on a bad format. */
static int ga_skip(const char **pfmt, ga_args *a) {
    const char *f = *pfmt;
    char c = *f++;
    switch (c) {
    case '(':
        while (*f != ')') {
            if (*f == '\0') {
                PyErr_SetString(PyExc_SystemError, "missing ')' in getargs format");
                return -1;
            }
            if (ga_skip(&f, a) < 0)
                return -1;
        }
        f++;
        break;
    case 'O':
        if (*f == '!' || *f == '&') {
            f++;
            (void)va_arg(a->ap, void *);
        }
        (void)va_arg(a->ap, void *);
        break;
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'I': case 'l': case 'k': case 'L':
    case 'K': case 'n': case 'c': case 'C': case 'p': case 'f': case 'd': case 'D': case 'S':
    case 'Y': case 'U': case 's': case 'z': case 'y': case 'w':
        (void)va_arg(a->ap, void *);
        if (*f == '#') {
            f++;
            (void)va_arg(a->ap, void *);
        } else if (*f == '*') {
            f++;
        }
        break;
    default:
        PyErr_Format(PyExc_SystemError, "bad format string: %.200s", *pfmt);
        return -1;
    }
    *pfmt = f;
    return 0;
}

/* The function name after ':' and the error text after ';', if any. */
static void ga_names(const char *format, const char **fname, const char **custom) {
    *fname = NULL;
    *custom = NULL;
    for (const char *f = format; *f; f++) {
        if (*f == ':') {
            *fname = f + 1;
            return;
        }
        if (*f == ';') {
            *custom = f + 1;
            return;
        }
    }
}

#define GA_END_OF_FORMAT(c) ((c) == '\0' || (c) == ':' || (c) == ';')

/* ---- positional parsing: PyArg_ParseTuple, PyArg_VaParse, PyArg_Parse ---- */

static int ga_parse_tuple(PyObject *args, const char *format, ga_args *a, int compat) {
    if (format == NULL) {
        PyErr_BadInternalCall();
        return 0;
    }
    const char *fname, *custom;
    ga_names(format, &fname, &custom);
    int level = 0, min = -1, max = 0;
    for (const char *f = format; !GA_END_OF_FORMAT(*f); f++) {
        char c = *f;
        if (c == '(') {
            if (level == 0)
                max++;
            level++;
        } else if (c == ')') {
            if (level == 0) {
                PyErr_SetString(PyExc_SystemError, "excess ')' in getargs format");
                return 0;
            }
            level--;
        } else if (level == 0) {
            if (c == '|')
                min = max;
            else if (isalpha((unsigned char)c) && c != 'e')
                max++;
        }
    }
    if (level != 0) {
        PyErr_SetString(PyExc_SystemError, "missing ')' in getargs format");
        return 0;
    }
    if (min < 0)
        min = max;

    ga_cleanup cl;
    ga_error err;
    ga_cleanup_init(&cl);
    const char *f = format;

    if (compat) {
        if (max == 0) {
            if (args == NULL)
                return 1;
            PyErr_Format(PyExc_TypeError, "%.200s%s takes no arguments", fname ? fname : "function",
                         fname ? "()" : "");
            return 0;
        }
        if (min == 1 && max == 1) {
            if (args == NULL) {
                PyErr_Format(PyExc_TypeError, "%.200s%s takes at least one argument",
                             fname ? fname : "function", fname ? "()" : "");
                return 0;
            }
            if (ga_convert(args, &f, a, &err, &cl, 0) < 0) {
                ga_raise(&err, 0, fname, custom);
                return ga_cleanup_finish(&cl, 0);
            }
            return ga_cleanup_finish(&cl, 1);
        }
        PyErr_SetString(PyExc_SystemError, "old style getargs format uses new features");
        return 0;
    }

    if (args == NULL || !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "new style getargs format but argument is not a tuple");
        return 0;
    }
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (nargs < min || nargs > max) {
        if (custom != NULL) {
            PyErr_SetString(PyExc_TypeError, custom);
        } else {
            int count = nargs < min ? min : max;
            PyErr_Format(PyExc_TypeError, "%.150s%s takes %s %d argument%s (%zd given)",
                         fname ? fname : "function", fname ? "()" : "",
                         min == max ? "exactly" : nargs < min ? "at least" : "at most", count,
                         count == 1 ? "" : "s", nargs);
        }
        return 0;
    }
    for (Py_ssize_t i = 0; i < nargs; i++) {
        if (*f == '|')
            f++;
        if (ga_convert(PyTuple_GET_ITEM(args, i), &f, a, &err, &cl, 0) < 0) {
            ga_raise(&err, i + 1, fname, custom);
            return ga_cleanup_finish(&cl, 0);
        }
    }
    if (!GA_END_OF_FORMAT(*f) && !isalpha((unsigned char)*f) && *f != '(' && *f != '|') {
        PyErr_Format(PyExc_SystemError, "bad format string: %.200s", format);
        return ga_cleanup_finish(&cl, 0);
    }
    return ga_cleanup_finish(&cl, 1);
}

static int ga_parse_tuple_va(PyObject *args, const char *format, va_list va, int compat) {
    ga_args a;
    va_copy(a.ap, va);
    int r = ga_parse_tuple(args, format, &a, compat);
    va_end(a.ap);
    return r;
}

int PyArg_ParseTuple(PyObject *args, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = ga_parse_tuple_va(args, format, va, 0);
    va_end(va);
    return r;
}

int _PyArg_ParseTuple_SizeT(PyObject *args, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = ga_parse_tuple_va(args, format, va, 0);
    va_end(va);
    return r;
}

int PyArg_VaParse(PyObject *args, const char *format, va_list va) {
    return ga_parse_tuple_va(args, format, va, 0);
}

int _PyArg_VaParse_SizeT(PyObject *args, const char *format, va_list va) {
    return ga_parse_tuple_va(args, format, va, 0);
}

int PyArg_Parse(PyObject *arg, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = ga_parse_tuple_va(arg, format, va, 1);
    va_end(va);
    return r;
}

int _PyArg_Parse_SizeT(PyObject *arg, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = ga_parse_tuple_va(arg, format, va, 1);
    va_end(va);
    return r;
}

/* ---- keyword parsing: PyArg_ParseTupleAndKeywords ---- */

/* kwargs[name], borrowed; NULL if absent (an error may be set). Keyword dicts are small, so the
 * keys are compared with the C name as UTF-8 (cached in each key's mirror) instead of making a
 * string object for every name of the keyword list on every call. */
static PyObject *ga_kwarg(PyObject *kwargs, const char *name) {
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(kwargs, &pos, &key, &value)) {
        if (!PyUnicode_Check(key))
            continue;
        const char *k = PyUnicode_AsUTF8(key);
        if (k == NULL)
            return NULL;
        if (strcmp(k, name) == 0)
            return value;
    }
    return NULL;
}

/* Unit positions of '|' and '$' at the top level of a keyword format (`len` if absent). */
static void ga_markers(const char *format, int len, int *min, int *max) {
    int level = 0, n = 0;
    *min = *max = len;
    for (const char *f = format; !GA_END_OF_FORMAT(*f); f++) {
        char c = *f;
        if (c == '(') {
            if (level == 0)
                n++;
            level++;
        } else if (c == ')') {
            level--;
        } else if (level == 0) {
            if (c == '|' && *min == len)
                *min = n;
            else if (c == '$' && *max == len)
                *max = n;
            else if (isalpha((unsigned char)c) && c != 'e')
                n++;
        }
    }
}

static int ga_parse_keywords(PyObject *args, PyObject *kwargs, const char *format, char **kwlist, ga_args *a) {
    if (args == NULL || !PyTuple_Check(args) || (kwargs != NULL && !PyDict_Check(kwargs)) ||
        format == NULL || kwlist == NULL) {
        PyErr_BadInternalCall();
        return 0;
    }
    const char *fname, *custom;
    ga_names(format, &fname, &custom);
    const char *who = fname ? fname : "function";
    const char *parens = fname ? "()" : "";

    int len = 0, posonly = 0;
    while (kwlist[len] != NULL)
        len++;
    while (posonly < len && kwlist[posonly][0] == '\0')
        posonly++;
    for (int i = posonly; i < len; i++) {
        if (kwlist[i][0] == '\0') {
            PyErr_Format(PyExc_SystemError, "Empty keyword parameter name");
            return 0;
        }
    }

    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    Py_ssize_t nkwargs = kwargs != NULL ? PyDict_Size(kwargs) : 0;
    if (nargs + nkwargs > len) {
        PyErr_Format(PyExc_TypeError, "%.200s%s takes at most %d %sargument%s (%zd given)", who, parens,
                     len, nargs == 0 ? "keyword " : "", len == 1 ? "" : "s", nargs + nkwargs);
        return 0;
    }

    ga_cleanup cl;
    ga_error err;
    ga_cleanup_init(&cl);
    const char *f = format;
    int min = INT_MAX, max = INT_MAX;
    int i;
    for (i = 0; i < len; i++) {
        int checking = i < nargs || nkwargs > 0; /* format markers are only checked while used */
        if (*f == '|') {
            if (checking && min != INT_MAX) {
                PyErr_SetString(PyExc_SystemError, "Invalid format string (| specified twice)");
                return ga_cleanup_finish(&cl, 0);
            }
            if (checking && max != INT_MAX) {
                PyErr_SetString(PyExc_SystemError, "Invalid format string ($ before |)");
                return ga_cleanup_finish(&cl, 0);
            }
            min = i;
            f++;
        }
        if (*f == '$') {
            if (checking && max != INT_MAX) {
                PyErr_SetString(PyExc_SystemError, "Invalid format string ($ specified twice)");
                return ga_cleanup_finish(&cl, 0);
            }
            max = i;
            f++;
            if (checking && max < posonly) {
                PyErr_SetString(PyExc_SystemError, "Empty parameter name after $");
                return ga_cleanup_finish(&cl, 0);
            }
            if (nargs > max) {
                if (max == 0)
                    PyErr_Format(PyExc_TypeError, "%.200s%s takes no positional arguments", who, parens);
                else
                    PyErr_Format(PyExc_TypeError, "%.200s%s takes %s %d positional argument%s (%zd given)",
                                 who, parens, min != INT_MAX ? "at most" : "exactly", max,
                                 max == 1 ? "" : "s", nargs);
                return ga_cleanup_finish(&cl, 0);
            }
        }
        if (GA_END_OF_FORMAT(*f)) {
            PyErr_Format(PyExc_SystemError, "More keyword list entries (%d) than format specifiers (%d)", len, i);
            return ga_cleanup_finish(&cl, 0);
        }
        PyObject *current = NULL;
        if (i < nargs) {
            current = PyTuple_GET_ITEM(args, i);
        } else if (nkwargs > 0 && i >= posonly) {
            current = ga_kwarg(kwargs, kwlist[i]);
            if (current != NULL)
                nkwargs--;
            else if (PyErr_Occurred() != NULL)
                return ga_cleanup_finish(&cl, 0);
        }
        if (current != NULL) {
            if (ga_convert(current, &f, a, &err, &cl, 0) < 0) {
                ga_raise(&err, i + 1, fname, custom);
                return ga_cleanup_finish(&cl, 0);
            }
            continue;
        }
        if (i < min) {
            if (i < posonly) {
                /* Counts from the whole format, including markers not reached yet. */
                int fmin, fmax;
                ga_markers(format, len, &fmin, &fmax);
                int need = posonly < fmin ? posonly : fmin;
                int most = fmax;
                PyErr_Format(PyExc_TypeError, "%.200s%s takes %s %d positional argument%s (%zd given)",
                             who, parens, need < most ? "at least" : "exactly", need, need == 1 ? "" : "s",
                             nargs);
            } else {
                PyErr_Format(PyExc_TypeError, "%.200s%s missing required argument '%s' (pos %d)", who,
                             parens, kwlist[i], i + 1);
            }
            return ga_cleanup_finish(&cl, 0);
        }
        if (ga_skip(&f, a) < 0)
            return ga_cleanup_finish(&cl, 0);
    }
    if (!GA_END_OF_FORMAT(*f) && *f != '|' && *f != '$') {
        PyErr_Format(PyExc_SystemError,
                     "more argument specifiers than keyword list entries (remaining format:'%s')", f);
        return ga_cleanup_finish(&cl, 0);
    }

    if (nkwargs > 0) {
        /* An argument given both ways. */
        for (Py_ssize_t j = posonly; j < nargs && j < len; j++) {
            PyObject *v = ga_kwarg(kwargs, kwlist[j]);
            if (v != NULL) {
                PyErr_Format(PyExc_TypeError, "argument for %.200s%s given by name ('%s') and position (%zd)",
                             who, parens, kwlist[j], j + 1);
                return ga_cleanup_finish(&cl, 0);
            }
            if (PyErr_Occurred() != NULL)
                return ga_cleanup_finish(&cl, 0);
        }
        /* A keyword that names no parameter. */
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(kwargs, &pos, &key, &value)) {
            if (!PyUnicode_Check(key)) {
                PyErr_SetString(PyExc_TypeError, "keywords must be strings");
                return ga_cleanup_finish(&cl, 0);
            }
            int known = 0;
            for (int k = posonly; k < len && !known; k++)
                known = PyUnicode_CompareWithASCIIString(key, kwlist[k]) == 0;
            if (!known) {
                if (fname != NULL)
                    PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for %.200s()", key, fname);
                else
                    PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for this function", key);
                return ga_cleanup_finish(&cl, 0);
            }
        }
    }
    return ga_cleanup_finish(&cl, 1);
}

static int ga_parse_keywords_va(PyObject *args, PyObject *kwargs, const char *format, char **kwlist, va_list va) {
    ga_args a;
    va_copy(a.ap, va);
    int r = ga_parse_keywords(args, kwargs, format, kwlist, &a);
    va_end(a.ap);
    return r;
}

int PyArg_ParseTupleAndKeywords(PyObject *args, PyObject *kwargs, const char *format, char **kwlist, ...) {
    va_list va;
    va_start(va, kwlist);
    int r = ga_parse_keywords_va(args, kwargs, format, kwlist, va);
    va_end(va);
    return r;
}

int _PyArg_ParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kwargs, const char *format, char **kwlist, ...) {
    va_list va;
    va_start(va, kwlist);
    int r = ga_parse_keywords_va(args, kwargs, format, kwlist, va);
    va_end(va);
    return r;
}

int PyArg_VaParseTupleAndKeywords(PyObject *args, PyObject *kwargs, const char *format, char **kwlist, va_list va) {
    return ga_parse_keywords_va(args, kwargs, format, kwlist, va);
}

int _PyArg_VaParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kwargs, const char *format, char **kwlist,
                                         va_list va) {
    return ga_parse_keywords_va(args, kwargs, format, kwlist, va);
}

/* ---- the _PyArg_Parser entry points (format-based parsers; Argument Clinic's own code uses
 * _PyArg_UnpackKeywords in clinic.c). The parser's format and keywords drive the same parse
 * as PyArg_ParseTupleAndKeywords; the vectorcall forms see their arguments as a tuple and a
 * dict built for the call (the caller's references keep the objects alive). ---- */

/* Steps over one format unit (nested groups whole). */
static void ga_step_unit(const char **pf) {
    const char *f = *pf;
    if (*f == '(') {
        int depth = 0;
        do {
            if (*f == '(') depth++;
            else if (*f == ')') depth--;
            f++;
        } while (depth > 0 && *f);
    } else if (*f == 'e') {
        f += 2; /* es / et */
        if (*f == '#') f++;
    } else {
        f++;
        if (*f == '#' || *f == '*' || *f == '!' || *f == '&') f++;
    }
    *pf = f;
}

/* What CPython checks once per parser before using it: the keywords match the format's units,
 * then the argument counts against the parser's limits (which word the messages differently
 * from PyArg_ParseTupleAndKeywords). 1 if the parse may go on. */
static int ga_fast_check(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *parser) {
    const char *fname, *custom;
    ga_names(parser->format, &fname, &custom);
    int len = 0;
    while (parser->keywords[len] != NULL) len++;
    int min = INT_MAX, max = INT_MAX;
    const char *f = parser->format;
    for (int i = 0; i < len; i++) {
        if (*f == '|') {
            min = i;
            f++;
        }
        if (*f == '$') {
            max = i;
            f++;
        }
        if (GA_END_OF_FORMAT(*f)) {
            PyErr_Format(PyExc_SystemError, "More keyword list entries (%d) than format specifiers (%d)", len, i);
            return 0;
        }
        ga_step_unit(&f);
    }
    if (!GA_END_OF_FORMAT(*f) && *f != '|' && *f != '$') {
        PyErr_Format(PyExc_SystemError, "more argument specifiers than keyword list entries (remaining format:'%s')", f);
        return 0;
    }
    if (min > len) min = len;
    if (max > len) max = len;
    Py_ssize_t nargs = args ? PyTuple_GET_SIZE(args) : 0;
    Py_ssize_t nkwargs = kwargs ? PyDict_GET_SIZE(kwargs) : 0;
    const char *who = fname ? fname : "function", *parens = fname ? "()" : "";
    if (nargs + nkwargs > len) {
        PyErr_Format(PyExc_TypeError, "%.200s%s takes at most %d %sargument%s (%zd given)", who, parens, len,
                     nargs == 0 ? "keyword " : "", len == 1 ? "" : "s", nargs + nkwargs);
        return 0;
    }
    if (nargs > max) {
        if (max == 0)
            PyErr_Format(PyExc_TypeError, "%.200s%s takes no positional arguments", who, parens);
        else
            PyErr_Format(PyExc_TypeError, "%.200s%s takes %s %d positional argument%s (%zd given)", who, parens,
                         min < max ? "at most" : "exactly", max, max == 1 ? "" : "s", nargs);
        return 0;
    }
    return 1;
}

static int ga_fast_va(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *parser, va_list va) {
    if (parser == NULL || parser->format == NULL || parser->keywords == NULL ||
        (args != NULL && !PyTuple_Check(args)) || (kwargs != NULL && !PyDict_Check(kwargs))) {
        PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
        return 0;
    }
    if (!ga_fast_check(args, kwargs, parser)) return 0;
    return ga_parse_keywords_va(args, kwargs, parser->format, (char **)parser->keywords, va);
}

int _PyArg_ParseTupleAndKeywordsFast(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *parser, ...) {
    va_list va;
    va_start(va, parser);
    int r = ga_fast_va(args, kwargs, parser, va);
    va_end(va);
    return r;
}

int _PyArg_ParseTupleAndKeywordsFast_SizeT(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *parser, ...) {
    va_list va;
    va_start(va, parser);
    int r = ga_fast_va(args, kwargs, parser, va);
    va_end(va);
    return r;
}

int _PyArg_VaParseTupleAndKeywordsFast(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *parser, va_list va) {
    return ga_fast_va(args, kwargs, parser, va);
}

int _PyArg_VaParseTupleAndKeywordsFast_SizeT(PyObject *args, PyObject *kwargs, struct _PyArg_Parser *parser,
                                             va_list va) {
    return ga_fast_va(args, kwargs, parser, va);
}

/* The tuple of args[0:nargs] (new reference). */
static PyObject *ga_stack_tuple(PyObject *const *args, Py_ssize_t nargs) {
    PyObject *t = PyTuple_New(nargs);
    if (t == NULL) return NULL;
    for (Py_ssize_t i = 0; i < nargs; i++) {
        Py_INCREF(args[i]);
        PyTuple_SET_ITEM(t, i, args[i]);
    }
    return t;
}

/* The keyword arguments of a vectorcall: kwnames[i] = args[nargs + i] (new reference, or NULL
 * without an error when there are none). */
static PyObject *ga_stack_kwargs(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, int *failed) {
    *failed = 0;
    if (kwnames == NULL || PyTuple_GET_SIZE(kwnames) == 0) return NULL;
    PyObject *d = PyDict_New();
    for (Py_ssize_t i = 0; d != NULL && i < PyTuple_GET_SIZE(kwnames); i++) {
        if (PyDict_SetItem(d, PyTuple_GET_ITEM(kwnames, i), args[nargs + i]) < 0) Py_CLEAR(d);
    }
    if (d == NULL) *failed = 1;
    return d;
}

static int ga_stack_keywords_va(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                                struct _PyArg_Parser *parser, va_list va) {
    if (kwnames != NULL && !PyTuple_Check(kwnames)) {
        PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
        return 0;
    }
    int failed;
    PyObject *kwargs = ga_stack_kwargs(args, nargs, kwnames, &failed);
    if (failed) return 0;
    PyObject *t = ga_stack_tuple(args, nargs);
    if (t == NULL) {
        Py_XDECREF(kwargs);
        return 0;
    }
    int r = ga_fast_va(t, kwargs, parser, va);
    Py_DECREF(t);
    Py_XDECREF(kwargs);
    return r;
}

int _PyArg_ParseStackAndKeywords(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                                 struct _PyArg_Parser *parser, ...) {
    va_list va;
    va_start(va, parser);
    int r = ga_stack_keywords_va(args, nargs, kwnames, parser, va);
    va_end(va);
    return r;
}

int _PyArg_ParseStackAndKeywords_SizeT(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                                       struct _PyArg_Parser *parser, ...) {
    va_list va;
    va_start(va, parser);
    int r = ga_stack_keywords_va(args, nargs, kwnames, parser, va);
    va_end(va);
    return r;
}

static int ga_stack_va(PyObject *const *args, Py_ssize_t nargs, const char *format, va_list va) {
    PyObject *t = ga_stack_tuple(args, nargs);
    if (t == NULL) return 0;
    int r = ga_parse_tuple_va(t, format, va, 0);
    Py_DECREF(t);
    return r;
}

int _PyArg_ParseStack(PyObject *const *args, Py_ssize_t nargs, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = ga_stack_va(args, nargs, format, va);
    va_end(va);
    return r;
}

int _PyArg_ParseStack_SizeT(PyObject *const *args, Py_ssize_t nargs, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = ga_stack_va(args, nargs, format, va);
    va_end(va);
    return r;
}

/* ---- unpacking and argument-count checks ---- */

static int ga_check_count(const char *name, Py_ssize_t n, Py_ssize_t min, Py_ssize_t max) {
    if (n < min) {
        if (name != NULL)
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                         min == max ? "" : "at least ", min, min == 1 ? "" : "s", n);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : "at least ", min, min == 1 ? "" : "s", n);
        return 0;
    }
    if (n > max) {
        if (name != NULL)
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                         min == max ? "" : "at most ", max, max == 1 ? "" : "s", n);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : "at most ", max, max == 1 ? "" : "s", n);
        return 0;
    }
    return 1;
}

int PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min, Py_ssize_t max, ...) {
    if (args == NULL || !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "PyArg_UnpackTuple() argument list is not a tuple");
        return 0;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (!ga_check_count(name, n, min, max))
        return 0;
    va_list va;
    va_start(va, max);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject **p = va_arg(va, PyObject **);
        *p = PyTuple_GET_ITEM(args, i);
    }
    va_end(va);
    return 1;
}

/* CPython's headers wrap the next three in function-like macros of the same names (which
 * skip the call in the common case); this file may be compiled against them (the check in
 * tools/cshim-test), so drop the wrappers here. */
#undef _PyArg_CheckPositional
#undef _PyArg_NoKeywords
#undef _PyArg_NoPositional

int _PyArg_CheckPositional(const char *name, Py_ssize_t nargs, Py_ssize_t min, Py_ssize_t max) {
    return ga_check_count(name, nargs, min, max);
}

int _PyArg_NoKeywords(const char *funcname, PyObject *kwargs) {
    if (kwargs == NULL)
        return 1;
    if (!PyDict_Check(kwargs)) {
        PyErr_BadInternalCall();
        return 0;
    }
    if (PyDict_Size(kwargs) == 0)
        return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", funcname);
    return 0;
}

int _PyArg_NoPositional(const char *funcname, PyObject *args) {
    if (args == NULL)
        return 1;
    if (!PyTuple_Check(args)) {
        PyErr_BadInternalCall();
        return 0;
    }
    if (PyTuple_GET_SIZE(args) == 0)
        return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no positional arguments", funcname);
    return 0;
}
