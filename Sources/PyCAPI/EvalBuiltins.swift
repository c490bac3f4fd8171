import CPythonABI
import PyObjects
import PyVM

// The builtins namespace as C sees it (CPython's _pickle looks up getattr through it).

/// PyObject *PyEval_GetBuiltins(void): borrowed reference to the builtins dict.
@_cdecl("PyEval_GetBuiltins")
public func PyEval_GetBuiltins_() -> CObject? {
    Bridge.borrowed(Runtime.builtins)
}

/// PyObject *_PyEval_GetBuiltin(PyObject *name): new reference to builtins[name];
/// AttributeError(name) when absent.
@_cdecl("_PyEval_GetBuiltin")
public func _PyEval_GetBuiltin_(_ name: CObject?) -> CObject? {
    capiObject {
        let key = try arg(name)
        guard let v = try Runtime.builtins.get(key) else { throw PythonError(PyExc.AttributeError, args: [key]) }
        return v
    }
}

/// PyObject *_PyEval_GetBuiltinId(_Py_Identifier *id): the same by identifier.
@_cdecl("_PyEval_GetBuiltinId")
public func _PyEval_GetBuiltinId_(_ id: UnsafeMutableRawPointer?) -> CObject? {
    guard let id, let name = _PyUnicode_FromId(id.assumingMemoryBound(to: _Py_Identifier.self)) else { return nil }
    return _PyEval_GetBuiltin_(name)
}

/// PyObject *Py_GenericAlias(PyObject *origin, PyObject *args): `origin[args]` as
/// types.GenericAlias (what C types return from __class_getitem__).
@_cdecl("Py_GenericAlias")
public func Py_GenericAlias_(_ origin: CObject?, _ args: CObject?) -> CObject? {
    capiObject { PyGenericAlias(origin: try arg(origin), args: try arg(args)) }
}
