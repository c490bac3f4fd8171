/* Number <-> text conversions of the C-API: PyOS_snprintf, PyOS_vsnprintf, PyOS_strtoul,
 * PyOS_strtol, PyOS_string_to_double, PyOS_double_to_string, and the dtoa entry points
 * _Py_dg_infinity, _Py_dg_stdnan, _Py_dg_strtod, _Py_dg_dtoa, _Py_dg_freedtoa.
 *
 * Written for Swallow on top of the C library (strtod, snprintf), after CPython 3.11's
 * documented and observed behaviour; tools/cshim-test compares results, end pointers, errno
 * and errors with CPython's own. The C library is assumed to run in the "C" locale (decimal
 * point '.') and to round correctly (glibc does), which makes the shortest round-trip search
 * for repr() exact. */
#include "Python.h"

#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

/* ---- printf ---- */

/* int PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va)
 * vsnprintf that always NUL-terminates str[size-1] when size > 0. Returns what vsnprintf
 * returns (the untruncated length, or a negative value on error); -666 if size > INT_MAX - 1. */
int PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va) {
    int len;
    if (size > INT_MAX - 1) {
        len = -666;
    } else {
        len = vsnprintf(str, size, format, va);
    }
    if (size > 0)
        str[size - 1] = '\0';
    return len;
}

/* int PyOS_snprintf(char *str, size_t size, const char *format, ...)
 * The variadic form of PyOS_vsnprintf. */
int PyOS_snprintf(char *str, size_t size, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = PyOS_vsnprintf(str, size, format, va);
    va_end(va);
    return r;
}

/* ---- integers ---- */

