/* C-API functions that CPython 3.11's own lib-dynload modules use (mmap, _pickle, _hashlib,
 * pyexpat, _elementtree, _queue, _multibytecodec, _testmultiphase, _decimal, _blake2, ...).
 *
 * Written for Swallow against the public C-API only; behaviour follows CPython 3.11's
 * documented behaviour. Most forward to the runtime's Python-level equivalents (types,
 * _codecs, sys), which are the single source of truth. */
#include "Python.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- small helpers ---- */

/* getattr(import(module), name): a new reference, or NULL with an exception. */
static PyObject *module_attr(const char *module, const char *name) {
    PyObject *m = PyImport_ImportModule(module);
    if (m == NULL) return NULL;
    PyObject *a = PyObject_GetAttrString(m, name);
    Py_DECREF(m);
    return a;
}


/* ---- bytes ---- */

/* The index (plus offset) of needle's first occurrence in haystack, or -1. */
Py_ssize_t _PyBytes_Find(const char *haystack, Py_ssize_t len_haystack, const char *needle,
                         Py_ssize_t len_needle, Py_ssize_t offset) {
    if (len_needle == 0) return offset;
    for (Py_ssize_t i = 0; i + len_needle <= len_haystack; i++) {
        if (haystack[i] == needle[0] && memcmp(haystack + i, needle, (size_t)len_needle) == 0) return i + offset;
    }
    return -1;
}

/* The same for the last occurrence. */
Py_ssize_t _PyBytes_ReverseFind(const char *haystack, Py_ssize_t len_haystack, const char *needle,
                                Py_ssize_t len_needle, Py_ssize_t offset) {
    if (len_needle == 0) return len_haystack + offset;
    for (Py_ssize_t i = len_haystack - len_needle; i >= 0; i--) {
        if (haystack[i] == needle[0] && memcmp(haystack + i, needle, (size_t)len_needle) == 0) return i + offset;
    }
    return -1;
}

