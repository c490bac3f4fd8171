/* shimcheck: a CPython extension that runs Swallow's CShim argument parsing, value building,
 * string formatting and calling helpers side by side with CPython's own implementations on
 * the same inputs. Swallow's versions are linked in under the prefix swt_ (see run.sh); this
 * file is compiled against CPython's headers and calls both. driver.py compares. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <errno.h>

/* ---- Swallow's implementations, renamed by run.sh ---- */
int swt_PyArg_ParseTuple(PyObject *, const char *, ...);
int swt__PyArg_ParseTuple_SizeT(PyObject *, const char *, ...);
int swt_PyArg_VaParse(PyObject *, const char *, va_list);
int swt__PyArg_VaParse_SizeT(PyObject *, const char *, va_list);
int swt_PyArg_ParseTupleAndKeywords(PyObject *, PyObject *, const char *, char **, ...);
int swt__PyArg_ParseTupleAndKeywords_SizeT(PyObject *, PyObject *, const char *, char **, ...);
int swt_PyArg_VaParseTupleAndKeywords(PyObject *, PyObject *, const char *, char **, va_list);
int swt__PyArg_VaParseTupleAndKeywords_SizeT(PyObject *, PyObject *, const char *, char **, va_list);
int swt_PyArg_Parse(PyObject *, const char *, ...);
int swt__PyArg_Parse_SizeT(PyObject *, const char *, ...);
int swt_PyArg_UnpackTuple(PyObject *, const char *, Py_ssize_t, Py_ssize_t, ...);
int swt__PyArg_NoKeywords(const char *, PyObject *);
int swt__PyArg_NoPositional(const char *, PyObject *);
int swt__PyArg_CheckPositional(const char *, Py_ssize_t, Py_ssize_t, Py_ssize_t);
int swt__PyArg_ParseTupleAndKeywordsFast(PyObject *, PyObject *, struct _PyArg_Parser *, ...);
int swt__PyArg_ParseTupleAndKeywordsFast_SizeT(PyObject *, PyObject *, struct _PyArg_Parser *, ...);
int swt__PyArg_VaParseTupleAndKeywordsFast(PyObject *, PyObject *, struct _PyArg_Parser *, va_list);
int swt__PyArg_VaParseTupleAndKeywordsFast_SizeT(PyObject *, PyObject *, struct _PyArg_Parser *, va_list);
int swt__PyArg_ParseStackAndKeywords(PyObject *const *, Py_ssize_t, PyObject *, struct _PyArg_Parser *, ...);
int swt__PyArg_ParseStackAndKeywords_SizeT(PyObject *const *, Py_ssize_t, PyObject *, struct _PyArg_Parser *, ...);
int swt__PyArg_ParseStack(PyObject *const *, Py_ssize_t, const char *, ...);
int swt__PyArg_ParseStack_SizeT(PyObject *const *, Py_ssize_t, const char *, ...);
PyObject *swt_Py_BuildValue(const char *, ...);
PyObject *swt__Py_BuildValue_SizeT(const char *, ...);
PyObject *swt_Py_VaBuildValue(const char *, va_list);
PyObject *swt_PyUnicode_FromFormat(const char *, ...);
PyObject *swt_PyUnicode_FromFormatV(const char *, va_list);
PyObject *swt_PyObject_CallFunction(PyObject *, const char *, ...);
PyObject *swt__PyObject_CallFunction_SizeT(PyObject *, const char *, ...);
PyObject *swt_PyObject_CallMethod(PyObject *, const char *, const char *, ...);
PyObject *swt__PyObject_CallMethod_SizeT(PyObject *, const char *, const char *, ...);
PyObject *swt_PyObject_CallFunctionObjArgs(PyObject *, ...);
PyObject *swt_PyObject_CallMethodObjArgs(PyObject *, PyObject *, ...);
PyObject *swt_PyEval_CallFunction(PyObject *, const char *, ...);
PyObject *swt_PyEval_CallMethod(PyObject *, const char *, const char *, ...);
PyObject *swt_PyTuple_Pack(Py_ssize_t, ...);
/* CPython internals not in its public headers (exported by libpython / the executable). */
PyObject *_Py_strhex(const char *, Py_ssize_t);
PyObject *_Py_strhex_bytes(const char *, Py_ssize_t);
PyObject *_Py_strhex_with_sep(const char *, Py_ssize_t, PyObject *, int);
PyObject *_Py_strhex_bytes_with_sep(const char *, Py_ssize_t, PyObject *, int);
double _Py_dg_infinity(int);
double _Py_dg_stdnan(int);
double _Py_dg_strtod(const char *, char **);
char *_Py_dg_dtoa(double, int, int, int *, int *, char **);
void _Py_dg_freedtoa(char *);
/* Swallow's clinic/strhex/complex/strtod shims. */
PyObject *const *swt__PyArg_UnpackKeywords(PyObject *const *, Py_ssize_t, PyObject *, PyObject *, struct _PyArg_Parser *, int, int, int, PyObject **);
PyObject *const *swt__PyArg_UnpackKeywordsWithVararg(PyObject *const *, Py_ssize_t, PyObject *, PyObject *, struct _PyArg_Parser *, int, int, int, int, PyObject **);
void swt__PyArg_BadArgument(const char *, const char *, const char *, PyObject *);
int swt__PyArg_NoKwnames(const char *, PyObject *);
int swt__Py_convert_optional_to_ssize_t(PyObject *, void *);
PyObject *swt__PyObject_CallMethod(PyObject *, PyObject *, const char *, ...);
PyObject *swt__PyObject_CallMethodId(PyObject *, _Py_Identifier *, const char *, ...);
PyObject *swt__PyObject_CallMethodId_SizeT(PyObject *, _Py_Identifier *, const char *, ...);
void swt__PyBytesWriter_Init(_PyBytesWriter *);
void *swt__PyBytesWriter_Alloc(_PyBytesWriter *, Py_ssize_t);
void *swt__PyBytesWriter_Prepare(_PyBytesWriter *, void *, Py_ssize_t);
void *swt__PyBytesWriter_Resize(_PyBytesWriter *, void *, Py_ssize_t);
void *swt__PyBytesWriter_WriteBytes(_PyBytesWriter *, void *, const void *, Py_ssize_t);
PyObject *swt__PyBytesWriter_Finish(_PyBytesWriter *, void *);
void swt__PyBytesWriter_Dealloc(_PyBytesWriter *);
PyObject *swt__Py_strhex(const char *, Py_ssize_t);
PyObject *swt__Py_strhex_bytes(const char *, Py_ssize_t);
PyObject *swt__Py_strhex_with_sep(const char *, Py_ssize_t, PyObject *, int);
PyObject *swt__Py_strhex_bytes_with_sep(const char *, Py_ssize_t, PyObject *, int);
Py_complex swt__Py_c_sum(Py_complex, Py_complex);
Py_complex swt__Py_c_diff(Py_complex, Py_complex);
Py_complex swt__Py_c_neg(Py_complex);
Py_complex swt__Py_c_prod(Py_complex, Py_complex);
Py_complex swt__Py_c_quot(Py_complex, Py_complex);
Py_complex swt__Py_c_pow(Py_complex, Py_complex);
double swt__Py_c_abs(Py_complex);
double swt__Py_dg_infinity(int);
double swt__Py_dg_stdnan(int);
double swt__Py_dg_strtod(const char *, char **);
char *swt__Py_dg_dtoa(double, int, int, int *, int *, char **);
void swt__Py_dg_freedtoa(char *);
int swt_PyOS_snprintf(char *, size_t, const char *, ...);
long swt_PyOS_strtol(const char *, char **, int);
unsigned long swt_PyOS_strtoul(const char *, char **, int);
double swt_PyOS_string_to_double(const char *, char **, PyObject *);
char *swt_PyOS_double_to_string(double, char, int, int, int *);

