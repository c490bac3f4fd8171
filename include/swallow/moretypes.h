/* Types, constants and small inline helpers of the CPython 3.11 API that the prototypes of
 * api.gen.h need and that extensions use beside them: struct sequences, compiler flags, time,
 * locks, allocators, tracing and audit hooks. Layouts and values are CPython 3.11's (x86_64 Linux). */
#ifndef SWALLOW_MORETYPES_H
#define SWALLOW_MORETYPES_H

#include <stdint.h>
#include <pthread.h>
#include <time.h>
#include <sys/time.h>
#include <sys/stat.h>
#include <locale.h>
#include "object.h"

/* Struct sequences (os.stat_result-like types made by C). */
typedef struct PyStructSequence_Field {
    const char *name;
    const char *doc;
} PyStructSequence_Field;

typedef struct PyStructSequence_Desc {
    const char *name;
    const char *doc;
    PyStructSequence_Field *fields;
    int n_in_sequence;
} PyStructSequence_Desc;

PyAPI_DATA(const char * const) PyStructSequence_UnnamedField;
#define PyStructSequence_SET_ITEM(op, i, v) PyTuple_SET_ITEM(op, i, v)
#define PyStructSequence_GET_ITEM(op, i) PyTuple_GET_ITEM(op, i)

/* Compiling. */
typedef struct {
    int cf_flags;
    int cf_feature_version;
} PyCompilerFlags;
#define _PyCompilerFlags_INIT (PyCompilerFlags){.cf_flags = 0, .cf_feature_version = 11}

/* Time, in nanoseconds. */
typedef int64_t _PyTime_t;
typedef enum {
    _PyTime_ROUND_FLOOR = 0,
    _PyTime_ROUND_CEILING = 1,
    _PyTime_ROUND_HALF_EVEN = 2,
    _PyTime_ROUND_UP = 3,
    _PyTime_ROUND_TIMEOUT = _PyTime_ROUND_UP
} _PyTime_round_t;

/* Locks and thread-specific storage. */
typedef enum PyLockStatus {
    PY_LOCK_FAILURE = 0,
    PY_LOCK_ACQUIRED = 1,
    PY_LOCK_INTR
} PyLockStatus;

/* Py_tss_t is in api_runtime.h. */

/* Signals. */
typedef void (*PyOS_sighandler_t)(int);

/* Allocators. */
typedef enum {
    PYMEM_DOMAIN_RAW,
    PYMEM_DOMAIN_MEM,
    PYMEM_DOMAIN_OBJ
} PyMemAllocatorDomain;

typedef struct {
    void *ctx;
    void *(*malloc)(void *ctx, size_t size);
    void *(*calloc)(void *ctx, size_t nelem, size_t elsize);
    void *(*realloc)(void *ctx, void *ptr, size_t new_size);
    void (*free)(void *ctx, void *ptr);
} PyMemAllocatorEx;

/* Tracing, profiling and audit hooks. */
struct _frame;
typedef int (*Py_tracefunc)(PyObject *, struct _frame *, int, PyObject *);
#define PyTrace_CALL 0
#define PyTrace_EXCEPTION 1
#define PyTrace_LINE 2
#define PyTrace_RETURN 3
#define PyTrace_C_CALL 4
#define PyTrace_C_EXCEPTION 5
#define PyTrace_C_RETURN 6
#define PyTrace_OPCODE 7
typedef int (*Py_AuditHookFunction)(const char *, PyObject *, void *);

#endif