static int so_digit(int c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* unsigned long PyOS_strtoul(const char *str, char **ptr, int base)
 * Parses an unsigned integer in Python's literal syntax (no sign, no underscores) after
 * leading whitespace: base 0 accepts 0x/0o/0b prefixes and a plain decimal number (a
 * digit after leading zeros is not consumed); bases 2, 8, 16 accept their prefix. *ptr (if
 * ptr) receives the end of the parsed text (after the leading whitespace if there is no
 * digit). Overflow: returns ULONG_MAX with errno ERANGE (all digits consumed); a base
 * outside 2..36 (and not 0): returns 0 with *ptr = str. errno is otherwise unchanged. */
unsigned long PyOS_strtoul(const char *str, char **ptr, int base) {
    const char *s = str;
    while (*s && isspace((unsigned char)*s))
        s++;
    if (base == 0) {
        if (s[0] == '0') {
            char p = (char)tolower((unsigned char)s[1]);
            if (p == 'x' && so_digit((unsigned char)s[2]) < 16) {
                base = 16;
                s += 2;
            } else if (p == 'o' && so_digit((unsigned char)s[2]) < 8) {
                base = 8;
                s += 2;
            } else if (p == 'b' && so_digit((unsigned char)s[2]) < 2) {
                base = 2;
                s += 2;
            } else {
                /* Only zeros make a valid decimal literal starting with 0: the zeros (and any
                 * whitespace after them) are consumed; a digit after them is not. */
                while (*s == '0')
                    s++;
                const char *after = s;
                while (*after && isspace((unsigned char)*after))
                    after++;
                if (ptr != NULL)
                    *ptr = (char *)(isdigit((unsigned char)*after) ? s : after);
                return 0;
            }
        } else {
            base = 10;
        }
    } else if (base < 2 || base > 36) {
        if (ptr != NULL)
            *ptr = (char *)str;
        return 0;
    } else if (s[0] == '0') {
        char p = (char)tolower((unsigned char)s[1]);
        if ((base == 16 && p == 'x' && so_digit((unsigned char)s[2]) < 16) ||
            (base == 8 && p == 'o' && so_digit((unsigned char)s[2]) < 8) ||
            (base == 2 && p == 'b' && so_digit((unsigned char)s[2]) < 2))
            s += 2;
    }
    if (so_digit((unsigned char)*s) >= base) {
        /* No digit: the end is after the leading whitespace. */
        if (ptr != NULL)
            *ptr = (char *)s;
        return 0;
    }
    unsigned long result = 0;
    int overflow = 0;
    int d;
    while ((d = so_digit((unsigned char)*s)) < base) {
        if (!overflow) {
            if (result > (ULONG_MAX - (unsigned long)d) / (unsigned long)base)
                overflow = 1;
            else
                result = result * (unsigned long)base + (unsigned long)d;
        }
        s++;
    }
    if (ptr != NULL)
        *ptr = (char *)s;
    if (overflow) {
        errno = ERANGE;
        return ULONG_MAX;
    }
    return result;
}

/* long PyOS_strtol(const char *str, char **ptr, int base)
 * PyOS_strtoul with an optional sign (after leading whitespace). Out of range: returns
 * LONG_MAX (whatever the sign) with errno ERANGE. *ptr as PyOS_strtoul gives it for the
 * text after the sign. */
long PyOS_strtol(const char *str, char **ptr, int base) {
    const char *s = str;
    while (*s && isspace((unsigned char)*s))
        s++;
    int sign = 0;
    if (*s == '-' || *s == '+')
        sign = *s++;
    char *end;
    unsigned long u = PyOS_strtoul(s, &end, base);
    if (ptr != NULL)
        *ptr = end;
    if (u <= (unsigned long)LONG_MAX)
        return sign == '-' ? -(long)u : (long)u;
    if (sign == '-' && u == (unsigned long)LONG_MAX + 1)
        return LONG_MIN;
    errno = ERANGE;
    return LONG_MAX;
}

/* ---- dtoa entry points ---- */

/* double _Py_dg_infinity(int sign): +inf, or -inf if sign is nonzero. */
double _Py_dg_infinity(int sign) {
    uint64_t bits = sign ? 0xfff0000000000000ull : 0x7ff0000000000000ull;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* double _Py_dg_stdnan(int sign): the standard quiet NaN (0x7ff8000000000000), with the
 * sign bit set if sign is nonzero. */
double _Py_dg_stdnan(int sign) {
    uint64_t bits = sign ? 0xfff8000000000000ull : 0x7ff8000000000000ull;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* Length of the decimal floating-point literal at s ([sign] digits [. digits] [e[sign]digits],
 * at least one mantissa digit), 0 if there is none. */
static size_t so_decimal_prefix(const char *s) {
    const char *p = s;
    int digits = 0;
    if (*p == '+' || *p == '-')
        p++;
    while (isdigit((unsigned char)*p)) {
        p++;
        digits++;
    }
    if (*p == '.') {
        p++;
        while (isdigit((unsigned char)*p)) {
            p++;
            digits++;
        }
    }
    if (digits == 0)
        return 0;
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        if (*q == '+' || *q == '-')
            q++;
        if (isdigit((unsigned char)*q)) {
            while (isdigit((unsigned char)*q))
                q++;
            p = q;
        }
    }
    return (size_t)(p - s);
}

/* double _Py_dg_strtod(const char *str, char **ptr)
 * Correctly rounded conversion of the decimal literal at the start of str (no leading
 * whitespace, no inf/nan, no hex). *ptr (if ptr) receives the end of the literal, or str
 * if there is none (result 0.0). Overflow gives +-inf with errno ERANGE; underflow
 * silently gives 0.0 or a subnormal; errno is otherwise unchanged. */
double _Py_dg_strtod(const char *str, char **ptr) {
    size_t n = so_decimal_prefix(str);
    if (n == 0) {
        if (ptr != NULL)
            *ptr = (char *)str;
        return 0.0;
    }
    char small[64];
    char *buf = n < sizeof small ? small : malloc(n + 1);
    if (buf == NULL) {
        errno = ENOMEM;
        if (ptr != NULL)
            *ptr = (char *)str;
        return -1.0;
    }
    memcpy(buf, str, n);
    buf[n] = '\0';
    int saved = errno;
    errno = 0;
    double d = strtod(buf, NULL);
    if (errno == ERANGE && isinf(d))
        ; /* overflow: reported */
    else
        errno = saved; /* underflow (to zero or a subnormal) is not reported */
    if (buf != small)
        free(buf);
    if (ptr != NULL)
        *ptr = (char *)str + n;
    return d;
}

/* The shortest digit string (no dot, no trailing zeros) that reads back as the finite,
 * nonzero |d|, and its decimal exponent (value = 0.DIGITS * 10**decpt). */
static void so_shortest(double d, char *digits, int *decpt) {
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (prec == 17 || strtod(buf, NULL) == d)
            break;
    }
    /* buf: D[.DDD]e[+-]XX */
    int n = 0;
    const char *p = buf;
    for (; *p != 'e'; p++)
        if (isdigit((unsigned char)*p))
            digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *decpt = atoi(p + 1) + 1;
}

/* |d| to `ndigits` significant digits (>= 1), trailing zeros stripped. */
static void so_significant(double d, int ndigits, char *digits, int *decpt) {
    char buf[400];
    if (ndigits > 350)
        ndigits = 350;
    snprintf(buf, sizeof buf, "%.*e", ndigits - 1, d);
    int n = 0;
    const char *p = buf;
    for (; *p != 'e'; p++)
        if (isdigit((unsigned char)*p))
            digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *decpt = atoi(p + 1) + 1;
}

/* char *_Py_dg_dtoa(double d, int mode, int ndigits, int *decpt, int *sign, char **rve)
 * The decimal digits of |d| (a NUL-terminated string to release with _Py_dg_freedtoa; NULL
 * on memory failure), with *sign = the sign bit, *decpt = the position of the decimal
 * point (value = 0.DIGITS * 10**decpt) and *rve (if rve) = the terminating NUL. Trailing
 * zeros are dropped. Modes: 0 (and 1) shortest round-trip; 2 (and 4, 5) max(ndigits, 1)
 * significant digits; 3 ndigits digits after the point (may give "" when everything rounds
 * away, with *decpt = -ndigits). Zero gives "0" with *decpt 1; inf "Infinity" and nan "NaN"
 * with *decpt 9999. Rounding is the C library's (correct, ties to even). */
char *_Py_dg_dtoa(double d, int mode, int ndigits, int *decpt, int *sign, char **rve) {
    char digits[400];
    *sign = signbit(d) ? 1 : 0;
    double a = fabs(d);
    if (isinf(a) || isnan(a)) {
        strcpy(digits, isinf(a) ? "Infinity" : "NaN");
        *decpt = 9999;
    } else if (a == 0.0) {
        strcpy(digits, "0");
        *decpt = 1;
    } else if (mode == 0 || mode == 1) {
        so_shortest(a, digits, decpt);
    } else if (mode == 3) {
        char buf[400];
        int nd = ndigits;
        if (nd > 340)
            nd = 340;
        if (nd < 0) {
            /* Digits before the point only: round to a multiple of 10**-nd. */
            double scale = pow(10.0, -nd);
            double r = nearbyint(a / scale);
            if (r == 0.0) {
                digits[0] = '\0';
                *decpt = -ndigits;
            } else {
                so_significant(r * scale, 17, digits, decpt);
            }
        } else {
            snprintf(buf, sizeof buf, "%.*f", nd, a);
            /* buf: INT[.FRAC]; strip the point and the leading zeros. */
            char all[400];
            int n = 0, intlen = 0;
            const char *p = buf;
            for (; *p && *p != '.'; p++, intlen++)
                all[n++] = *p;
            if (*p == '.')
                for (p++; *p; p++)
                    all[n++] = *p;
            int lead = 0;
            while (lead < n && all[lead] == '0')
                lead++;
            if (lead == n) {
                digits[0] = '\0';
                *decpt = -ndigits;
            } else {
                int m = 0;
                for (int i = lead; i < n; i++)
                    digits[m++] = all[i];
                while (m > 0 && digits[m - 1] == '0')
                    m--;
                digits[m] = '\0';
                *decpt = intlen - lead;
            }
        }
    } else {
        so_significant(a, ndigits < 1 ? 1 : ndigits, digits, decpt);
    }
    size_t len = strlen(digits);
    char *r = malloc(len + 1);
    if (r == NULL)
        return NULL;
    memcpy(r, digits, len + 1);
    if (rve != NULL)
        *rve = r + len;
    return r;
}

/* void _Py_dg_freedtoa(char *s): releases a string from _Py_dg_dtoa (NULL is ignored). */
void _Py_dg_freedtoa(char *s) {
    free(s);
}

/* ---- PyOS_string_to_double ---- */

/* strncasecmp for an ASCII-lowercase `word`. */
static int so_word(const char *p, const char *word) {
    for (; *word; p++, word++)
        if (tolower((unsigned char)*p) != *word)
            return 0;
    return 1;
}

/* Parses [sign](inf|infinity|nan) case-insensitively; returns the end or NULL. */
static const char *so_inf_nan(const char *s, double *out) {
    const char *p = s;
    int neg = 0;
    if (*p == '-' || *p == '+')
        neg = *p++ == '-';
    if (so_word(p, "inf")) {
        p += 3;
        if (so_word(p, "inity"))
            p += 5;
        *out = _Py_dg_infinity(neg);
        return p;
    }
    if (so_word(p, "nan")) {
        *out = _Py_dg_stdnan(neg);
        return p + 3;
    }
    return NULL;
}

/* double PyOS_string_to_double(const char *s, char **endptr, PyObject *overflow_exception)
 * Converts the float literal at s (decimal, or [sign]inf/infinity/nan in any case; no
 * whitespace, no underscores). endptr NULL: the whole string must be the literal; otherwise
 * *endptr receives its end (s if there is none). On failure returns -1.0 with ValueError
 * "could not convert string to float: '<s>'" (no literal, or trailing text with endptr
 * NULL). A literal too large for a double gives +-inf, or raises `overflow_exception`
 * (borrowed; "value too large to convert to float: '<s>'") and returns -1.0 if that is
 * non-NULL. Underflow silently gives 0.0 or a subnormal. errno is left ERANGE after an overflow, else 0. */
double PyOS_string_to_double(const char *s, char **endptr, PyObject *overflow_exception) {
    double x;
    const char *end;
    int saved = 0;
    errno = 0;
    const char *special = so_inf_nan(s, &x);
    if (special != NULL) {
        end = special;
    } else {
        char *e;
        x = _Py_dg_strtod(s, &e);
        end = e;
    }
    int range = errno == ERANGE;
    (void)saved;
    errno = range ? ERANGE : 0;
    if (end == s || (endptr == NULL && *end != '\0')) {
        if (endptr != NULL)
            *endptr = (char *)s;
        PyErr_Format(PyExc_ValueError, "could not convert string to float: '%.200s'", s);
        return -1.0;
    }
    if (endptr != NULL)
        *endptr = (char *)end;
    if (range && fabs(x) >= 1.0 && overflow_exception != NULL) {
        PyErr_Format(overflow_exception, "value too large to convert to float: '%.200s'", s);
        return -1.0;
    }
    return x;
}

/* ---- PyOS_double_to_string ---- */

/* Appends the exponent in Python's form: e, sign, at least two digits. */
static int so_exponent(char *out, char e, int exp) {
    return sprintf(out, "%c%c%02d", e, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

/* repr()-style text of a finite |val|: shortest digits, fixed notation for
 * -4 < decpt <= 16, else exponent; ".0" added to integral fixed values if add_dot_0. */
static void so_repr(double a, int add_dot_0, char *out) {
    if (a == 0.0) {
        strcpy(out, add_dot_0 ? "0.0" : "0");
        return;
    }
    char digits[40];
    int decpt;
    so_shortest(a, digits, &decpt);
    int n = (int)strlen(digits);
    char *o = out;
    if (decpt <= -4 || decpt > 16) {
        *o++ = digits[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)(n - 1));
            o += n - 1;
        }
        so_exponent(o, 'e', decpt - 1);
        return;
    }
    if (decpt <= 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -decpt; i++)
            *o++ = '0';
        memcpy(o, digits, (size_t)n);
        o += n;
    } else if (decpt >= n) {
        memcpy(o, digits, (size_t)n);
        o += n;
        for (int i = n; i < decpt; i++)
            *o++ = '0';
        if (add_dot_0) {
            *o++ = '.';
            *o++ = '0';
        }
    } else {
        memcpy(o, digits, (size_t)decpt);
        o += decpt;
        *o++ = '.';
        memcpy(o, digits + decpt, (size_t)(n - decpt));
        o += n - decpt;
    }
    *o = '\0';
}

