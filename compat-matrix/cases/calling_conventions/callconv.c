/* Compatibility-matrix case: calling_conventions, module callconv.
 *
 * One or more functions per calling convention (METH_NOARGS, METH_O,
 * METH_VARARGS, METH_VARARGS|METH_KEYWORDS, METH_FASTCALL,
 * METH_FASTCALL|METH_KEYWORDS), argument parsing with PyArg_ParseTuple and
 * PyArg_ParseTupleAndKeywords, value building (Py_BuildValue and the concrete
 * constructors), exceptions raised from C, and refcount checks on objects
 * freshly created in C.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* METH_NOARGS                                                          */
/* ------------------------------------------------------------------ */

/* noargs() -> "noargs ok" */
static PyObject *
cc_noargs(PyObject *self, PyObject *unused)
{
    if (unused != NULL) {
        PyErr_SetString(PyExc_SystemError, "METH_NOARGS got a non-NULL second argument");
        return NULL;
    }
    return PyUnicode_FromString("noargs ok");
}

/* build_forms() -> a dict of Py_BuildValue results, one per format. */
static PyObject *
cc_build_forms(PyObject *self, PyObject *unused)
{
    PyObject *out = PyDict_New();
    if (out == NULL) {
        return NULL;
    }
    struct {
        const char *key;
        PyObject *value;
    } items[12];
    int n = 0;
    items[n].key = "iOd";
    items[n++].value = Py_BuildValue("(iOd)", -3, Py_None, 0.25);
    items[n].key = "list";
    items[n++].value = Py_BuildValue("[iii]", 1, 2, 3);
    items[n].key = "dict";
    items[n++].value = Py_BuildValue("{s:i,s:s}", "one", 1, "two", "zwei");
    items[n].key = "nested";
    items[n++].value = Py_BuildValue("((ii)[sy]{s:d})", 4, 5, "str", "bytes", "half", 0.5);
    items[n].key = "single";
    items[n++].value = Py_BuildValue("i", 99);
    items[n].key = "empty";
    items[n++].value = Py_BuildValue("");
    items[n].key = "unit";
    items[n++].value = Py_BuildValue("()");
    items[n].key = "sized";
    items[n++].value = Py_BuildValue("(s#y#)", "abcdef", (Py_ssize_t)3, "\x00\x01\x02", (Py_ssize_t)3);
    items[n].key = "N steals";
    items[n++].value = Py_BuildValue("(N)", PyLong_FromLong(17));
    items[n].key = "long long";
    items[n++].value = Py_BuildValue("(LK)", (long long)LLONG_MIN, (unsigned long long)ULLONG_MAX);
    items[n].key = "char byte short";
    items[n++].value = Py_BuildValue("(Cbh)", 0x263A, 'A', -300);
    items[n].key = "none z";
    items[n++].value = Py_BuildValue("(zz)", (char *)NULL, "zed");

    int failed = 0;
    for (int i = 0; i < n; i++) {
        if (items[i].value == NULL) {
            failed = 1;
            continue;
        }
        if (!failed && PyDict_SetItemString(out, items[i].key, items[i].value) < 0) {
            failed = 1;
        }
        Py_DECREF(items[i].value);
    }
    if (failed) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* long_limits() -> boundary values through the PyLong constructors. */
static PyObject *
cc_long_limits(PyObject *self, PyObject *unused)
{
    PyObject *t = PyTuple_New(6);
    if (t == NULL) {
        return NULL;
    }
    PyObject *v[6] = {
        PyLong_FromLong(LONG_MAX),
        PyLong_FromLong(LONG_MIN),
        PyLong_FromUnsignedLong(ULONG_MAX),
        PyLong_FromLongLong(-1234567890123LL),
        PyLong_FromSsize_t(-1),
        PyLong_FromDouble(1e20),
    };
    for (int i = 0; i < 6; i++) {
        if (v[i] == NULL) {
            for (int j = i + 1; j < 6; j++) {
                Py_XDECREF(v[j]);
            }
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, v[i]); /* steals */
    }
    return t;
}

/* build_dict() -> a dict filled with PyDict_SetItemString, insertion order kept. */
static PyObject *
cc_build_dict(PyObject *self, PyObject *unused)
{
    PyObject *d = PyDict_New();
    if (d == NULL) {
        return NULL;
    }
    PyObject *vals[5] = {
        PyLong_FromLong(1),
        PyFloat_FromDouble(-2.5),
        PyUnicode_FromString("tr\xc3\xa8s"), /* UTF-8 for "très" */
        PyBytes_FromStringAndSize("b\0c", 3),
        PyBool_FromLong(0),
    };
    const char *keys[5] = {"int", "float", "str", "bytes", "bool"};
    int failed = 0;
    for (int i = 0; i < 5; i++) {
        if (vals[i] == NULL) {
            failed = 1;
            continue;
        }
        if (!failed && PyDict_SetItemString(d, keys[i], vals[i]) < 0) {
            failed = 1;
        }
        Py_DECREF(vals[i]);
    }
    if (!failed && PyDict_SetItemString(d, "none", Py_None) < 0) {
        failed = 1;
    }
    if (failed) {
        Py_DECREF(d);
        return NULL;
    }
    return d;
}

/* bad_null() -> NULL without an exception: the runtime must turn this into SystemError. */
static PyObject *
cc_bad_null(PyObject *self, PyObject *unused)
{
    return NULL;
}

/* bad_result() -> a result while an exception is set: also a SystemError. */
static PyObject *
cc_bad_result(PyObject *self, PyObject *unused)
{
    PyErr_SetString(PyExc_ValueError, "left behind");
    return PyLong_FromLong(1);
}

/* refcount_checks() -> dict of bools: fresh objects made in C start at refcount 1,
 * and the stealing / non-stealing functions move counts as CPython's do. */
static PyObject *
cc_refcount_checks(PyObject *self, PyObject *unused)
{
    PyObject *out = PyDict_New();
    if (out == NULL) {
        return NULL;
    }
    int ok = 1;
#define CC_RECORD(name, cond)                                               \
    do {                                                                    \
        if (ok && PyDict_SetItemString(out, (name), (cond) ? Py_True : Py_False) < 0) { \
            ok = 0;                                                         \
        }                                                                   \
    } while (0)

    PyObject *num = PyLong_FromLong(123456);
    PyObject *tup = PyTuple_New(2);
    PyObject *lst = PyList_New(0);
    PyObject *dct = PyDict_New();
    PyObject *str = PyUnicode_FromString("swallow refcount probe");
    PyObject *byt = PyBytes_FromString("probe bytes");
    PyObject *flt = PyFloat_FromDouble(3.75);
    PyObject *built = Py_BuildValue("(ii)", 1000001, 1000002);
    if (!num || !tup || !lst || !dct || !str || !byt || !flt || !built) {
        ok = 0;
        goto done;
    }
    CC_RECORD("fresh long", Py_REFCNT(num) == 1);
    CC_RECORD("fresh tuple", Py_REFCNT(tup) == 1);
    CC_RECORD("fresh list", Py_REFCNT(lst) == 1);
    CC_RECORD("fresh dict", Py_REFCNT(dct) == 1);
    CC_RECORD("fresh str", Py_REFCNT(str) == 1);
    CC_RECORD("fresh bytes", Py_REFCNT(byt) == 1);
    CC_RECORD("fresh float", Py_REFCNT(flt) == 1);
    CC_RECORD("Py_BuildValue tuple", Py_REFCNT(built) == 1);

    Py_INCREF(num);
    CC_RECORD("after Py_INCREF", Py_REFCNT(num) == 2);
    Py_DECREF(num);
    CC_RECORD("after Py_DECREF", Py_REFCNT(num) == 1);

    /* PyList_Append does not steal: the list holds a second reference. */
    if (ok && PyList_Append(lst, num) < 0) {
        ok = 0;
    }
    CC_RECORD("PyList_Append adds a ref", Py_REFCNT(num) == 2);

    /* PyDict_SetItemString does not steal either. */
    if (ok && PyDict_SetItemString(dct, "k", flt) < 0) {
        ok = 0;
    }
    CC_RECORD("PyDict_SetItem adds a ref", Py_REFCNT(flt) == 2);

    /* PyTuple_SET_ITEM steals: hand over our own references. */
    Py_INCREF(str);
    PyTuple_SET_ITEM(tup, 0, str);
    Py_INCREF(byt);
    PyTuple_SET_ITEM(tup, 1, byt);
    CC_RECORD("PyTuple_SET_ITEM steals", Py_REFCNT(str) == 2 && Py_REFCNT(byt) == 2);
    CC_RECORD("tuple item is the object", PyTuple_GET_ITEM(tup, 0) == str);

    /* Dropping the container releases the items it held. */
    Py_DECREF(tup);
    tup = NULL;
    CC_RECORD("container release", Py_REFCNT(str) == 1 && Py_REFCNT(byt) == 1);

    /* Borrowed reference from PyList_GetItem does not change the count. */
    if (ok) {
        PyObject *borrowed = PyList_GetItem(lst, 0);
        CC_RECORD("PyList_GetItem borrowed", borrowed == num && Py_REFCNT(num) == 2);
    }
    /* PySequence_GetItem returns a new reference. */
    if (ok) {
        PyObject *owned = PySequence_GetItem(lst, 0);
        if (owned == NULL) {
            ok = 0;
        }
        else {
            CC_RECORD("PySequence_GetItem new ref", owned == num && Py_REFCNT(num) == 3);
            Py_DECREF(owned);
        }
    }

done:
    Py_XDECREF(num);
    Py_XDECREF(tup);
    Py_XDECREF(lst);
    Py_XDECREF(dct);
    Py_XDECREF(str);
    Py_XDECREF(byt);
    Py_XDECREF(flt);
    Py_XDECREF(built);
#undef CC_RECORD
    if (!ok) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* ------------------------------------------------------------------ */
/* METH_O                                                               */
/* ------------------------------------------------------------------ */

/* echo(o) -> o itself. */
static PyObject *
cc_echo(PyObject *self, PyObject *o)
{
    Py_INCREF(o);
    return o;
}

/* describe(o) -> (kind, size) using the C type checks. */
static PyObject *
cc_describe(PyObject *self, PyObject *o)
{
    if (o == Py_None) {
        return Py_BuildValue("(sn)", "none", (Py_ssize_t)0);
    }
    if (PyBool_Check(o)) {
        return Py_BuildValue("(sn)", o == Py_True ? "true" : "false", (Py_ssize_t)0);
    }
    if (PyLong_CheckExact(o)) {
        int overflow = 0;
        long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
        if (v == -1 && PyErr_Occurred()) {
            return NULL;
        }
        const char *kind = overflow > 0 ? "int(huge+)" : overflow < 0 ? "int(huge-)"
                         : v < 0 ? "int(neg)" : "int";
        return Py_BuildValue("(sn)", kind, (Py_ssize_t)0);
    }
    if (PyFloat_CheckExact(o)) {
        return Py_BuildValue("(sn)", "float", (Py_ssize_t)0);
    }
    if (PyUnicode_Check(o)) {
        return Py_BuildValue("(sn)", "str", PyUnicode_GET_LENGTH(o));
    }
    if (PyBytes_Check(o)) {
        return Py_BuildValue("(sn)", "bytes", PyBytes_GET_SIZE(o));
    }
    if (PyTuple_Check(o)) {
        return Py_BuildValue("(sn)", "tuple", PyTuple_GET_SIZE(o));
    }
    if (PyList_Check(o)) {
        return Py_BuildValue("(sn)", "list", PyList_GET_SIZE(o));
    }
    if (PyDict_Check(o)) {
        return Py_BuildValue("(sn)", "dict", PyDict_Size(o));
    }
    return Py_BuildValue("(sn)", Py_TYPE(o)->tp_name, (Py_ssize_t)-1);
}

/* double_it(o) -> 2*o for int and float, o+o for str; TypeError otherwise. */
static PyObject *
cc_double_it(PyObject *self, PyObject *o)
{
    if (PyLong_Check(o)) {
        long v = PyLong_AsLong(o);
        if (v == -1 && PyErr_Occurred()) {
            return NULL;
        }
        if (v > LONG_MAX / 2 || v < LONG_MIN / 2) {
            PyErr_SetString(PyExc_OverflowError, "double_it: result does not fit in a C long");
            return NULL;
        }
        return PyLong_FromLong(v * 2);
    }
    if (PyFloat_Check(o)) {
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(o) * 2.0);
    }
    if (PyUnicode_Check(o)) {
        return PyUnicode_Concat(o, o);
    }
    PyErr_Format(PyExc_TypeError, "double_it() cannot handle '%s' objects (code %d)",
                 Py_TYPE(o)->tp_name, 7);
    return NULL;
}

/* unicode_info(s) -> (length, utf8 byte count, PEP 393 kind, utf8 bytes) */
static PyObject *
cc_unicode_info(PyObject *self, PyObject *s)
{
    if (!PyUnicode_Check(s)) {
        PyErr_Format(PyExc_TypeError, "unicode_info() argument must be str, not %.50s",
                     Py_TYPE(s)->tp_name);
        return NULL;
    }
    Py_ssize_t size = 0;
    const char *utf8 = PyUnicode_AsUTF8AndSize(s, &size);
    if (utf8 == NULL) {
        return NULL;
    }
    return Py_BuildValue("(nniy#)", PyUnicode_GetLength(s), size, (int)PyUnicode_KIND(s),
                         utf8, size);
}

/* raise_kind(name) -> raises the exception named by a str. */
static PyObject *
cc_raise_kind(PyObject *self, PyObject *arg)
{
    const char *kind = PyUnicode_AsUTF8(arg);
    if (kind == NULL) {
        return NULL;
    }
    if (strcmp(kind, "value") == 0) {
        PyErr_SetString(PyExc_ValueError, "a value error from C");
    }
    else if (strcmp(kind, "type") == 0) {
        PyErr_Format(PyExc_TypeError, "wrong thing: %s, number %d, size %zd", "widget", -12,
                     (Py_ssize_t)4096);
    }
    else if (strcmp(kind, "key") == 0) {
        PyErr_SetObject(PyExc_KeyError, arg);
    }
    else if (strcmp(kind, "overflow") == 0) {
        PyErr_SetString(PyExc_OverflowError, "too big for C");
    }
    else if (strcmp(kind, "zero") == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "divided by zero in C");
    }
    else if (strcmp(kind, "runtime") == 0) {
        PyErr_Format(PyExc_RuntimeError, "repr=%R str=%S char=%c hex=%x", arg, arg, 'Q', 255);
    }
    else if (strcmp(kind, "nomemory") == 0) {
        PyErr_NoMemory();
    }
    else {
        PyErr_Format(PyExc_LookupError, "unknown kind %U", arg);
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* METH_VARARGS                                                         */
/* ------------------------------------------------------------------ */

/* parse_numbers(i, l, d) -> (i, l, d) */
static PyObject *
cc_parse_numbers(PyObject *self, PyObject *args)
{
    int i;
    long l;
    double d;
    if (!PyArg_ParseTuple(args, "ild:parse_numbers", &i, &l, &d)) {
        return NULL;
    }
    return Py_BuildValue("(ild)", i, l, d);
}

/* parse_strings(s, s#, y#) -> (s, len(s#), s#, len(y#), y#) */
static PyObject *
cc_parse_strings(PyObject *self, PyObject *args)
{
    const char *s;
    const char *s2;
    Py_ssize_t s2len;
    const char *y;
    Py_ssize_t ylen;
    if (!PyArg_ParseTuple(args, "ss#y#:parse_strings", &s, &s2, &s2len, &y, &ylen)) {
        return NULL;
    }
    return Py_BuildValue("(sns#ny#)", s, s2len, s2, s2len, ylen, y, ylen);
}

/* parse_objects(o, list, [n]) -> (o, len(list), n) with O, O!, | */
static PyObject *
cc_parse_objects(PyObject *self, PyObject *args)
{
    PyObject *any;
    PyObject *list;
    int n = -1;
    if (!PyArg_ParseTuple(args, "OO!|i:parse_objects", &any, &PyList_Type, &list, &n)) {
        return NULL;
    }
    return Py_BuildValue("(Oni)", any, PyList_GET_SIZE(list), n);
}

/* sum_list(list) -> sum of its int items, read with PyList_GET_ITEM. */
static PyObject *
cc_sum_list(PyObject *self, PyObject *args)
{
    PyObject *list;
    if (!PyArg_ParseTuple(args, "O!:sum_list", &PyList_Type, &list)) {
        return NULL;
    }
    long total = 0;
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(list); k++) {
        PyObject *item = PyList_GET_ITEM(list, k); /* borrowed */
        if (!PyLong_Check(item)) {
            PyErr_Format(PyExc_TypeError, "sum_list: item %zd is %s, not int", k,
                         Py_TYPE(item)->tp_name);
            return NULL;
        }
        long v = PyLong_AsLong(item);
        if (v == -1 && PyErr_Occurred()) {
            return NULL;
        }
        total += v;
    }
    return PyLong_FromLong(total);
}

/* checked(n) -> n, or ValueError for negative n. */
static PyObject *
cc_checked(PyObject *self, PyObject *args)
{
    int n;
    if (!PyArg_ParseTuple(args, "i", &n)) {
        return NULL;
    }
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "negative value not allowed");
        return NULL;
    }
    return PyLong_FromLong(n);
}

