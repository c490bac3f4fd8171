/* Runtime services compiled wheels (Cython, mypyc, plain C) rely on: audit hooks, struct
 * sequences, C subclasses of builtin exceptions with fields of their own, instance dicts at
 * tp_dictoffset, descriptors made in C (tp_descr_get), sequence slots, slice arithmetic,
 * set sizes read from the struct, classmethod/staticmethod objects, _PyType_Name. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

/* ---- audit hooks ---- */
static PyObject *audit_log;

static int audit_hook(const char *event, PyObject *args, void *data) {
    if (strncmp(event, "wrapis.", 7) != 0) return 0;
    PyObject *entry = Py_BuildValue("(sOs)", event, args, (const char *)data);
    if (entry == NULL) return -1;
    int rc = PyList_Append(audit_log, entry);
    Py_DECREF(entry);
    if (rc == 0 && strcmp(event, "wrapis.refuse") == 0) {
        PyErr_SetString(PyExc_PermissionError, "refused by the hook");
        return -1;
    }
    return rc;
}

static PyObject *audit(PyObject *self, PyObject *args) {
    const char *event;
    PyObject *value;
    if (!PyArg_ParseTuple(args, "sO", &event, &value)) return NULL;
    if (PySys_Audit(event, "(Oi)", value, 7) < 0) return NULL;
    if (PySys_Audit(event, NULL) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *add_hook(PyObject *self, PyObject *unused) {
    if (audit_log == NULL && (audit_log = PyList_New(0)) == NULL) return NULL;
    if (PySys_AddAuditHook(audit_hook, "tag") < 0) return NULL;
    return Py_NewRef(audit_log);
}

/* ---- struct sequences ---- */
static PyStructSequence_Field point_fields[] = {
    {"x", "horizontal"}, {"y", "vertical"}, {"label", "hidden name"}, {NULL, NULL},
};
static PyStructSequence_Desc point_desc = {"wrapis.point", "A point.", point_fields, 2};
static PyTypeObject PointType;  /* filled by PyStructSequence_InitType2 */
static PyTypeObject *HeapPointType;

static PyObject *make_point(PyTypeObject *t, long x, long y, const char *label) {
    PyObject *p = PyStructSequence_New(t);
    if (p == NULL) return NULL;
    PyStructSequence_SetItem(p, 0, PyLong_FromLong(x));
    PyStructSequence_SET_ITEM(p, 1, PyLong_FromLong(y));
    PyStructSequence_SetItem(p, 2, PyUnicode_FromString(label));
    return p;
}

static PyObject *point(PyObject *self, PyObject *args) {
    long x, y;
    int heap;
    if (!PyArg_ParseTuple(args, "llp", &x, &y, &heap)) return NULL;
    return make_point(heap ? HeapPointType : &PointType, x, y, heap ? "heap" : "static");
}

static PyObject *point_items(PyObject *self, PyObject *p) {
    PyObject *label = PyStructSequence_GetItem(p, 2);
    return Py_BuildValue("(OOnO)", PyStructSequence_GetItem(p, 0), PyStructSequence_GET_ITEM(p, 1),
                         PyTuple_GET_SIZE(p), label ? label : Py_None);
}

/* ---- a static exception type with a field of its own ---- */
typedef struct {
    PyBaseExceptionObject base;
    PyObject *detail;
} ParseError;

static int parse_error_init(PyObject *self, PyObject *args, PyObject *kwds) {
    PyObject *detail = Py_None;
    if (PyTuple_GET_SIZE(args) > 1) detail = PyTuple_GET_ITEM(args, 1);
    Py_XSETREF(((ParseError *)self)->detail, Py_NewRef(detail));
    return 0;
}

static PyMemberDef parse_error_members[] = {
    {"detail", T_OBJECT, offsetof(ParseError, detail), READONLY, "what went wrong"},
    {NULL},
};

static PyTypeObject ParseErrorType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "wrapis.ParseError",
    .tp_basicsize = sizeof(ParseError),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "A C subclass of ValueError.",
    .tp_init = parse_error_init,
    .tp_members = parse_error_members,
};

static PyObject *raise_parse_error(PyObject *self, PyObject *args) {
    PyObject *e = PyObject_Call((PyObject *)&ParseErrorType, args, NULL);
    if (e == NULL) return NULL;
    PyErr_SetObject((PyObject *)&ParseErrorType, e);
    Py_DECREF(e);
    return NULL;
}

static PyObject *error_detail(PyObject *self, PyObject *e) {
    if (!PyObject_TypeCheck(e, &ParseErrorType)) {
        PyErr_SetString(PyExc_TypeError, "not a ParseError");
        return NULL;
    }
    PyObject *d = ((ParseError *)e)->detail;
    return Py_NewRef(d ? d : Py_None);
}

/* ---- a heap exception type from a spec with ValueError as base ---- */
static PyType_Slot heap_error_slots[] = {{Py_tp_doc, "heap error"}, {0, NULL}};
static PyType_Spec heap_error_spec = {"wrapis.HeapError", 0, 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
                                      heap_error_slots};

/* ---- an object with an instance dict at tp_dictoffset, and a descriptor type ---- */
typedef struct {
    PyObject_HEAD
    PyObject *dict;
    long value;
} Box;

static PyObject *box_concat(PyObject *a, PyObject *b) {
    long other = PyLong_AsLong(b);
    if (other == -1 && PyErr_Occurred()) return NULL;
    return PyUnicode_FromFormat("concat %ld+%ld", ((Box *)a)->value, other);
}

static PyObject *box_repeat(PyObject *a, Py_ssize_t n) {
    return PyUnicode_FromFormat("repeat %ld*%zd", ((Box *)a)->value, n);
}

static PyObject *box_inplace_concat(PyObject *a, PyObject *b) {
    long other = PyLong_AsLong(b);
    if (other == -1 && PyErr_Occurred()) return NULL;
    ((Box *)a)->value += other;
    return Py_NewRef(a);
}

static Py_ssize_t box_length(PyObject *a) { return 3; }

static int box_ass_item(PyObject *a, Py_ssize_t i, PyObject *v) {
    if (v == NULL) { ((Box *)a)->value = -i; return 0; }
    long x = PyLong_AsLong(v);
    if (x == -1 && PyErr_Occurred()) return -1;
    ((Box *)a)->value = x * 100 + i;
    return 0;
}

static PySequenceMethods box_as_sequence = {
    .sq_length = box_length,
    .sq_concat = box_concat,
    .sq_repeat = box_repeat,
    .sq_ass_item = box_ass_item,
    .sq_inplace_concat = box_inplace_concat,
};

static PyObject *box_get_value(PyObject *self, void *closure) { return PyLong_FromLong(((Box *)self)->value); }

static PyGetSetDef box_getset_all[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {"value", box_get_value, NULL, NULL, NULL},
    {NULL},
};

static void box_dealloc(PyObject *self) {
    Py_CLEAR(((Box *)self)->dict);
    Py_TYPE(self)->tp_free(self);
}

static PyTypeObject BoxType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "wrapis.Box",
    .tp_basicsize = sizeof(Box),
    .tp_dealloc = box_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_as_sequence = &box_as_sequence,
    .tp_getset = box_getset_all,
    .tp_dictoffset = offsetof(Box, dict),
    .tp_new = PyType_GenericNew,
};