/* char *PyOS_double_to_string(double val, char format_code, int precision, int flags, int *type)
 * Formats val with format_code 'e', 'E', 'f', 'F', 'g', 'G' (C printf semantics at
 * `precision`; Py_DTSF_ALT keeps 'g' trailing zeros / forces the point) or 'r' (repr():
 * shortest round-trip; precision must be 0). Flags: Py_DTSF_SIGN adds '+' to non-negative
 * values, Py_DTSF_ADD_DOT_0 appends ".0" to an integral result without exponent,
 * Py_DTSF_NO_NEG_0 turns a negative zero result into a positive one. inf and nan give
 * "inf"/"nan" ("INF"/"NAN" for the upper-case codes), signed like numbers (nan never gets '-', only
 * Py_DTSF_SIGN's '+'). *type (if type) receives Py_DTST_FINITE,
 * Py_DTST_INFINITE or Py_DTST_NAN. Returns a PyMem_Malloc'd string the caller frees with
 * PyMem_Free, or NULL with an error set (SystemError for a bad code, MemoryError). */
char *PyOS_double_to_string(double val, char format_code, int precision, int flags, int *type) {
    int upper = 0;
    char code = format_code;
    switch (format_code) {
    case 'E': case 'F': case 'G':
        upper = 1;
        code = (char)(format_code - 'A' + 'a');
        break;
    case 'e': case 'f': case 'g':
        break;
    case 'r':
        if (precision != 0) {
            PyErr_BadInternalCall();
            return NULL;
        }
        break;
    default:
        PyErr_BadInternalCall();
        return NULL;
    }
    char body[512];
    int t = Py_DTST_FINITE;
    int neg = signbit(val) != 0;
    double a = fabs(val);
    if (isnan(val)) {
        t = Py_DTST_NAN;
        neg = 0;
        strcpy(body, upper ? "NAN" : "nan");
    } else if (isinf(val)) {
        t = Py_DTST_INFINITE;
        strcpy(body, upper ? "INF" : "inf");
    } else if (code == 'r') {
        so_repr(a, (flags & Py_DTSF_ADD_DOT_0) != 0, body);
    } else {
        char fmt[16];
        int prec = precision < 0 ? 0 : precision > 400 ? 400 : precision;
        snprintf(fmt, sizeof fmt, "%%%s.*%c", (flags & Py_DTSF_ALT) ? "#" : "", upper ? format_code : code);
        int n = snprintf(body, sizeof body, fmt, prec, a);
        if (n < 0 || (size_t)n >= sizeof body) {
            /* 'f' of a huge value: fall back on a heap buffer. */
            size_t size = n > 0 ? (size_t)n + 1 : 0;
            char *big = size ? PyMem_Malloc(size + 3) : NULL;
            if (big == NULL) {
                PyErr_NoMemory();
                return NULL;
            }
            int bn = snprintf(big + 1, size, fmt, prec, a);
            (void)bn;
            big[0] = '\0';
            int sign = neg ? '-' : (flags & Py_DTSF_SIGN) ? '+' : 0;
            if ((flags & Py_DTSF_NO_NEG_0) && neg && strspn(big + 1, "0.") == strlen(big + 1))
                sign = (flags & Py_DTSF_SIGN) ? '+' : 0;
            if (sign) {
                big[0] = (char)sign;
            } else {
                memmove(big, big + 1, size);
            }
            if (type != NULL)
                *type = t;
            return big;
        }
        if ((flags & Py_DTSF_ADD_DOT_0) && strpbrk(body, ".eE") == NULL) {
            int p = prec == 0 ? 1 : prec;
            if (code == 'g' && a != 0.0 ? (int)strlen(body) >= p : code == 'g' && p <= 1) {
                /* Adding ".0" would show more than `precision` digits: use the exponent form. */
                char efmt[16];
                snprintf(efmt, sizeof efmt, "%%.*%c", upper ? 'E' : 'e');
                snprintf(body, sizeof body, efmt, p - 1, a);
                char *e = strpbrk(body, "eE");
                char *m = e;
                if (memchr(body, '.', (size_t)(e - body)) != NULL) {
                    while (m[-1] == '0')
                        m--;
                    if (m[-1] == '.')
                        m--;
                }
                memmove(m, e, strlen(e) + 1);
            } else {
                strcat(body, ".0");
            }
        }
    }
    if ((flags & Py_DTSF_NO_NEG_0) && neg && t == Py_DTST_FINITE) {
        /* A result that reads as zero loses its minus sign. */
        int zero = 1;
        for (const char *p = body; *p && *p != 'e' && *p != 'E'; p++)
            if (*p >= '1' && *p <= '9')
                zero = 0;
        if (zero)
            neg = 0;
    }
    size_t len = strlen(body);
    char *r = PyMem_Malloc(len + 2);
    if (r == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    char *o = r;
    if (neg)
        *o++ = '-';
    else if (flags & Py_DTSF_SIGN)
        *o++ = '+';
    memcpy(o, body, len + 1);
    if (type != NULL)
        *type = t;
    return r;
}
