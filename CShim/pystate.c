/* Thread states and the GIL.
 *
 * The GIL is a real lock. The thread that loads the first extension (the one running Python)
 * takes it with the main thread state and holds it, except inside Py_BEGIN_ALLOW_THREADS /
 * PyEval_SaveThread regions. Any other thread, including one created by C code, enters with
 * PyGILState_Ensure: it gets a thread state of its own (error indicator, recursion counter,
 * dict), waits for the lock, and may then call the API and Python code; PyGILState_Release
 * gives the lock back and, when its outermost Ensure is undone, deletes the thread state.
 *
 * `current` is the holder's thread state; it is what _PyThreadState_UncheckedGet returns and
 * what CPython's internal-API modules read from _PyRuntime (kept in step there). Python code
 * itself never drops the lock (no periodic switching, and blocking calls made from Python do
 * not release it): a foreign thread runs while the Python thread is inside a C region that
 * released it. Written for Swallow after CPython 3.11's documented behaviour. */
#include "Python.h"
#include "swallow/bridge.h"

#include <pthread.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <time.h>

/* The interpreter: one, opaque to extensions (they compare or pass the pointer). */
static _Alignas(16) unsigned char the_interpreter[4096];
#define INTERP ((PyInterpreterState *)the_interpreter)
static PyObject *interp_dict;

static PyThreadState main_tstate = {
    ._initialized = 1,
    .recursion_remaining = 1000,
    .recursion_limit = 1000,
    .gilstate_counter = 1,
    .id = 1,
};

static pthread_mutex_t gil = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t heads = PTHREAD_MUTEX_INITIALIZER; /* thread-state list and ids */
static PyThreadState *current = &main_tstate;
static __thread PyThreadState *this_thread;
static int gil_ready;
static uint64_t next_id = 2;

void swpy_publish_tstate(PyThreadState *ts); /* CShim/runtime_statics.c */

static void set_current(PyThreadState *ts) {
    current = ts;
    swpy_publish_tstate(ts);
}

static void fill_ids(PyThreadState *ts) {
    ts->thread_id = (unsigned long)pthread_self();
    ts->native_thread_id = (unsigned long)syscall(SYS_gettid);
}

/* Called once, by the thread that will run Python, before any extension is loaded. */
void swpy_gil_init(void) {
    if (gil_ready) return;
    gil_ready = 1;
    main_tstate.interp = INTERP;
    main_tstate.exc_info = &main_tstate.exc_state;
    fill_ids(&main_tstate);
    this_thread = &main_tstate;
    pthread_mutex_lock(&gil);
    set_current(&main_tstate);
}

PyThreadState *_PyThreadState_UncheckedGet(void) {
    if (main_tstate.exc_info == NULL) main_tstate.exc_info = &main_tstate.exc_state;
    return current;
}

PyThreadState *PyThreadState_Get(void) {
    PyThreadState *ts = _PyThreadState_UncheckedGet();
    if (ts == NULL) {
        fprintf(stderr, "Fatal Python error: PyThreadState_Get: the function must be called with the GIL "
                        "held, but the GIL is released (the current Python thread state is NULL)\n");
        abort();
    }
    return ts;
}

/* ---- the lock ---- */

PyThreadState *PyEval_SaveThread(void) {
    PyThreadState *ts = current;
    if (!gil_ready) return ts;
    set_current(NULL);
    pthread_mutex_unlock(&gil);
    return ts;
}

void PyEval_RestoreThread(PyThreadState *ts) {
    if (!gil_ready) return;
    pthread_mutex_lock(&gil);
    if (this_thread == NULL) this_thread = ts;
    set_current(ts);
}

void PyEval_AcquireThread(PyThreadState *ts) { PyEval_RestoreThread(ts); }

void PyEval_ReleaseThread(PyThreadState *ts) {
    (void)ts;
    PyEval_SaveThread();
}

void PyEval_AcquireLock(void) { if (gil_ready) pthread_mutex_lock(&gil); }
void PyEval_ReleaseLock(void) { if (gil_ready) pthread_mutex_unlock(&gil); }
void PyEval_InitThreads(void) {}
int PyEval_ThreadsInitialized(void) { return 1; }

PyThreadState *PyThreadState_Swap(PyThreadState *ts) {
    PyThreadState *old = current;
    set_current(ts);
    if (ts != NULL && this_thread == NULL) this_thread = ts;
    return old;
}

/* ---- thread states ---- */