/* squares(n) -> tuple of the first n squares, built with PyTuple_New + SET_ITEM. */
static PyObject *
cc_squares(PyObject *self, PyObject *args)
{
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "n:squares", &n)) {
        return NULL;
    }
    if (n < 0) {
        PyErr_Format(PyExc_ValueError, "squares: n must be >= 0, got %zd", n);
        return NULL;
    }
    PyObject *t = PyTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *v = PyLong_FromSsize_t(k * k);
        if (v == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, k, v);
    }
    return t;
}

/* countdown(n) -> list [n, ..., 1] with PyList_New + SET_ITEM, then "liftoff" appended. */
static PyObject *
cc_countdown(PyObject *self, PyObject *args)
{
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "n:countdown", &n)) {
        return NULL;
    }
    if (n < 0) {
        n = 0;
    }
    PyObject *l = PyList_New(n);
    if (l == NULL) {
        return NULL;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *v = PyLong_FromSsize_t(n - k);
        if (v == NULL) {
            Py_DECREF(l);
            return NULL;
        }
        PyList_SET_ITEM(l, k, v);
    }
    PyObject *word = PyUnicode_FromString("liftoff");
    if (word == NULL || PyList_Append(l, word) < 0) {
        Py_XDECREF(word);
        Py_DECREF(l);
        return NULL;
    }
    Py_DECREF(word);
    return l;
}