/* ---- outcomes: ('ok', value) or ('err', type name, message) ---- */

static PyObject *outcome(PyObject *result) {
    if (result != NULL)
        return Py_BuildValue("(sN)", "ok", result);
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    if (t == NULL)
        return Py_BuildValue("(ss)", "err", "NULL without exception");
    PyErr_NormalizeException(&t, &v, &tb);
    PyObject *r = Py_BuildValue("(ssN)", "err", ((PyTypeObject *)t)->tp_name, PyObject_Str(v));
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    return r;
}

static PyObject *int_outcome(int ok) {
    if (ok)
        return Py_BuildValue("(si)", "ok", ok);
    return outcome(NULL);
}

static int add(PyObject *list, const char *name, PyObject *real, PyObject *mine) {
    PyObject *item = Py_BuildValue("(sNN)", name, real, mine);
    if (item == NULL)
        return -1;
    int r = PyList_Append(list, item);
    Py_DECREF(item);
    return r;
}

/* ---- argument parsing: one generic driver for any format ---- */

#define NSLOTS 24
typedef struct {
    union {
        char raw[96];
        Py_buffer view;
        long long ll;
        double d;
        void *p;
        Py_complex cx;
    } u;
    Py_ssize_t len;
} slot_t;

static int cleanup_calls;

/* O& converter: stores a new reference; supports cleanup (counted). */
static int conv_cleanup(PyObject *obj, void *addr) {
    PyObject **p = addr;
    if (obj == NULL) {
        cleanup_calls++;
        Py_CLEAR(*p);
        return 0;
    }
    if (PyFloat_Check(obj)) {
        PyErr_SetString(PyExc_ValueError, "converter refuses floats");
        return 0;
    }
    *p = Py_NewRef(obj);
    return Py_CLEANUP_SUPPORTED;
}

typedef struct {
    char unit[3];
} unit_t;

/* The units of `fmt` in order (nested ones included), at most NSLOTS. */
static int units_of(const char *fmt, unit_t *units) {
    int n = 0;
    for (const char *f = fmt; *f && *f != ':' && *f != ';'; f++) {
        char c = *f;
        if (c == '|' || c == '$' || c == '(' || c == ')')
            continue;
        if (n == NSLOTS)
            return -1;
        units[n].unit[0] = c;
        units[n].unit[1] = 0;
        units[n].unit[2] = 0;
        if (f[1] == '#' || f[1] == '*' || f[1] == '!' || f[1] == '&')
            units[n].unit[1] = *++f;
        n++;
    }
    return n;
}

static PyObject *decode(const unit_t *u, slot_t *s) {
    char c = u->unit[0], m = u->unit[1];
    switch (c) {
    case 'b': case 'B': return PyLong_FromLong(*(unsigned char *)s->u.raw);
    case 'c': return PyBytes_FromStringAndSize(s->u.raw, 1);
    case 'h': return PyLong_FromLong(*(short *)s->u.raw);
    case 'H': return PyLong_FromLong(*(unsigned short *)s->u.raw);
    case 'i': case 'C': case 'p': return PyLong_FromLong(*(int *)s->u.raw);
    case 'I': return PyLong_FromUnsignedLong(*(unsigned int *)s->u.raw);
    case 'l': return PyLong_FromLong(*(long *)s->u.raw);
    case 'k': return PyLong_FromUnsignedLong(*(unsigned long *)s->u.raw);
    case 'L': return PyLong_FromLongLong(*(long long *)s->u.raw);
    case 'K': return PyLong_FromUnsignedLongLong(*(unsigned long long *)s->u.raw);
    case 'n': return PyLong_FromSsize_t(*(Py_ssize_t *)s->u.raw);
    case 'f': return PyFloat_FromDouble(*(float *)s->u.raw);
    case 'd': return PyFloat_FromDouble(s->u.d);
    case 'D': return PyComplex_FromCComplex(s->u.cx);
    case 's': case 'z': case 'y': case 'w':
        if (m == '*') {
            Py_buffer *v = &s->u.view;
            PyObject *r;
            if (v->buf == NULL && v->obj == NULL)
                r = Py_BuildValue("(Oi)", Py_None, v->readonly);
            else
                r = Py_BuildValue("(y#iin)", (char *)v->buf, v->len, v->readonly, v->ndim, v->itemsize);
            if (v->obj != NULL)
                PyBuffer_Release(v);
            return r;
        }
        if (s->u.p == NULL)
            Py_RETURN_NONE;
        if (m == '#')
            return PyBytes_FromStringAndSize(s->u.p, s->len);
        return PyBytes_FromString(s->u.p);
    case 'O':
        if (m == '&')
            return s->u.p ? (PyObject *)s->u.p : Py_NewRef(Py_None);
        /* fall through */
    case 'S': case 'Y': case 'U':
        return Py_NewRef(s->u.p ? (PyObject *)s->u.p : Py_None);
    default:
        return PyUnicode_FromFormat("<unit %s>", u->unit);
    }
}

typedef int (*tuple_fn)(PyObject *, const char *, ...);
typedef int (*kw_fn)(PyObject *, PyObject *, const char *, char **, ...);

static int va_tuple_mine(PyObject *args, const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    int r = swt_PyArg_VaParse(args, fmt, va);
    va_end(va);
    return r;
}
static int va_tuple_mine_sizet(PyObject *args, const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    int r = swt__PyArg_VaParse_SizeT(args, fmt, va);
    va_end(va);
    return r;
}
static int va_kw_mine(PyObject *args, PyObject *kw, const char *fmt, char **kwlist, ...) {
    va_list va;
    va_start(va, kwlist);
    int r = swt_PyArg_VaParseTupleAndKeywords(args, kw, fmt, kwlist, va);
    va_end(va);
    return r;
}
static int va_kw_mine_sizet(PyObject *args, PyObject *kw, const char *fmt, char **kwlist, ...) {
    va_list va;
    va_start(va, kwlist);
    int r = swt__PyArg_VaParseTupleAndKeywords_SizeT(args, kw, fmt, kwlist, va);
    va_end(va);
    return r;
}

typedef int (*fast_fn)(PyObject *, PyObject *, struct _PyArg_Parser *, ...);
typedef int (*stackkw_fn)(PyObject *const *, Py_ssize_t, PyObject *, struct _PyArg_Parser *, ...);
typedef int (*stack_fn)(PyObject *const *, Py_ssize_t, const char *, ...);

static int va_fast_mine(PyObject *args, PyObject *kw, struct _PyArg_Parser *parser, ...) {
    va_list va;
    va_start(va, parser);
    int r = swt__PyArg_VaParseTupleAndKeywordsFast(args, kw, parser, va);
    va_end(va);
    return r;
}
static int va_fast_mine_sizet(PyObject *args, PyObject *kw, struct _PyArg_Parser *parser, ...) {
    va_list va;
    va_start(va, parser);
    int r = swt__PyArg_VaParseTupleAndKeywordsFast_SizeT(args, kw, parser, va);
    va_end(va);
    return r;
}

