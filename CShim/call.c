/* The variadic calling helpers of the C-API: PyObject_CallFunction, PyObject_CallMethod,
 * their _SizeT and PyEval_ forms, the *ObjArgs forms, and PyTuple_Pack.
 *
 * Written for Swallow against the public C-API only (Py_VaBuildValue, PyObject_Call,
 * PyObject_GetAttr*). As in CPython 3.11: a NULL callable, object or name is a SystemError
 * ("null argument to internal routine") unless an error is already set; an empty or NULL
 * format calls with no arguments; a format that builds a tuple supplies the argument list
 * (so "(ii)" and "O" given a tuple both spread it), anything else is the single argument. */
/* This file defines both the plain and the _SizeT entry points: keep the headers from
 * redirecting one to the other. */
#undef PY_SSIZE_T_CLEAN
#include "Python.h"

static PyObject *call_null_error(void) {
    if (PyErr_Occurred() == NULL)
        PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
    return NULL;
}

/* Call `callable` with the arguments that `format` builds from `va`. */
static PyObject *call_with_format(PyObject *callable, const char *format, va_list va) {
    if (callable == NULL)
        return call_null_error();
    PyObject *args;
    if (format == NULL || *format == '\0') {
        args = PyTuple_New(0);
    } else {
        PyObject *built = Py_VaBuildValue(format, va);
        if (built == NULL)
            return NULL;
        if (PyTuple_Check(built)) {
            args = built;
        } else {
            args = PyTuple_New(1);
            if (args == NULL) {
                Py_DECREF(built);
                return NULL;
            }
            PyTuple_SET_ITEM(args, 0, built);
        }
    }
    if (args == NULL)
        return NULL;
    PyObject *result = PyObject_Call(callable, args, NULL);
    Py_DECREF(args);
    return result;
}

/* obj.name(*format-built args). */
static PyObject *call_method_with_format(PyObject *obj, const char *name, const char *format, va_list va) {
    if (obj == NULL || name == NULL)
        return call_null_error();
    PyObject *callable = PyObject_GetAttrString(obj, name);
    if (callable == NULL)
        return NULL;
    PyObject *result = call_with_format(callable, format, va);
    Py_DECREF(callable);
    return result;
}

PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_with_format(callable, format, va);
    va_end(va);
    return r;
}

PyObject *_PyObject_CallFunction_SizeT(PyObject *callable, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_with_format(callable, format, va);
    va_end(va);
    return r;
}

PyObject *PyEval_CallFunction(PyObject *callable, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_with_format(callable, format, va);
    va_end(va);
    return r;
}

PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_with_format(obj, name, format, va);
    va_end(va);
    return r;
}

PyObject *_PyObject_CallMethod_SizeT(PyObject *obj, const char *name, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_with_format(obj, name, format, va);
    va_end(va);
    return r;
}

PyObject *PyEval_CallMethod(PyObject *obj, const char *name, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_with_format(obj, name, format, va);
    va_end(va);
    return r;
}

/* A tuple of the NULL-terminated PyObject* arguments in `va` (borrowed, so INCREF'd). */
static PyObject *call_collect(va_list va) {
    va_list count;
    va_copy(count, va);
    Py_ssize_t n = 0;
    while (va_arg(count, PyObject *) != NULL)
        n++;
    va_end(count);
    PyObject *args = PyTuple_New(n);
    if (args == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(args, i, Py_NewRef(va_arg(va, PyObject *)));
    return args;
}

static PyObject *call_objargs(PyObject *callable, va_list va) {
    PyObject *args = call_collect(va);
    if (args == NULL)
        return NULL;
    PyObject *result = PyObject_Call(callable, args, NULL);
    Py_DECREF(args);
    return result;
}

PyObject *PyObject_CallFunctionObjArgs(PyObject *callable, ...) {
    if (callable == NULL)
        return call_null_error();
    va_list va;
    va_start(va, callable);
    PyObject *r = call_objargs(callable, va);
    va_end(va);
    return r;
}

PyObject *PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...) {
    if (obj == NULL || name == NULL)
        return call_null_error();
    PyObject *callable = PyObject_GetAttr(obj, name);
    if (callable == NULL)
        return NULL;
    va_list va;
    va_start(va, name);
    PyObject *r = call_objargs(callable, va);
    va_end(va);
    Py_DECREF(callable);
    return r;
}

PyObject *PyTuple_Pack(Py_ssize_t n, ...) {
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    va_list va;
    va_start(va, n);
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(t, i, Py_NewRef(va_arg(va, PyObject *)));
    va_end(va);
    return t;
}

/* ---- method calls by a name object or a _Py_Identifier ---- */

/* obj.<name object>(*format-built args). */
static PyObject *call_method_obj_with_format(PyObject *obj, PyObject *name, const char *format, va_list va) {
    if (obj == NULL || name == NULL)
        return call_null_error();
    PyObject *callable = PyObject_GetAttr(obj, name);
    if (callable == NULL)
        return NULL;
    PyObject *result = call_with_format(callable, format, va);
    Py_DECREF(callable);
    return result;
}

/* PyObject *_PyObject_CallMethod(PyObject *obj, PyObject *name, const char *format, ...)
 * obj.name(...) with `name` a str (borrowed) and the arguments built by `format` as in
 * PyObject_CallMethod ('#' lengths are Py_ssize_t). New reference, or NULL with an error
 * (SystemError "null argument to internal routine" if obj or name is NULL). */
