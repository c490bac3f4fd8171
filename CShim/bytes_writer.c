/* _PyBytesWriter (an incremental builder of bytes or bytearray objects, CPython 3.11's struct
 * layout) and the hex helpers _Py_strhex* behind bytes.hex(), binascii.hexlify() and friends.
 *
 * Written for Swallow against the public C-API only, after CPython 3.11's documented and
 * observed behaviour (tools/cshim-test compares results and errors with CPython's own).
 *
 * The writer: Init, then Alloc(size) gives a `str` write pointer to at least `size` bytes;
 * Prepare(str, n) makes room for n more bytes after str (possibly moving the data: it returns
 * the new pointer); WriteBytes copies; Finish(str) returns the object holding everything
 * before str. Up to 512 bytes live in the struct's own small_buffer. Beyond that the data
 * lives in a bytes object held in `buffer` that is replaced (never resized in place) as it
 * grows, so only PyBytes_FromStringAndSize is needed; Finish trims by copying when the
 * allocation is larger than the data. A bytearray result (use_bytearray) is made at Finish.
 * Every failing call releases the writer's buffer (as CPython's do) and returns NULL with
 * MemoryError set. */
#include "Python.h"

#include <stdint.h>

/* The first byte of the writer's data. */
static char *bw_start(_PyBytesWriter *writer) {
    if (writer->use_small_buffer)
        return writer->small_buffer;
    if (writer->buffer != NULL)
        return PyBytes_AS_STRING(writer->buffer);
    return NULL;
}

/* void _PyBytesWriter_Init(_PyBytesWriter *writer)
 * Resets every field except small_buffer (no buffer, nothing allocated, bytes result, no
 * overallocation). Callers may set use_bytearray / overallocate afterwards. Cannot fail. */
void _PyBytesWriter_Init(_PyBytesWriter *writer) {
    writer->buffer = NULL;
    writer->allocated = 0;
    writer->min_size = 0;
    writer->use_bytearray = 0;
    writer->overallocate = 0;
    writer->use_small_buffer = 0;
}

/* void _PyBytesWriter_Dealloc(_PyBytesWriter *writer)
 * Releases the buffer (the writer's own reference) after a failure. Cannot fail. */
void _PyBytesWriter_Dealloc(_PyBytesWriter *writer) {
    Py_CLEAR(writer->buffer);
}

/* void *_PyBytesWriter_Resize(_PyBytesWriter *writer, void *str, Py_ssize_t size)
 * Makes the allocation `size` bytes (more if overallocate is set), keeping the data before
 * `str`; returns the pointer corresponding to `str` in the new storage, or NULL with
 * MemoryError set (the writer is then deallocated). */
void *_PyBytesWriter_Resize(_PyBytesWriter *writer, void *str, Py_ssize_t size) {
    char *start = bw_start(writer);
    Py_ssize_t pos = start != NULL ? (char *)str - start : 0;
    if (size < 0) {
        PyErr_BadInternalCall();
        _PyBytesWriter_Dealloc(writer);
        return NULL;
    }
    if (writer->overallocate && size <= PY_SSIZE_T_MAX - size / 4)
        size += size / 4;
    if (size <= (Py_ssize_t)sizeof(writer->small_buffer) && writer->buffer == NULL) {
        /* Still fits the small buffer. */
        if (!writer->use_small_buffer && pos > 0)
            pos = 0;
        writer->use_small_buffer = 1;
        writer->allocated = (Py_ssize_t)sizeof(writer->small_buffer);
        return writer->small_buffer + pos;
    }
    PyObject *fresh = PyBytes_FromStringAndSize(NULL, size);
    if (fresh == NULL) {
        _PyBytesWriter_Dealloc(writer);
        return NULL;
    }
    if (pos > 0 && start != NULL)
        memcpy(PyBytes_AS_STRING(fresh), start, (size_t)pos);
    Py_XSETREF(writer->buffer, fresh);
    writer->use_small_buffer = 0;
    writer->allocated = size;
    return PyBytes_AS_STRING(fresh) + pos;
}

/* void *_PyBytesWriter_Prepare(_PyBytesWriter *writer, void *str, Py_ssize_t size)
 * Ensures room for `size` more bytes after `str`; returns the (possibly moved) write pointer,
 * or NULL with MemoryError set (the writer is then deallocated). size 0 returns str. */
void *_PyBytesWriter_Prepare(_PyBytesWriter *writer, void *str, Py_ssize_t size) {
    if (size == 0)
        return str;
    if (size < 0 || writer->min_size > PY_SSIZE_T_MAX - size) {
        PyErr_NoMemory();
        _PyBytesWriter_Dealloc(writer);
        return NULL;
    }
    writer->min_size += size;
    if (writer->min_size <= writer->allocated)
        return str;
    return _PyBytesWriter_Resize(writer, str, writer->min_size);
}

