/* PyUnicode_FromFormat and PyUnicode_FromFormatV: printf-style construction of a str.
 *
 * Written for Swallow against the public C-API only, following CPython 3.11's documented and
 * observed behaviour:
 *   %%  %c  %d %i %u (with l, ll or z)  %x  %p  %s  %U  %V  %S  %R  %A
 *   An optional '0' flag, a decimal width and a '.' precision may precede the conversion.
 *   Integers: the decimal digits are zero-padded up to the precision, then padded up to the
 *   width with '0' (when the flag is given) or spaces, both on the left (3.11 pads a minus
 *   sign the same way: "%05d" of -42 gives "00-42").
 *   %s precision counts bytes (cut before decoding UTF-8 with "replace"); %U %V %S %R %A
 *   precision counts characters; the width pads with spaces on the left. %c and %p ignore
 *   width and precision; %p always starts with "0x".
 *   An unknown conversion copies the rest of the format, from its '%', verbatim (each byte as
 *   one character), and ignores the remaining arguments. A non-ASCII byte in the format text
 *   is a ValueError.
 * The text is collected as UTF-8 (surrogates from %c or from str arguments are kept, encoded
 * as "surrogatepass" does) and decoded once at the end. */
#include "Python.h"

typedef struct {
    char *data;
    size_t len;
    size_t cap;
    int surrogates; /* a lone surrogate was written: decode with "surrogatepass" */
} uf_buffer;

static int uf_reserve(uf_buffer *b, size_t extra) {
    if (b->len + extra <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 128;
    while (cap < b->len + extra) {
        if (cap > (size_t)PY_SSIZE_T_MAX / 2) {
            PyErr_NoMemory();
            return -1;
        }
        cap *= 2;
    }
    char *p = PyMem_Realloc(b->data, cap);
    if (p == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

static int uf_write(uf_buffer *b, const char *s, size_t n) {
    if (uf_reserve(b, n) < 0)
        return -1;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return 0;
}

static int uf_fill(uf_buffer *b, char c, Py_ssize_t n) {
    if (n <= 0)
        return 0;
    if (uf_reserve(b, (size_t)n) < 0)
        return -1;
    memset(b->data + b->len, c, (size_t)n);
    b->len += (size_t)n;
    return 0;
}

/* One code point as (generalized) UTF-8. */
static int uf_codepoint(uf_buffer *b, Py_UCS4 cp) {
    char out[4];
    int n;
    if (cp < 0x80) {
        out[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
        if (cp >= 0xD800 && cp <= 0xDFFF)
            b->surrogates = 1;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return uf_write(b, out, (size_t)n);
}

/* Backslash escape of a non-ASCII code point, as ascii() writes it. */
static int uf_escaped(uf_buffer *b, Py_UCS4 cp) {
    char tmp[16];
    int n;
    if (cp < 0x100)
        n = snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned int)cp);
    else if (cp < 0x10000)
        n = snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned int)cp);
    else
        n = snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned int)cp);
    return uf_write(b, tmp, (size_t)n);
}

/* Append str `s`: at most `precision` characters (-1: all), right-aligned in `width`
 * characters. With `ascii`, characters beyond ASCII are first replaced by their escapes, and
 * width and precision apply to the escaped text (as 3.11 does for %A). */
static int uf_str(uf_buffer *b, PyObject *s, Py_ssize_t width, Py_ssize_t precision, int ascii) {
    if (PyUnicode_READY(s) < 0)
        return -1;
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    if (ascii) {
        /* Escape into a scratch buffer first, then apply width and precision to the result. */
        uf_buffer e = { NULL, 0, 0, 0 };
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 cp = PyUnicode_READ(kind, data, i);
            int r = cp < 0x80 ? uf_codepoint(&e, cp) : uf_escaped(&e, cp);
            if (r < 0) {
                PyMem_Free(e.data);
                return -1;
            }
        }
        Py_ssize_t len = (Py_ssize_t)e.len;
        if (precision >= 0 && len > precision)
            len = precision;
        int r = uf_fill(b, ' ', width - len);
        if (r == 0)
            r = uf_write(b, e.data ? e.data : "", (size_t)len);
        PyMem_Free(e.data);
        return r;
    }
    if (precision >= 0 && n > precision)
        n = precision;
    if (uf_fill(b, ' ', width - n) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++)
        if (uf_codepoint(b, PyUnicode_READ(kind, data, i)) < 0)
            return -1;
    return 0;
}