/* A parser for one call, never freed: CPython links parsers it has seen into a global list. */
static struct _PyArg_Parser *fast_parser(const char *fmt, char **names, int nnames) {
    struct _PyArg_Parser *p = calloc(1, sizeof *p);
    const char **kw = calloc((size_t)nnames + 1, sizeof *kw);
    for (int i = 0; i < nnames; i++) kw[i] = strdup(names[i]);
    p->format = strdup(fmt);
    p->keywords = kw;
    return p;
}

#define P24(p) p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], \
    p[12], p[13], p[14], p[15], p[16], p[17], p[18], p[19], p[20], p[21], p[22], p[23]

/* parse(impl, mode, fmt, args, kwargs, kwlist)
 * impl: 0 CPython; 1 Swallow plain; 2 Swallow _SizeT; 3 Swallow Va; 4 Swallow Va _SizeT.
 * mode: 't' ParseTuple, 'k' ParseTupleAndKeywords, 'p' PyArg_Parse (args is the object).
 * Returns (outcome, cleanup calls, refcount deltas of the top-level arguments). */
static PyObject *parse(PyObject *self, PyObject *a) {
    int impl;
    const char *mode, *fmt;
    PyObject *args, *kwargs, *kwnames;
    if (!PyArg_ParseTuple(a, "isyOOO", &impl, &mode, &fmt, &args, &kwargs, &kwnames))
        return NULL;
    unit_t units[NSLOTS];
    int nunits = units_of(fmt, units);
    if (nunits < 0)
        return PyErr_Format(PyExc_ValueError, "too many units");
    slot_t slots[NSLOTS];
    memset(slots, 0, sizeof slots);
    void *p[NSLOTS * 2 + 2];
    memset(p, 0, sizeof p);
    int k = 0;
    for (int i = 0; i < nunits; i++) {
        if (strcmp(units[i].unit, "O!") == 0)
            p[k++] = &PyList_Type;
        else if (strcmp(units[i].unit, "O&") == 0) {
            int (*conv)(PyObject *, void *) = conv_cleanup;
            memcpy(&p[k++], &conv, sizeof(void *));
        }
        p[k++] = &slots[i].u;
        if (units[i].unit[1] == '#')
            p[k++] = &slots[i].len;
    }
    if (k > NSLOTS)
        return PyErr_Format(PyExc_ValueError, "too many pointers");

    char *names[NSLOTS + 1];
    int nnames = 0;
    if (kwnames != Py_None) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwnames) && i < NSLOTS; i++)
            names[nnames++] = (char *)PyUnicode_AsUTF8(PyTuple_GET_ITEM(kwnames, i));
    }
    names[nnames] = NULL;
    PyObject *kw = kwargs == Py_None ? NULL : kwargs;

    Py_ssize_t nargs = (mode[0] != 'p' && PyTuple_Check(args)) ? PyTuple_GET_SIZE(args) : 0;
    Py_ssize_t before[32];
    for (Py_ssize_t i = 0; i < nargs && i < 32; i++)
        before[i] = Py_REFCNT(PyTuple_GET_ITEM(args, i));

    cleanup_calls = 0;
    int ok;
    static tuple_fn tuple_impls[] = { _PyArg_ParseTuple_SizeT, swt_PyArg_ParseTuple, swt__PyArg_ParseTuple_SizeT,
                                      va_tuple_mine, va_tuple_mine_sizet };
    static kw_fn kw_impls[] = { _PyArg_ParseTupleAndKeywords_SizeT, swt_PyArg_ParseTupleAndKeywords,
                                swt__PyArg_ParseTupleAndKeywords_SizeT, va_kw_mine, va_kw_mine_sizet };
    static tuple_fn parse_impls[] = { _PyArg_Parse_SizeT, swt_PyArg_Parse, swt__PyArg_Parse_SizeT,
                                      swt_PyArg_Parse, swt__PyArg_Parse_SizeT };
    if (impl < 0 || impl > 4)
        return PyErr_Format(PyExc_ValueError, "bad impl");
    PyObject *pargs = args == Py_None ? NULL : args;
    if (mode[0] == 't')
        ok = tuple_impls[impl](pargs, fmt, P24(p));
    else if (mode[0] == 'k')
        ok = kw_impls[impl](pargs, kw, fmt, kwnames == Py_None ? NULL : names, P24(p));
    else if (mode[0] == 'f') {
        static fast_fn fast_impls[] = { _PyArg_ParseTupleAndKeywordsFast, swt__PyArg_ParseTupleAndKeywordsFast,
                                        swt__PyArg_ParseTupleAndKeywordsFast_SizeT, va_fast_mine,
                                        va_fast_mine_sizet };
        ok = fast_impls[impl](pargs, kw, fast_parser(fmt, names, nnames), P24(p));
    } else if (mode[0] == 's' || mode[0] == 'S') {
        /* The vectorcall form: positional items, then the keyword values named by kwnames. */
        PyObject *stack[64];
        Py_ssize_t n = 0, nkw = kw ? PyDict_GET_SIZE(kw) : 0;
        PyObject *names_tuple = nkw ? PyTuple_New(nkw) : NULL;
        for (Py_ssize_t i = 0; i < nargs && n < 32; i++) stack[n++] = PyTuple_GET_ITEM(args, i);
        Py_ssize_t pos = 0, j = 0;
        PyObject *key, *value;
        while (kw && PyDict_Next(kw, &pos, &key, &value) && j < 32) {
            Py_INCREF(key);
            PyTuple_SET_ITEM(names_tuple, j++, key);
            stack[n + j - 1] = value;
        }
        if (mode[0] == 's') {
            static stackkw_fn stackkw_impls[] = { _PyArg_ParseStackAndKeywords, swt__PyArg_ParseStackAndKeywords,
                                                  swt__PyArg_ParseStackAndKeywords_SizeT,
                                                  swt__PyArg_ParseStackAndKeywords,
                                                  swt__PyArg_ParseStackAndKeywords_SizeT };
            ok = stackkw_impls[impl](stack, n, names_tuple, fast_parser(fmt, names, nnames), P24(p));
        } else {
            static stack_fn stack_impls[] = { _PyArg_ParseStack, swt__PyArg_ParseStack, swt__PyArg_ParseStack_SizeT,
                                              swt__PyArg_ParseStack, swt__PyArg_ParseStack_SizeT };
            ok = stack_impls[impl](stack, n, fmt, P24(p));
        }
        Py_XDECREF(names_tuple);
    }
    else
        ok = parse_impls[impl](pargs, fmt, P24(p));

    PyObject *result;
    if (ok) {
        PyObject *values = PyList_New(0);
        for (int i = 0; i < nunits; i++) {
            PyObject *v = decode(&units[i], &slots[i]);
            if (v == NULL) {
                Py_DECREF(values);
                return NULL;
            }
            PyList_Append(values, v);
            Py_DECREF(v);
        }
        result = outcome(values);
    } else {
        result = outcome(NULL);
    }
    PyObject *deltas = PyList_New(0);
    for (Py_ssize_t i = 0; i < nargs && i < 32; i++) {
        PyObject *d = PyLong_FromSsize_t(Py_REFCNT(PyTuple_GET_ITEM(args, i)) - before[i]);
        PyList_Append(deltas, d);
        Py_DECREF(d);
    }
    return Py_BuildValue("(NiN)", result, cleanup_calls, deltas);
}