/* void *_PyBytesWriter_Alloc(_PyBytesWriter *writer, Py_ssize_t size)
 * Starts writing: returns a pointer to room for `size` bytes (the small buffer when it
 * fits), or NULL with MemoryError set. Call once, after Init. */
void *_PyBytesWriter_Alloc(_PyBytesWriter *writer, Py_ssize_t size) {
    writer->use_small_buffer = 1;
    writer->allocated = (Py_ssize_t)sizeof(writer->small_buffer);
    return _PyBytesWriter_Prepare(writer, writer->small_buffer, size);
}

/* void *_PyBytesWriter_WriteBytes(_PyBytesWriter *writer, void *str, const void *bytes,
 *     Py_ssize_t size)
 * Appends `size` bytes at `str`; returns the pointer after them, or NULL with MemoryError
 * set (the writer is then deallocated). */
void *_PyBytesWriter_WriteBytes(_PyBytesWriter *writer, void *str, const void *bytes, Py_ssize_t size) {
    char *p = _PyBytesWriter_Prepare(writer, str, size);
    if (p == NULL)
        return NULL;
    if (size > 0)
        memcpy(p, bytes, (size_t)size);
    return p + size;
}

/* PyObject *_PyBytesWriter_Finish(_PyBytesWriter *writer, void *str)
 * The result: a new bytes (or bytearray, if use_bytearray) holding the data before `str`.
 * Consumes the writer's buffer in all cases. New reference, or NULL with an error set. */
PyObject *_PyBytesWriter_Finish(_PyBytesWriter *writer, void *str) {
    char *start = bw_start(writer);
    Py_ssize_t size = start != NULL ? (char *)str - start : 0;
    PyObject *result;
    if (writer->use_bytearray) {
        result = PyByteArray_FromStringAndSize(start, size);
        _PyBytesWriter_Dealloc(writer);
    } else if (writer->buffer != NULL && size == PyBytes_GET_SIZE(writer->buffer)) {
        result = writer->buffer;
        writer->buffer = NULL;
    } else {
        result = PyBytes_FromStringAndSize(size > 0 ? start : "", size);
        _PyBytesWriter_Dealloc(writer);
    }
    return result;
}

/* ---- hexadecimal ---- */

/* The separator character of `sep` (str or bytes of length 1; ASCII when the result is a
 * str, else the low byte of the character): 0 if sep is NULL, -1 with an error set if it
 * is unusable. */
static int hx_sep_char(PyObject *sep, int as_bytes) {
    if (sep == NULL)
        return 0;
    Py_ssize_t n = PyObject_Length(sep);
    if (n < 0)
        return -1;
    if (n != 1) {
        PyErr_SetString(PyExc_ValueError, "sep must be length 1.");
        return -1;
    }
    unsigned char c;
    if (PyUnicode_Check(sep)) {
        Py_ssize_t len;
        const char *s = PyUnicode_AsUTF8AndSize(sep, &len);
        if (s == NULL) {
            /* A lone surrogate (no UTF-8 form): refused as non-ASCII in both forms (CPython's
             * bytes form would write its low byte). */
            PyErr_Clear();
            PyErr_SetString(PyExc_ValueError, "sep must be ASCII.");
            return -1;
        }
        if (len == 1) {
            c = (unsigned char)s[0];
        } else if (as_bytes && len >= 2 && len <= 4) {
            /* Decode the one UTF-8 sequence and keep its low byte. */
            static const unsigned char lead_mask[] = { 0, 0, 0x1f, 0x0f, 0x07 };
            unsigned long cp = (unsigned char)s[0] & lead_mask[len];
            for (Py_ssize_t k = 1; k < len; k++)
                cp = (cp << 6) | ((unsigned char)s[k] & 0x3f);
            return (int)(cp & 0xff) ? (int)(cp & 0xff) : 0x100;
        } else {
            c = 0x80;
        }
    } else if (PyBytes_Check(sep)) {
        c = (unsigned char)PyBytes_AS_STRING(sep)[0];
    } else {
        PyErr_SetString(PyExc_TypeError, "sep must be str or bytes.");
        return -1;
    }
    if (c == 0)
        return 0x100; /* a NUL separator: nonzero marker, written as (c & 0xff) */
    if (c > 127 && !as_bytes) {
        PyErr_SetString(PyExc_ValueError, "sep must be ASCII.");
        return -1;
    }
    return c;
}

