/* Capsules: opaque C pointers carried through Python (the datetime C-API, NumPy's API table,
 * Cython's cross-module sharing). A capsule is a plain C object of type PyCapsule_Type. */
#include "Python.h"
#include "swallow/bridge.h"



typedef struct {
    PyObject_HEAD
    void *pointer;
    const char *name;
    void *context;
    PyCapsule_Destructor destructor;
} swpy_capsule;

static void capsule_dealloc(PyObject *op) {
    swpy_capsule *c = (swpy_capsule *)op;
    if (c->destructor) c->destructor(op);
    PyObject_Free(op);
}

static PyObject *capsule_repr(PyObject *op) {
    swpy_capsule *c = (swpy_capsule *)op;
    if (c->name) return PyUnicode_FromFormat("<capsule object \"%s\" at %p>", c->name, op);
    return PyUnicode_FromFormat("<capsule object NULL at %p>", op);
}

PyTypeObject PyCapsule_Type = {
    .ob_base = { { 1, &PyType_Type }, 0 },
    .tp_name = "PyCapsule",
    .tp_basicsize = sizeof(swpy_capsule),
    .tp_dealloc = capsule_dealloc,
    .tp_repr = capsule_repr,
    .tp_flags = Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Capsule objects let you wrap a C \"void *\" pointer in a Python object.",
};

static int names_match(const char *a, const char *b) {
    if (a == NULL || b == NULL) return a == b;
    return strcmp(a, b) == 0;
}

static swpy_capsule *checked(PyObject *op, const char *what) {
    if (op == NULL || Py_TYPE(op) != &PyCapsule_Type || ((swpy_capsule *)op)->pointer == NULL) {
        PyErr_Format(PyExc_ValueError, "%s called with invalid PyCapsule object", what);
        return NULL;
    }
    return (swpy_capsule *)op;
}

/* PyObject *PyCapsule_New(void *pointer, const char *name, PyCapsule_Destructor destructor):
 * new reference; pointer must not be NULL. */
PyObject *PyCapsule_New(void *pointer, const char *name, PyCapsule_Destructor destructor) {
    if (pointer == NULL) {
        PyErr_SetString(PyExc_ValueError, "PyCapsule_New called with null pointer");
        return NULL;
    }
    swpy_capsule *c = swpy_alloc_object(sizeof(swpy_capsule));
    if (c == NULL) return PyErr_NoMemory();
    c->ob_base.ob_refcnt = 1;
    c->ob_base.ob_type = &PyCapsule_Type;
    c->pointer = pointer;
    c->name = name;
    c->destructor = destructor;
    return (PyObject *)c;
}

int PyCapsule_IsValid(PyObject *op, const char *name) {
    return op != NULL && Py_TYPE(op) == &PyCapsule_Type && ((swpy_capsule *)op)->pointer != NULL &&
           names_match(((swpy_capsule *)op)->name, name);
}

void *PyCapsule_GetPointer(PyObject *op, const char *name) {
    swpy_capsule *c = checked(op, "PyCapsule_GetPointer");
    if (c == NULL) return NULL;
    if (!names_match(c->name, name)) {
        PyErr_SetString(PyExc_ValueError, "PyCapsule_GetPointer called with incorrect name");
        return NULL;
    }
    return c->pointer;
}

const char *PyCapsule_GetName(PyObject *op) {
    swpy_capsule *c = checked(op, "PyCapsule_GetName");
    return c ? c->name : NULL;
}

void *PyCapsule_GetContext(PyObject *op) {
    swpy_capsule *c = checked(op, "PyCapsule_GetContext");
    return c ? c->context : NULL;
}

PyCapsule_Destructor PyCapsule_GetDestructor(PyObject *op) {
    swpy_capsule *c = checked(op, "PyCapsule_GetDestructor");
    return c ? c->destructor : NULL;
}

int PyCapsule_SetPointer(PyObject *op, void *pointer) {
    if (pointer == NULL) {
        PyErr_SetString(PyExc_ValueError, "PyCapsule_SetPointer called with null pointer");
        return -1;
    }
    swpy_capsule *c = checked(op, "PyCapsule_SetPointer");
    if (c == NULL) return -1;
    c->pointer = pointer;
    return 0;
}

int PyCapsule_SetName(PyObject *op, const char *name) {
    swpy_capsule *c = checked(op, "PyCapsule_SetName");
    if (c == NULL) return -1;
    c->name = name;
    return 0;
}

int PyCapsule_SetContext(PyObject *op, void *context) {
    swpy_capsule *c = checked(op, "PyCapsule_SetContext");
    if (c == NULL) return -1;
    c->context = context;
    return 0;
}

int PyCapsule_SetDestructor(PyObject *op, PyCapsule_Destructor destructor) {
    swpy_capsule *c = checked(op, "PyCapsule_SetDestructor");
    if (c == NULL) return -1;
    c->destructor = destructor;
    return 0;
}

/* void *PyCapsule_Import(const char *name, int no_block): imports "package.module.attr...",
 * follows the attributes and returns the capsule's pointer if its name is exactly `name`. */
void *PyCapsule_Import(const char *name, int no_block) {
    (void)no_block;
    size_t n = strlen(name);
    char *path = malloc(n + 1);
    if (path == NULL) return PyErr_NoMemory();
    memcpy(path, name, n + 1);
    PyObject *object = NULL;
    char *trace = path;
    while (trace) {
        char *dot = strchr(trace, '.');
        if (dot) *dot++ = '\0';
        if (object == NULL) {
            object = PyImport_ImportModule(trace);
        } else {
            PyObject *next = PyObject_GetAttrString(object, trace);
            Py_DECREF(object);
            object = next;
        }
        if (object == NULL) {
            free(path);
            return NULL;
        }
        trace = dot;
    }
    free(path);
    void *result = NULL;
    if (PyCapsule_IsValid(object, name)) {
        result = ((swpy_capsule *)object)->pointer;
    } else {
        PyErr_Format(PyExc_AttributeError, "PyCapsule_Import \"%s\" is not valid", name);
    }
    Py_DECREF(object);
    return result;
}
