/* Code and frame objects made by C, as Cython makes them to add its functions to a traceback
 * (PyCode_NewEmpty, PyFrame_New, then a direct store to the frame's f_lineno) and to give its
 * functions a __code__ (PyCode_NewWithPosOnlyArgs). They are blocks of CPython 3.11's sizes,
 * holding only what C writes into them; the runtime keeps its own tracebacks, so
 * PyTraceBack_Here records nothing. What matters is that none of these fails: a failure would
 * replace the exception being reported. */
#include "Python.h"
#include "swallow/bridge.h"

/* CPython 3.11's sizeof(PyCodeObject) without its bytecode, and of PyFrameObject. */
#define SWPY_CODE_SIZE 208
#define SWPY_FRAME_SIZE 80

static PyObject *new_code(void) {
    PyObject *op = swpy_alloc_object(SWPY_CODE_SIZE);
    if (op == NULL) return PyErr_NoMemory();
    op->ob_refcnt = 1;
    op->ob_type = &PyCode_Type;
    return op;
}

PyCodeObject *PyCode_NewEmpty(const char *filename, const char *funcname, int firstlineno) {
    (void)filename;
    (void)funcname;
    (void)firstlineno;
    return (PyCodeObject *)new_code();
}

PyCodeObject *PyCode_NewWithPosOnlyArgs(int argcount, int posonlyargcount, int kwonlyargcount, int nlocals,
                                    int stacksize, int flags, PyObject *code, PyObject *consts, PyObject *names,
                                    PyObject *varnames, PyObject *freevars, PyObject *cellvars,
                                    PyObject *filename, PyObject *name, PyObject *qualname, int firstlineno,
                                    PyObject *linetable, PyObject *exceptiontable) {
    (void)argcount; (void)posonlyargcount; (void)kwonlyargcount; (void)nlocals; (void)stacksize;
    (void)flags; (void)code; (void)consts; (void)names; (void)varnames; (void)freevars; (void)cellvars;
    (void)filename; (void)name; (void)qualname; (void)firstlineno; (void)linetable; (void)exceptiontable;
    return (PyCodeObject *)new_code();
}

PyCodeObject *PyCode_New(int argcount, int kwonlyargcount, int nlocals, int stacksize, int flags, PyObject *code,
                     PyObject *consts, PyObject *names, PyObject *varnames, PyObject *freevars,
                     PyObject *cellvars, PyObject *filename, PyObject *name, PyObject *qualname,
                     int firstlineno, PyObject *linetable, PyObject *exceptiontable) {
    return PyCode_NewWithPosOnlyArgs(argcount, 0, kwonlyargcount, nlocals, stacksize, flags, code, consts,
                                     names, varnames, freevars, cellvars, filename, name, qualname,
                                     firstlineno, linetable, exceptiontable);
}

/* PyFrameObject *PyFrame_New(tstate, code, globals, locals): a frame C may set f_lineno of. */
PyFrameObject *PyFrame_New(PyThreadState *tstate, PyCodeObject *code, PyObject *globals, PyObject *locals) {
    (void)tstate;
    (void)locals;
    if (code == NULL || globals == NULL) {
        PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
        return NULL;
    }
    PyObject *op = swpy_alloc_object(SWPY_FRAME_SIZE);
    if (op == NULL) return PyErr_NoMemory();
    op->ob_refcnt = 1;
    op->ob_type = &PyFrame_Type;
    return (PyFrameObject *)op;
}

/* int PyTraceBack_Here(PyFrameObject *frame): the runtime's traceback already shows the Python
 * frames; C frames are not added. */
int PyTraceBack_Here(PyFrameObject *frame) {
    (void)frame;
    return 0;
}
