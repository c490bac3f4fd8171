import CPythonABI
import PyCompiler
import PyObjects
import PyVM

/// The error indicator (in the thread state's curexc_* fields) and Swift's `PythonError`,
/// converted both ways at the boundary.
public enum Errors {
    /// Sets the indicator from a runtime exception (what an API function does when it fails).
    static func set(_ error: Error) {
        let exc: PyBaseException
        if let e = error as? PythonError {
            exc = e.exception
        } else {
            exc = PyBaseException(type: PyExc.SystemError, args: [PyStr("\(error)")])
        }
        PyErr_Restore(Bridge.newReference(exc.type), Bridge.newReference(exc), nil)
    }

    /// Takes the pending C error, if any, as a runtime exception (clearing the indicator).
    static func fetch() -> PythonError? {
        var type: CObject?, value: CObject?, tb: CObject?
        PyErr_Fetch(&type, &value, &tb)
        guard let type else { return nil }
        defer {
            Bridge.decref(type)
            if let value { Bridge.decref(value) }
            if let tb { Bridge.decref(tb) }
        }
        let excType = Bridge.object(type) as? PyType ?? PyExc.SystemError
        let valueObj = value.map(Bridge.object)
        if let e = valueObj as? PyBaseException, e.type.isSubtype(of: excType) { return PythonError(e) }
        let args: [PyObjects.PyObject]
        switch valueObj {
        case nil, is PyNone: args = []
        case let t as PyTuple: args = t.items
        case let v?: args = [v]
        }
        if let made = try? Ops.call(excType, args: args, kwargs: []) as? PyBaseException {
            return PythonError(made)
        }
        return PythonError(PyBaseException(type: excType, args: args))
    }

    /// The exception to raise after a C function returned its error value.
    static func afterFailure(_ function: String) -> PythonError {
        fetch() ?? PythonError(PyExc.SystemError, "\(function) returned NULL without setting an exception")
    }
}

/// Runs an API body, turning a thrown Python exception into the error indicator and the
/// function's error value.
@inline(__always)
func capi<T>(_ errorValue: T, _ body: () throws -> T) -> T {
    do { return try body() } catch {
        Errors.set(error)
        return errorValue
    }
}

/// The same for functions returning a new reference (NULL on error).
@inline(__always)
func capiObject(_ body: () throws -> PyObjects.PyObject) -> CObject? {
    do { return Bridge.newReference(try body()) } catch {
        Errors.set(error)
        return nil
    }
}

/// A C string argument as Swift text.
func text(_ p: UnsafePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }

// MARK: - The exception being handled (sys.exc_info()); mypyc saves and restores it around
// every `except` block.

/// void PyErr_GetExcInfo(PyObject **type, PyObject **value, PyObject **tb): new references,
/// NULL when no exception is being handled.
@_cdecl("PyErr_GetExcInfo")
public func PyErr_GetExcInfo_(_ type: UnsafeMutablePointer<CObject?>?, _ value: UnsafeMutablePointer<CObject?>?,
                              _ tb: UnsafeMutablePointer<CObject?>?) {
    let e = Runtime.handledException
    type?.pointee = e.map { Bridge.newReference($0.type) }
    value?.pointee = e.map { Bridge.newReference($0) }
    tb?.pointee = e?.traceback.map { Bridge.newReference($0) }
}

/// void PyErr_SetExcInfo(PyObject *type, PyObject *value, PyObject *tb): steals all three; as
/// CPython 3.11, only the value matters. mypyc reads it back straight from the thread state
/// (`tstate->exc_info->exc_value`), so it is stored there too, holding the stolen reference.
@_cdecl("PyErr_SetExcInfo")
public func PyErr_SetExcInfo_(_ type: CObject?, _ value: CObject?, _ tb: CObject?) {
    setHandled(value)
    if let type { Bridge.decref(type) }
    if let tb { Bridge.decref(tb) }
}

/// Makes `value` (an owned reference, or NULL) the exception being handled.
private func setHandled(_ value: CObject?) {
    Runtime.handledException = value.map { Bridge.object($0) } as? PyBaseException
    let item = PyThreadState_Get()!.pointee.exc_info!
    let old = item.pointee.exc_value
    item.pointee.exc_value = value
    if let old { Bridge.decref(old) }
}

/// PyObject *PyErr_GetHandledException(void): a new reference, or NULL.
@_cdecl("PyErr_GetHandledException")
public func PyErr_GetHandledException_() -> CObject? {
    Runtime.handledException.map { Bridge.newReference($0) }
}

/// void PyErr_SetHandledException(PyObject *exc): borrowed; NULL or None clears.
@_cdecl("PyErr_SetHandledException")
public func PyErr_SetHandledException_(_ exc: CObject?) {
    if let exc { exc.pointee.ob_refcnt += 1 }
    setHandled(exc)
}
