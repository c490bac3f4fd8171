/* CPython's statically initialised objects inside _PyRuntime.
 *
 * Internal-API extensions (CPython's lib-dynload modules) address the global strings (_Py_ID,
 * _Py_STR), the small ints, bytes_empty, the one-byte bytes objects and the empty tuple directly
 * inside the exported _PyRuntime. This file builds them there, at CPython 3.11's offsets (the
 * table in runtime_statics.gen.c, made by tools/capi/gen_runtime_statics.py), before any
 * extension loads. They carry no swpy_header: the bridge recognises any pointer into _PyRuntime
 * (swpy_in_pyruntime) and makes its runtime object from the C contents. They are immortal: a
 * very high ob_refcnt, never deallocated. */

#include "Python.h"
#include "swallow/bridge.h"
#include <string.h>

extern const size_t swpy_rs_runtime_size, swpy_rs_ascii_object_size, swpy_rs_compact_object_size;
extern const size_t swpy_rs_string_count, swpy_rs_char_count, swpy_rs_small_int_count,
    swpy_rs_bytes_char_count;
extern const uint32_t swpy_rs_string_offsets[], swpy_rs_char_offsets[], swpy_rs_small_int_offsets[],
    swpy_rs_bytes_empty_offset, swpy_rs_bytes_char_offsets[], swpy_rs_tuple_empty_offset,
    swpy_rs_tstate_current_offset;
extern const char *const swpy_rs_string_texts[];
extern const uint8_t swpy_rs_char_values[], swpy_rs_bytes_char_values[];
extern const int16_t swpy_rs_small_int_values[];

#define SWPY_RS_REFCNT ((Py_ssize_t)1 << 30)
#define AT(off) ((void *)(_PyRuntime + (off)))

static void init_head(PyObject *o, PyTypeObject *type) {
    o->ob_refcnt = SWPY_RS_REFCNT;
    o->ob_type = type;
}

/* A compact string of `n` one-byte characters: the PyASCIIObject form if all are ASCII, else
 * the PyCompactUnicodeObject form (utf8 not cached), each followed by the characters and NUL. */
static void init_str(void *at, const uint8_t *chars, Py_ssize_t n) {
    PyASCIIObject *a = at;
    int ascii = 1;
    for (Py_ssize_t i = 0; i < n; i++) if (chars[i] >= 0x80) ascii = 0;
    init_head((PyObject *)a, &PyUnicode_Type);
    a->length = n;
    a->hash = -1;
    a->state.interned = 0;
    a->state.kind = PyUnicode_1BYTE_KIND;
    a->state.compact = 1;
    a->state.ascii = (unsigned)ascii;
    a->state.ready = 1;
    a->wstr = NULL;
    uint8_t *data;
    if (ascii) {
        data = (uint8_t *)(a + 1);
    } else {
        PyCompactUnicodeObject *c = at;
        c->utf8_length = 0;
        c->utf8 = NULL;
        c->wstr_length = 0;
        data = (uint8_t *)(c + 1);
    }
    memcpy(data, chars, (size_t)n);
    data[n] = 0;
}

static int initialised;

void swpy_init_runtime_statics(void) {
    if (initialised) return;
    initialised = 1;
    /* The table must describe the _PyRuntime we export, with our struct layouts. */
    if (swpy_rs_runtime_size != SWPY_PYRUNTIME_SIZE
        || swpy_rs_ascii_object_size != sizeof(PyASCIIObject)
        || swpy_rs_compact_object_size != sizeof(PyCompactUnicodeObject)) {
        fprintf(stderr, "swallow: CShim/runtime_statics.gen.c does not match _PyRuntime's layout\n");
        abort();
    }
    for (size_t i = 0; i < swpy_rs_string_count; i++) {
        const char *s = swpy_rs_string_texts[i];
        init_str(AT(swpy_rs_string_offsets[i]), (const uint8_t *)s, (Py_ssize_t)strlen(s));
    }
    for (size_t i = 0; i < swpy_rs_char_count; i++)
        init_str(AT(swpy_rs_char_offsets[i]), &swpy_rs_char_values[i], 1);
    for (size_t i = 0; i < swpy_rs_small_int_count; i++) {
        PyLongObject *o = AT(swpy_rs_small_int_offsets[i]);
        long v = swpy_rs_small_int_values[i];
        init_head((PyObject *)o, &PyLong_Type);
        o->ob_base.ob_size = v < 0 ? -1 : (v > 0 ? 1 : 0);
        o->ob_digit[0] = (digit)(v < 0 ? -v : v);
    }
    PyBytesObject *be = AT(swpy_rs_bytes_empty_offset);
    init_head((PyObject *)be, &PyBytes_Type);
    be->ob_base.ob_size = 0;
    be->ob_shash = -1;
    be->ob_sval[0] = 0;
    for (size_t i = 0; i < swpy_rs_bytes_char_count; i++) {
        PyBytesObject *b = AT(swpy_rs_bytes_char_offsets[i]);
        init_head((PyObject *)b, &PyBytes_Type);
        b->ob_base.ob_size = 1;
        b->ob_shash = -1;
        b->ob_sval[0] = (char)swpy_rs_bytes_char_values[i];
        b->ob_sval[1] = 0;
    }
    PyTupleObject *te = AT(swpy_rs_tuple_empty_offset);
    init_head((PyObject *)te, &PyTuple_Type);
    te->ob_base.ob_size = 0;
    /* Not an object: internal-API code reads the current thread state (_PyThreadState_GET) from
     * _PyRuntime; CShim/pystate.c keeps it in step with the GIL's holder. */
    swpy_publish_tstate(_PyThreadState_UncheckedGet());
}

void swpy_publish_tstate(PyThreadState *ts) {
    *(PyThreadState **)AT(swpy_rs_tstate_current_offset) = ts;
}

/* Every object built above, in table order: global strings, one-character strings, small ints,
 * bytes_empty, one-byte bytes, tuple_empty. */
size_t swpy_runtime_statics_count(void) {
    return swpy_rs_string_count + swpy_rs_char_count + swpy_rs_small_int_count + 1
        + swpy_rs_bytes_char_count + 1;
}

PyObject *swpy_runtime_static_at(size_t i) {
    if (i < swpy_rs_string_count) return AT(swpy_rs_string_offsets[i]);
    i -= swpy_rs_string_count;
    if (i < swpy_rs_char_count) return AT(swpy_rs_char_offsets[i]);
    i -= swpy_rs_char_count;
    if (i < swpy_rs_small_int_count) return AT(swpy_rs_small_int_offsets[i]);
    i -= swpy_rs_small_int_count;
    if (i == 0) return AT(swpy_rs_bytes_empty_offset);
    i -= 1;
    if (i < swpy_rs_bytes_char_count) return AT(swpy_rs_bytes_char_offsets[i]);
    i -= swpy_rs_bytes_char_count;
    if (i == 0) return AT(swpy_rs_tuple_empty_offset);
    return NULL;
}