/* ---- fixed C cases: building, formatting, calling, unpacking ---- */

#define BOTH(list, name, realcall, minecall) \
    do { PyObject *_r = outcome(realcall); PyObject *_m = outcome(minecall); \
         if (add(list, name, _r, _m) < 0) goto fail; } while (0)
#define BV(list, ...) BOTH(list, #__VA_ARGS__, _Py_BuildValue_SizeT(__VA_ARGS__), swt__Py_BuildValue_SizeT(__VA_ARGS__))
#define BVP(list, ...) BOTH(list, "plain " #__VA_ARGS__, _Py_BuildValue_SizeT(__VA_ARGS__), swt_Py_BuildValue(__VA_ARGS__))
#define UF(list, ...) BOTH(list, #__VA_ARGS__, PyUnicode_FromFormat(__VA_ARGS__), swt_PyUnicode_FromFormat(__VA_ARGS__))

static PyObject *make_answer(void *arg) { return PyLong_FromLong(*(int *)arg * 2); }

static PyObject *va_build_mine(const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    PyObject *r = swt_Py_VaBuildValue(fmt, va);
    va_end(va);
    return r;
}

static PyObject *build_cases(PyObject *self, PyObject *unused) {
    PyObject *list = PyList_New(0);
    PyObject *o = PyUnicode_FromString("obj");
    int seven = 7;
    wchar_t wide[] = { 'w', 0xe9, 0x20ac, 0x1F600, 0 };
    Py_complex cx = { 1.5, -2.0 };
    BV(list, "");
    BV(list, "i", 42);
    BV(list, "ii", 1, 2);
    BV(list, "(i)", 3);
    BV(list, "()");
    BV(list, "[]");
    BV(list, "{}");
    BV(list, "i, i : i", 1, 2, 3);
    BV(list, "b B h H", -1, 255, -3, 65535);
    BV(list, "I k", 4000000000u, 18446744073709551615ul);
    BV(list, "l L K n", -5L, -(1LL << 62), 18446744073709551615ull, (Py_ssize_t)-9);
    BV(list, "d f", 1.25, (double)2.5f);
    BV(list, "D", &cx);
    BV(list, "c C C", 'x', 0xe9, 0x1F600);
    BV(list, "s z s", "h\xc3\xa9llo", (char *)NULL, "");
    BV(list, "s# z# y#", "abcdef", (Py_ssize_t)3, (char *)NULL, (Py_ssize_t)0, "a\0b", (Py_ssize_t)3);
    BV(list, "y y", "bytes", (char *)NULL);
    BV(list, "U", "uni");
    BV(list, "u u#", wide, wide, (Py_ssize_t)2);
    BV(list, "[i,(s,s),{s:i}]", 1, "a", "b", "k", 2);
    BV(list, "{s:i,s:[i,i]}", "a", 1, "b", 2, 3);
    BV(list, "((((i))))", 9);
    BV(list, "O S", o, o);
    BV(list, "O&", make_answer, (void *)&seven);
    BV(list, "N", PyLong_FromLong(5));
    BV(list, "(sN)", "x", PyUnicode_FromString("stolen"));
    BV(list, "O", (PyObject *)NULL);
    BV(list, "(iO)", 1, (PyObject *)NULL);
    BV(list, "s#", "abc", (Py_ssize_t)-1);
    BV(list, "q", 1);
    BV(list, "(ii", 1, 2);
    BV(list, "ii)", 1, 2);
    BV(list, "{i}", 1);
    BV(list, "{[i]:i}", 1, 2);
    BV(list, "C", 0x110000);
    BV(list, "s", "\xff");
    BVP(list, "(is)", 1, "a");
    BOTH(list, "VaBuildValue (iy#)", Py_BuildValue("(iy#)", 4, "xy", (Py_ssize_t)2), va_build_mine("(iy#)", 4, "xy", (Py_ssize_t)2));
    /* N is consumed even when an earlier item fails. */
    {
        PyObject *victim = PyUnicode_FromString("victim-real");
        Py_INCREF(victim);
        PyObject *r1 = _Py_BuildValue_SizeT("(OiN)", (PyObject *)NULL, 1, victim);
        Py_ssize_t real_left = Py_REFCNT(victim);
        PyErr_Clear();
        Py_XDECREF(r1);
        Py_DECREF(victim);
        PyObject *victim2 = PyUnicode_FromString("victim-mine");
        Py_INCREF(victim2);
        PyObject *r2 = swt__Py_BuildValue_SizeT("(OiN)", (PyObject *)NULL, 1, victim2);
        Py_ssize_t mine_left = Py_REFCNT(victim2);
        PyErr_Clear();
        Py_XDECREF(r2);
        Py_DECREF(victim2);
        if (add(list, "N released after failure (refcnt)", PyLong_FromSsize_t(real_left), PyLong_FromSsize_t(mine_left)) < 0)
            goto fail;
    }
    /* O adds a reference, N does not. */
    {
        Py_ssize_t base = Py_REFCNT(o);
        PyObject *r1 = _Py_BuildValue_SizeT("(OO)", o, o);
        Py_ssize_t d1 = Py_REFCNT(o) - base;
        Py_XDECREF(r1);
        PyObject *r2 = swt__Py_BuildValue_SizeT("(OO)", o, o);
        Py_ssize_t d2 = Py_REFCNT(o) - base;
        Py_XDECREF(r2);
        if (add(list, "O refcount delta", PyLong_FromSsize_t(d1), PyLong_FromSsize_t(d2)) < 0)
            goto fail;
    }
    Py_DECREF(o);
    return list;
fail:
    Py_DECREF(o);
    Py_DECREF(list);
    return NULL;
}