PyObject *_PyObject_CallMethod(PyObject *obj, PyObject *name, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_obj_with_format(obj, name, format, va);
    va_end(va);
    return r;
}

/* obj.<identifier>(...): the identifier's string names the attribute. */
static PyObject *call_method_id_with_format(PyObject *obj, _Py_Identifier *id, const char *format, va_list va) {
    if (obj == NULL || id == NULL || id->string == NULL)
        return call_null_error();
    PyObject *name = PyUnicode_FromString(id->string);
    if (name == NULL)
        return NULL;
    PyObject *r = call_method_obj_with_format(obj, name, format, va);
    Py_DECREF(name);
    return r;
}

/* PyObject *_PyObject_CallMethodId(PyObject *obj, _Py_Identifier *name, const char *format, ...)
 * As _PyObject_CallMethod with the attribute named by name->string (UTF-8). New reference,
 * or NULL with an error. */
PyObject *_PyObject_CallMethodId(PyObject *obj, _Py_Identifier *name, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_id_with_format(obj, name, format, va);
    va_end(va);
    return r;
}

/* PyObject *_PyObject_CallMethodId_SizeT(PyObject *obj, _Py_Identifier *name, const char *format, ...)
 * The same ('#' lengths are Py_ssize_t in both forms). */
PyObject *_PyObject_CallMethodId_SizeT(PyObject *obj, _Py_Identifier *name, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_id_with_format(obj, name, format, va);
    va_end(va);
    return r;
}

/* ---- vectorcall entry points CPython 3.11 inlines but also exports (PyO3 calls them) ---- */

PyObject *PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames);

/* vectorcallfunc PyVectorcall_Function(PyObject *callable): the function stored at the type's
 * tp_vectorcall_offset, or NULL when the type does not support vectorcall (callers then use
 * tp_call). */
vectorcallfunc PyVectorcall_Function(PyObject *callable) {
    PyTypeObject *tp = Py_TYPE(callable);
    if (!(tp->tp_flags & Py_TPFLAGS_HAVE_VECTORCALL) || tp->tp_vectorcall_offset <= 0) return NULL;
    vectorcallfunc f;
    memcpy(&f, (char *)callable + tp->tp_vectorcall_offset, sizeof(f));
    return f;
}

PyObject *_PyObject_Call(PyThreadState *ts, PyObject *callable, PyObject *args, PyObject *kwargs) {
    (void)ts;
    return PyObject_Call(callable, args, kwargs);
}

PyObject *_PyObject_FastCall(PyObject *callable, PyObject *const *args, Py_ssize_t nargs) {
    return PyObject_Vectorcall(callable, args, (size_t)nargs, NULL);
}

PyObject *_PyFunction_Vectorcall(PyObject *func, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    return PyObject_Vectorcall(func, args, nargsf, kwnames);
}

/* PyObject *PyVectorcall_Call(PyObject *callable, PyObject *tuple, PyObject *dict): calls the
 * function at tp_vectorcall_offset with the tuple's items and the dict's values after them.
 * Types put it in tp_call (NumPy's array-function dispatcher), so it must not go back through
 * PyObject_Call, which would find tp_call again. */
PyObject *PyVectorcall_Call(PyObject *callable, PyObject *tuple, PyObject *kwargs) {
    Py_ssize_t offset = Py_TYPE(callable)->tp_vectorcall_offset;
    vectorcallfunc func = NULL;
    if (offset > 0) memcpy(&func, (char *)callable + offset, sizeof(func));
    if (func == NULL) {
        /* The runtime's own callables (functions, bound methods) have no vectorcall slot in
         * their mirrors; they are called as CPython would call them through the slot. */
        if (Py_TYPE(callable)->tp_call != PyVectorcall_Call) return PyObject_Call(callable, tuple, kwargs);
        PyErr_Format(PyExc_TypeError, "'%.200s' object does not support vectorcall", Py_TYPE(callable)->tp_name);
        return NULL;
    }
    Py_ssize_t nargs = PyTuple_GET_SIZE(tuple);
    Py_ssize_t nkw = kwargs == NULL ? 0 : PyDict_GET_SIZE(kwargs);
    if (nkw == 0) return func(callable, &PyTuple_GET_ITEM(tuple, 0), (size_t)nargs, NULL);
    PyObject **stack = PyMem_Malloc((size_t)(nargs + nkw) * sizeof(PyObject *));
    PyObject *kwnames = PyTuple_New(nkw);
    if (stack == NULL || kwnames == NULL) {
        PyMem_Free(stack);
        Py_XDECREF(kwnames);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t i = 0; i < nargs; i++) stack[i] = PyTuple_GET_ITEM(tuple, i);
    Py_ssize_t pos = 0, i = 0;
    PyObject *key, *value;
    while (PyDict_Next(kwargs, &pos, &key, &value)) {
        Py_INCREF(key);
        PyTuple_SET_ITEM(kwnames, i, key);
        stack[nargs + i] = value;
        i++;
    }
    PyObject *result = func(callable, stack, (size_t)nargs, kwnames);
    Py_DECREF(kwnames);
    PyMem_Free(stack);
    return result;
}
