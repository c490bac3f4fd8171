/* Py_BuildValue and friends: turn a format string and C values into Python objects.
 *
 * Written for Swallow against the public C-API only. Behaviour follows CPython 3.11's
 * documentation: a format with no items gives None, one item gives that item, several give a
 * tuple; "(...)", "[...]" and "{...}" build nested containers; ',', ':', ' ' and '\t' are
 * ignored between items. '#' lengths are always Py_ssize_t (the 3.11 norm: without
 * PY_SSIZE_T_CLEAN, CPython refuses '#' altogether, so a caller that uses '#' passes
 * Py_ssize_t). When an item fails, the rest of the format is still walked so that every 'N'
 * argument is consumed (and released), as CPython does. */
/* This file defines both the plain and the _SizeT entry points: keep the headers from
 * redirecting one to the other. */
#undef PY_SSIZE_T_CLEAN
#include "Python.h"

#include <wchar.h>

/* A va_list that can be handed down by pointer on every ABI. */
typedef struct {
    va_list ap;
} bv_args;

static PyObject *bv_item(const char **pfmt, bv_args *a);

/* Skip the separators that may appear between items. */
static void bv_skip_separators(const char **pfmt) {
    while (**pfmt == ',' || **pfmt == ':' || **pfmt == ' ' || **pfmt == '\t')
        (*pfmt)++;
}

/* Number of items before `end` at this nesting level, or -1 (SystemError set) if the
 * brackets do not match. */
static Py_ssize_t bv_count(const char *fmt, char end) {
    Py_ssize_t n = 0;
    int level = 0;
    for (const char *f = fmt;; f++) {
        char c = *f;
        if (c == '\0') {
            if (level == 0 && end == '\0')
                return n;
            PyErr_SetString(PyExc_SystemError, "unmatched paren in format");
            return -1;
        }
        if (level == 0 && c == end)
            return n;
        switch (c) {
        case '(': case '[': case '{':
            if (level == 0)
                n++;
            level++;
            break;
        case ')': case ']': case '}':
            if (level == 0) {
                PyErr_SetString(PyExc_SystemError, "Unmatched paren in format");
                return -1;
            }
            level--;
            break;
        case '#': case '&': case ',': case ':': case ' ': case '\t':
            break;
        default:
            if (level == 0)
                n++;
            break;
        }
    }
}

/* Encode one code point as (generalized) UTF-8; surrogates are encoded too, so that the
 * result decodes with "surrogatepass". Returns the number of bytes written (1..4). */