static PyObject *box_c_dict(PyObject *self, PyObject *box) {
    PyObject *d = ((Box *)box)->dict;
    return Py_NewRef(d ? d : Py_None);
}

/* A descriptor: instance access gives (name, instance) */
typedef struct {
    PyObject_HEAD
} Tag;

static PyObject *tag_get(PyObject *self, PyObject *obj, PyObject *type) {
    if (obj == NULL || obj == Py_None) return Py_NewRef(self);
    return Py_BuildValue("(sO)", "bound", obj);
}

static PyTypeObject TagType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "wrapis.Tag",
    .tp_basicsize = sizeof(Tag),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_descr_get = tag_get,
    .tp_new = PyType_GenericNew,
};

/* ---- slices ---- */
static PyObject *slice_parts(PyObject *self, PyObject *args) {
    PyObject *slice;
    Py_ssize_t length, start, stop, step, start2, stop2, step2, n2;
    if (!PyArg_ParseTuple(args, "On", &slice, &length)) return NULL;
    if (PySlice_Unpack(slice, &start, &stop, &step) < 0) return NULL;
    Py_ssize_t n = PySlice_AdjustIndices(length, &start, &stop, step);
    if (PySlice_GetIndicesEx(slice, length, &start2, &stop2, &step2, &n2) < 0) return NULL;
    return Py_BuildValue("(nnnnO)", start, stop, step, n,
                         (start == start2 && stop == stop2 && step == step2 && n == n2) ? Py_True : Py_False);
}

