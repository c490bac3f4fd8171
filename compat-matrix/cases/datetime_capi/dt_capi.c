/* The datetime C-API: PyDateTime_IMPORT loads the capsule of CPython's own _datetime, then the
 * constructors (through the capsule's function pointers), the type checks and the field
 * macros that read the objects' packed bytes directly. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <datetime.h>

static PyObject *import_api(PyObject *self, PyObject *unused) {
    PyDateTime_IMPORT;
    if (PyDateTimeAPI == NULL) return NULL;
    return Py_BuildValue("(ssss)", PyDateTimeAPI->DateType->tp_name, PyDateTimeAPI->DateTimeType->tp_name,
                         PyDateTimeAPI->DeltaType->tp_name, PyDateTimeAPI->TZInfoType->tp_name);
}

static PyObject *checks(PyObject *self, PyObject *o) {
    return Py_BuildValue("(iiiiiiiii)", PyDate_Check(o), PyDate_CheckExact(o), PyDateTime_Check(o),
                         PyDateTime_CheckExact(o), PyTime_Check(o), PyTime_CheckExact(o), PyDelta_Check(o),
                         PyDelta_CheckExact(o), PyTZInfo_Check(o));
}

/* fields(o): what the macros read, by kind. */
static PyObject *fields(PyObject *self, PyObject *o) {
    if (PyDateTime_Check(o))
        return Py_BuildValue("(siiiiiiiiO)", "datetime", PyDateTime_GET_YEAR(o), PyDateTime_GET_MONTH(o),
                             PyDateTime_GET_DAY(o), PyDateTime_DATE_GET_HOUR(o), PyDateTime_DATE_GET_MINUTE(o),
                             PyDateTime_DATE_GET_SECOND(o), PyDateTime_DATE_GET_MICROSECOND(o),
                             PyDateTime_DATE_GET_FOLD(o), PyDateTime_DATE_GET_TZINFO(o));
    if (PyDate_Check(o))
        return Py_BuildValue("(siii)", "date", PyDateTime_GET_YEAR(o), PyDateTime_GET_MONTH(o),
                             PyDateTime_GET_DAY(o));
    if (PyTime_Check(o))
        return Py_BuildValue("(siiiiiO)", "time", PyDateTime_TIME_GET_HOUR(o), PyDateTime_TIME_GET_MINUTE(o),
                             PyDateTime_TIME_GET_SECOND(o), PyDateTime_TIME_GET_MICROSECOND(o),
                             PyDateTime_TIME_GET_FOLD(o), PyDateTime_TIME_GET_TZINFO(o));
    if (PyDelta_Check(o))
        return Py_BuildValue("(siii)", "timedelta", PyDateTime_DELTA_GET_DAYS(o), PyDateTime_DELTA_GET_SECONDS(o),
                             PyDateTime_DELTA_GET_MICROSECONDS(o));
    Py_RETURN_NONE;
}

static PyObject *date(PyObject *self, PyObject *args) {
    int y, m, d;
    if (!PyArg_ParseTuple(args, "iii", &y, &m, &d)) return NULL;
    return PyDate_FromDate(y, m, d);
}

static PyObject *datetime(PyObject *self, PyObject *args) {
    int y, mo, d, h, mi, s, us, fold = 0;
    if (!PyArg_ParseTuple(args, "iiiiiii|i", &y, &mo, &d, &h, &mi, &s, &us, &fold)) return NULL;
    return PyDateTime_FromDateAndTimeAndFold(y, mo, d, h, mi, s, us, fold);
}

static PyObject *time_(PyObject *self, PyObject *args) {
    int h, m, s, us;
    if (!PyArg_ParseTuple(args, "iiii", &h, &m, &s, &us)) return NULL;
    return PyTime_FromTime(h, m, s, us);
}

static PyObject *delta(PyObject *self, PyObject *args) {
    int d, s, us;
    if (!PyArg_ParseTuple(args, "iii", &d, &s, &us)) return NULL;
    return PyDelta_FromDSU(d, s, us);
}

static PyObject *tz_make(PyObject *self, PyObject *args) {
    PyObject *offset, *name = NULL;
    if (!PyArg_ParseTuple(args, "O|U", &offset, &name)) return NULL;
    return name ? PyTimeZone_FromOffsetAndName(offset, name) : PyTimeZone_FromOffset(offset);
}

static PyObject *utc(PyObject *self, PyObject *unused) { return Py_NewRef(PyDateTime_TimeZone_UTC); }

/* from_timestamp(ts): datetime.fromtimestamp(ts, timezone.utc) through the capsule. */
static PyObject *from_timestamp(PyObject *self, PyObject *ts) {
    PyObject *args = Py_BuildValue("(OO)", ts, PyDateTime_TimeZone_UTC);
    if (args == NULL) return NULL;
    PyObject *r = PyDateTime_FromTimestamp(args);
    Py_DECREF(args);
    return r;
}

static PyMethodDef methods[] = {
    {"import_api", import_api, METH_NOARGS, NULL},
    {"checks", checks, METH_O, NULL},
    {"fields", fields, METH_O, NULL},
    {"date", date, METH_VARARGS, NULL},
    {"datetime", datetime, METH_VARARGS, NULL},
    {"time", time_, METH_VARARGS, NULL},
    {"delta", delta, METH_VARARGS, NULL},
    {"timezone", tz_make, METH_VARARGS, NULL},
    {"utc", utc, METH_NOARGS, NULL},
    {"from_timestamp", from_timestamp, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "dt_capi", NULL, -1, methods};

PyMODINIT_FUNC PyInit_dt_capi(void) { return PyModule_Create(&module); }
