/* Compatibility-matrix case: multi_phase, module mp_state.
 *
 * Multi-phase init (PEP 489): PyInit_mp_state returns PyModuleDef_Init(&def),
 * the runtime creates the module and runs the two Py_mod_exec slots in order.
 * The module has m_size > 0 state: a counter, a record of what exec saw, and
 * one owned object reference (so m_traverse / m_clear / m_free are wired).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    long counter;
    long exec_calls;
    int state_was_zeroed; /* set by the first exec slot */
    PyObject *remembered; /* owned reference or NULL */
} mp_state_t;

static struct PyModuleDef mp_def; /* forward: methods compare against it */

static mp_state_t *
get_state(PyObject *module)
{
    void *raw = PyModule_GetState(module);
    if (raw == NULL && !PyErr_Occurred()) {
        PyErr_SetString(PyExc_SystemError, "mp_state: module has no state");
    }
    return (mp_state_t *)raw;
}

/* increment() -> counter after adding one. */
static PyObject *
mp_increment(PyObject *self, PyObject *unused)
{
    mp_state_t *st = get_state(self);
    if (st == NULL) {
        return NULL;
    }
    st->counter += 1;
    return PyLong_FromLong(st->counter);
}

/* add(n) -> counter after adding the int n. */
static PyObject *
mp_add(PyObject *self, PyObject *arg)
{
    mp_state_t *st = get_state(self);
    if (st == NULL) {
        return NULL;
    }
    long n = PyLong_AsLong(arg);
    if (n == -1 && PyErr_Occurred()) {
        return NULL;
    }
    st->counter += n;
    return PyLong_FromLong(st->counter);
}

/* get() -> the counter, read back through PyModule_GetState. */
static PyObject *
mp_get(PyObject *self, PyObject *unused)
{
    mp_state_t *st = get_state(self);
    if (st == NULL) {
        return NULL;
    }
    return PyLong_FromLong(st->counter);
}

/* exec_info() -> (exec slot calls, state zero-filled before exec?) */
static PyObject *
mp_exec_info(PyObject *self, PyObject *unused)
{
    mp_state_t *st = get_state(self);
    if (st == NULL) {
        return NULL;
    }
    return Py_BuildValue("(lO)", st->exec_calls, st->state_was_zeroed ? Py_True : Py_False);
}

/* def_info() -> (def is ours, m_name, m_size == sizeof(state)) via PyModule_GetDef. */
static PyObject *
mp_def_info(PyObject *self, PyObject *unused)
{
    PyModuleDef *def = PyModule_GetDef(self);
    if (def == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_SystemError, "mp_state: PyModule_GetDef returned NULL");
        }
        return NULL;
    }
    return Py_BuildValue("(OsO)",
                         def == &mp_def ? Py_True : Py_False,
                         def->m_name,
                         def->m_size == (Py_ssize_t)sizeof(mp_state_t) ? Py_True : Py_False);
}

/* remember(obj) -> None; keeps a strong reference to obj in the state. */
static PyObject *
mp_remember(PyObject *self, PyObject *obj)
{
    mp_state_t *st = get_state(self);
    if (st == NULL) {
        return NULL;
    }
    Py_INCREF(obj);
    Py_XSETREF(st->remembered, obj);
    Py_RETURN_NONE;
}

/* recall() -> the remembered object, or None. */
static PyObject *
mp_recall(PyObject *self, PyObject *unused)
{
    mp_state_t *st = get_state(self);
    if (st == NULL) {
        return NULL;
    }
    if (st->remembered == NULL) {
        Py_RETURN_NONE;
    }
    Py_INCREF(st->remembered);
    return st->remembered;
}

static int
mp_exec_first(PyObject *module)
{
    mp_state_t *st = get_state(module);
    if (st == NULL) {
        return -1;
    }
    st->state_was_zeroed = (st->counter == 0 && st->exec_calls == 0 && st->remembered == NULL);
    st->exec_calls += 1;
    st->counter = 10;

    PyObject *order = PyList_New(0);
    if (order == NULL) {
        return -1;
    }
    PyObject *word = PyUnicode_FromString("first");
    if (word == NULL || PyList_Append(order, word) < 0) {
        Py_XDECREF(word);
        Py_DECREF(order);
        return -1;
    }
    Py_DECREF(word);
    if (PyModule_AddObject(module, "ORDER", order) < 0) {
        Py_DECREF(order);
        return -1;
    }
    return PyModule_AddStringConstant(module, "KIND", "multi-phase");
}

static int
mp_exec_second(PyObject *module)
{
    mp_state_t *st = get_state(module);
    if (st == NULL) {
        return -1;
    }
    st->exec_calls += 1;

    PyObject *order = PyObject_GetAttrString(module, "ORDER");
    if (order == NULL) {
        return -1;
    }
    PyObject *word = PyUnicode_FromString("second");
    int rc = (word == NULL) ? -1 : PyList_Append(order, word);
    Py_XDECREF(word);
    Py_DECREF(order);
    if (rc < 0) {
        return -1;
    }
    return PyModule_AddIntConstant(module, "STATE_SIZE", (long)sizeof(mp_state_t));
}

static int
mp_traverse(PyObject *module, visitproc visit, void *arg)
{
    mp_state_t *st = (mp_state_t *)PyModule_GetState(module);
    if (st != NULL) {
        Py_VISIT(st->remembered);
    }
    return 0;
}

static int
mp_clear(PyObject *module)
{
    mp_state_t *st = (mp_state_t *)PyModule_GetState(module);
    if (st != NULL) {
        Py_CLEAR(st->remembered);
    }
    return 0;
}

static void
mp_free(void *module)
{
    mp_clear((PyObject *)module);
}

static PyMethodDef mp_methods[] = {
    {"increment", mp_increment, METH_NOARGS, "increment(): counter + 1."},
    {"add", mp_add, METH_O, "add(n): counter + n."},
    {"get", mp_get, METH_NOARGS, "get(): the counter."},
    {"exec_info", mp_exec_info, METH_NOARGS, "exec_info(): (exec calls, state zeroed)."},
    {"def_info", mp_def_info, METH_NOARGS, "def_info(): facts from PyModule_GetDef."},
    {"remember", mp_remember, METH_O, "remember(obj): keep obj in module state."},
    {"recall", mp_recall, METH_NOARGS, "recall(): the kept object or None."},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot mp_slots[] = {
    {Py_mod_exec, (void *)mp_exec_first},
    {Py_mod_exec, (void *)mp_exec_second},
    {0, NULL},
};

static struct PyModuleDef mp_def = {
    PyModuleDef_HEAD_INIT,
    "mp_state",
    "Multi-phase test module with per-module state.",
    (Py_ssize_t)sizeof(mp_state_t),
    mp_methods,
    mp_slots,
    mp_traverse,
    mp_clear,
    mp_free,
};

PyMODINIT_FUNC
PyInit_mp_state(void)
{
    return PyModuleDef_Init(&mp_def);
}