/* The hex text of argbuf[0..arglen) with separators, as a new str (as_bytes 0) or bytes. */
static PyObject *hx_format(const char *argbuf, Py_ssize_t arglen, PyObject *sep, int bytes_per_group,
                           int as_bytes) {
    static const char digits[] = "0123456789abcdef";
    int c = hx_sep_char(sep, as_bytes);
    if (c < 0)
        return NULL;
    if (arglen < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    Py_ssize_t group = bytes_per_group < 0 ? -(Py_ssize_t)bytes_per_group : bytes_per_group;
    Py_ssize_t nseps = 0;
    if (sep != NULL && group != 0 && arglen > 0)
        nseps = (arglen - 1) / group;
    if (arglen > (PY_SSIZE_T_MAX - nseps) / 2)
        return PyErr_NoMemory();
    Py_ssize_t outlen = arglen * 2 + nseps;
    char *out = PyMem_Malloc(outlen > 0 ? (size_t)outlen : 1);
    if (out == NULL)
        return PyErr_NoMemory();
    Py_ssize_t j = 0;
    for (Py_ssize_t i = 0; i < arglen; i++) {
        if (nseps > 0 && i > 0) {
            /* Groups count from the right for a positive size, from the left for a negative one. */
            Py_ssize_t from = bytes_per_group > 0 ? arglen - i : i;
            if (from % group == 0)
                out[j++] = (char)(c & 0xff);
        }
        unsigned char b = (unsigned char)argbuf[i];
        out[j++] = digits[b >> 4];
        out[j++] = digits[b & 15];
    }
    PyObject *r = as_bytes ? PyBytes_FromStringAndSize(out, j) : PyUnicode_FromStringAndSize(out, j);
    PyMem_Free(out);
    return r;
}

/* PyObject *_Py_strhex(const char *argbuf, Py_ssize_t arglen)
 * Two lowercase hex digits per byte, as a new str; NULL with MemoryError on failure. */
PyObject *_Py_strhex(const char *argbuf, Py_ssize_t arglen) {
    return hx_format(argbuf, arglen, NULL, 0, 0);
}

/* PyObject *_Py_strhex_bytes(const char *argbuf, Py_ssize_t arglen)
 * The same text as a new bytes object. */
PyObject *_Py_strhex_bytes(const char *argbuf, Py_ssize_t arglen) {
    return hx_format(argbuf, arglen, NULL, 0, 1);
}

/* PyObject *_Py_strhex_with_sep(const char *argbuf, Py_ssize_t arglen, PyObject *sep,
 *     int bytes_per_group)
 * As bytes.hex(sep, bytes_per_sep): `sep` (borrowed; NULL for none) is a str or bytes of one
 * character put between groups of |bytes_per_group| bytes, counted from the right if
 * positive, from the left if negative (0: no separator). The str form needs an ASCII
 * separator; the bytes form writes the low byte of the character. New str, or NULL with ValueError
 * "sep must be length 1." / "sep must be ASCII.", TypeError "sep must be str or bytes." (or
 * len()'s TypeError) set. */
PyObject *_Py_strhex_with_sep(const char *argbuf, Py_ssize_t arglen, PyObject *sep, int bytes_per_group) {
    return hx_format(argbuf, arglen, sep, bytes_per_group, 0);
}

/* PyObject *_Py_strhex_bytes_with_sep(const char *argbuf, Py_ssize_t arglen, PyObject *sep,
 *     int bytes_per_group)
 * As _Py_strhex_with_sep, returning a new bytes object (binascii.hexlify). */
PyObject *_Py_strhex_bytes_with_sep(const char *argbuf, Py_ssize_t arglen, PyObject *sep, int bytes_per_group) {
    return hx_format(argbuf, arglen, sep, bytes_per_group, 1);
}

/* void _PyBytes_Repeat(char *dest, Py_ssize_t len_dest, const char *src, Py_ssize_t len_src):
 * fills dest with copies of src (array and bytes repetition); doubles the copied block. */
void _PyBytes_Repeat(char *dest, Py_ssize_t len_dest, const char *src, Py_ssize_t len_src) {
    if (len_dest == 0) return;
    if (len_src == 1) {
        memset(dest, src[0], (size_t)len_dest);
        return;
    }
    if (src != dest) memcpy(dest, src, (size_t)len_src);
    Py_ssize_t copied = len_src;
    while (copied < len_dest) {
        Py_ssize_t chunk = copied <= len_dest - copied ? copied : len_dest - copied;
        memcpy(dest + copied, dest, (size_t)chunk);
        copied += chunk;
    }
}

/* char *_PyMem_Strdup(const char *str) / _PyMem_RawStrdup: copies freed with PyMem_Free /
 * PyMem_RawFree (_pickle keeps its encoding names this way). */
char *_PyMem_Strdup(const char *str) {
    size_t n = strlen(str) + 1;
    char *copy = PyMem_Malloc(n);
    if (copy != NULL) memcpy(copy, str, n);
    return copy;
}

char *_PyMem_RawStrdup(const char *str) {
    size_t n = strlen(str) + 1;
    char *copy = PyMem_RawMalloc(n);
    if (copy != NULL) memcpy(copy, str, n);
    return copy;
}
