/* API functions compiled extensions (Cython, mypyc) call all the time: exceptions' cause,
 * context and traceback; sets; tuple slices, slices, sequence helpers; dict copy/merge;
 * formatting, dir, ascii, bytes; type lookup; module creation by name; recursion guards;
 * warnings; unraisable errors; PyThread locks. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <frameobject.h>

static PyObject *exc_parts(PyObject *self, PyObject *args) {
    PyObject *exc, *cause, *context;
    if (!PyArg_ParseTuple(args, "OOO", &exc, &cause, &context)) return NULL;
    PyObject *before = PyException_GetCause(exc);
    PyException_SetCause(exc, cause == Py_None ? NULL : Py_NewRef(cause));
    PyException_SetContext(exc, context == Py_None ? NULL : Py_NewRef(context));
    PyObject *c = PyException_GetCause(exc), *x = PyException_GetContext(exc), *tb = PyException_GetTraceback(exc);
    PyObject *r = Py_BuildValue("(OOOO)", before ? before : Py_None, c ? c : Py_None, x ? x : Py_None,
                                tb ? Py_True : Py_False);
    Py_XDECREF(before);
    Py_XDECREF(c);
    Py_XDECREF(x);
    Py_XDECREF(tb);
    return r;
}

static PyObject *set_tb(PyObject *self, PyObject *args) {
    PyObject *exc, *tb;
    if (!PyArg_ParseTuple(args, "OO", &exc, &tb)) return NULL;
    if (PyException_SetTraceback(exc, tb) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *sets(PyObject *self, PyObject *it) {
    PyObject *s = PySet_New(it == Py_None ? NULL : it);
    if (s == NULL) return NULL;
    PyObject *k = PyLong_FromLong(42);
    int added = PySet_Add(s, k);
    int has = PySet_Contains(s, k);
    Py_ssize_t n = PySet_Size(s);
    int discarded = PySet_Discard(s, k), again = PySet_Discard(s, k);
    Py_DECREF(k);
    PyObject *fs = PyFrozenSet_New(s);
    PyObject *popped = PySet_Size(s) > 0 ? PySet_Pop(s) : Py_NewRef(Py_None);
    int cleared = PySet_Clear(s);
    PyObject *r = Py_BuildValue("(iiniiNNin)", added, has, n, discarded, again, fs, popped, cleared, PySet_Size(s));
    Py_DECREF(s);
    return r;
}

static PyObject *set_errors(PyObject *self, PyObject *unused) {
    PyObject *s = PySet_New(NULL);
    PyObject *key = PyList_New(0);
    int r = PySet_Add(s, key);
    PyObject *err = PyErr_Occurred() ? PyObject_Str(PyErr_Occurred()) : NULL;
    PyErr_Clear();
    PyObject *popped = PySet_Pop(s);
    PyObject *err2 = PyErr_Occurred() ? PyObject_Str(PyErr_Occurred()) : NULL;
    PyErr_Clear();
    Py_DECREF(s);
    Py_DECREF(key);
    Py_XDECREF(popped);
    return Py_BuildValue("(iNN)", r, err ? err : Py_NewRef(Py_None), err2 ? err2 : Py_NewRef(Py_None));
}

static PyObject *seq(PyObject *self, PyObject *args) {
    PyObject *t, *x;
    if (!PyArg_ParseTuple(args, "O!O", &PyTuple_Type, &t, &x)) return NULL;
    PyObject *sl = PyTuple_GetSlice(t, 1, 100);
    PyObject *cat = PySequence_Concat(t, t);
    Py_ssize_t count = PySequence_Count(t, x);
    Py_ssize_t index = PySequence_Index(t, x);
    if (index < 0) PyErr_Clear();
    PyObject *slice = PySlice_New(NULL, PyLong_FromLong(3), NULL);
    PyObject *it = PyObject_GetIter(t);
    PyObject *r = Py_BuildValue("(NNnnNii)", sl, cat, count, index, slice, PyIter_Check(it), PyIter_Check(t));
    Py_XDECREF(it);
    return r;
}

static PyObject *concat_bad(PyObject *self, PyObject *unused) {
    PyObject *one = PyLong_FromLong(1);
    PyObject *r = PySequence_Concat(one, one);
    Py_DECREF(one);
    return r;
}

static PyObject *dicts(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "O!O", &PyDict_Type, &a, &b)) return NULL;
    PyObject *copy = PyDict_Copy(a);
    if (copy == NULL) return NULL;
    PyObject *keep = PyDict_Copy(a);
    if (PyDict_Merge(keep, b, 0) < 0 || PyDict_Update(copy, b) < 0) return NULL;
    int valid = PyArg_ValidateKeywordArguments(copy);
    if (!valid) PyErr_Clear();
    return Py_BuildValue("(NNi)", copy, keep, valid);
}

static PyObject *formatting(PyObject *self, PyObject *args) {
    PyObject *o, *spec;
    if (!PyArg_ParseTuple(args, "OO", &o, &spec)) return NULL;
    return Py_BuildValue("(NNN)", PyObject_Format(o, spec), PyObject_ASCII(o), PyObject_Bytes(PyBytes_FromString("b")));
}

static PyObject *dir_has(PyObject *self, PyObject *args) {
    PyObject *o;
    const char *name;
    if (!PyArg_ParseTuple(args, "Os", &o, &name)) return NULL;
    PyObject *d = PyObject_Dir(o);
    if (d == NULL) return NULL;
    PyObject *n = PyUnicode_FromString(name);
    int has = PySequence_Contains(d, n);
    Py_DECREF(n);
    Py_DECREF(d);
    return PyBool_FromLong(has);
}

static PyObject *lookup(PyObject *self, PyObject *args) {
    PyObject *type, *name;
    if (!PyArg_ParseTuple(args, "O!U", &PyType_Type, &type, &name)) return NULL;
    PyObject *found = _PyType_Lookup((PyTypeObject *)type, name);
    if (PyErr_Occurred()) return NULL;
    PyObject *tname = PyType_GetName((PyTypeObject *)type);
    return Py_BuildValue("(NO)", tname, found ? found : Py_None);
}

static PyObject *subclass(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b)) return NULL;
    int r = PyObject_IsSubclass(a, b);
    if (r < 0) return NULL;
    return PyBool_FromLong(r);
}

static PyObject *add_module(PyObject *self, PyObject *arg) {
    const char *name = PyUnicode_AsUTF8(arg);
    if (name == NULL) return NULL;
    PyObject *m = PyImport_AddModule(name);
    if (m == NULL) return NULL;
    PyObject *again = PyImport_AddModule(name);
    if (PyModule_AddIntConstant(m, "answer", 42) < 0) return NULL;
    return Py_BuildValue("(Oi)", m, (int)(m == again));
}

static PyObject *import_level(PyObject *self, PyObject *args) {
    const char *name;
    PyObject *fromlist;
    if (!PyArg_ParseTuple(args, "sO", &name, &fromlist)) return NULL;
    return PyImport_ImportModuleLevel(name, NULL, NULL, fromlist, 0);
}

static PyObject *recurse(PyObject *self, PyObject *arg) {
    long depth = PyLong_AsLong(arg), reached = 0;
    for (; reached < depth; reached++) {
        if (Py_EnterRecursiveCall(" in objmisc.recurse")) break;
    }
    for (long i = 0; i < reached; i++) Py_LeaveRecursiveCall();
    if (reached < depth) return NULL;
    return PyLong_FromLong(reached);
}

static PyObject *warn(PyObject *self, PyObject *arg) {
    if (PyErr_WarnFormat(PyExc_UserWarning, 1, "value %R is odd", arg) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *unraisable(PyObject *self, PyObject *arg) {
    PyErr_SetString(PyExc_ValueError, "lost in a destructor");
    PyErr_WriteUnraisable(arg);
    return PyBool_FromLong(PyErr_Occurred() == NULL);
}

static PyObject *locks(PyObject *self, PyObject *unused) {
    PyThread_type_lock l = PyThread_allocate_lock();
    int a = PyThread_acquire_lock(l, WAIT_LOCK);
    int b = PyThread_acquire_lock(l, NOWAIT_LOCK);
    PyThread_release_lock(l);
    int c = PyThread_acquire_lock(l, NOWAIT_LOCK);
    PyThread_release_lock(l);
    PyThread_free_lock(l);
    return Py_BuildValue("(iiii)", a, b, c, PyThread_get_thread_ident() != 0);
}

static PyObject *gc_switch(PyObject *self, PyObject *unused) {
    int was = PyGC_Disable();
    int now = PyGC_IsEnabled();
    int back = PyGC_Enable();
    return Py_BuildValue("(iiii)", was, now, back, PyGC_IsEnabled());
}

static PyObject *method_new(PyObject *self, PyObject *args) {
    PyObject *f, *obj;
    if (!PyArg_ParseTuple(args, "OO", &f, &obj)) return NULL;
    PyObject *m = PyMethod_New(f, obj);
    if (m == NULL) return NULL;
    PyObject *r = PyObject_CallNoArgs(m);
    Py_DECREF(m);
    return r;
}

static PyObject *vcall_dict(PyObject *self, PyObject *args) {
    PyObject *f, *kw;
    if (!PyArg_ParseTuple(args, "OO", &f, &kw)) return NULL;
    PyObject *stack[2] = { PyLong_FromLong(1), PyLong_FromLong(2) };
    PyObject *r = PyObject_VectorcallDict(f, stack, 2, kw == Py_None ? NULL : kw);
    Py_DECREF(stack[0]);
    Py_DECREF(stack[1]);
    return r;
}

/* add_traceback(message): raises ValueError(message) and adds a C frame to its traceback the
 * way Cython does; the exception must come through unchanged. */
