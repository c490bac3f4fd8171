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