/* ------------------------------------------------------------------ */
/* METH_VARARGS | METH_KEYWORDS                                         */
/* ------------------------------------------------------------------ */

/* configure(name, count=1, scale=1.0, *, tag=None) -> dict of the values. */
static PyObject *
cc_configure(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"name", "count", "scale", "tag", NULL};
    const char *name;
    int count = 1;
    double scale = 1.0;
    PyObject *tag = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "s|id$O:configure", kwlist,
                                     &name, &count, &scale, &tag)) {
        return NULL;
    }
    return Py_BuildValue("{s:s,s:i,s:d,s:O}", "name", name, "count", count, "scale", scale,
                         "tag", tag);
}

/* kwinfo(*args, **kwargs) -> (len(args), sorted-free kwargs dict or None) */
static PyObject *
cc_kwinfo(PyObject *self, PyObject *args, PyObject *kwargs)
{
    if (!PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "kwinfo: args is not a tuple");
        return NULL;
    }
    if (kwargs != NULL && !PyDict_Check(kwargs)) {
        PyErr_SetString(PyExc_SystemError, "kwinfo: kwargs is not a dict");
        return NULL;
    }
    return Py_BuildValue("(nO)", PyTuple_GET_SIZE(args), kwargs != NULL ? kwargs : Py_None);
}

