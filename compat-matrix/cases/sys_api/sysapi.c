/* PySys_*: reading and setting sys attributes, writing to sys.stdout / sys.stderr (C formats
 * and PyUnicode_FromFormat formats, truncation, the error indicator kept), -X options and
 * warning options, argv and path. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <wchar.h>

static PyObject *get(PyObject *self, PyObject *args) {
    const char *name;
    if (!PyArg_ParseTuple(args, "s", &name)) return NULL;
    PyObject *v = PySys_GetObject(name);
    if (v == NULL) {
        if (PyErr_Occurred()) return NULL;
        return PyUnicode_FromString("<missing>");
    }
    return Py_NewRef(v);
}

static PyObject *set(PyObject *self, PyObject *args) {
    const char *name;
    PyObject *v;
    if (!PyArg_ParseTuple(args, "sO", &name, &v)) return NULL;
    if (PySys_SetObject(name, v == Py_Ellipsis ? NULL : v) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *write_out(PyObject *self, PyObject *args) {
    const char *text;
    int n;
    if (!PyArg_ParseTuple(args, "si", &text, &n)) return NULL;
    PySys_WriteStdout("[%s|%d|%5.2f|%x]\n", text, n, n / 4.0, n);
    Py_RETURN_NONE;
}

static PyObject *write_err(PyObject *self, PyObject *arg) {
    const char *text = PyUnicode_AsUTF8(arg);
    if (text == NULL) return NULL;
    PySys_WriteStderr("err: %s\n", text);
    Py_RETURN_NONE;
}

static PyObject *write_long(PyObject *self, PyObject *arg) {
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n < 0 || n > 5000) return PyErr_Format(PyExc_ValueError, "bad length");
    char *buf = malloc((size_t)n + 1);
    memset(buf, 'x', (size_t)n);
    buf[n] = 0;
    PySys_WriteStdout("%s", buf);
    PySys_WriteStdout("\n");
    free(buf);
    Py_RETURN_NONE;
}

static PyObject *format_out(PyObject *self, PyObject *args) {
    PyObject *o;
    const char *s;
    if (!PyArg_ParseTuple(args, "Os", &o, &s)) return NULL;
    PySys_FormatStdout("<%R %S %s %zd %U>\n", o, o, s, (Py_ssize_t)-5, PyUnicode_FromString("\xe2\x82\xac"));
    Py_RETURN_NONE;
}

/* keeps_error(): writing does not disturb a pending exception. */
static PyObject *keeps_error(PyObject *self, PyObject *unused) {
    PyErr_SetString(PyExc_KeyError, "pending");
    PySys_WriteStdout("written while an error is set\n");
    PySys_FormatStdout("formatted while an error is set: %d\n", 7);
    return NULL;
}

static PyObject *xoptions(PyObject *self, PyObject *unused) {
    PySys_AddXOption(L"swallow_test_flag");
    PySys_AddXOption(L"swallow_test_key=value=more");
    PyObject *d = PySys_GetXOptions();
    if (d == NULL) return NULL;
    PyObject *flag = PyDict_GetItemString(d, "swallow_test_flag");
    PyObject *key = PyDict_GetItemString(d, "swallow_test_key");
    return Py_BuildValue("(OOi)", flag ? flag : Py_None, key ? key : Py_None, (int)(d == PySys_GetXOptions()));
}

static PyObject *warnoptions(PyObject *self, PyObject *unused) {
    PySys_ResetWarnOptions();
    int before = PySys_HasWarnOptions();
    PySys_AddWarnOption(L"ignore::DeprecationWarning");
    PyObject *u = PyUnicode_FromString("error::RuntimeWarning");
    PySys_AddWarnOptionUnicode(u);
    Py_DECREF(u);
    int after = PySys_HasWarnOptions();
    PyObject *list = PySys_GetObject("warnoptions");
    PyObject *copy = list ? PySequence_List(list) : NULL;
    PySys_ResetWarnOptions();
    return Py_BuildValue("(iiNi)", before, after, copy ? copy : Py_NewRef(Py_None), PySys_HasWarnOptions());
}

static PyObject *set_argv(PyObject *self, PyObject *unused) {
    wchar_t *argv[] = { L"prog", L"-v", L"caf\u00e9" };
    PySys_SetArgv(3, argv);
    return Py_NewRef(PySys_GetObject("argv"));
}

static PyObject *set_path(PyObject *self, PyObject *unused) {
    PyObject *saved = PySequence_List(PySys_GetObject("path"));
    if (saved == NULL) return NULL;
    PySys_SetPath(L"/a:/b/c::/d");
    PyObject *now = PySequence_List(PySys_GetObject("path"));
    PySys_SetObject("path", saved);
    Py_DECREF(saved);
    return now;
}

static PyObject *from_wide(PyObject *self, PyObject *unused) {
    return PyUnicode_FromWideChar(L"w\u00efde \U0001F600", -1);
}

static PyMethodDef methods[] = {
    {"get", get, METH_VARARGS, NULL},
    {"set", set, METH_VARARGS, NULL},
    {"write_out", write_out, METH_VARARGS, NULL},
    {"write_err", write_err, METH_O, NULL},
    {"write_long", write_long, METH_O, NULL},
    {"format_out", format_out, METH_VARARGS, NULL},
    {"keeps_error", keeps_error, METH_NOARGS, NULL},
    {"xoptions", xoptions, METH_NOARGS, NULL},
    {"warnoptions", warnoptions, METH_NOARGS, NULL},
    {"set_argv", set_argv, METH_NOARGS, NULL},
    {"set_path", set_path, METH_NOARGS, NULL},
    {"from_wide", from_wide, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "sysapi", NULL, -1, methods};

PyMODINIT_FUNC PyInit_sysapi(void) { return PyModule_Create(&module); }