PyThreadState *PyThreadState_New(PyInterpreterState *interp) {
    PyThreadState *ts = calloc(1, sizeof(PyThreadState));
    if (ts == NULL) return NULL;
    ts->interp = interp != NULL ? interp : INTERP;
    ts->_initialized = 1;
    ts->recursion_remaining = 1000;
    ts->recursion_limit = 1000;
    ts->exc_info = &ts->exc_state;
    fill_ids(ts);
    pthread_mutex_lock(&heads);
    ts->id = next_id++;
    /* Linked after the main thread state, as CPython links new states at the head. */
    ts->next = main_tstate.next;
    ts->prev = &main_tstate;
    if (main_tstate.next) main_tstate.next->prev = ts;
    main_tstate.next = ts;
    pthread_mutex_unlock(&heads);
    return ts;
}

void PyThreadState_Clear(PyThreadState *ts) {
    Py_CLEAR(ts->curexc_type);
    Py_CLEAR(ts->curexc_value);
    Py_CLEAR(ts->curexc_traceback);
    Py_CLEAR(ts->exc_state.exc_value);
    Py_CLEAR(ts->dict);
    Py_CLEAR(ts->async_exc);
    Py_CLEAR(ts->context);
}

static void unlink_and_free(PyThreadState *ts) {
    if (ts == &main_tstate) return;
    pthread_mutex_lock(&heads);
    if (ts->prev) ts->prev->next = ts->next;
    if (ts->next) ts->next->prev = ts->prev;
    pthread_mutex_unlock(&heads);
    if (this_thread == ts) this_thread = NULL;
    free(ts);
}

void PyThreadState_Delete(PyThreadState *ts) {
    if (ts == NULL) return;
    if (ts == current) {
        fprintf(stderr, "Fatal Python error: PyThreadState_Delete: tstate is still current\n");
        abort();
    }
    unlink_and_free(ts);
}

/* Deletes the current thread state (cleared already) and releases the GIL. */
void PyThreadState_DeleteCurrent(void) {
    PyThreadState *ts = current;
    set_current(NULL);
    unlink_and_free(ts);
    if (gil_ready) pthread_mutex_unlock(&gil);
}

PyObject *PyThreadState_GetDict(void) {
    PyThreadState *ts = current;
    if (ts == NULL) return NULL;
    if (ts->dict == NULL) {
        ts->dict = PyDict_New();
        if (ts->dict == NULL) PyErr_Clear();
    }
    return ts->dict;
}

PyObject *_PyThreadState_GetDict(PyThreadState *ts) {
    if (ts->dict == NULL) ts->dict = PyDict_New();
    return ts->dict;
}

uint64_t PyThreadState_GetID(PyThreadState *ts) { return ts->id; }
PyInterpreterState *PyThreadState_GetInterpreter(PyThreadState *ts) { return ts->interp; }
PyThreadState *PyThreadState_Next(PyThreadState *ts) { return ts->next; }
void PyThreadState_EnterTracing(PyThreadState *ts) { ts->tracing++; }
void PyThreadState_LeaveTracing(PyThreadState *ts) { ts->tracing--; }

/* ---- PyGILState ---- */

PyGILState_STATE PyGILState_Ensure(void) {
    PyThreadState *ts = this_thread;
    if (ts == NULL) {
        /* A thread Python has not seen (made by C code): a thread state of its own. */
        ts = PyThreadState_New(INTERP);
        if (ts == NULL) {
            fprintf(stderr, "Fatal Python error: PyGILState_Ensure: failed to create a thread state\n");
            abort();
        }
        ts->gilstate_counter = 0;
        this_thread = ts;
    }
    int held = ts == current;
    if (!held) PyEval_RestoreThread(ts);
    ts->gilstate_counter++;
    return held ? PyGILState_LOCKED : PyGILState_UNLOCKED;
}

void PyGILState_Release(PyGILState_STATE old) {
    PyThreadState *ts = this_thread;
    if (ts == NULL) {
        fprintf(stderr, "Fatal Python error: PyGILState_Release: auto-releasing thread-state, but no "
                        "thread-state for this thread\n");
        abort();
    }
    if (ts != current) {
        fprintf(stderr, "Fatal Python error: PyGILState_Release: thread state must be current when releasing\n");
        abort();
    }
    ts->gilstate_counter--;
    if (ts->gilstate_counter == 0 && ts != &main_tstate) {
        /* The outermost Ensure of this thread is undone: its state goes with the lock. */
        PyThreadState_Clear(ts);
        PyThreadState_DeleteCurrent();
    } else if (old == PyGILState_UNLOCKED) {
        PyEval_SaveThread();
    }
}