/* ------------------------------------------------------------------ */
/* METH_FASTCALL (and METH_FASTCALL | METH_KEYWORDS)                    */
/* ------------------------------------------------------------------ */

/* fast_sum(*numbers) -> (count, total); ints stay ints, any float makes a float. */
static PyObject *
cc_fast_sum(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1) {
        PyErr_Format(PyExc_TypeError, "fast_sum expected at least 1 argument, got %zd", nargs);
        return NULL;
    }
    long long itotal = 0;
    double ftotal = 0.0;
    int any_float = 0;
    for (Py_ssize_t k = 0; k < nargs; k++) {
        PyObject *a = args[k];
        if (PyFloat_Check(a)) {
            any_float = 1;
            ftotal += PyFloat_AS_DOUBLE(a);
        }
        else if (PyLong_Check(a)) {
            long long v = PyLong_AsLongLong(a);
            if (v == -1 && PyErr_Occurred()) {
                return NULL;
            }
            itotal += v;
        }
        else {
            PyErr_Format(PyExc_TypeError, "fast_sum: argument %zd must be int or float, not %s",
                         k + 1, Py_TYPE(a)->tp_name);
            return NULL;
        }
    }
    if (any_float) {
        return Py_BuildValue("(nd)", nargs, ftotal + (double)itotal);
    }
    return Py_BuildValue("(nL)", nargs, itotal);
}