/* ---- sets, methods, names ---- */
static PyObject *set_size(PyObject *self, PyObject *s) {
    PyObject *copy = PySet_New(s);
    if (copy == NULL) return NULL;
    Py_ssize_t before = PySet_GET_SIZE(copy);
    PyObject *k = PyUnicode_FromString("added-from-c");
    PySet_Add(copy, k);
    Py_DECREF(k);
    Py_ssize_t after = PySet_GET_SIZE(copy);
    Py_DECREF(copy);
    return Py_BuildValue("(nnn)", PySet_GET_SIZE(s), before, after);
}

static PyObject *wrap_methods(PyObject *self, PyObject *f) {
    PyObject *cm = PyClassMethod_New(f), *sm = PyStaticMethod_New(f);
    return Py_BuildValue("(NN)", cm, sm);
}

static PyObject *type_name(PyObject *self, PyObject *o) {
    return PyUnicode_FromString(_PyType_Name(Py_TYPE(o)));
}

static PyObject *import_noblock(PyObject *self, PyObject *name) {
    return PyImport_ImportModuleNoBlock(PyUnicode_AsUTF8(name));
}

static PyMethodDef methods[] = {
    {"audit", audit, METH_VARARGS, NULL},
    {"add_hook", add_hook, METH_NOARGS, NULL},
    {"point", point, METH_VARARGS, NULL},
    {"point_items", point_items, METH_O, NULL},
    {"raise_parse_error", raise_parse_error, METH_VARARGS, NULL},
    {"error_detail", error_detail, METH_O, NULL},
    {"box_c_dict", box_c_dict, METH_O, NULL},
    {"slice_parts", slice_parts, METH_VARARGS, NULL},
    {"set_size", set_size, METH_O, NULL},
    {"wrap_methods", wrap_methods, METH_O, NULL},
    {"type_name", type_name, METH_O, NULL},
    {"import_noblock", import_noblock, METH_O, NULL},
    {NULL},
};

static struct PyModuleDef moduledef = {PyModuleDef_HEAD_INIT, "wrapis", NULL, -1, methods};

PyMODINIT_FUNC PyInit_wrapis(void) {
    PyObject *m = PyModule_Create(&moduledef);
    if (m == NULL) return NULL;
    if (PyStructSequence_InitType2(&PointType, &point_desc) < 0) return NULL;
    Py_INCREF(&PointType);
    PyModule_AddObject(m, "point_type", (PyObject *)&PointType);
    static PyStructSequence_Desc heap_desc = {"wrapis.heap_point", NULL, point_fields, 2};
    HeapPointType = PyStructSequence_NewType(&heap_desc);
    if (HeapPointType == NULL) return NULL;
    PyModule_AddObject(m, "heap_point_type", Py_NewRef((PyObject *)HeapPointType));
    ParseErrorType.tp_base = (PyTypeObject *)PyExc_ValueError;
    if (PyModule_AddType(m, &ParseErrorType) < 0) return NULL;
    PyObject *bases = PyTuple_Pack(1, PyExc_ValueError);
    PyObject *heap_error = PyType_FromSpecWithBases(&heap_error_spec, bases);
    Py_DECREF(bases);
    if (heap_error == NULL) return NULL;
    PyModule_AddObject(m, "HeapError", heap_error);
    if (PyModule_AddType(m, &BoxType) < 0) return NULL;
    if (PyModule_AddType(m, &TagType) < 0) return NULL;
    return m;
}
