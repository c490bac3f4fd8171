/* The GIL and thread states: PyGILState_Ensure/Release nested and from threads created in C,
 * Py_BEGIN_ALLOW_THREADS, PyEval_SaveThread/RestoreThread, PyGILState_Check, PyThreadState_Get,
 * per-thread error indicators and thread-state dicts, and several C threads calling Python
 * code in turn. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pthread.h>

static PyObject *nested(PyObject *self, PyObject *unused) {
    int before = PyGILState_Check();
    PyGILState_STATE a = PyGILState_Ensure();
    PyGILState_STATE b = PyGILState_Ensure();
    int inside = PyGILState_Check();
    PyThreadState *ts = PyThreadState_Get();
    int same = ts == PyGILState_GetThisThreadState();
    PyGILState_Release(b);
    PyGILState_Release(a);
    return Py_BuildValue("(iiiiii)", before, a == PyGILState_LOCKED, b == PyGILState_LOCKED, inside, same,
                         PyGILState_Check());
}

static PyObject *allow_threads(PyObject *self, PyObject *arg) {
    long n = PyLong_AsLong(arg);
    if (n == -1 && PyErr_Occurred()) return NULL;
    long total = 0;
    int inside;
    Py_BEGIN_ALLOW_THREADS
    inside = PyGILState_Check();
    for (long i = 1; i <= n; i++) total += i;
    Py_END_ALLOW_THREADS
    return Py_BuildValue("(lii)", total, inside, PyGILState_Check());
}

static PyObject *save_restore(PyObject *self, PyObject *unused) {
    PyThreadState *before = PyThreadState_Get();
    PyThreadState *saved = PyEval_SaveThread();
    int released = PyGILState_Check();
    PyEval_RestoreThread(saved);
    return Py_BuildValue("(iii)", saved == before, released, PyThreadState_Get() == before);
}

static PyObject *state_info(PyObject *self, PyObject *unused) {
    PyThreadState *ts = PyThreadState_Get();
    PyObject *d = PyThreadState_GetDict();
    if (d == NULL) return PyUnicode_FromString("no dict");
    if (PyDict_SetItemString(d, "gilmod.mark", Py_True) < 0) return NULL;
    PyObject *again = PyThreadState_GetDict();
    return Py_BuildValue("(iiLO)", PyThreadState_GetInterpreter(ts) == PyInterpreterState_Get(),
                         again == d, (long long)PyInterpreterState_GetID(PyInterpreterState_Get()),
                         PyDict_GetItemString(again, "gilmod.mark"));
}

/* ---- C threads calling into Python ---- */

typedef struct {
    PyObject *callable;
    PyObject *results;   /* a list owned by the caller */
    long index, count;
    int ensure_first, ensure_nested, check, own_state, error_isolated;
    PyThreadState *main_state;
    char error[200];
} job;

static void *worker(void *p) {
    job *j = p;
    PyGILState_STATE st = PyGILState_Ensure();
    j->ensure_first = st == PyGILState_UNLOCKED;
    PyGILState_STATE inner = PyGILState_Ensure();
    j->ensure_nested = inner == PyGILState_LOCKED;
    j->check = PyGILState_Check();
    j->own_state = PyThreadState_Get() != j->main_state && PyThreadState_Get() == PyGILState_GetThisThreadState();
    PyGILState_Release(inner);
    for (long i = 0; i < j->count; i++) {
        PyObject *arg = PyLong_FromLong(j->index * 1000 + i);
        PyObject *r = arg ? PyObject_CallOneArg(j->callable, arg) : NULL;
        Py_XDECREF(arg);
        if (r == NULL) {
            /* The error is this thread's: record it and clear it here. */
            PyObject *type, *value, *tb;
            PyErr_Fetch(&type, &value, &tb);
            PyObject *s = value ? PyObject_Str(value) : NULL;
            snprintf(j->error, sizeof j->error, "%s: %s", type ? ((PyTypeObject *)type)->tp_name : "?",
                     s ? PyUnicode_AsUTF8(s) : "?");
            Py_XDECREF(s);
            Py_XDECREF(type);
            Py_XDECREF(value);
            Py_XDECREF(tb);
            continue;
        }
        PyList_Append(j->results, r);
        Py_DECREF(r);
    }
    j->error_isolated = PyErr_Occurred() == NULL;
    PyGILState_Release(st);
    return NULL;
}

/* run_threads(callable, nthreads, count): each C thread calls callable(index*1000 + i) count
 * times; the caller waits with the GIL released. Returns (results, per-thread reports). */
static PyObject *run_threads(PyObject *self, PyObject *args) {
    PyObject *callable;
    int nthreads;
    long count;
    if (!PyArg_ParseTuple(args, "Oil", &callable, &nthreads, &count)) return NULL;
    if (nthreads < 1 || nthreads > 16) {
        PyErr_SetString(PyExc_ValueError, "1..16 threads");
        return NULL;
    }
    PyObject *results = PyList_New(0);
    if (results == NULL) return NULL;
    job jobs[16];
    pthread_t tids[16];
    PyThreadState *main_state = PyThreadState_Get();
    for (int i = 0; i < nthreads; i++) {
        memset(&jobs[i], 0, sizeof jobs[i]);
        jobs[i].callable = callable;
        jobs[i].results = results;
        jobs[i].index = i;
        jobs[i].count = count;
        jobs[i].main_state = main_state;
    }
    Py_BEGIN_ALLOW_THREADS
    for (int i = 0; i < nthreads; i++) pthread_create(&tids[i], NULL, worker, &jobs[i]);
    for (int i = 0; i < nthreads; i++) pthread_join(tids[i], NULL);
    Py_END_ALLOW_THREADS
    PyObject *reports = PyList_New(0);
    for (int i = 0; reports && i < nthreads; i++) {
        PyObject *rep = Py_BuildValue("(iiiiis)", jobs[i].ensure_first, jobs[i].ensure_nested, jobs[i].check,
                                      jobs[i].own_state, jobs[i].error_isolated, jobs[i].error);
        if (rep == NULL || PyList_Append(reports, rep) < 0) Py_CLEAR(reports);
        Py_XDECREF(rep);
    }
    if (reports == NULL) {
        Py_DECREF(results);
        return NULL;
    }
    int main_clean = PyErr_Occurred() == NULL && PyThreadState_Get() == main_state;
    return Py_BuildValue("(NNi)", results, reports, main_clean);
}

static PyMethodDef methods[] = {
    {"nested", nested, METH_NOARGS, NULL},
    {"allow_threads", allow_threads, METH_O, NULL},
    {"save_restore", save_restore, METH_NOARGS, NULL},
    {"state_info", state_info, METH_NOARGS, NULL},
    {"run_threads", run_threads, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "gilmod", NULL, -1, methods};

PyMODINIT_FUNC PyInit_gilmod(void) { return PyModule_Create(&module); }