/* fast_pick(container, key) -> container[key] for tuple, list or dict. */
static PyObject *
cc_fast_pick(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "fast_pick expected 2 arguments, got %zd", nargs);
        return NULL;
    }
    PyObject *c = args[0];
    PyObject *key = args[1];
    PyObject *found;
    if (PyDict_Check(c)) {
        found = PyDict_GetItemWithError(c, key); /* borrowed */
        if (found == NULL) {
            if (!PyErr_Occurred()) {
                PyErr_SetObject(PyExc_KeyError, key);
            }
            return NULL;
        }
        Py_INCREF(found);
        return found;
    }
    Py_ssize_t idx = PyLong_AsSsize_t(key);
    if (idx == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (PyTuple_Check(c)) {
        if (idx < 0 || idx >= PyTuple_GET_SIZE(c)) {
            PyErr_SetString(PyExc_IndexError, "fast_pick: tuple index out of range");
            return NULL;
        }
        found = PyTuple_GET_ITEM(c, idx);
    }
    else if (PyList_Check(c)) {
        if (idx < 0 || idx >= PyList_GET_SIZE(c)) {
            PyErr_SetString(PyExc_IndexError, "fast_pick: list index out of range");
            return NULL;
        }
        found = PyList_GET_ITEM(c, idx);
    }
    else {
        PyErr_Format(PyExc_TypeError, "fast_pick: cannot index %s", Py_TYPE(c)->tp_name);
        return NULL;
    }
    Py_INCREF(found);
    return found;
}

