/* _PyUnicodeWriter, _PyAccu, _Py_Identifier lookups and a few small helpers that CPython's own
 * extension modules (_json, _datetime...) call.
 *
 * The writer's buffer is a real PEP 393 string made by PyUnicode_New that only C sees while it
 * is being filled (extension code writes into writer->data with PyUnicode_WRITE at
 * writer->pos); the runtime first sees the result that _PyUnicodeWriter_Finish builds. A buffer
 * that must grow or widen is replaced by a fresh one (never resized in place). Written for
 * Swallow after CPython 3.11's documented and observed behaviour. */
#include "Python.h"
#include "swallow/bridge.h"

/* ---- the writer ---- */

static Py_UCS4 uw_max_of_kind(int kind) {
    return kind == PyUnicode_1BYTE_KIND ? 0xff : kind == PyUnicode_2BYTE_KIND ? 0xffff : 0x10ffff;
}

/* The largest code point a string's storage can hold (what PyUnicode_MAX_CHAR_VALUE gives). */
static Py_UCS4 uw_max_char_value(PyObject *s) {
    if (PyUnicode_IS_ASCII(s)) return 0x7f;
    return uw_max_of_kind(PyUnicode_KIND(s));
}

/* Copies n characters between storages of any kinds. */
static void uw_copy(int dkind, void *ddata, Py_ssize_t dpos, int skind, const void *sdata, Py_ssize_t spos,
                    Py_ssize_t n) {
    if (dkind == skind) {
        memcpy((char *)ddata + dpos * dkind, (const char *)sdata + spos * skind, (size_t)(n * dkind));
        return;
    }
    for (Py_ssize_t i = 0; i < n; i++) PyUnicode_WRITE(dkind, ddata, dpos + i, PyUnicode_READ(skind, sdata, spos + i));
}

static void uw_update(_PyUnicodeWriter *w) {
    w->maxchar = uw_max_char_value(w->buffer);
    w->data = PyUnicode_DATA(w->buffer);
    /* A shared (read-only) string must never be written: kind 0 and size 0 send every write
     * through Prepare, which copies it first. */
    w->kind = w->readonly ? 0 : PyUnicode_KIND(w->buffer);
    w->size = w->readonly ? 0 : PyUnicode_GET_LENGTH(w->buffer);
}

void _PyUnicodeWriter_Init(_PyUnicodeWriter *w) {
    memset(w, 0, sizeof *w);
    w->min_char = 127;
    /* kind 0: the first _PyUnicodeWriter_PrepareKind always reaches PrepareKindInternal. */
    w->kind = 0;
}

/* Replaces the buffer with a fresh one of `size` characters up to `maxchar`, keeping pos. */
static int uw_replace(_PyUnicodeWriter *w, Py_ssize_t size, Py_UCS4 maxchar) {
    PyObject *fresh = PyUnicode_New(size, maxchar);
    if (fresh == NULL) return -1;
    if (w->buffer != NULL) {
        if (w->pos > 0)
            uw_copy(PyUnicode_KIND(fresh), PyUnicode_DATA(fresh), 0, PyUnicode_KIND(w->buffer),
                    PyUnicode_DATA(w->buffer), 0, w->pos);
        Py_DECREF(w->buffer);
    }
    w->buffer = fresh;
    w->readonly = 0;
    return 0;
}

int _PyUnicodeWriter_PrepareInternal(_PyUnicodeWriter *w, Py_ssize_t length, Py_UCS4 maxchar) {
    if (length > PY_SSIZE_T_MAX - w->pos) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t newlen = w->pos + length;
    if (maxchar < w->min_char) maxchar = w->min_char;
    if (w->buffer == NULL) {
        if (w->overallocate && newlen <= PY_SSIZE_T_MAX - newlen / 4) newlen += newlen / 4;
        if (newlen < w->min_length) newlen = w->min_length;
        if (uw_replace(w, newlen, maxchar) < 0) return -1;
    } else if (newlen > w->size || w->readonly) {
        if (w->overallocate && newlen <= PY_SSIZE_T_MAX - newlen / 4) newlen += newlen / 4;
        if (newlen < w->min_length) newlen = w->min_length;
        if (maxchar < w->maxchar) maxchar = w->maxchar;
        if (uw_replace(w, newlen, maxchar) < 0) return -1;
    } else if (maxchar > w->maxchar) {
        if (uw_replace(w, w->size, maxchar) < 0) return -1;
    }
    uw_update(w);
    return 0;
}

