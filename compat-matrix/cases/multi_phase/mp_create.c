/* Compatibility-matrix case: multi_phase, module mp_create.
 *
 * Multi-phase init with a Py_mod_create slot: the create function receives the
 * ModuleSpec, builds the module object itself with PyModule_NewObject, and
 * marks it; then the runtime attaches the methods and docstring, allocates the
 * m_size state and runs the Py_mod_exec slot.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    long hits;
    long created_flag; /* copied from a static by exec, proves ordering */
} mc_state_t;

static long mc_create_calls = 0;

static PyObject *
mc_create(PyObject *spec, PyModuleDef *def)
{
    mc_create_calls += 1;
    PyObject *name = PyObject_GetAttrString(spec, "name");
    if (name == NULL) {
        return NULL;
    }
    if (!PyUnicode_Check(name)) {
        Py_DECREF(name);
        PyErr_SetString(PyExc_TypeError, "mp_create: spec.name is not a str");
        return NULL;
    }
    PyObject *module = PyModule_NewObject(name);
    Py_DECREF(name);
    if (module == NULL) {
        return NULL;
    }
    if (PyModule_AddStringConstant(module, "CREATED_BY", "Py_mod_create") < 0) {
        Py_DECREF(module);
        return NULL;
    }
    if (PyModule_AddStringConstant(module, "DEF_NAME_AT_CREATE", def->m_name) < 0) {
        Py_DECREF(module);
        return NULL;
    }
    return module;
}

static int
mc_exec(PyObject *module)
{
    mc_state_t *st = (mc_state_t *)PyModule_GetState(module);
    if (st == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_SystemError, "mp_create: no state in exec");
        }
        return -1;
    }
    st->created_flag = mc_create_calls;
    /* Functions from m_methods are already attached when exec runs. */
    PyObject *hit = PyObject_GetAttrString(module, "hit");
    int has_hit = (hit != NULL);
    Py_XDECREF(hit);
    if (!has_hit) {
        PyErr_Clear();
    }
    PyObject *flag = PyBool_FromLong(has_hit);
    if (PyModule_AddObject(module, "METHODS_BEFORE_EXEC", flag) < 0) {
        Py_DECREF(flag);
        return -1;
    }
    return 0;
}

/* hit() -> hits after adding one. */
static PyObject *
mc_hit(PyObject *self, PyObject *unused)
{
    mc_state_t *st = (mc_state_t *)PyModule_GetState(self);
    if (st == NULL) {
        return NULL;
    }
    st->hits += 1;
    return PyLong_FromLong(st->hits);
}

/* info() -> (hits, create calls seen by exec, def name, m_size) */
static PyObject *
mc_info(PyObject *self, PyObject *unused)
{
    mc_state_t *st = (mc_state_t *)PyModule_GetState(self);
    if (st == NULL) {
        return NULL;
    }
    PyModuleDef *def = PyModule_GetDef(self);
    if (def == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_SystemError, "mp_create: no def");
        }
        return NULL;
    }
    return Py_BuildValue("(llsn)", st->hits, st->created_flag, def->m_name, def->m_size);
}

static PyMethodDef mc_methods[] = {
    {"hit", mc_hit, METH_NOARGS, "hit(): count a hit in module state."},
    {"info", mc_info, METH_NOARGS, "info(): (hits, create calls, def name, m_size)."},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot mc_slots[] = {
    {Py_mod_create, (void *)mc_create},
    {Py_mod_exec, (void *)mc_exec},
    {0, NULL},
};

static struct PyModuleDef mc_def = {
    PyModuleDef_HEAD_INIT,
    "mp_create",
    "Multi-phase test module with a Py_mod_create slot.",
    (Py_ssize_t)sizeof(mc_state_t),
    mc_methods,
    mc_slots,
    NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_mp_create(void)
{
    return PyModuleDef_Init(&mc_def);
}
