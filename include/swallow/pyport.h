/* Swallow's C-API headers: basic types and export markers.
 * Written for Swallow from the documented CPython 3.11 ABI; layouts match CPython 3.11 on
 * x86_64 Linux (checked by tools/layout-check). */
#ifndef SWALLOW_PYPORT_H
#define SWALLOW_PYPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>
#include <limits.h>
#include <sys/types.h>

typedef ssize_t Py_ssize_t;
typedef Py_ssize_t Py_hash_t;
typedef size_t Py_uhash_t;
typedef int Py_UCS4_unused_marker;

#define PY_SSIZE_T_MAX ((Py_ssize_t)(((size_t)-1) >> 1))
#define PY_SSIZE_T_MIN (-PY_SSIZE_T_MAX - 1)

#define PyAPI_FUNC(rtype) __attribute__((visibility("default"))) rtype
#define PyAPI_DATA(rtype) extern __attribute__((visibility("default"))) rtype
#define PyMODINIT_FUNC __attribute__((visibility("default"))) PyObject *

#define Py_LOCAL_INLINE(type) static inline type
#define Py_UNUSED(name) _unused_ ## name __attribute__((unused))
#define Py_ARRAY_LENGTH(a) (sizeof(a) / sizeof((a)[0]))

#define PY_MAJOR_VERSION 3
#define PY_MINOR_VERSION 11
#define PY_MICRO_VERSION 7
#define PY_VERSION "3.11.7"
#define PY_VERSION_HEX 0x030B07F0
#define PYTHON_API_VERSION 1013
#define PYTHON_ABI_VERSION 3

#endif