int _PyUnicodeWriter_PrepareKindInternal(_PyUnicodeWriter *w, int kind) {
    return _PyUnicodeWriter_PrepareInternal(w, 0, uw_max_of_kind(kind));
}

int _PyUnicodeWriter_WriteChar(_PyUnicodeWriter *w, Py_UCS4 ch) {
    if (ch > 0x10ffff) {
        PyErr_SetString(PyExc_ValueError, "character must be in range(0x110000)");
        return -1;
    }
    if (_PyUnicodeWriter_Prepare(w, 1, ch) < 0) return -1;
    PyUnicode_WRITE(w->kind, w->data, w->pos, ch);
    w->pos++;
    return 0;
}

/* The largest code point actually used in s[start:end]. */
static Py_UCS4 uw_find_max(PyObject *s, Py_ssize_t start, Py_ssize_t end) {
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_UCS4 m = 0;
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c > m) m = c;
    }
    return m;
}

int _PyUnicodeWriter_WriteStr(_PyUnicodeWriter *w, PyObject *str) {
    Py_ssize_t len = PyUnicode_GET_LENGTH(str);
    if (len == 0) return 0;
    Py_UCS4 maxchar = uw_max_char_value(str);
    if (maxchar > w->maxchar || len > w->size - w->pos) {
        if (w->buffer == NULL && !w->overallocate) {
            /* The first write of a non-growing writer shares the string itself. */
            w->readonly = 1;
            Py_INCREF(str);
            w->buffer = str;
            uw_update(w);
            w->pos += len;
            return 0;
        }
        if (_PyUnicodeWriter_PrepareInternal(w, len, maxchar) < 0) return -1;
    }
    uw_copy(w->kind, w->data, w->pos, PyUnicode_KIND(str), PyUnicode_DATA(str), 0, len);
    w->pos += len;
    return 0;
}

int _PyUnicodeWriter_WriteSubstring(_PyUnicodeWriter *w, PyObject *str, Py_ssize_t start, Py_ssize_t end) {
    if (end == 0) return 0;
    if (start == 0 && end == PyUnicode_GET_LENGTH(str)) return _PyUnicodeWriter_WriteStr(w, str);
    Py_UCS4 maxchar = uw_max_char_value(str) > w->maxchar ? uw_find_max(str, start, end) : w->maxchar;
    Py_ssize_t len = end - start;
    if (_PyUnicodeWriter_Prepare(w, len, maxchar) < 0) return -1;
    uw_copy(w->kind, w->data, w->pos, PyUnicode_KIND(str), PyUnicode_DATA(str), start, len);
    w->pos += len;
    return 0;
}

int _PyUnicodeWriter_WriteASCIIString(_PyUnicodeWriter *w, const char *ascii, Py_ssize_t len) {
    if (len == -1) len = (Py_ssize_t)strlen(ascii);
    if (len == 0) return 0;
    if (_PyUnicodeWriter_Prepare(w, len, 127) < 0) return -1;
    uw_copy(w->kind, w->data, w->pos, PyUnicode_1BYTE_KIND, ascii, 0, len);
    w->pos += len;
    return 0;
}

int _PyUnicodeWriter_WriteLatin1String(_PyUnicodeWriter *w, const char *str, Py_ssize_t len) {
    Py_UCS4 maxchar = 0;
    for (Py_ssize_t i = 0; i < len; i++)
        if ((unsigned char)str[i] > maxchar) maxchar = (unsigned char)str[i];
    if (_PyUnicodeWriter_Prepare(w, len, maxchar) < 0) return -1;
    uw_copy(w->kind, w->data, w->pos, PyUnicode_1BYTE_KIND, str, 0, len);
    w->pos += len;
    return 0;
}

PyObject *_PyUnicodeWriter_Finish(_PyUnicodeWriter *w) {
    PyObject *result;
    if (w->readonly) {
        result = w->buffer;  /* the shared string, written whole */
        w->buffer = NULL;
        return result;
    }
    if (w->pos == 0) {
        Py_CLEAR(w->buffer);
        return PyUnicode_FromStringAndSize("", 0);
    }
    /* A fresh string of exactly the written characters, in the narrowest kind. */
    result = PyUnicode_FromKindAndData(w->kind, w->data, w->pos);
    Py_CLEAR(w->buffer);
    return result;
}