int PyGILState_Check(void) {
    PyThreadState *ts = this_thread;
    return ts != NULL && ts == current;
}

PyThreadState *PyGILState_GetThisThreadState(void) { return this_thread; }

/* ---- the interpreter ---- */

PyInterpreterState *PyInterpreterState_Get(void) { return INTERP; }
PyInterpreterState *PyInterpreterState_Main(void) { return INTERP; }
PyInterpreterState *PyInterpreterState_Head(void) { return INTERP; }
PyInterpreterState *PyInterpreterState_Next(PyInterpreterState *interp) { return NULL; }
PyThreadState *PyInterpreterState_ThreadHead(PyInterpreterState *interp) { return &main_tstate; }
int64_t PyInterpreterState_GetID(PyInterpreterState *interp) { return 0; }
PyInterpreterState *_PyGILState_GetInterpreterStateUnsafe(void) { return INTERP; }

PyObject *PyInterpreterState_GetDict(PyInterpreterState *interp) {
    if (interp_dict == NULL) {
        interp_dict = PyDict_New();
        if (interp_dict == NULL) PyErr_Clear();
    }
    return interp_dict;
}

/* ---- PyThread locks: binary locks any thread may release (a mutex and a condition) ---- */

typedef struct {
    pthread_mutex_t mutex;
    pthread_cond_t released;
    int locked;
} swpy_lock;

void *PyThread_allocate_lock(void) {
    swpy_lock *l = calloc(1, sizeof *l);
    if (l == NULL) return NULL;
    pthread_mutex_init(&l->mutex, NULL);
    pthread_cond_init(&l->released, NULL);
    return l;
}

void PyThread_free_lock(void *lock) {
    swpy_lock *l = lock;
    if (l == NULL) return;
    pthread_mutex_destroy(&l->mutex);
    pthread_cond_destroy(&l->released);
    free(l);
}

/* PY_LOCK_ACQUIRED (1) or PY_LOCK_FAILURE (0); timeout in microseconds, -1 waits for ever. */
PyLockStatus PyThread_acquire_lock_timed(PyThread_type_lock lock, long long microseconds, int intr_flag) {
    (void)intr_flag;
    swpy_lock *l = lock;
    pthread_mutex_lock(&l->mutex);
    int ok = 1;
    if (microseconds == 0) {
        ok = !l->locked;
    } else if (microseconds < 0) {
        while (l->locked) pthread_cond_wait(&l->released, &l->mutex);
    } else {
        struct timespec deadline;
        clock_gettime(CLOCK_REALTIME, &deadline);
        deadline.tv_sec += (time_t)(microseconds / 1000000);
        deadline.tv_nsec += (long)(microseconds % 1000000) * 1000;
        if (deadline.tv_nsec >= 1000000000L) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000L;
        }
        while (l->locked && ok) ok = pthread_cond_timedwait(&l->released, &l->mutex, &deadline) == 0 || !l->locked;
        ok = !l->locked;
    }
    if (ok) l->locked = 1;
    pthread_mutex_unlock(&l->mutex);
    return ok;
}

int PyThread_acquire_lock(void *lock, int waitflag) {
    return PyThread_acquire_lock_timed(lock, waitflag ? -1 : 0, 0);
}

void PyThread_release_lock(void *lock) {
    swpy_lock *l = lock;
    pthread_mutex_lock(&l->mutex);
    l->locked = 0;
    pthread_cond_signal(&l->released);
    pthread_mutex_unlock(&l->mutex);
}

unsigned long PyThread_get_thread_ident(void) { return (unsigned long)pthread_self(); }
unsigned long PyThread_get_thread_native_id(void) { return (unsigned long)syscall(SYS_gettid); }

/* ---- recursion checks of C code (Py_EnterRecursiveCall) ---- */

int Py_EnterRecursiveCall(const char *where) {
    PyThreadState *ts = PyThreadState_Get();
    return ts->recursion_remaining-- <= 0 && _Py_CheckRecursiveCall(ts, where);
}

void Py_LeaveRecursiveCall(void) { PyThreadState_Get()->recursion_remaining++; }

/* ---- gc switches: the runtime's collector runs on request; these only keep the state ---- */

static int gc_enabled = 1;
int PyGC_Enable(void) { int old = gc_enabled; gc_enabled = 1; return old; }
int PyGC_Disable(void) { int old = gc_enabled; gc_enabled = 0; return old; }
int PyGC_IsEnabled(void) { return gc_enabled; }

int Py_IsInitialized(void) { return 1; }
