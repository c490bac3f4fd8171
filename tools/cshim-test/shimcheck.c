/* shimcheck: a CPython extension that runs Swallow's CShim argument parsing, value building,
 * string formatting and calling helpers side by side with CPython's own implementations on
 * the same inputs. Swallow's versions are linked in under the prefix swt_ (see run.sh); this
 * file is compiled against CPython's headers and calls both. driver.py compares. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

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
    case 's': case 'z': case 'y':
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

static PyMethodDef methods[] = {
    { "parse", parse, METH_VARARGS, NULL },
    { "build_cases", build_cases, METH_NOARGS, NULL },
    { "format_cases", format_cases, METH_NOARGS, NULL },
    { "call_cases", call_cases, METH_VARARGS, NULL },
    { "misc_cases", misc_cases, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static struct PyModuleDef module = { PyModuleDef_HEAD_INIT, "shimcheck", NULL, -1, methods };

PyMODINIT_FUNC PyInit_shimcheck(void) { return PyModule_Create(&module); }