static PyObject *format_cases(PyObject *self, PyObject *unused) {
    PyObject *list = PyList_New(0);
    PyObject *s = PyUnicode_FromString("h\xc3\xa9llo");
    PyObject *astral = PyUnicode_FromString("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    PyObject *num = PyLong_FromLong(123);
    PyObject *lst = Py_BuildValue("[is]", 1, "x");
    UF(list, "plain text", 0);
    UF(list, "%d|%i|%u|%ld|%li|%lu", -5, 6, 4000000000u, -7L, 8L, 18446744073709551615ul);
    UF(list, "%lld|%lli|%llu|%zd|%zi|%zu", -(1LL << 40), 3LL, 1ULL << 63, (Py_ssize_t)-2, (Py_ssize_t)3, (size_t)4);
    UF(list, "%x|%5d|%05d|%.3d|%5.3d|%05d", 255, 42, 42, 7, 7, -42);
    UF(list, "%08.3d|%.10d|%3u|%03x|%.0d", -7, -3, 1u, 10, 0);
    UF(list, "%c%c%c", 'A', 0xe9, 0x1F600);
    UF(list, "%c", 0x110000);
    UF(list, "%c", -1);
    UF(list, "%s|%5s|%.2s|%5.2s|%.0s|", "abc", "abc", "abc", "abc", "abc");
    UF(list, "%.1s|%.3s|%s", "\xc3\xa9", "\xc3\xa9\xe2\x82\xac", "\xff\xfe" "ab");
    UF(list, "%U|%8U|%.2U|%8.2U", s, s, s, s);
    UF(list, "%V|%V|%.2V", s, "unused", (PyObject *)NULL, "d\xc3\xa9", (PyObject *)NULL, "d\xc3\xa9");
    UF(list, "%S|%R|%A", lst, s, astral);
    UF(list, "%10R|%.3R|%5.2S|%.2A|%8A", s, s, num, astral, astral);
    UF(list, "%p", (void *)0x1234);
    UF(list, "%010p|%5p", (void *)255, (void *)255);
    UF(list, "100%% %5%|", 0);
    UF(list, "%q rest %d", 1);
    UF(list, "%-5d|", 1);
    UF(list, "%lx %d", 1L, 2);
    UF(list, "tail %", 0);
    UF(list, "%q\xc3\xa9", 0);
    UF(list, "caf\xc3\xa9 %d", 1);
    UF(list, "%99999999999999999999d", 1);
    UF(list, "%5S|%-3S", num, num);
    Py_DECREF(s);
    Py_DECREF(astral);
    Py_DECREF(num);
    Py_DECREF(lst);
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

static PyObject *call_cases(PyObject *self, PyObject *a) {
    PyObject *f, *obj, *raiser;
    if (!PyArg_ParseTuple(a, "OOO", &f, &obj, &raiser))
        return NULL;
    PyObject *list = PyList_New(0);
    PyObject *one = PyLong_FromLong(1), *two = PyUnicode_FromString("two");
    PyObject *tup = Py_BuildValue("(ii)", 5, 6);
    PyObject *mname = PyUnicode_FromString("m");
    PyObject *badname = PyUnicode_FromString("nope");
    BOTH(list, "CallFunction ii", PyObject_CallFunction(f, "ii", 1, 2), swt_PyObject_CallFunction(f, "ii", 1, 2));
    BOTH(list, "CallFunction (ii)", PyObject_CallFunction(f, "(ii)", 1, 2), swt_PyObject_CallFunction(f, "(ii)", 1, 2));
    BOTH(list, "CallFunction i", PyObject_CallFunction(f, "i", 1), swt_PyObject_CallFunction(f, "i", 1));
    BOTH(list, "CallFunction O tuple", PyObject_CallFunction(f, "O", tup), swt_PyObject_CallFunction(f, "O", tup));
    BOTH(list, "CallFunction [i]", PyObject_CallFunction(f, "[i]", 1), swt_PyObject_CallFunction(f, "[i]", 1));
    BOTH(list, "CallFunction empty", PyObject_CallFunction(f, ""), swt_PyObject_CallFunction(f, ""));
    BOTH(list, "CallFunction NULL fmt", PyObject_CallFunction(f, NULL), swt_PyObject_CallFunction(f, NULL));
    BOTH(list, "CallFunction s# (SizeT)", _PyObject_CallFunction_SizeT(f, "s#", "abc", (Py_ssize_t)2),
         swt__PyObject_CallFunction_SizeT(f, "s#", "abc", (Py_ssize_t)2));
    BOTH(list, "CallFunction NULL callable", PyObject_CallFunction(NULL, "i", 1), swt_PyObject_CallFunction(NULL, "i", 1));
    BOTH(list, "CallFunction bad O", PyObject_CallFunction(f, "O", (PyObject *)NULL), swt_PyObject_CallFunction(f, "O", (PyObject *)NULL));
    BOTH(list, "CallFunction raises", PyObject_CallFunction(raiser, "i", 3), swt_PyObject_CallFunction(raiser, "i", 3));
    BOTH(list, "CallMethod s", PyObject_CallMethod(obj, "m", "s", "x"), swt_PyObject_CallMethod(obj, "m", "s", "x"));
    BOTH(list, "CallMethod none", PyObject_CallMethod(obj, "m", NULL), swt_PyObject_CallMethod(obj, "m", NULL));
    BOTH(list, "CallMethod missing", PyObject_CallMethod(obj, "nope", "i", 1), swt_PyObject_CallMethod(obj, "nope", "i", 1));
    BOTH(list, "CallMethod SizeT y#", _PyObject_CallMethod_SizeT(obj, "m", "y#", "ab", (Py_ssize_t)1),
         swt__PyObject_CallMethod_SizeT(obj, "m", "y#", "ab", (Py_ssize_t)1));
    BOTH(list, "CallFunctionObjArgs", PyObject_CallFunctionObjArgs(f, one, two, NULL), swt_PyObject_CallFunctionObjArgs(f, one, two, NULL));
    BOTH(list, "CallFunctionObjArgs none", PyObject_CallFunctionObjArgs(f, NULL), swt_PyObject_CallFunctionObjArgs(f, NULL));
    BOTH(list, "CallMethodObjArgs", PyObject_CallMethodObjArgs(obj, mname, one, NULL), swt_PyObject_CallMethodObjArgs(obj, mname, one, NULL));
    BOTH(list, "CallMethodObjArgs missing", PyObject_CallMethodObjArgs(obj, badname, NULL), swt_PyObject_CallMethodObjArgs(obj, badname, NULL));
    BOTH(list, "PyEval_CallFunction", PyEval_CallFunction(f, "is", 7, "x"), swt_PyEval_CallFunction(f, "is", 7, "x"));
    BOTH(list, "PyEval_CallMethod", PyEval_CallMethod(obj, "m", "(i)", 8), swt_PyEval_CallMethod(obj, "m", "(i)", 8));
    BOTH(list, "PyTuple_Pack 2", PyTuple_Pack(2, one, two), swt_PyTuple_Pack(2, one, two));
    BOTH(list, "PyTuple_Pack 0", PyTuple_Pack(0), swt_PyTuple_Pack(0));
    Py_DECREF(one);
    Py_DECREF(two);
    Py_DECREF(tup);
    Py_DECREF(mname);
    Py_DECREF(badname);
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

static PyObject *misc_cases(PyObject *self, PyObject *unused) {
    PyObject *list = PyList_New(0);
    PyObject *t0 = PyTuple_New(0), *t2 = Py_BuildValue("(is)", 1, "a"), *d0 = PyDict_New();
    PyObject *d1 = Py_BuildValue("{si}", "k", 1);
    PyObject *x = NULL, *y = NULL, *z = NULL;
    BOTH(list, "UnpackTuple ok", PyArg_UnpackTuple(t2, "f", 1, 3, &x, &y, &z) ? Py_BuildValue("(OOO)", x, y, z ? z : Py_None) : NULL,
         (x = y = z = NULL, swt_PyArg_UnpackTuple(t2, "f", 1, 3, &x, &y, &z) ? Py_BuildValue("(OOO)", x, y, z ? z : Py_None) : NULL));
    BOTH(list, "UnpackTuple few", int_outcome(PyArg_UnpackTuple(t0, "f", 1, 3, &x, &y, &z)) , int_outcome(swt_PyArg_UnpackTuple(t0, "f", 1, 3, &x, &y, &z)));
    BOTH(list, "UnpackTuple exact", int_outcome(PyArg_UnpackTuple(t2, "f", 1, 1, &x)), int_outcome(swt_PyArg_UnpackTuple(t2, "f", 1, 1, &x)));
    BOTH(list, "UnpackTuple many", int_outcome(PyArg_UnpackTuple(t2, "f", 0, 1, &x)), int_outcome(swt_PyArg_UnpackTuple(t2, "f", 0, 1, &x)));
    BOTH(list, "UnpackTuple noname", int_outcome(PyArg_UnpackTuple(t2, NULL, 3, 4, &x, &y, &z)), int_outcome(swt_PyArg_UnpackTuple(t2, NULL, 3, 4, &x, &y, &z)));
    BOTH(list, "UnpackTuple noname max", int_outcome(PyArg_UnpackTuple(t2, NULL, 0, 1, &x)), int_outcome(swt_PyArg_UnpackTuple(t2, NULL, 0, 1, &x)));
    BOTH(list, "UnpackTuple not tuple", int_outcome(PyArg_UnpackTuple(d0, "f", 0, 1, &x)), int_outcome(swt_PyArg_UnpackTuple(d0, "f", 0, 1, &x)));
    BOTH(list, "CheckPositional ok", int_outcome((_PyArg_CheckPositional)("f", 2, 1, 3)), int_outcome(swt__PyArg_CheckPositional("f", 2, 1, 3)));
    BOTH(list, "CheckPositional few", int_outcome((_PyArg_CheckPositional)("f", 0, 1, 1)), int_outcome(swt__PyArg_CheckPositional("f", 0, 1, 1)));
    BOTH(list, "CheckPositional many", int_outcome((_PyArg_CheckPositional)("f", 5, 1, 2)), int_outcome(swt__PyArg_CheckPositional("f", 5, 1, 2)));
    BOTH(list, "CheckPositional noname", int_outcome((_PyArg_CheckPositional)(NULL, 5, 1, 2)), int_outcome(swt__PyArg_CheckPositional(NULL, 5, 1, 2)));
    BOTH(list, "NoKeywords NULL", int_outcome((_PyArg_NoKeywords)("f", NULL)), int_outcome(swt__PyArg_NoKeywords("f", NULL)));
    BOTH(list, "NoKeywords empty", int_outcome((_PyArg_NoKeywords)("f", d0)), int_outcome(swt__PyArg_NoKeywords("f", d0)));
    BOTH(list, "NoKeywords some", int_outcome((_PyArg_NoKeywords)("f", d1)), int_outcome(swt__PyArg_NoKeywords("f", d1)));
    BOTH(list, "NoPositional empty", int_outcome((_PyArg_NoPositional)("g", t0)), int_outcome(swt__PyArg_NoPositional("g", t0)));
    BOTH(list, "NoPositional some", int_outcome((_PyArg_NoPositional)("g", t2)), int_outcome(swt__PyArg_NoPositional("g", t2)));
    Py_DECREF(t0);
    Py_DECREF(t2);
    Py_DECREF(d0);
    Py_DECREF(d1);
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

/* ---- Argument Clinic helpers ---- */

/* A parser that lives forever (CPython links initialised parsers into a global list). */
static struct _PyArg_Parser *make_parser(PyObject *keywords, const char *fname, const char *format) {
    Py_ssize_t n = PyTuple_GET_SIZE(keywords);
    const char **kw = calloc((size_t)n + 1, sizeof(char *));
    for (Py_ssize_t i = 0; i < n; i++)
        kw[i] = strdup(PyUnicode_AsUTF8(PyTuple_GET_ITEM(keywords, i)));
    struct _PyArg_Parser *p = calloc(1, sizeof *p);
    p->keywords = kw;
    p->fname = fname ? strdup(fname) : NULL;
    p->format = format ? strdup(format) : NULL;
    return p;
}

/* unpack(impl, keywords, fname, format, stack, nargs, kwargs, kwnames, minpos, maxpos, minkw, vararg)
 * impl 0 CPython, 1 Swallow. vararg < 0: _PyArg_UnpackKeywords, else ..WithVararg. kwnames
 * given: the keyword values are stack[nargs:]. Returns the outcome (list of buf entries). */
static PyObject *unpack(PyObject *self, PyObject *a) {
    int impl, minpos, maxpos, minkw, vararg;
    Py_ssize_t nargs;
    PyObject *keywords, *stack, *kwargs, *kwnames;
    const char *fname, *format;
    if (!PyArg_ParseTuple(a, "iOzzOnOOiiii", &impl, &keywords, &fname, &format, &stack, &nargs, &kwargs, &kwnames,
                          &minpos, &maxpos, &minkw, &vararg))
        return NULL;
    struct _PyArg_Parser *parser = make_parser(keywords, fname, format);
    PyObject *buf[32];
    for (int i = 0; i < 32; i++)
        buf[i] = (PyObject *)0x1;
    PyObject *kw = kwargs == Py_None ? NULL : kwargs, *kn = kwnames == Py_None ? NULL : kwnames;
    PyObject *const *items = &PyTuple_GET_ITEM(stack, 0);
    PyObject *const *r;
    int nbuf = (int)PyTuple_GET_SIZE(keywords) + (vararg >= 0);
    if (vararg < 0)
        r = impl == 0 ? (_PyArg_UnpackKeywords)(items, nargs, kw, kn, parser, minpos, maxpos, minkw, buf)
                      : swt__PyArg_UnpackKeywords(items, nargs, kw, kn, parser, minpos, maxpos, minkw, buf);
    else
        r = impl == 0 ? _PyArg_UnpackKeywordsWithVararg(items, nargs, kw, kn, parser, minpos, maxpos, minkw, vararg, buf)
                      : swt__PyArg_UnpackKeywordsWithVararg(items, nargs, kw, kn, parser, minpos, maxpos, minkw, vararg, buf);
    if (r == NULL)
        return outcome(NULL);
    PyObject *list = PyList_New(0);
    for (int i = 0; i < nbuf; i++) {
        PyObject *v = r[i] == NULL ? Py_None : r[i] == (PyObject *)0x1 ? Py_Ellipsis : r[i];
        PyList_Append(list, v);
    }
    if (vararg >= 0 && r[vararg] != NULL)
        Py_DECREF(r[vararg]);
    PyObject *same = PyBool_FromLong(r == items);
    return outcome(Py_BuildValue("(NN)", list, same));
}

static PyObject *ssize_outcome(int ok, Py_ssize_t v) {
    if (ok)
        return Py_BuildValue("(sn)", "ok", v);
    return outcome(NULL);
}

static PyObject *clinic_cases(PyObject *self, PyObject *unused) {
    PyObject *list = PyList_New(0);
    PyObject *one = PyLong_FromLong(1), *big = PyLong_FromString("100000000000000000000000", NULL, 10);
    PyObject *flt = PyFloat_FromDouble(1.5), *str = PyUnicode_FromString("x"), *lst = PyList_New(0);
    PyObject *kwn0 = PyTuple_New(0), *kwn1 = Py_BuildValue("(s)", "k");
    PyObject *objs[] = { one, big, flt, str, Py_None, lst, Py_True };
    const char *names[] = { "1", "big", "1.5", "str", "None", "list", "True" };
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        char name[64];
        Py_ssize_t r1 = -7, r2 = -7;
        snprintf(name, sizeof name, "_Py_convert_optional_to_ssize_t %s", names[i]);
        BOTH(list, name, ssize_outcome(_Py_convert_optional_to_ssize_t(objs[i], &r1), r1),
             ssize_outcome(swt__Py_convert_optional_to_ssize_t(objs[i], &r2), r2));
        snprintf(name, sizeof name, "_PyArg_BadArgument %s", names[i]);
        _PyArg_BadArgument("func", "argument 2", "list", objs[i]);
        PyObject *o1 = outcome(NULL);
        swt__PyArg_BadArgument("func", "argument 2", "list", objs[i]);
        PyObject *o2 = outcome(NULL);
        if (add(list, name, o1, o2) < 0)
            goto fail;
    }
    BOTH(list, "NoKwnames NULL", int_outcome((_PyArg_NoKwnames)("f", NULL)), int_outcome(swt__PyArg_NoKwnames("f", NULL)));
    BOTH(list, "NoKwnames empty", int_outcome((_PyArg_NoKwnames)("f", kwn0)), int_outcome(swt__PyArg_NoKwnames("f", kwn0)));
    BOTH(list, "NoKwnames some", int_outcome((_PyArg_NoKwnames)("f", kwn1)), int_outcome(swt__PyArg_NoKwnames("f", kwn1)));
    Py_DECREF(one); Py_DECREF(big); Py_DECREF(flt); Py_DECREF(str); Py_DECREF(lst); Py_DECREF(kwn0); Py_DECREF(kwn1);
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

static PyObject *callmethod_cases(PyObject *self, PyObject *a) {
    PyObject *obj;
    if (!PyArg_ParseTuple(a, "O", &obj))
        return NULL;
    PyObject *list = PyList_New(0);
    PyObject *m = PyUnicode_FromString("m"), *nope = PyUnicode_FromString("nope");
    static _Py_Identifier id_m = { "m", -1 }, id_nope = { "nope", -1 };
    static _Py_Identifier id_m2 = { "m", -1 };
    BOTH(list, "_PyObject_CallMethod ii", _PyObject_CallMethod(obj, m, "ii", 1, 2), swt__PyObject_CallMethod(obj, m, "ii", 1, 2));
    BOTH(list, "_PyObject_CallMethod NULL fmt", _PyObject_CallMethod(obj, m, NULL), swt__PyObject_CallMethod(obj, m, NULL));
    BOTH(list, "_PyObject_CallMethod (ii)", _PyObject_CallMethod(obj, m, "(ii)", 1, 2), swt__PyObject_CallMethod(obj, m, "(ii)", 1, 2));
    BOTH(list, "_PyObject_CallMethod y#", _PyObject_CallMethod(obj, m, "y#", "abc", (Py_ssize_t)2), swt__PyObject_CallMethod(obj, m, "y#", "abc", (Py_ssize_t)2));
    BOTH(list, "_PyObject_CallMethod missing", _PyObject_CallMethod(obj, nope, "i", 1), swt__PyObject_CallMethod(obj, nope, "i", 1));
    BOTH(list, "_PyObject_CallMethod NULL obj", _PyObject_CallMethod(NULL, m, "i", 1), swt__PyObject_CallMethod(NULL, m, "i", 1));
    BOTH(list, "_PyObject_CallMethodId s", _PyObject_CallMethodId(obj, &id_m, "s", "x"), swt__PyObject_CallMethodId(obj, &id_m2, "s", "x"));
    BOTH(list, "_PyObject_CallMethodId missing", _PyObject_CallMethodId(obj, &id_nope, ""), swt__PyObject_CallMethodId(obj, &id_nope, ""));
    BOTH(list, "_PyObject_CallMethodId_SizeT s#", _PyObject_CallMethodId_SizeT(obj, &id_m, "s#", "xyz", (Py_ssize_t)1),
         swt__PyObject_CallMethodId_SizeT(obj, &id_m2, "s#", "xyz", (Py_ssize_t)1));
    Py_DECREF(m);
    Py_DECREF(nope);
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

/* ---- hex, bytes writer ---- */

/* hex(impl, data, sep or None, group, kind): kind 0 strhex, 1 strhex_bytes, 2 with_sep, 3 bytes_with_sep */
static PyObject *hex_(PyObject *self, PyObject *a) {
    int impl, group, kind;
    Py_buffer data;
    PyObject *sep;
    if (!PyArg_ParseTuple(a, "iy*Oii", &impl, &data, &sep, &group, &kind))
        return NULL;
    PyObject *sp = sep == Py_None ? NULL : sep;
    const char *b = data.buf;
    Py_ssize_t n = data.len;
    PyObject *r;
    switch (kind) {
    case 0: r = impl ? swt__Py_strhex(b, n) : _Py_strhex(b, n); break;
    case 1: r = impl ? swt__Py_strhex_bytes(b, n) : _Py_strhex_bytes(b, n); break;
    case 2: r = impl ? swt__Py_strhex_with_sep(b, n, sp, group) : _Py_strhex_with_sep(b, n, sp, group); break;
    default: r = impl ? swt__Py_strhex_bytes_with_sep(b, n, sp, group) : _Py_strhex_bytes_with_sep(b, n, sp, group); break;
    }
    PyBuffer_Release(&data);
    return outcome(r);
}

/* writer(impl, use_bytearray, overallocate, ops): ops is a list of ('alloc', n) /
 * ('write', bytes) / ('prepare', n, fill byte) / ('finish',) / ('dealloc',). */
static PyObject *writer(PyObject *self, PyObject *a) {
    int impl, use_ba, overalloc;
    PyObject *ops;
    if (!PyArg_ParseTuple(a, "iiiO", &impl, &use_ba, &overalloc, &ops))
        return NULL;
    _PyBytesWriter w;
    char *str = NULL;
    if (impl) swt__PyBytesWriter_Init(&w); else _PyBytesWriter_Init(&w);
    w.use_bytearray = use_ba;
    w.overallocate = overalloc;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(ops); i++) {
        PyObject *op = PyList_GET_ITEM(ops, i);
        const char *name = PyUnicode_AsUTF8(PyTuple_GET_ITEM(op, 0));
        if (strcmp(name, "alloc") == 0) {
            Py_ssize_t n = PyLong_AsSsize_t(PyTuple_GET_ITEM(op, 1));
            str = impl ? swt__PyBytesWriter_Alloc(&w, n) : _PyBytesWriter_Alloc(&w, n);
            if (str == NULL)
                return outcome(NULL);
        } else if (strcmp(name, "write") == 0) {
            PyObject *b = PyTuple_GET_ITEM(op, 1);
            str = impl ? swt__PyBytesWriter_WriteBytes(&w, str, PyBytes_AS_STRING(b), PyBytes_GET_SIZE(b))
                       : _PyBytesWriter_WriteBytes(&w, str, PyBytes_AS_STRING(b), PyBytes_GET_SIZE(b));
            if (str == NULL)
                return outcome(NULL);
        } else if (strcmp(name, "prepare") == 0 || strcmp(name, "fill") == 0) {
            /* prepare: room for n more; fill: write n copies of a byte into already-prepared room */
            Py_ssize_t n = PyLong_AsSsize_t(PyTuple_GET_ITEM(op, 1));
            int c = (int)PyLong_AsLong(PyTuple_GET_ITEM(op, 2));
            if (name[0] == 'p') {
                str = impl ? swt__PyBytesWriter_Prepare(&w, str, n) : _PyBytesWriter_Prepare(&w, str, n);
                if (str == NULL)
                    return outcome(NULL);
            }
            memset(str, c, (size_t)n);
            str += n;
        } else if (strcmp(name, "finish") == 0) {
            return outcome(impl ? swt__PyBytesWriter_Finish(&w, str) : _PyBytesWriter_Finish(&w, str));
        } else {
            if (impl) swt__PyBytesWriter_Dealloc(&w); else _PyBytesWriter_Dealloc(&w);
            Py_RETURN_NONE;
        }
    }
    Py_RETURN_NONE;
}

/* ---- complex arithmetic ---- */

/* cmath(impl, op, a, b) -> ((real, imag) or abs, errno) with errno preset to 12345. */
static PyObject *cmath_(PyObject *self, PyObject *a) {
    int impl;
    const char *op;
    Py_complex x, y;
    if (!PyArg_ParseTuple(a, "isDD", &impl, &op, &x, &y))
        return NULL;
    errno = 12345;
    Py_complex r = { 0, 0 };
    double d = 0;
    int is_abs = 0;
    switch (op[0]) {
    case '+': r = impl ? swt__Py_c_sum(x, y) : _Py_c_sum(x, y); break;
    case '-': r = impl ? swt__Py_c_diff(x, y) : _Py_c_diff(x, y); break;
    case 'n': r = impl ? swt__Py_c_neg(x) : _Py_c_neg(x); break;
    case '*': r = impl ? swt__Py_c_prod(x, y) : _Py_c_prod(x, y); break;
    case '/': r = impl ? swt__Py_c_quot(x, y) : _Py_c_quot(x, y); break;
    case 'p': r = impl ? swt__Py_c_pow(x, y) : _Py_c_pow(x, y); break;
    default: d = impl ? swt__Py_c_abs(x) : _Py_c_abs(x); is_abs = 1; break;
    }
    int e = errno;
    if (is_abs)
        return Py_BuildValue("(di)", d, e);
    return Py_BuildValue("((dd)i)", r.real, r.imag, e);
}

/* ---- number <-> text ---- */

/* strto(impl, kind, text, base, exc): kind 'l' strtol, 'u' strtoul, 'd' _Py_dg_strtod,
 * 's' PyOS_string_to_double with endptr, 'S' without, 'n' snprintf(size=base) of "%s|%d".
 * Returns (outcome value, end offset, errno) with errno preset to 12345. */
static PyObject *strto(PyObject *self, PyObject *a) {
    int impl, base;
    const char *kind, *text;
    PyObject *exc;
    if (!PyArg_ParseTuple(a, "isyiO", &impl, &kind, &text, &base, &exc))
        return NULL;
    char *end = NULL;
    PyObject *val;
    errno = 12345;
    switch (kind[0]) {
    case 'l': val = PyLong_FromLong(impl ? swt_PyOS_strtol(text, &end, base) : PyOS_strtol(text, &end, base)); break;
    case 'u': val = PyLong_FromUnsignedLong(impl ? swt_PyOS_strtoul(text, &end, base) : PyOS_strtoul(text, &end, base)); break;
    case 'd': val = PyFloat_FromDouble(impl ? swt__Py_dg_strtod(text, &end) : _Py_dg_strtod(text, &end)); break;
    case 's': case 'S': {
        char **ep = kind[0] == 's' ? &end : NULL;
        PyObject *ex = exc == Py_None ? NULL : exc;
        double d = impl ? swt_PyOS_string_to_double(text, ep, ex) : PyOS_string_to_double(text, ep, ex);
        val = (d == -1.0 && PyErr_Occurred()) ? NULL : PyFloat_FromDouble(d);
        break;
    }
    default: {
        char buf[16];
        memset(buf, 'Z', sizeof buf);
        int n = impl ? swt_PyOS_snprintf(buf, (size_t)base, "%s|%d", text, 42) : PyOS_snprintf(buf, (size_t)base, "%s|%d", text, 42);
        val = Py_BuildValue("(iy#)", n, buf, (Py_ssize_t)sizeof buf);
        break;
    }
    }
    int e = errno;
    PyObject *o = outcome(val);
    return Py_BuildValue("(Nni)", o, end ? (Py_ssize_t)(end - text) : (Py_ssize_t)-1, e);
}

/* dtos(impl, value, code, precision, flags) -> (text, type) outcome */
static PyObject *dtos(PyObject *self, PyObject *a) {
    int impl, prec, flags;
    double v;
    const char *code;
    if (!PyArg_ParseTuple(a, "idsii", &impl, &v, &code, &prec, &flags))
        return NULL;
    int type = -1;
    char *s = impl ? swt_PyOS_double_to_string(v, code[0], prec, flags, &type) : PyOS_double_to_string(v, code[0], prec, flags, &type);
    if (s == NULL)
        return outcome(NULL);
    PyObject *r = Py_BuildValue("(si)", s, type);
    PyMem_Free(s);
    return outcome(r);
}

/* dtoa(impl, value, mode, ndigits) -> (digits, decpt, sign, rve offset) */
static PyObject *dtoa_(PyObject *self, PyObject *a) {
    int impl, mode, nd;
    double v;
    if (!PyArg_ParseTuple(a, "idii", &impl, &v, &mode, &nd))
        return NULL;
    int decpt = -12345, sign = -1;
    char *rve = NULL;
    char *s = impl ? swt__Py_dg_dtoa(v, mode, nd, &decpt, &sign, &rve) : _Py_dg_dtoa(v, mode, nd, &decpt, &sign, &rve);
    if (s == NULL)
        return PyErr_NoMemory();
    PyObject *r = Py_BuildValue("(siin)", s, decpt, sign, (Py_ssize_t)(rve - s));
    if (impl) swt__Py_dg_freedtoa(s); else _Py_dg_freedtoa(s);
    return r;
}

static PyObject *bits(double d) {
    unsigned long long u;
    memcpy(&u, &d, sizeof u);
    return PyLong_FromUnsignedLongLong(u);
}

static PyObject *dg_consts(PyObject *self, PyObject *unused) {
    PyObject *list = PyList_New(0);
    for (int sign = 0; sign < 3; sign++) {
        char name[64];
        snprintf(name, sizeof name, "_Py_dg_infinity(%d) bits", sign);
        if (add(list, name, bits(_Py_dg_infinity(sign)), bits(swt__Py_dg_infinity(sign))) < 0)
            goto fail;
        snprintf(name, sizeof name, "_Py_dg_stdnan(%d) bits", sign);
        if (add(list, name, bits(_Py_dg_stdnan(sign)), bits(swt__Py_dg_stdnan(sign))) < 0)
            goto fail;
    }
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

static PyMethodDef methods[] = {
    { "parse", parse, METH_VARARGS, NULL },
    { "build_cases", build_cases, METH_NOARGS, NULL },
    { "format_cases", format_cases, METH_NOARGS, NULL },
    { "call_cases", call_cases, METH_VARARGS, NULL },
    { "misc_cases", misc_cases, METH_NOARGS, NULL },
    { "unpack", unpack, METH_VARARGS, NULL },
    { "clinic_cases", clinic_cases, METH_NOARGS, NULL },
    { "callmethod_cases", callmethod_cases, METH_VARARGS, NULL },
    { "hex", hex_, METH_VARARGS, NULL },
    { "writer", writer, METH_VARARGS, NULL },
    { "cmath", cmath_, METH_VARARGS, NULL },
    { "strto", strto, METH_VARARGS, NULL },
    { "dtos", dtos, METH_VARARGS, NULL },
    { "dtoa", dtoa_, METH_VARARGS, NULL },
    { "dg_consts", dg_consts, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static struct PyModuleDef module = { PyModuleDef_HEAD_INIT, "shimcheck", NULL, -1, methods };

PyMODINIT_FUNC PyInit_shimcheck(void) { return PyModule_Create(&module); }