void _PyUnicodeWriter_Dealloc(_PyUnicodeWriter *w) { Py_CLEAR(w->buffer); }

/* ---- _Py_Identifier: one interned string per identifier, kept for the process ---- */

static PyObject **id_strings = NULL;
static Py_ssize_t id_count = 0, id_cap = 0;

PyObject *_PyUnicode_FromId(_Py_Identifier *id) {
    /* CPython initialises index to -1; 0 is taken as unassigned too (zeroed statics). */
    Py_ssize_t i = id->index - 1;
    if (i >= 0 && i < id_count) return id_strings[i];
    PyObject *s = PyUnicode_InternFromString(id->string);
    if (s == NULL) return NULL;
    if (id_count == id_cap) {
        Py_ssize_t cap = id_cap ? id_cap * 2 : 64;
        PyObject **p = realloc(id_strings, sizeof(PyObject *) * (size_t)cap);
        if (p == NULL) {
            Py_DECREF(s);
            PyErr_NoMemory();
            return NULL;
        }
        id_strings = p;
        id_cap = cap;
    }
    id_strings[id_count++] = s;
    id->index = id_count;
    return s;
}

PyObject *_PyObject_GetAttrId(PyObject *o, _Py_Identifier *id) {
    PyObject *name = _PyUnicode_FromId(id);
    return name == NULL ? NULL : PyObject_GetAttr(o, name);
}

PyObject *_PyImport_GetModuleId(_Py_Identifier *id) {
    PyObject *name = _PyUnicode_FromId(id);
    return name == NULL ? NULL : PyImport_GetModule(name);
}

/* ---- _PyAccu: small strings joined in batches into a list of large ones ---- */

int _PyAccu_Init(_PyAccu *acc) {
    acc->large = NULL;
    acc->small = PyList_New(0);
    return acc->small == NULL ? -1 : 0;
}

/* Joins the small strings into one and appends it to the large list. */
static int accu_flush(_PyAccu *acc) {
    if (PyList_GET_SIZE(acc->small) == 0) return 0;
    if (acc->large == NULL) {
        acc->large = PyList_New(0);
        if (acc->large == NULL) return -1;
    }
    PyObject *empty = PyUnicode_FromStringAndSize("", 0);
    if (empty == NULL) return -1;
    PyObject *joined = PyUnicode_Join(empty, acc->small);
    Py_DECREF(empty);
    if (joined == NULL) return -1;
    int r = PyList_Append(acc->large, joined);
    Py_DECREF(joined);
    if (r < 0) return -1;
    return PyList_SetSlice(acc->small, 0, PyList_GET_SIZE(acc->small), NULL);
}

int _PyAccu_Accumulate(_PyAccu *acc, PyObject *unicode) {
    if (PyList_Append(acc->small, unicode) < 0) return -1;
    return PyList_GET_SIZE(acc->small) < 100000 ? 0 : accu_flush(acc);
}

PyObject *_PyAccu_FinishAsList(_PyAccu *acc) {
    if (accu_flush(acc) < 0) {
        _PyAccu_Destroy(acc);
        return NULL;
    }
    PyObject *res = acc->large != NULL ? acc->large : PyList_New(0);
    acc->large = NULL;
    Py_CLEAR(acc->small);
    return res;
}

PyObject *_PyAccu_Finish(_PyAccu *acc) {
    PyObject *list = _PyAccu_FinishAsList(acc);
    if (list == NULL) return NULL;
    PyObject *empty = PyUnicode_FromStringAndSize("", 0);
    PyObject *res = empty == NULL ? NULL : PyUnicode_Join(empty, list);
    Py_XDECREF(empty);
    Py_DECREF(list);
    return res;
}

void _PyAccu_Destroy(_PyAccu *acc) {
    Py_CLEAR(acc->small);
    Py_CLEAR(acc->large);
}

/* ---- small helpers ---- */

PyObject *PyLong_FromVoidPtr(void *p) { return PyLong_FromUnsignedLongLong((unsigned long long)(uintptr_t)p); }

