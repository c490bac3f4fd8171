/* The PySys_* functions on top of sys's attributes (PySys_GetObject / SetObject are in Swift):
 * writing to sys.stdout / sys.stderr with a C format or a PyUnicode_FromFormat format, the
 * warning and -X option lists, argv and path. Written for Swallow after CPython 3.11's
 * documented behaviour. */
#include "Python.h"
#include "swallow/bridge.h"

#include <stdlib.h>
#include <wchar.h>

PyObject *PyUnicode_FromWideChar(const wchar_t *w, Py_ssize_t size) {
    if (w == NULL && size != 0) {
        PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
        return NULL;
    }
    if (size == -1) size = (Py_ssize_t)wcslen(w);
    /* wchar_t is UTF-32 on the platforms Swallow runs on. */
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, w, size);
}

/* file.write(text); 0, or -1 with the exception cleared (the caller falls back to C stdio). */
static int sys_file_write(PyObject *text, PyObject *file) {
    if (file == NULL || file == Py_None) return -1;
    PyObject *r = PyObject_CallMethod(file, "write", "O", text);
    if (r == NULL) {
        PyErr_Clear();
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

/* Writes text to sys.<name>, or to `fallback` if that fails; the error indicator is kept. */
static void sys_write_text(const char *name, FILE *fallback, PyObject *text, const char *utf8) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    if (text == NULL || sys_file_write(text, PySys_GetObject(name)) < 0) {
        if (utf8 != NULL) fputs(utf8, fallback);
    }
    PyErr_Restore(type, value, tb);
}

/* At most 1000 bytes of the formatted text, then "... truncated" when it was longer. */
static void sys_write_format(const char *name, FILE *fallback, const char *format, va_list va) {
    char buffer[1001];
    int written = vsnprintf(buffer, sizeof buffer, format, va);
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyObject *text = PyUnicode_DecodeUTF8(buffer, (Py_ssize_t)strlen(buffer), "backslashreplace");
    if (text == NULL) PyErr_Clear();
    sys_write_text(name, fallback, text, buffer);
    Py_XDECREF(text);
    if (written < 0 || (size_t)written >= sizeof buffer) {
        PyObject *t = PyUnicode_FromString("... truncated");
        sys_write_text(name, fallback, t, "... truncated");
        Py_XDECREF(t);
    }
    PyErr_Restore(type, value, tb);
}

void PySys_WriteStdout(const char *format, ...) {
    va_list va;
    va_start(va, format);
    sys_write_format("stdout", stdout, format, va);
    va_end(va);
}

void PySys_WriteStderr(const char *format, ...) {
    va_list va;
    va_start(va, format);
    sys_write_format("stderr", stderr, format, va);
    va_end(va);
}

static void sys_format(const char *name, FILE *fallback, const char *format, va_list va) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyObject *message = PyUnicode_FromFormatV(format, va);
    if (message != NULL) {
        sys_write_text(name, fallback, message, PyUnicode_AsUTF8(message));
        Py_DECREF(message);
    }
    PyErr_Restore(type, value, tb);
}

void PySys_FormatStdout(const char *format, ...) {
    va_list va;
    va_start(va, format);
    sys_format("stdout", stdout, format, va);
    va_end(va);
}

void PySys_FormatStderr(const char *format, ...) {
    va_list va;
    va_start(va, format);
    sys_format("stderr", stderr, format, va);
    va_end(va);
}

/* sys.<name>, made as an empty list or dict when missing (borrowed). */
static PyObject *sys_container(const char *name, int dict) {
    PyObject *o = PySys_GetObject(name);
    if (o != NULL && (dict ? PyDict_Check(o) : PyList_Check(o))) return o;
    PyObject *fresh = dict ? PyDict_New() : PyList_New(0);
    if (fresh == NULL) return NULL;
    int r = PySys_SetObject(name, fresh);
    Py_DECREF(fresh);
    return r < 0 ? NULL : PySys_GetObject(name);
}

PyObject *PySys_GetXOptions(void) { return sys_container("_xoptions", 1); }

void PySys_AddXOption(const wchar_t *option) {
    PyObject *opts = PySys_GetXOptions();
    if (opts == NULL) {
        PyErr_Clear();
        return;
    }
    const wchar_t *eq = wcschr(option, L'=');
    PyObject *key = PyUnicode_FromWideChar(option, eq ? (Py_ssize_t)(eq - option) : -1);
    PyObject *value = eq ? PyUnicode_FromWideChar(eq + 1, -1) : Py_NewRef(Py_True);
    if (key == NULL || value == NULL || PyDict_SetItem(opts, key, value) < 0) PyErr_Clear();
    Py_XDECREF(key);
    Py_XDECREF(value);
}

void PySys_AddWarnOptionUnicode(PyObject *option) {
    PyObject *list = sys_container("warnoptions", 0);
    if (list == NULL || option == NULL || PyList_Append(list, option) < 0) PyErr_Clear();
}

void PySys_AddWarnOption(const wchar_t *s) {
    PyObject *option = PyUnicode_FromWideChar(s, -1);
    if (option == NULL) {
        PyErr_Clear();
        return;
    }
    PySys_AddWarnOptionUnicode(option);
    Py_DECREF(option);
}