static PyObject *add_traceback(PyObject *self, PyObject *message) {
    PyErr_SetObject(PyExc_ValueError, message);
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyObject *code = (PyObject *)PyCode_NewEmpty("objmisc.c", "add_traceback", 42);
    PyErr_Restore(type, value, tb);
    if (code == NULL) return NULL;
    PyObject *globals = PyModule_GetDict(self);
    PyObject *frame = (PyObject *)PyFrame_New(PyThreadState_Get(), (PyCodeObject *)code, globals, NULL);
    if (frame != NULL) PyTraceBack_Here((PyFrameObject *)frame);
    Py_XDECREF(frame);
    Py_DECREF(code);
    return NULL;
}

/* print_error(message): raises ValueError(message) and prints it as CPython prints an uncaught
 * exception (to stderr), leaving sys.last_type / last_value set. */
static PyObject *print_error(PyObject *self, PyObject *message) {
    PyErr_SetObject(PyExc_ValueError, message);
    PyErr_Print();
    return PyBool_FromLong(PyErr_Occurred() == NULL);
}

static PyMethodDef methods[] = {
    {"print_error", print_error, METH_O, NULL},
    {"add_traceback", add_traceback, METH_O, NULL},
    {"exc_parts", exc_parts, METH_VARARGS, NULL},
    {"set_tb", set_tb, METH_VARARGS, NULL},
    {"sets", sets, METH_O, NULL},
    {"set_errors", set_errors, METH_NOARGS, NULL},
    {"seq", seq, METH_VARARGS, NULL},
    {"concat_bad", concat_bad, METH_NOARGS, NULL},
    {"dicts", dicts, METH_VARARGS, NULL},
    {"formatting", formatting, METH_VARARGS, NULL},
    {"dir_has", dir_has, METH_VARARGS, NULL},
    {"lookup", lookup, METH_VARARGS, NULL},
    {"subclass", subclass, METH_VARARGS, NULL},
    {"add_module", add_module, METH_O, NULL},
    {"import_level", import_level, METH_VARARGS, NULL},
    {"recurse", recurse, METH_O, NULL},
    {"warn", warn, METH_O, NULL},
    {"unraisable", unraisable, METH_O, NULL},
    {"locks", locks, METH_NOARGS, NULL},
    {"gc_switch", gc_switch, METH_NOARGS, NULL},
    {"method_new", method_new, METH_VARARGS, NULL},
    {"vcall_dict", vcall_dict, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "objmisc", NULL, -1, methods};

PyMODINIT_FUNC PyInit_objmisc(void) { return PyModule_Create(&module); }