void *PyLong_AsVoidPtr(PyObject *o) {
    unsigned long long v;
    if (PyLong_Check(o) && _PyLong_Sign(o) < 0)
        v = (unsigned long long)PyLong_AsLongLong(o);
    else
        v = PyLong_AsUnsignedLongLong(o);
    if (v == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    return (void *)(uintptr_t)v;
}

static int cfunc_check(PyObject *op) {
    if (op == NULL || !PyCFunction_Check(op)) {
        PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
        return 0;
    }
    return 1;
}

PyCFunction PyCFunction_GetFunction(PyObject *op) {
    if (!cfunc_check(op)) return NULL;
    PyMethodDef *ml = ((PyCFunctionObject *)op)->m_ml;
    return ml != NULL ? ml->ml_meth : NULL;
}

PyObject *PyCFunction_GetSelf(PyObject *op) {
    if (!cfunc_check(op)) return NULL;
    PyMethodDef *ml = ((PyCFunctionObject *)op)->m_ml;
    return ml != NULL && (ml->ml_flags & METH_STATIC) ? NULL : ((PyCFunctionObject *)op)->m_self;
}

int PyCFunction_GetFlags(PyObject *op) {
    if (!cfunc_check(op)) return -1;
    PyMethodDef *ml = ((PyCFunctionObject *)op)->m_ml;
    return ml != NULL ? ml->ml_flags : 0;
}

/* int _Py_CheckRecursiveCall(PyThreadState *tstate, const char *where): called by the inline
 * recursion check when tstate->recursion_remaining ran out: RecursionError, and the count is
 * given back, as CPython does. */
int _Py_CheckRecursiveCall(PyThreadState *tstate, const char *where) {
    if (tstate == NULL) tstate = PyThreadState_Get();
    if (tstate->recursion_headroom) return 0;
    if (tstate->recursion_remaining <= 0) {
        tstate->recursion_headroom++;
        PyErr_Format(PyExc_RecursionError, "maximum recursion depth exceeded%s", where);
        tstate->recursion_headroom--;
        ++tstate->recursion_remaining;
        return -1;
    }
    return 0;
}

/* ---- exported constants that CPython's modules read ---- */

/* Lower-case hex digits (_json's \uXXXX escapes, binascii...). */
const char *Py_hexdigits = "0123456789abcdef";
/* The name PyStructSequence gives to unnamed fields. */
const char *const PyStructSequence_UnnamedField = "unnamed field";
/* The file system encoding, as CPython reports it on Linux (UTF-8 mode or a UTF-8 locale). */
const char *Py_FileSystemDefaultEncoding = "utf-8";
const char *Py_FileSystemDefaultEncodeErrors = "surrogateescape";
int Py_HasFileSystemDefaultEncoding = 0;

/* ---- more helpers of compiled extensions ---- */

/* int PyErr_WarnFormat(PyObject *category, Py_ssize_t stack_level, const char *format, ...) */
int PyErr_WarnFormat(PyObject *category, Py_ssize_t stack_level, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *message = PyUnicode_FromFormatV(format, va);
    va_end(va);
    if (message == NULL) return -1;
    const char *text = PyUnicode_AsUTF8(message);
    int r = text == NULL ? -1 : PyErr_WarnEx(category, text, stack_level);
    Py_DECREF(message);
    return r;
}

int PyErr_ResourceWarning(PyObject *source, Py_ssize_t stack_level, const char *format, ...) {
    (void)source;
    va_list va;
    va_start(va, format);
    PyObject *message = PyUnicode_FromFormatV(format, va);
    va_end(va);
    if (message == NULL) return -1;
    const char *text = PyUnicode_AsUTF8(message);
    int r = text == NULL ? -1 : PyErr_WarnEx(PyExc_ResourceWarning, text, stack_level);
    Py_DECREF(message);
    return r;
}

/* PyObject *PyObject_VectorcallDict(callable, args, nargsf, kwdict) */
PyObject *PyObject_VectorcallDict(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwdict) {
    Py_ssize_t n = (Py_ssize_t)(nargsf & ~((size_t)1 << (8 * sizeof(size_t) - 1)));
    PyObject *t = PyTuple_New(n);
    if (t == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_INCREF(args[i]);
        PyTuple_SET_ITEM(t, i, args[i]);
    }
    PyObject *r = PyObject_Call(callable, t, kwdict);
    Py_DECREF(t);
    return r;
}

/* void PyErr_WriteUnraisable(PyObject *obj): reports the pending exception on sys.stderr as an
 * ignored one, as CPython's default hook words it, and clears it. */
void PyErr_WriteUnraisable(PyObject *obj) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    if (type == NULL) return;
    PyErr_NormalizeException(&type, &value, &tb);
    if (obj != NULL) PySys_FormatStderr("Exception ignored in: %R\n", obj);
    PyObject *text = value ? PyObject_Str(value) : NULL;
    if (text == NULL) PyErr_Clear();
    const char *name = ((PyTypeObject *)type)->tp_name;
    if (text != NULL && PyUnicode_GET_LENGTH(text) > 0)
        PySys_FormatStderr("%s: %U\n", name, text);
    else
        PySys_FormatStderr("%s\n", name);
    Py_XDECREF(text);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
}