/* Append a C string: at most `precision` bytes, decoded from UTF-8 with "replace". */
static int uf_cstr(uf_buffer *b, const char *s, Py_ssize_t width, Py_ssize_t precision) {
    size_t n = strlen(s);
    if (precision >= 0 && n > (size_t)precision)
        n = (size_t)precision;
    PyObject *u = PyUnicode_DecodeUTF8(s, (Py_ssize_t)n, "replace");
    if (u == NULL)
        return -1;
    int r = uf_str(b, u, width, -1, 0);
    Py_DECREF(u);
    return r;
}

/* Append an object through str(), repr() or ascii(). */
static int uf_object(uf_buffer *b, PyObject *obj, char conv, Py_ssize_t width, Py_ssize_t precision) {
    PyObject *s = conv == 'S' ? PyObject_Str(obj) : PyObject_Repr(obj);
    if (s == NULL)
        return -1;
    int r = uf_str(b, s, width, precision, conv == 'A');
    Py_DECREF(s);
    return r;
}

/* Append text already formatted by snprintf, padded as 3.11 pads integers. */
static int uf_number(uf_buffer *b, const char *digits, Py_ssize_t width, Py_ssize_t precision, int zeropad) {
    Py_ssize_t n = (Py_ssize_t)strlen(digits);
    Py_ssize_t lead = precision > n ? precision - n : 0;
    if (uf_fill(b, zeropad ? '0' : ' ', width - (n + lead)) < 0)
        return -1;
    if (uf_fill(b, '0', lead) < 0)
        return -1;
    return uf_write(b, digits, (size_t)n);
}

/* Parse a decimal number of the format; -1 with ValueError set on overflow. */
static Py_ssize_t uf_decimal(const char **pf, const char *what) {
    Py_ssize_t v = 0;
    while (**pf >= '0' && **pf <= '9') {
        int d = **pf - '0';
        if (v > (PY_SSIZE_T_MAX - d) / 10) {
            PyErr_Format(PyExc_ValueError, "%s too big", what);
            return -1;
        }
        v = v * 10 + d;
        (*pf)++;
    }
    return v;
}

/* Copy the format from `f` to the end verbatim, one character per byte. */
static int uf_verbatim(uf_buffer *b, const char *f) {
    for (; *f; f++)
        if (uf_codepoint(b, (unsigned char)*f) < 0)
            return -1;
    return 0;
}

/* Carries the va_list by pointer on every ABI. */
typedef struct {
    va_list ap;
} uf_args;

/* One conversion starting after its '%'. Returns 0 when done, 1 when the conversion was not
 * recognized (the caller copies the rest verbatim), -1 on error. */
