import CPythonABI
import PyObjects
import PyVM

// The builtins as C sees them (_pickle looks up `getattr` this way at import).

/// PyObject *_PyEval_GetBuiltin(PyObject *name): new reference to builtins[name];
/// AttributeError(name) when absent.
@_cdecl("_PyEval_GetBuiltin")
public func _PyEval_GetBuiltin_(_ name: CObject?) -> CObject? {
    capi(nil) {
        let key = try arg(name)
        guard let v = try Runtime.builtins.get(key) else { throw PythonError(PyExc.AttributeError, args: [key]) }
        return Bridge.newReference(v)
    }
}

/// PyObject *PyEval_GetBuiltins(void): borrowed reference to the builtins dict (the runtime has
/// one for every frame).
@_cdecl("PyEval_GetBuiltins")
public func PyEval_GetBuiltins_() -> CObject? {
    Bridge.borrowed(Runtime.builtins)
}
