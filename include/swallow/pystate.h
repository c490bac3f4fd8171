/* The thread state, with CPython 3.11's offsets for the fields extensions touch directly
 * (Cython reads and writes curexc_* and exc_info). 360 bytes on x86_64. */
#ifndef SWALLOW_PYSTATE_H
#define SWALLOW_PYSTATE_H

#include "object.h"

typedef struct _err_stackitem {
    PyObject *exc_value;
    struct _err_stackitem *previous_item;
} _PyErr_StackItem;

typedef struct _is PyInterpreterState;
typedef struct _ts PyThreadState;

struct _ts {
    PyThreadState *prev;
    PyThreadState *next;
    PyInterpreterState *interp;
    int _initialized;
    int _static;
    int recursion_remaining;
    int recursion_limit;
    int recursion_headroom;
    int tracing;
    int tracing_what;
    void *cframe;
    void *c_profilefunc;
    void *c_tracefunc;
    PyObject *c_profileobj;
    PyObject *c_traceobj;
    PyObject *curexc_type;
    PyObject *curexc_value;
    PyObject *curexc_traceback;
    _PyErr_StackItem *exc_info;
    PyObject *dict;
    int gilstate_counter;
    PyObject *async_exc;
    unsigned long thread_id;
    unsigned long native_thread_id;
    int trash_delete_nesting;
    PyObject *trash_delete_later;
    void (*on_delete)(void *);
    void *on_delete_data;
    int coroutine_origin_tracking_depth;
    PyObject *async_gen_firstiter;
    PyObject *async_gen_finalizer;
    PyObject *context;
    uint64_t context_ver;
    uint64_t id;
    /* Line-tracing bookkeeping (CPython's PyTraceInfo: a code pointer and an address range). */
    void *trace_info[6];
    void *datastack_chunk;
    PyObject **datastack_top;
    PyObject **datastack_limit;
    _PyErr_StackItem exc_state;
    /* The root C frame of the thread (CPython's _PyCFrame: two pointers here). */
    void *root_cframe[3];
};

#endif
