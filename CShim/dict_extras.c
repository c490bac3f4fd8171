/* CPython's private dict functions that extensions call directly (orjson builds every dict with
 * _PyDict_SetItem_KnownHash and ignores its result; Cython and mypyc use the _Py_Identifier and
 * WithError forms). The runtime's dict hashes keys itself, so the known hash is only a
 * shortcut CPython takes: each function delegates to the public API. */
#include "Python.h"

PyObject *PyMapping_Keys(PyObject *o); /* not in our headers yet */

int _PyDict_SetItem_KnownHash(PyObject *mp, PyObject *key, PyObject *value, Py_hash_t hash) {
    (void)hash;
    return PyDict_SetItem(mp, key, value);
}

int _PyDict_DelItem_KnownHash(PyObject *mp, PyObject *key, Py_hash_t hash) {
    (void)hash;
    return PyDict_DelItem(mp, key);
}

int _PyDict_Contains_KnownHash(PyObject *mp, PyObject *key, Py_hash_t hash) {
    (void)hash;
    return PyDict_Contains(mp, key);
}

PyObject *_PyDict_GetItemWithError(PyObject *mp, PyObject *key) { return PyDict_GetItemWithError(mp, key); }

PyObject *_PyDict_GetItemStringWithError(PyObject *mp, const char *key) {
    PyObject *k = PyUnicode_FromString(key);
    if (k == NULL) return NULL;
    PyObject *v = PyDict_GetItemWithError(mp, k);
    Py_DECREF(k);
    return v;
}

PyObject *_PyDict_GetItemIdWithError(PyObject *mp, _Py_Identifier *id) {
    PyObject *k = _PyUnicode_FromId(id);
    return k == NULL ? NULL : PyDict_GetItemWithError(mp, k);
}

int _PyDict_SetItemId(PyObject *mp, _Py_Identifier *id, PyObject *value) {
    PyObject *k = _PyUnicode_FromId(id);
    return k == NULL ? -1 : PyDict_SetItem(mp, k, value);
}

int _PyDict_DelItemId(PyObject *mp, _Py_Identifier *id) {
    PyObject *k = _PyUnicode_FromId(id);
    return k == NULL ? -1 : PyDict_DelItem(mp, k);
}

int _PyDict_ContainsId(PyObject *mp, _Py_Identifier *id) {
    PyObject *k = _PyUnicode_FromId(id);
    return k == NULL ? -1 : PyDict_Contains(mp, k);
}

/* PyDict_Next that also reports each key's hash. */
int _PyDict_Next(PyObject *mp, Py_ssize_t *ppos, PyObject **pkey, PyObject **pvalue, Py_hash_t *phash) {
    PyObject *key;
    if (!PyDict_Next(mp, ppos, &key, pvalue)) return 0;
    if (pkey) *pkey = key;
    if (phash) {
        Py_hash_t h = PyObject_Hash(key);
        if (h == -1) PyErr_Clear(); /* keys of a dict are hashable */
        *phash = h;
    }
    return 1;
}

/* PyObject *_PyDict_Pop(PyObject *dict, PyObject *key, PyObject *deflt): the removed value, or
 * deflt, or KeyError when deflt is NULL; a new reference. */
PyObject *_PyDict_Pop(PyObject *mp, PyObject *key, PyObject *deflt) {
    if (!PyDict_Check(mp)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyObject *v = PyDict_GetItemWithError(mp, key);
    if (v == NULL) {
        if (PyErr_Occurred()) return NULL;
        if (deflt == NULL) {
            PyErr_SetObject(PyExc_KeyError, key);
            return NULL;
        }
        Py_INCREF(deflt);
        return deflt;
    }
    Py_INCREF(v);
    if (PyDict_DelItem(mp, key) < 0) {
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

/* int _PyDict_MergeEx(PyObject *a, PyObject *b, int override): override 0 keeps a's values,
 * 1 replaces them, 2 raises KeyError on a duplicate key. */
int _PyDict_MergeEx(PyObject *a, PyObject *b, int override) {
    if (override != 2) return PyDict_Merge(a, b, override);
    PyObject *keys = PyMapping_Keys(b);
    if (keys == NULL) return -1;
    Py_ssize_t n = PyList_GET_SIZE(keys);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *k = PyList_GET_ITEM(keys, i);
        int has = PyDict_Contains(a, k);
        if (has != 0) {
            if (has > 0) PyErr_SetObject(PyExc_KeyError, k);
            Py_DECREF(keys);
            return -1;
        }
        PyObject *v = PyObject_GetItem(b, k);
        if (v == NULL || PyDict_SetItem(a, k, v) < 0) {
            Py_XDECREF(v);
            Py_DECREF(keys);
            return -1;
        }
        Py_DECREF(v);
    }
    Py_DECREF(keys);
    return 0;
}

int _PyDict_HasOnlyStringKeys(PyObject *mp) {
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    while (PyDict_Next(mp, &pos, &k, &v)) {
        if (!PyUnicode_Check(k)) return 0;
    }
    return 1;
}