static int uf_conversion(uf_buffer *b, const char **pf, uf_args *a) {
    const char *f = *pf;
    int zeropad = 0;
    Py_ssize_t width = -1, precision = -1;
    if (*f == '%') {
        *pf = f + 1;
        return uf_write(b, "%", 1);
    }
    if (*f == '0') {
        zeropad = 1;
        f++;
    }
    if (*f >= '0' && *f <= '9') {
        width = uf_decimal(&f, "width");
        if (width < 0)
            return -1;
    }
    if (*f == '.') {
        f++;
        precision = uf_decimal(&f, "precision");
        if (precision < 0)
            return -1;
    }
    if (*f == '%') {
        *pf = f + 1;
        return uf_write(b, "%", 1);
    }
    /* Size modifier: l, ll or z, before d, i or u only. */
    int size = 0; /* 0 int, 1 long, 2 long long, 3 size_t */
    if (f[0] == 'l' && f[1] == 'l' && (f[2] == 'd' || f[2] == 'i' || f[2] == 'u')) {
        size = 2;
        f += 2;
    } else if (f[0] == 'l' && (f[1] == 'd' || f[1] == 'i' || f[1] == 'u')) {
        size = 1;
        f += 1;
    } else if (f[0] == 'z' && (f[1] == 'd' || f[1] == 'i' || f[1] == 'u')) {
        size = 3;
        f += 1;
    }
    char conv = *f;
    char tmp[64];
    int r;
    switch (conv) {
    case 'c': {
        int c = va_arg(a->ap, int);
        if (c < 0 || c > 0x10FFFF) {
            PyErr_SetString(PyExc_OverflowError, "character argument not in range(0x110000)");
            return -1;
        }
        r = uf_codepoint(b, (Py_UCS4)c);
        break;
    }
    case 'd': case 'i':
        switch (size) {
        case 1: snprintf(tmp, sizeof tmp, "%ld", va_arg(a->ap, long)); break;
        case 2: snprintf(tmp, sizeof tmp, "%lld", va_arg(a->ap, long long)); break;
        case 3: snprintf(tmp, sizeof tmp, "%zd", va_arg(a->ap, Py_ssize_t)); break;
        default: snprintf(tmp, sizeof tmp, "%d", va_arg(a->ap, int)); break;
        }
        r = uf_number(b, tmp, width, precision, zeropad);
        break;
    case 'u':
        switch (size) {
        case 1: snprintf(tmp, sizeof tmp, "%lu", va_arg(a->ap, unsigned long)); break;
        case 2: snprintf(tmp, sizeof tmp, "%llu", va_arg(a->ap, unsigned long long)); break;
        case 3: snprintf(tmp, sizeof tmp, "%zu", va_arg(a->ap, size_t)); break;
        default: snprintf(tmp, sizeof tmp, "%u", va_arg(a->ap, unsigned int)); break;
        }
        r = uf_number(b, tmp, width, precision, zeropad);
        break;
    case 'x':
        snprintf(tmp, sizeof tmp, "%x", va_arg(a->ap, unsigned int));
        r = uf_number(b, tmp, width, precision, zeropad);
        break;
    case 'p': {
        void *p = va_arg(a->ap, void *);
        int n = snprintf(tmp, sizeof tmp, "%p", p);
        if (n > 1 && tmp[1] == 'X')
            tmp[1] = 'x';
        if (!(tmp[0] == '0' && tmp[1] == 'x'))
            r = uf_write(b, "0x", 2) < 0 ? -1 : uf_write(b, tmp, strlen(tmp));
        else
            r = uf_write(b, tmp, strlen(tmp));
        break;
    }
    case 's':
        r = uf_cstr(b, va_arg(a->ap, const char *), width, precision);
        break;
    case 'U':
        r = uf_str(b, va_arg(a->ap, PyObject *), width, precision, 0);
        break;
    case 'V': {
        PyObject *obj = va_arg(a->ap, PyObject *);
        const char *str = va_arg(a->ap, const char *);
        r = obj != NULL ? uf_str(b, obj, width, precision, 0) : uf_cstr(b, str, width, precision);
        break;
    }
    case 'S': case 'R': case 'A':
        r = uf_object(b, va_arg(a->ap, PyObject *), conv, width, precision);
        break;
    default:
        return 1;
    }
    *pf = f + 1;
    return r;
}

static PyObject *uf_format(const char *format, va_list vargs) {
    uf_buffer b = { NULL, 0, 0, 0 };
    uf_args a;
    va_copy(a.ap, vargs);
    PyObject *result = NULL;
    const char *f = format;
    while (*f) {
        if (*f != '%') {
            const char *start = f;
            while (*f && *f != '%') {
                if ((unsigned char)*f >= 0x80) {
                    PyErr_Format(PyExc_ValueError,
                                 "PyUnicode_FromFormatV() expects an ASCII-encoded format string, "
                                 "got a non-ASCII byte: 0x%02x",
                                 (unsigned int)(unsigned char)*f);
                    goto done;
                }
                f++;
            }
            if (uf_write(&b, start, (size_t)(f - start)) < 0)
                goto done;
            continue;
        }
        const char *percent = f;
        f++;
        int r = uf_conversion(&b, &f, &a);
        if (r < 0)
            goto done;
        if (r > 0) {
            if (uf_verbatim(&b, percent) < 0)
                goto done;
            break;
        }
    }
    if (b.surrogates)
        result = PyUnicode_DecodeUTF8(b.data ? b.data : "", (Py_ssize_t)b.len, "surrogatepass");
    else
        result = PyUnicode_FromStringAndSize(b.data ? b.data : "", (Py_ssize_t)b.len);
done:
    va_end(a.ap);
    PyMem_Free(b.data);
    return result;
}

PyObject *PyUnicode_FromFormatV(const char *format, va_list vargs) { return uf_format(format, vargs); }

PyObject *PyUnicode_FromFormat(const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = uf_format(format, va);
    va_end(va);
    return r;
}
