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

// MARK: - Version and platform strings (pybind11's PyInit_* compares Py_GetVersion with the
// version it was built for before anything else).

/// A C string kept for the life of the process, made once from `make`.
private final class StaticString {
    private var value: UnsafeMutablePointer<CChar>?
    func get(_ make: () -> String) -> UnsafePointer<CChar> {
        if value == nil { value = strdup(make()) }
        return UnsafePointer(value!)
    }
}

nonisolated(unsafe) private let platformString = StaticString()
nonisolated(unsafe) private let buildInfoString = StaticString()

/// const char *Py_GetPlatform(void): sys.platform.
@_cdecl("Py_GetPlatform")
public func Py_GetPlatform_() -> UnsafePointer<CChar> {
    platformString.get { (Runtime.sys?.dict.getItem(string: "platform") as? PyStr)?.value ?? "linux" }
}

/// const char *Py_GetBuildInfo(void).
@_cdecl("Py_GetBuildInfo")
public func Py_GetBuildInfo_() -> UnsafePointer<CChar> {
    buildInfoString.get { "Swallow" }
}

/// PyObject *PyInstanceMethod_New(PyObject *func): a new instancemethod wrapping func.
@_cdecl("PyInstanceMethod_New")
public func PyInstanceMethod_New_(_ f: CObject?) -> CObject? {
    capiObject { PyInstanceMethod(function: try arg(f)) }
}

/// PyObject *PyInstanceMethod_Function(PyObject *im): borrowed; NULL with SystemError if im is
/// not an instancemethod.
@_cdecl("PyInstanceMethod_Function")
public func PyInstanceMethod_Function_(_ im: CObject?) -> CObject? {
    capi(nil) {
        guard let m = try arg(im) as? PyInstanceMethod else { throw badInternalCall() }
        return Bridge.borrowed(m.function)
    }
}

/// PyObject *PyDictProxy_New(PyObject *mapping): a read-only view, types.MappingProxyType.
@_cdecl("PyDictProxy_New")
public func PyDictProxy_New_(_ m: CObject?) -> CObject? {
    capiObject { try Ops.call(VMTypes.mappingProxy, args: [try arg(m)]) }
}

/// PyObject *swpy_float_as_integer_ratio(PyObject *self, PyObject *unused): float's
/// tp_methods entry (METH_NOARGS); new reference.
@_cdecl("swpy_float_as_integer_ratio")
public func swpy_float_as_integer_ratio(_ op: CObject?, _ unused: CObject?) -> CObject? {
    capi(nil) { Bridge.newReference(try Ops.callMethod(try arg(op), "as_integer_ratio", [])) }
}

/// PyObject *swpy_long_bit_length(PyObject *self, PyObject *unused): int's tp_methods entry.
@_cdecl("swpy_long_bit_length")
public func swpy_long_bit_length(_ op: CObject?, _ unused: CObject?) -> CObject? {
    capi(nil) { Bridge.newReference(try Ops.callMethod(try arg(op), "bit_length", [])) }
}