/* fast_kw(*args, **kw) -> (positional tuple, kwnames tuple or None, kw values tuple) */
static PyObject *
cc_fast_kw(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *pos = PyTuple_New(nargs);
    if (pos == NULL) {
        return NULL;
    }
    for (Py_ssize_t k = 0; k < nargs; k++) {
        Py_INCREF(args[k]);
        PyTuple_SET_ITEM(pos, k, args[k]);
    }
    Py_ssize_t nkw = kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames);
    PyObject *vals = PyTuple_New(nkw);
    if (vals == NULL) {
        Py_DECREF(pos);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < nkw; k++) {
        Py_INCREF(args[nargs + k]);
        PyTuple_SET_ITEM(vals, k, args[nargs + k]);
    }
    return Py_BuildValue("(NON)", pos, kwnames != NULL ? kwnames : Py_None, vals);
}

static PyMethodDef cc_methods[] = {
    {"noargs", cc_noargs, METH_NOARGS, "noargs(): METH_NOARGS."},
    {"build_forms", cc_build_forms, METH_NOARGS, "build_forms(): Py_BuildValue results."},
    {"long_limits", cc_long_limits, METH_NOARGS, "long_limits(): PyLong boundary values."},
    {"build_dict", cc_build_dict, METH_NOARGS, "build_dict(): PyDict_SetItemString."},
    {"bad_null", cc_bad_null, METH_NOARGS, "bad_null(): NULL without an exception."},
    {"bad_result", cc_bad_result, METH_NOARGS, "bad_result(): result with an exception set."},
    {"refcount_checks", cc_refcount_checks, METH_NOARGS, "refcount_checks(): refcount facts."},
    {"echo", cc_echo, METH_O, "echo(o): o."},
    {"describe", cc_describe, METH_O, "describe(o): (kind, size)."},
    {"double_it", cc_double_it, METH_O, "double_it(o): twice o."},
    {"unicode_info", cc_unicode_info, METH_O, "unicode_info(s): str internals."},
    {"raise_kind", cc_raise_kind, METH_O, "raise_kind(name): raise from C."},
    {"parse_numbers", cc_parse_numbers, METH_VARARGS, "parse_numbers(i, l, d)."},
    {"parse_strings", cc_parse_strings, METH_VARARGS, "parse_strings(s, s2, y)."},
    {"parse_objects", cc_parse_objects, METH_VARARGS, "parse_objects(o, list[, n])."},
    {"sum_list", cc_sum_list, METH_VARARGS, "sum_list(list)."},
    {"checked", cc_checked, METH_VARARGS, "checked(n)."},
    {"squares", cc_squares, METH_VARARGS, "squares(n)."},
    {"countdown", cc_countdown, METH_VARARGS, "countdown(n)."},
    {"configure", (PyCFunction)(void (*)(void))cc_configure, METH_VARARGS | METH_KEYWORDS,
     "configure(name, count=1, scale=1.0, *, tag=None)."},
    {"kwinfo", (PyCFunction)(void (*)(void))cc_kwinfo, METH_VARARGS | METH_KEYWORDS,
     "kwinfo(*args, **kwargs)."},
    {"fast_sum", (PyCFunction)(void (*)(void))cc_fast_sum, METH_FASTCALL, "fast_sum(*numbers)."},
    {"fast_pick", (PyCFunction)(void (*)(void))cc_fast_pick, METH_FASTCALL,
     "fast_pick(container, key)."},
    {"fast_kw", (PyCFunction)(void (*)(void))cc_fast_kw, METH_FASTCALL | METH_KEYWORDS,
     "fast_kw(*args, **kw)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef cc_module = {
    PyModuleDef_HEAD_INIT,
    "callconv",
    "Calling-convention test module for the Swallow compatibility matrix.",
    -1,
    cc_methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_callconv(void)
{
    return PyModule_Create(&cc_module);
}
