/* Randomness and clocks for CPython's modules (_random seeds from the OS, falls back to time). */
#define _GNU_SOURCE
#include "Python.h"
#include <sys/random.h>
#include <time.h>

/* int _PyOS_URandom(void *buffer, Py_ssize_t size): 0, or -1 with OSError. */
int _PyOS_URandom(void *buffer, Py_ssize_t size) {
    unsigned char *p = buffer;
    while (size > 0) {
        ssize_t n = getrandom(p, (size_t)size, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            PyErr_SetFromErrno(PyExc_OSError);
            return -1;
        }
        p += n;
        size -= n;
    }
    return 0;
}

/* int _PyOS_URandomNonblock(void *buffer, Py_ssize_t size): as _PyOS_URandom, never blocking
 * on an uninitialised entropy pool (getrandom's GRND_NONBLOCK, then /dev/urandom semantics). */
int _PyOS_URandomNonblock(void *buffer, Py_ssize_t size) {
    unsigned char *p = buffer;
    while (size > 0) {
        ssize_t n = getrandom(p, (size_t)size, GRND_NONBLOCK);
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN) return _PyOS_URandom(p, size);
            PyErr_SetFromErrno(PyExc_OSError);
            return -1;
        }
        p += n;
        size -= n;
    }
    return 0;
}

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* _PyTime_t (int64 nanoseconds) clocks. */
int64_t _PyTime_GetMonotonicClock(void) { return clock_ns(CLOCK_MONOTONIC); }
int64_t _PyTime_GetSystemClock(void) { return clock_ns(CLOCK_REALTIME); }
int64_t _PyTime_GetPerfCounter(void) { return clock_ns(CLOCK_MONOTONIC); }