/* bytes(x) for buffers and iterables of ints; str and int are refused as CPython does. */
PyObject *PyBytes_FromObject(PyObject *x) {
    if (x == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (PyBytes_CheckExact(x)) {
        Py_INCREF(x);
        return x;
    }
    if (PyUnicode_Check(x) || PyLong_Check(x) || (!PyObject_CheckBuffer(x) && !PyList_Check(x) && !PyTuple_Check(x)
                                                  && Py_TYPE(x)->tp_iter == NULL && !PySequence_Check(x))) {
        PyErr_Format(PyExc_TypeError, "cannot convert '%.200s' object to bytes", Py_TYPE(x)->tp_name);
        return NULL;
    }
    return PyObject_CallOneArg((PyObject *)&PyBytes_Type, x);
}

/* Backslash escapes decoded as codecs.escape_decode does. */
PyObject *PyBytes_DecodeEscape(const char *s, Py_ssize_t len, const char *errors, Py_ssize_t unicode,
                               const char *recode_encoding) {
    (void)unicode;
    (void)recode_encoding;
    PyObject *f = module_attr("_codecs", "escape_decode");
    if (f == NULL) return NULL;
    PyObject *r = PyObject_CallFunction(f, "y#s", s, len, errors ? errors : "strict");
    Py_DECREF(f);
    if (r == NULL) return NULL;
    PyObject *b = PyTuple_GetItem(r, 0);
    Py_XINCREF(b);
    Py_DECREF(r);
    return b;
}

/* ---- objects, hashing, repr recursion ---- */

Py_hash_t PyObject_HashNotImplemented(PyObject *o) {
    PyErr_Format(PyExc_TypeError, "unhashable type: '%.200s'", Py_TYPE(o)->tp_name);
    return -1;
}

/* The address rotated by 4 bits (objects are aligned), never -1. */
Py_hash_t _Py_HashPointer(const void *p) {
    size_t y = (size_t)p;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    Py_hash_t x = (Py_hash_t)y;
    return x == -1 ? -2 : x;
}

int _PyObject_SetAttrId(PyObject *o, _Py_Identifier *id, PyObject *v) {
    PyObject *name = _PyUnicode_FromId(id);
    return name == NULL ? -1 : PyObject_SetAttr(o, name, v);
}

/* The objects whose repr is being computed (the GIL makes one list enough). */
static PyObject **repr_stack;
static Py_ssize_t repr_count, repr_cap;

int Py_ReprEnter(PyObject *o) {
    for (Py_ssize_t i = 0; i < repr_count; i++) {
        if (repr_stack[i] == o) return 1;
    }
    if (repr_count == repr_cap) {
        Py_ssize_t cap = repr_cap ? repr_cap * 2 : 16;
        PyObject **p = PyMem_Realloc(repr_stack, (size_t)cap * sizeof(PyObject *));
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        repr_stack = p;
        repr_cap = cap;
    }
    repr_stack[repr_count++] = o;
    return 0;
}

void Py_ReprLeave(PyObject *o) {
    for (Py_ssize_t i = repr_count - 1; i >= 0; i--) {
        if (repr_stack[i] == o) {
            memmove(repr_stack + i, repr_stack + i + 1, (size_t)(repr_count - i - 1) * sizeof(PyObject *));
            repr_count--;
            return;
        }
    }
}

/* ---- types module equivalents ---- */

PyObject *_PyNamespace_New(PyObject *kwds) {
    PyObject *t = module_attr("types", "SimpleNamespace");
    if (t == NULL) return NULL;
    PyObject *args = PyTuple_New(0);
    PyObject *r = args == NULL ? NULL : PyObject_Call(t, args, kwds);
    Py_XDECREF(args);
    Py_DECREF(t);
    return r;
}

/* ---- memory, sys, sets, str ---- */

/* sys.<name>, borrowed, or NULL without an exception. */
PyObject *_PySys_GetAttr(PyThreadState *tstate, PyObject *name) {
    (void)tstate;
    const char *s = PyUnicode_AsUTF8(name);
    if (s == NULL) {
        PyErr_Clear();
        return NULL;
    }
    return PySys_GetObject(s);
}

size_t _PySys_GetSizeOf(PyObject *o) {
    PyObject *f = module_attr("sys", "getsizeof");
    if (f == NULL) return (size_t)-1;
    PyObject *r = PyObject_CallOneArg(f, o);
    Py_DECREF(f);
    if (r == NULL) return (size_t)-1;
    Py_ssize_t n = PyLong_AsSsize_t(r);
    Py_DECREF(r);
    return n < 0 ? (size_t)-1 : (size_t)n;
}

int _PySet_Update(PyObject *set, PyObject *iterable) {
    PyObject *r = PyObject_CallMethod(set, "update", "O", iterable);
    if (r == NULL) return -1;
    Py_DECREF(r);
    return 0;
}

/* Iterates a set by position over a snapshot tuple (keys are borrowed: the set holds them).
 * Rebuilding the snapshot makes a full walk quadratic; sets passed to C are small. */
int _PySet_NextEntry(PyObject *set, Py_ssize_t *pos, PyObject **key, Py_hash_t *hash) {
    PyObject *items = PySequence_Tuple(set);
    if (items == NULL) {
        PyErr_Clear();
        return 0;
    }
    if (*pos < 0 || *pos >= PyTuple_GET_SIZE(items)) {
        Py_DECREF(items);
        return 0;
    }
    *key = PyTuple_GET_ITEM(items, *pos);
    *hash = PyObject_Hash(*key);
    (*pos)++;
    Py_DECREF(items);
    return 1;
}

/* ---- file descriptors ---- */

/* struct _Py_stat_struct is struct stat on Linux. */
int _Py_fstat_noraise(int fd, struct stat *status) { return fstat(fd, status); }

int _Py_fstat(int fd, struct stat *status) {
    if (fstat(fd, status) != 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return 0;
}

/* ---- integer converters (Argument Clinic) ---- */

int _PyLong_UnsignedLong_Converter(PyObject *obj, void *ptr) {
    if (PyLong_Check(obj) && _PyLong_Sign(obj) < 0) {
        PyErr_SetString(PyExc_ValueError, "value must be positive");
        return 0;
    }
    unsigned long v = PyLong_AsUnsignedLong(obj);
    if (v == (unsigned long)-1 && PyErr_Occurred()) return 0;
    *(unsigned long *)ptr = v;
    return 1;
}

int _PyLong_UnsignedLongLong_Converter(PyObject *obj, void *ptr) {
    if (PyLong_Check(obj) && _PyLong_Sign(obj) < 0) {
        PyErr_SetString(PyExc_ValueError, "value must be positive");
        return 0;
    }
    unsigned long long v = PyLong_AsUnsignedLongLong(obj);
    if (v == (unsigned long long)-1 && PyErr_Occurred()) return 0;
    *(unsigned long long *)ptr = v;
    return 1;
}

/* ---- codecs and Unicode errors ---- */

PyObject *PyCodec_LookupError(const char *name) {
    PyObject *f = module_attr("_codecs", "lookup_error");
    if (f == NULL) return NULL;
    PyObject *r = PyObject_CallFunction(f, "s", name ? name : "strict");
    Py_DECREF(f);
    return r;
}

PyObject *PyCodec_StrictErrors(PyObject *exc) {
    if (PyExceptionInstance_Check(exc)) PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    else PyErr_SetString(PyExc_TypeError, "codec must pass exception instance");
    return NULL;
}

PyObject *PyUnicodeDecodeError_Create(const char *encoding, const char *object, Py_ssize_t length,
                                      Py_ssize_t start, Py_ssize_t end, const char *reason) {
    return PyObject_CallFunction(PyExc_UnicodeDecodeError, "sy#nns", encoding, object, length, start, end, reason);
}

static int set_index(PyObject *exc, const char *name, Py_ssize_t v) {
    PyObject *n = PyLong_FromSsize_t(v);
    if (n == NULL) return -1;
    int r = PyObject_SetAttrString(exc, name, n);
    Py_DECREF(n);
    return r;
}

static int set_reason(PyObject *exc, const char *reason) {
    PyObject *s = PyUnicode_FromString(reason);
    if (s == NULL) return -1;
    int r = PyObject_SetAttrString(exc, "reason", s);
    Py_DECREF(s);
    return r;
}

int PyUnicodeDecodeError_SetStart(PyObject *exc, Py_ssize_t start) { return set_index(exc, "start", start); }
int PyUnicodeDecodeError_SetEnd(PyObject *exc, Py_ssize_t end) { return set_index(exc, "end", end); }
int PyUnicodeDecodeError_SetReason(PyObject *exc, const char *reason) { return set_reason(exc, reason); }
int PyUnicodeEncodeError_SetStart(PyObject *exc, Py_ssize_t start) { return set_index(exc, "start", start); }
int PyUnicodeEncodeError_SetEnd(PyObject *exc, Py_ssize_t end) { return set_index(exc, "end", end); }
int PyUnicodeEncodeError_SetReason(PyObject *exc, const char *reason) { return set_reason(exc, reason); }

/* ---- _Py_hashtable: a chained hash table keyed by C pointers (used by _hashlib) ---- */

typedef Py_uhash_t (*sw_ht_hash)(const void *key);
typedef int (*sw_ht_compare)(const void *a, const void *b);
typedef void (*sw_ht_destroy)(void *p);

typedef struct sw_ht_entry {
    struct sw_ht_entry *next;
    Py_uhash_t hash;
    void *key;
    void *value;
} sw_ht_entry;

typedef struct {
    size_t nentries, nbuckets;
    sw_ht_entry **buckets;
    sw_ht_hash hash;
    sw_ht_compare compare;
    sw_ht_destroy key_destroy, value_destroy;
} sw_hashtable;

void *_Py_hashtable_new_full(sw_ht_hash hash, sw_ht_compare compare, sw_ht_destroy key_destroy,
                             sw_ht_destroy value_destroy, void *allocator) {
    (void)allocator;
    sw_hashtable *ht = PyMem_Calloc(1, sizeof(sw_hashtable));
    if (ht == NULL) return NULL;
    ht->nbuckets = 16;
    ht->buckets = PyMem_Calloc(ht->nbuckets, sizeof(sw_ht_entry *));
    if (ht->buckets == NULL) {
        PyMem_Free(ht);
        return NULL;
    }
    ht->hash = hash;
    ht->compare = compare;
    ht->key_destroy = key_destroy;
    ht->value_destroy = value_destroy;
    return ht;
}

void *_Py_hashtable_new(sw_ht_hash hash, sw_ht_compare compare) {
    return _Py_hashtable_new_full(hash, compare, NULL, NULL, NULL);
}

static sw_ht_entry *sw_ht_find(sw_hashtable *ht, const void *key, Py_uhash_t h) {
    for (sw_ht_entry *e = ht->buckets[h % ht->nbuckets]; e != NULL; e = e->next) {
        if (e->hash == h && ht->compare(e->key, key)) return e;
    }
    return NULL;
}

int _Py_hashtable_set(sw_hashtable *ht, const void *key, void *value) {
    Py_uhash_t h = ht->hash(key);
    sw_ht_entry *e = sw_ht_find(ht, key, h);
    if (e != NULL) {
        e->value = value;
        return 0;
    }
    if (ht->nentries >= ht->nbuckets) {  // grow: keep chains short
        size_t n = ht->nbuckets * 2;
        sw_ht_entry **b = PyMem_Calloc(n, sizeof(sw_ht_entry *));
        if (b == NULL) return -1;
        for (size_t i = 0; i < ht->nbuckets; i++) {
            sw_ht_entry *x = ht->buckets[i];
            while (x != NULL) {
                sw_ht_entry *next = x->next;
                x->next = b[x->hash % n];
                b[x->hash % n] = x;
                x = next;
            }
        }
        PyMem_Free(ht->buckets);
        ht->buckets = b;
        ht->nbuckets = n;
    }
    e = PyMem_Malloc(sizeof(sw_ht_entry));
    if (e == NULL) return -1;
    e->hash = h;
    e->key = (void *)key;
    e->value = value;
    e->next = ht->buckets[h % ht->nbuckets];
    ht->buckets[h % ht->nbuckets] = e;
    ht->nentries++;
    return 0;
}

void *_Py_hashtable_get(sw_hashtable *ht, const void *key) {
    sw_ht_entry *e = sw_ht_find(ht, key, ht->hash(key));
    return e ? e->value : NULL;
}

size_t _Py_hashtable_size(const sw_hashtable *ht) { return sizeof(sw_hashtable) + ht->nbuckets * sizeof(void *) + ht->nentries * sizeof(sw_ht_entry); }

void _Py_hashtable_clear(sw_hashtable *ht) {
    for (size_t i = 0; i < ht->nbuckets; i++) {
        sw_ht_entry *e = ht->buckets[i];
        while (e != NULL) {
            sw_ht_entry *next = e->next;
            if (ht->key_destroy) ht->key_destroy(e->key);
            if (ht->value_destroy) ht->value_destroy(e->value);
            PyMem_Free(e);
            e = next;
        }
        ht->buckets[i] = NULL;
    }
    ht->nentries = 0;
}

void _Py_hashtable_destroy(sw_hashtable *ht) {
    _Py_hashtable_clear(ht);
    PyMem_Free(ht->buckets);
    PyMem_Free(ht);
}

/* The key functions callers pass for pointer keys. */
Py_uhash_t _Py_hashtable_hash_ptr(const void *key) { return (Py_uhash_t)_Py_HashPointer(key); }
int _Py_hashtable_compare_direct(const void *a, const void *b) { return a == b; }

/* sys.modules[name] = module (pyexpat registers its submodules this way). */
int _PyImport_SetModule(PyObject *name, PyObject *module) {
    PyObject *modules = PyImport_GetModuleDict();
    return modules == NULL ? -1 : PyObject_SetItem(modules, name, module);
}

int _PyImport_SetModuleString(const char *name, PyObject *module) {
    PyObject *modules = PyImport_GetModuleDict();
    return modules == NULL ? -1 : PyDict_SetItemString(modules, name, module);
}

/* Adds a frame to the pending exception's traceback in CPython; Swallow's tracebacks come
 * from the runtime's frames, so the exception is left pending unchanged. */
void _PyTraceback_Add(const char *funcname, const char *filename, int lineno) {
    (void)funcname;
    (void)filename;
    (void)lineno;
}

/* ---- group ids (grp) ---- */

#include <sys/types.h>

PyObject *_PyLong_FromGid(gid_t gid) {
    if (gid == (gid_t)-1) return PyLong_FromLong(-1);
    return PyLong_FromUnsignedLong(gid);
}

/* A gid_t from an integer: -1 stands for (gid_t)-1; others must fit. */
int _Py_Gid_Converter(PyObject *obj, gid_t *p) {
    if (PyFloat_Check(obj) || !PyIndex_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "gid should be integer, not %.200s", Py_TYPE(obj)->tp_name);
        return 0;
    }
    PyObject *index = PyNumber_Index(obj);
    if (index == NULL) return 0;
    int overflow = 0;
    long v = PyLong_AsLongAndOverflow(index, &overflow);
    if (v == -1 && !overflow && PyErr_Occurred()) {
        Py_DECREF(index);
        return 0;
    }
    if (overflow < 0 || (!overflow && v < -1)) {
        Py_DECREF(index);
        PyErr_SetString(PyExc_OverflowError, "gid is less than minimum");
        return 0;
    }
    if (!overflow && v == -1) {
        Py_DECREF(index);
        *p = (gid_t)-1;
        return 1;
    }
    unsigned long u = overflow ? PyLong_AsUnsignedLong(index) : (unsigned long)v;
    Py_DECREF(index);
    if ((u == (unsigned long)-1 && PyErr_Occurred()) || (unsigned long)(gid_t)u != u || (gid_t)u == (gid_t)-1) {
        PyErr_Clear();
        PyErr_SetString(PyExc_OverflowError, "gid is greater than maximum");
        return 0;
    }
    *p = (gid_t)u;
    return 1;
}

/* ---- stack effects of CPython 3.11's opcodes (the _opcode module, dis.stack_effect) ----
 * The numbers are CPython 3.11's instruction set (Swallow's compiler has its own). jump > 0:
 * the effect when the instruction jumps; 0: when it does not; < 0: the larger of the two.
 * Unknown opcodes give INT_MAX (PY_INVALID_STACK_EFFECT). */
static int either(int jump, int taken, int not_taken) {
    if (jump > 0) return taken;
    if (jump == 0) return not_taken;
    return taken > not_taken ? taken : not_taken;
}

int PyCompile_OpcodeStackEffectWithJump(int opcode, int oparg, int jump) {
    switch (opcode) {
    /* no change */
    case 0: case 9: case 10: case 11: case 12: case 15: case 36: case 37: case 50: case 68:
    case 69: case 75: case 82: case 85: case 86: case 87: case 91: case 98: case 99: case 106:
    case 110: case 126: case 131: case 134: case 135: case 139: case 140: case 144: case 149:
    case 151: case 172:
        return 0;
    /* push one */
    case 2: case 30: case 31: case 32: case 33: case 35: case 49: case 51: case 52: case 53:
    case 71: case 74: case 100: case 101: case 109: case 120: case 124: case 136: case 137:
    case 148: case 160:
        return 1;
    /* pop one */
    case 1: case 25: case 70: case 83: case 84: case 88: case 89: case 90: case 96: case 97:
    case 107: case 108: case 114: case 115: case 117: case 118: case 119: case 122: case 125:
    case 128: case 129: case 138: case 145: case 146: case 162: case 163: case 164: case 165:
    case 171: case 173: case 174: case 175: case 176:
        return -1;
    /* pop two */
    case 54: case 61: case 95: case 147: case 152:
        return -2;
    case 60: return -3;                                   /* STORE_SUBSCR */
    case 92: return oparg - 1;                            /* UNPACK_SEQUENCE */
    case 94: return (oparg & 0xFF) + (oparg >> 8);        /* UNPACK_EX */
    case 93: return either(jump, -1, 1);                  /* FOR_ITER */
    case 123: return either(jump, -1, 0);                 /* SEND */
    case 111: case 112: return either(jump, 0, -1);       /* JUMP_IF_{FALSE,TRUE}_OR_POP */
    case 102: case 103: case 104: case 157: return 1 - oparg; /* BUILD_TUPLE/LIST/SET/STRING */
    case 105: return 1 - 2 * oparg;                       /* BUILD_MAP */
    case 156: case 130: case 166: return -oparg;          /* BUILD_CONST_KEY_MAP, RAISE_VARARGS, PRECALL */
    case 116: return (oparg & 1) + 1;                     /* LOAD_GLOBAL */
    case 142: return -2 - (oparg & 1);                    /* CALL_FUNCTION_EX */
    case 132:                                             /* MAKE_FUNCTION: one pop per flag */
        return -((oparg & 1) != 0) - ((oparg & 2) != 0) - ((oparg & 4) != 0) - ((oparg & 8) != 0);
    case 133: return oparg == 3 ? -2 : -1;                /* BUILD_SLICE */
    case 155: return (oparg & 0x04) == 0x04 ? -1 : 0;     /* FORMAT_VALUE with a format spec */
    default: return 0x7fffffff;
    }
}

int PyCompile_OpcodeStackEffect(int opcode, int oparg) { return PyCompile_OpcodeStackEffectWithJump(opcode, oparg, -1); }

/* ---- C methods of builtin types that modules take out of tp_methods ----
 * _decimal's init looks up int.bit_length and float.as_integer_ratio in the static types'
 * tp_methods and keeps the C function pointers; these call the runtime's methods. */
static PyObject *long_bit_length(PyObject *self, PyObject *unused) {
    (void)unused;
    return PyObject_CallMethod(self, "bit_length", NULL);
}

static PyObject *float_as_integer_ratio(PyObject *self, PyObject *unused) {
    (void)unused;
    return PyObject_CallMethod(self, "as_integer_ratio", NULL);
}

static PyMethodDef long_methods[] = {{"bit_length", long_bit_length, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};
static PyMethodDef float_methods[] = {{"as_integer_ratio", float_as_integer_ratio, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};

void swpy_builtin_type_methods(PyTypeObject *t) {
    if (t == &PyLong_Type) t->tp_methods = long_methods;
    else if (t == &PyFloat_Type) t->tp_methods = float_methods;
}