static int bv_utf8_encode(unsigned long cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static int bv_is_surrogate(unsigned long cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

/* A str from code points (wchar_t is UCS-4 on the platforms Swallow targets). */
static PyObject *bv_from_codepoints(const wchar_t *w, Py_ssize_t n) {
    if (n < 0) {
        n = 0;
        while (w[n] != 0)
            n++;
    }
    if ((size_t)n > (size_t)PY_SSIZE_T_MAX / 4 - 1)
        return PyErr_NoMemory();
    char *buf = PyMem_Malloc((size_t)n * 4 + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    Py_ssize_t len = 0;
    int surrogates = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned long cp = (unsigned long)(uint32_t)w[i];
        if (cp > 0x10FFFF) {
            PyMem_Free(buf);
            PyErr_Format(PyExc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                         (unsigned int)cp);
            return NULL;
        }
        surrogates |= bv_is_surrogate(cp);
        len += bv_utf8_encode(cp, buf + len);
    }
    PyObject *s = surrogates ? PyUnicode_DecodeUTF8(buf, len, "surrogatepass")
                             : PyUnicode_FromStringAndSize(buf, len);
    PyMem_Free(buf);
    return s;
}

static PyObject *bv_char(int c) {
    wchar_t w = (wchar_t)c;
    if (c < 0 || c > 0x10FFFF) {
        PyErr_SetString(PyExc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return bv_from_codepoints(&w, 1);
}

/* Build the `n` items of a container that ends with `end` ('\0' for the top level); on
 * success *pfmt points past `end`. Fills `items` (new references). On failure every item is
 * still evaluated (so that 'N' references are consumed), the built ones are released, the
 * first error is the one reported, and -1 is returned. */
static int bv_items(const char **pfmt, bv_args *a, char end, PyObject **items, Py_ssize_t n) {
    PyObject *et = NULL, *ev = NULL, *etb = NULL;
    int failed = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        bv_skip_separators(pfmt);
        PyObject *v = bv_item(pfmt, a);
        if (v == NULL) {
            if (!failed)
                PyErr_Fetch(&et, &ev, &etb);
            else
                PyErr_Clear();
            failed = 1;
        }
        items[i] = v;
    }
    bv_skip_separators(pfmt);
    if (**pfmt != end) {
        if (!failed) {
            PyErr_SetString(PyExc_SystemError, "Unmatched paren in format");
            PyErr_Fetch(&et, &ev, &etb);
        }
        failed = 1;
    } else if (end != '\0') {
        (*pfmt)++;
    }
    if (failed) {
        for (Py_ssize_t i = 0; i < n; i++)
            Py_XDECREF(items[i]);
        PyErr_Restore(et, ev, etb);
        return -1;
    }
    return 0;
}

static PyObject *bv_container(const char **pfmt, bv_args *a, char end) {
    Py_ssize_t n = bv_count(*pfmt, end);
    if (n < 0)
        return NULL;
    PyObject *small[16];
    PyObject **items = small;
    if (n > (Py_ssize_t)Py_ARRAY_LENGTH(small)) {
        items = PyMem_Malloc(sizeof(PyObject *) * (size_t)n);
        if (items == NULL)
            return PyErr_NoMemory();
    }
    PyObject *result = NULL;
    if (bv_items(pfmt, a, end, items, n) < 0)
        goto done;
    if (end == ')' || end == '\0') {
        result = PyTuple_New(n);
        if (result == NULL)
            goto drop;
        for (Py_ssize_t i = 0; i < n; i++)
            PyTuple_SET_ITEM(result, i, items[i]);
    } else if (end == ']') {
        result = PyList_New(n);
        if (result == NULL)
            goto drop;
        for (Py_ssize_t i = 0; i < n; i++)
            PyList_SET_ITEM(result, i, items[i]);
    } else {
        if (n % 2 != 0) {
            PyErr_SetString(PyExc_SystemError, "Bad dict format");
            goto drop;
        }
        result = PyDict_New();
        if (result == NULL)
            goto drop;
        for (Py_ssize_t i = 0; i < n; i += 2) {
            if (PyDict_SetItem(result, items[i], items[i + 1]) < 0) {
                Py_CLEAR(result);
                goto drop;
            }
        }
        goto drop; /* the dict holds its own references */
    }
    goto done;
drop:
    for (Py_ssize_t i = 0; i < n; i++)
        Py_DECREF(items[i]);
done:
    if (items != small)
        PyMem_Free(items);
    return result;
}

/* Length argument of a '#' unit, if the unit has one. */
static int bv_has_length(const char **pfmt) {
    if (**pfmt == '#') {
        (*pfmt)++;
        return 1;
    }
    return 0;
}

static PyObject *bv_item(const char **pfmt, bv_args *a) {
    char c = *(*pfmt)++;
    switch (c) {
    case '(':
        return bv_container(pfmt, a, ')');
    case '[':
        return bv_container(pfmt, a, ']');
    case '{':
        return bv_container(pfmt, a, '}');
    case 'b': case 'B': case 'h': case 'i':
        return PyLong_FromLong((long)va_arg(a->ap, int));
    case 'H':
        return PyLong_FromLong((long)(unsigned short)va_arg(a->ap, int));
    case 'I':
        return PyLong_FromUnsignedLong((unsigned long)va_arg(a->ap, unsigned int));
    case 'l':
        return PyLong_FromLong(va_arg(a->ap, long));
    case 'k':
        return PyLong_FromUnsignedLong(va_arg(a->ap, unsigned long));
    case 'L':
        return PyLong_FromLongLong(va_arg(a->ap, long long));
    case 'K':
        return PyLong_FromUnsignedLongLong(va_arg(a->ap, unsigned long long));
    case 'n':
        return PyLong_FromSsize_t(va_arg(a->ap, Py_ssize_t));
    case 'f': case 'd':
        return PyFloat_FromDouble(va_arg(a->ap, double));
    case 'D':
        return PyComplex_FromCComplex(*va_arg(a->ap, Py_complex *));
    case 'c': {
        char ch = (char)va_arg(a->ap, int);
        return PyBytes_FromStringAndSize(&ch, 1);
    }
    case 'C':
        return bv_char(va_arg(a->ap, int));
    case 's': case 'z': case 'U': case 'y': {
        const char *str = va_arg(a->ap, const char *);
        Py_ssize_t n = -1;
        if (bv_has_length(pfmt))
            n = va_arg(a->ap, Py_ssize_t);
        if (str == NULL)
            Py_RETURN_NONE;
        if (n < 0) {
            size_t m = strlen(str);
            if (m > (size_t)PY_SSIZE_T_MAX) {
                PyErr_SetString(PyExc_OverflowError, c == 'y' ? "string too long for Python bytes"
                                                              : "string too long for Python string");
                return NULL;
            }
            n = (Py_ssize_t)m;
        }
        if (c == 'y')
            return PyBytes_FromStringAndSize(str, n);
        return PyUnicode_FromStringAndSize(str, n);
    }
    case 'u': {
        const wchar_t *w = va_arg(a->ap, const wchar_t *);
        Py_ssize_t n = -1;
        if (bv_has_length(pfmt))
            n = va_arg(a->ap, Py_ssize_t);
        if (w == NULL)
            Py_RETURN_NONE;
        return bv_from_codepoints(w, n);
    }
    case 'N': case 'S': case 'O': {
        if (**pfmt == '&') {
            (*pfmt)++;
            PyObject *(*conv)(void *) = va_arg(a->ap, PyObject *(*)(void *));
            void *arg = va_arg(a->ap, void *);
            return conv(arg);
        }
        PyObject *v = va_arg(a->ap, PyObject *);
        if (v == NULL) {
            if (PyErr_Occurred() == NULL)
                PyErr_SetString(PyExc_SystemError, "NULL object passed to Py_BuildValue");
            return NULL;
        }
        if (c != 'N')
            Py_INCREF(v);
        return v;
    }
    default:
        PyErr_SetString(PyExc_SystemError, "bad format char passed to Py_BuildValue");
        return NULL;
    }
}

static PyObject *bv_build(const char *format, va_list va) {
    if (format == NULL) {
        PyErr_SetString(PyExc_SystemError, "NULL format passed to Py_BuildValue");
        return NULL;
    }
    Py_ssize_t n = bv_count(format, '\0');
    if (n < 0)
        return NULL;
    bv_args a;
    va_copy(a.ap, va);
    const char *f = format;
    PyObject *result;
    if (n == 0) {
        result = Py_NewRef(Py_None);
    } else if (n == 1) {
        bv_skip_separators(&f);
        result = bv_item(&f, &a);
    } else {
        result = bv_container(&f, &a, '\0');
    }
    va_end(a.ap);
    return result;
}

PyObject *Py_VaBuildValue(const char *format, va_list va) { return bv_build(format, va); }

PyObject *_Py_VaBuildValue_SizeT(const char *format, va_list va) { return bv_build(format, va); }

PyObject *Py_BuildValue(const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = bv_build(format, va);
    va_end(va);
    return r;
}

PyObject *_Py_BuildValue_SizeT(const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = bv_build(format, va);
    va_end(va);
    return r;
}
