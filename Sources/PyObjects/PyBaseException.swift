/// An exception instance (`BaseException` and every subclass).
public final class PyBaseException: PyObject {
    public var args: PyTuple
    public var traceback: PyObject?
    public var cause: PyObject?
    public var context: PyObject?
    public var suppressContext = false
    /// Type-specific attributes (`errno`, `name`, `code`, `exceptions`…), set by `__init__`;
    /// nil until then (exceptions the runtime creates derive them from `args` on first use).
    public var members: [String: PyObject]?
    /// Frames the exception passed through, innermost last: (filename, line, function name).
    public var tracebackEntries: [TracebackEntry] = []

    public init(type: PyType, args: [PyObject]) {
        self.args = PyTuple(args)
        super.init(type: type)
        instanceDict = PyDict()
        GCRegistry.track(self)
    }
}

public struct TracebackEntry {
    public let filename: String
    public let line: Int
    public let function: String
    public init(filename: String, line: Int, function: String) {
        self.filename = filename; self.line = line; self.function = function
    }
}

/// The Swift error that carries a Python exception through `throws`.
public struct PythonError: Error, CustomStringConvertible {
    public let exception: PyBaseException
    public init(_ exception: PyBaseException) { self.exception = exception }

    /// A new exception of `type` with a single message argument.
    public init(_ type: PyType, _ message: String) {
        self.exception = PyBaseException(type: type, args: [PyStr(message)])
    }
    public init(_ type: PyType, args: [PyObject] = []) {
        self.exception = PyBaseException(type: type, args: args)
    }
    public var description: String {
        let msg = exception.args.items.first.flatMap { ($0 as? PyStr)?.value } ?? ""
        return "\(exception.type.name): \(msg)"
    }
}