/* int _PyBytes_Resize(PyObject **pv, Py_ssize_t newsize): only for a bytes object nobody else
 * holds (refcount 1), as in CPython. The result may be a new object; on failure *pv is released
 * and set to NULL. */
int _PyBytes_Resize(PyObject **pv, Py_ssize_t newsize) {
    PyObject *v = *pv;
    if (v == NULL || !PyBytes_Check(v) || Py_REFCNT(v) != 1 || newsize < 0) {
        *pv = NULL;
        Py_XDECREF(v);
        /* CPython's text names the place in its sources that checks. */
        PyErr_SetString(PyExc_SystemError, "Objects/bytesobject.c:3124: bad argument to internal function");
        return -1;
    }
    if (PyBytes_GET_SIZE(v) == newsize) return 0;
    PyObject *fresh = PyBytes_FromStringAndSize(NULL, newsize);
    if (fresh == NULL) {
        *pv = NULL;
        Py_DECREF(v);
        return -1;
    }
    Py_ssize_t keep = PyBytes_GET_SIZE(v) < newsize ? PyBytes_GET_SIZE(v) : newsize;
    memcpy(PyBytes_AS_STRING(fresh), PyBytes_AS_STRING(v), (size_t)keep);
    Py_DECREF(v);
    *pv = fresh;
    return 0;
}

/* PyObject **_PyObject_GetDictPtr(PyObject *obj): where a C object keeps its __dict__
 * (tp_dictoffset; negative offsets count from the end of a variable-size object), or NULL. */
PyObject **_PyObject_GetDictPtr(PyObject *obj) {
    Py_ssize_t offset = Py_TYPE(obj)->tp_dictoffset;
    if (offset == 0) return NULL;
    if (offset < 0) {
        Py_ssize_t size = Py_TYPE(obj)->tp_basicsize + (Py_SIZE(obj) < 0 ? -Py_SIZE(obj) : Py_SIZE(obj)) * Py_TYPE(obj)->tp_itemsize;
        offset += (size + 7) & ~(Py_ssize_t)7;
    }
    return (PyObject **)((char *)obj + offset);
}

/* void PyObject_CallFinalizer(PyObject *self): runs tp_finalize. */
void PyObject_CallFinalizer(PyObject *self) {
    destructor finalize = Py_TYPE(self)->tp_finalize;
    if (finalize == NULL) return;
    finalize(self);
}

/* int PyObject_CallFinalizerFromDealloc(PyObject *self): from tp_dealloc (refcount 0): the object
 * is resurrected for tp_finalize; -1 if the finalizer kept it alive, 0 if dealloc may go on. */
int PyObject_CallFinalizerFromDealloc(PyObject *self) {
    if (Py_REFCNT(self) != 0) {
        fprintf(stderr, "Fatal Python error: PyObject_CallFinalizerFromDealloc called on object with a non-zero refcount\n");
        abort();
    }
    Py_SET_REFCNT(self, 1);
    PyObject_CallFinalizer(self);
    Py_SET_REFCNT(self, Py_REFCNT(self) - 1);
    return Py_REFCNT(self) == 0 ? 0 : -1;
}

int PyObject_GC_IsFinalized(PyObject *op) { (void)op; return 0; }