int PySys_HasWarnOptions(void) {
    PyObject *list = PySys_GetObject("warnoptions");
    return list != NULL && PyList_Check(list) && PyList_GET_SIZE(list) > 0;
}

void PySys_ResetWarnOptions(void) {
    PyObject *list = PySys_GetObject("warnoptions");
    if (list != NULL && PyList_Check(list)) PyList_SetSlice(list, 0, PyList_GET_SIZE(list), NULL);
}

/* A list of str from wide strings (new reference). */
static PyObject *wide_list(int n, wchar_t **items) {
    PyObject *list = PyList_New(0);
    for (int i = 0; list != NULL && i < n; i++) {
        PyObject *s = PyUnicode_FromWideChar(items[i], -1);
        if (s == NULL || PyList_Append(list, s) < 0) Py_CLEAR(list);
        Py_XDECREF(s);
    }
    return list;
}

void PySys_SetArgvEx(int argc, wchar_t **argv, int updatepath) {
    (void)updatepath; /* the script directory is already on sys.path when Python code runs */
    wchar_t *empty[] = { L"" };
    PyObject *list = argc > 0 ? wide_list(argc, argv) : wide_list(1, empty);
    if (list == NULL || PySys_SetObject("argv", list) < 0) {
        fprintf(stderr, "Fatal Python error: PySys_SetArgv: can't assign sys.argv\n");
        abort();
    }
    Py_DECREF(list);
}

void PySys_SetArgv(int argc, wchar_t **argv) { PySys_SetArgvEx(argc, argv, 0); }

void PySys_SetPath(const wchar_t *path) {
    PyObject *list = PyList_New(0);
    const wchar_t *start = path;
    for (;;) {
        const wchar_t *end = wcschr(start, L':');
        Py_ssize_t n = end ? (Py_ssize_t)(end - start) : (Py_ssize_t)wcslen(start);
        PyObject *s = list ? PyUnicode_FromWideChar(start, n) : NULL;
        if (s == NULL || PyList_Append(list, s) < 0) Py_CLEAR(list);
        Py_XDECREF(s);
        if (list == NULL || end == NULL) break;
        start = end + 1;
    }
    if (list == NULL || PySys_SetObject("path", list) < 0) {
        fprintf(stderr, "Fatal Python error: PySys_SetPath: can't assign sys.path\n");
        abort();
    }
    Py_DECREF(list);
}

/* Audit hooks (PEP 578). sys.audit runs the hooks added from C first, then those added with
 * sys.addaudithook; PySys_Audit goes through sys.audit. With no hook installed it does
 * nothing and returns 0, so extensions that audit every call (array.__new__) pay only for a
 * check. */
typedef int (*swpy_audit_hook_fn)(const char *, PyObject *, void *);
typedef struct { swpy_audit_hook_fn fn; void *data; } swpy_audit_hook;
static swpy_audit_hook *audit_hooks;
static size_t audit_hook_count;

extern long swpy_audit_python_hook_count(void);
extern void swpy_audit_c_hooks_added(void);

int PySys_AddAuditHook(swpy_audit_hook_fn hook, void *userData) {
    swpy_audit_hook *grown = realloc(audit_hooks, (audit_hook_count + 1) * sizeof *grown);
    if (grown == NULL) return -1;
    audit_hooks = grown;
    audit_hooks[audit_hook_count++] = (swpy_audit_hook){ hook, userData };
    if (audit_hook_count == 1) swpy_audit_c_hooks_added();
    return 0;
}

/* Called by sys.audit: the C hooks, in the order they were added; -1 when one fails. */
int swpy_run_c_audit_hooks(const char *event, PyObject *args) {
    for (size_t i = 0; i < audit_hook_count; i++) {
        if (audit_hooks[i].fn(event, args, audit_hooks[i].data) < 0) return -1;
    }
    return 0;
}

int PySys_Audit(const char *event, const char *argFormat, ...) {
    if (audit_hook_count == 0 && swpy_audit_python_hook_count() == 0) return 0;
    PyObject *args;
    if (argFormat != NULL && *argFormat) {
        va_list va;
        va_start(va, argFormat);
        args = _Py_VaBuildValue_SizeT(argFormat, va);  /* 3.11 audits with Py_ssize_t lengths */
        va_end(va);
        if (args != NULL && !PyTuple_Check(args)) {
            PyObject *one = PyTuple_Pack(1, args);
            Py_DECREF(args);
            args = one;
        }
    } else {
        args = PyTuple_New(0);
    }
    if (args == NULL) return -1;
    PyObject *audit = PySys_GetObject("audit");
    PyObject *name = PyUnicode_FromString(event);
    PyObject *callArgs = name ? PyTuple_New(PyTuple_GET_SIZE(args) + 1) : NULL;
    if (callArgs != NULL) {
        PyTuple_SET_ITEM(callArgs, 0, name);
        name = NULL;
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(args); i++) {
            PyObject *item = PyTuple_GET_ITEM(args, i);
            Py_INCREF(item);
            PyTuple_SET_ITEM(callArgs, i + 1, item);
        }
    }
    PyObject *result = (audit && callArgs) ? PyObject_Call(audit, callArgs, NULL) : NULL;
    int rc = result ? 0 : -1;
    Py_XDECREF(result);
    Py_XDECREF(callArgs);
    Py_XDECREF(name);
    Py_DECREF(args);
    return rc;
}
