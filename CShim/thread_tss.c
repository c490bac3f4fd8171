/* Thread-specific storage (PEP 539) and the older TLS key API, over pthread keys. pybind11
 * keeps its per-thread state in a Py_tss_t and refuses to start without one. The struct is
 * CPython's: an initialised flag, then the key. */
#include "Python.h"
#include <pthread.h>

/* Py_tss_t's key field is a pthread_key_t (an unsigned int on Linux). */
_Static_assert(sizeof(pthread_key_t) == sizeof(unsigned int), "pthread_key_t size");
typedef Py_tss_t swpy_tss_t;

Py_tss_t *PyThread_tss_alloc(void) {
    swpy_tss_t *t = PyMem_RawMalloc(sizeof(swpy_tss_t));
    if (t != NULL) t->_is_initialized = 0;
    return t;
}

void PyThread_tss_free(Py_tss_t *p) {
    swpy_tss_t *t = p;
    if (t == NULL) return;
    if (t->_is_initialized) {
        pthread_key_delete((pthread_key_t)t->_key);
        t->_is_initialized = 0;
    }
    PyMem_RawFree(t);
}

int PyThread_tss_is_created(Py_tss_t *p) { return p->_is_initialized; }

/* 0 on success (also when already created), -1 when no key is left. */
int PyThread_tss_create(Py_tss_t *p) {
    swpy_tss_t *t = p;
    if (t->_is_initialized) return 0;
    if (pthread_key_create((pthread_key_t *)&t->_key, NULL) != 0) return -1;
    t->_is_initialized = 1;
    return 0;
}

void PyThread_tss_delete(Py_tss_t *p) {
    swpy_tss_t *t = p;
    if (!t->_is_initialized) return;
    pthread_key_delete((pthread_key_t)t->_key);
    t->_is_initialized = 0;
}

int PyThread_tss_set(Py_tss_t *p, void *value) {
    return pthread_setspecific((pthread_key_t)p->_key, value) == 0 ? 0 : -1;
}

void *PyThread_tss_get(Py_tss_t *p) { return pthread_getspecific((pthread_key_t)p->_key); }

/* The pre-3.7 TLS API: int keys. */
int PyThread_create_key(void) {
    pthread_key_t key;
    if (pthread_key_create(&key, NULL) != 0) return -1;
    return (int)key;
}

void PyThread_delete_key(int key) { pthread_key_delete((pthread_key_t)key); }

int PyThread_set_key_value(int key, void *value) {
    return pthread_setspecific((pthread_key_t)key, value) == 0 ? 0 : -1;
}

void *PyThread_get_key_value(int key) { return pthread_getspecific((pthread_key_t)key); }

void PyThread_delete_key_value(int key) { pthread_setspecific((pthread_key_t)key, NULL); }

void PyThread_ReInitTLS(void) {}
