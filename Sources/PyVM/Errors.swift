import PyObjects
import PySyntax

/// Helpers for creating, matching and converting exceptions.
public enum Errors {
    /// Any Swift error as a Python exception (unknown errors become `SystemError`).
    public static func asPythonError(_ error: Error) -> PythonError {
        if let e = error as? PythonError { return e }
        if let s = error as? SyntaxErrorInfo { return PythonError(syntaxError(s)) }
        return PythonError(PyExc.SystemError, "internal error: \(error)")
    }

    /// A `SyntaxError` (or subclass) instance carrying the front end's details.
    public static func syntaxError(_ info: SyntaxErrorInfo) -> PyBaseException {
        let type: PyType
        switch info.kind {
        case .syntaxError: type = PyExc.SyntaxError
        case .indentationError: type = PyExc.IndentationError
        case .tabError: type = PyExc.TabError
        }
        let text: PyObject = info.text.map { PyStr($0) } ?? pyNone
        let details = PyTuple([PyStr(info.filename), PyInt.make(info.lineno), PyInt.make(info.offset), text,
                               PyInt.make(info.endLineno), PyInt.make(info.endOffset)])
        let exc = PyBaseException(type: type, args: [PyStr(info.msg), details])
        let d = exc.instanceDict!
        d.setItem(string: "msg", PyStr(info.msg))
        d.setItem(string: "filename", PyStr(info.filename))
        d.setItem(string: "lineno", PyInt.make(info.lineno))
        d.setItem(string: "offset", PyInt.make(info.offset))
        d.setItem(string: "text", text)
        d.setItem(string: "end_lineno", PyInt.make(info.endLineno))
        d.setItem(string: "end_offset", PyInt.make(info.endOffset))
        d.setItem(string: "print_file_and_line", pyNone)
        return exc
    }

    /// What `raise X` raises: instances as they are, classes instantiated without arguments.
    public static func makeException(_ o: PyObject, forCause: Bool = false) throws -> PyBaseException {
        if let e = o as? PyBaseException { return e }
        if let t = o as? PyType, t.isSubtype(of: PyExc.BaseException) {
            let v = try Ops.call(t, args: [], kwargs: [])
            if let e = v as? PyBaseException { return e }
            throw PythonError(PyExc.TypeError,
                "calling \(Repr.typeRepr(t)) should have returned an instance of BaseException, not \(Repr.typeRepr(v.type))")
        }
        if forCause {
            throw PythonError(PyExc.TypeError, "exception causes must derive from BaseException")
        }
        throw PythonError(PyExc.TypeError, "exceptions must derive from BaseException")
    }

    /// `except T:` matching, where `t` is a class or a tuple of classes.
    public static func matches(_ exc: PyObject, _ t: PyObject) throws -> Bool {
        if let tuple = t as? PyTuple {
            // Every item must be an exception class, even after a match.
            for item in tuple.items where !((item as? PyType)?.isSubtype(of: PyExc.BaseException) ?? false) {
                throw PythonError(PyExc.TypeError, "catching classes that do not inherit from BaseException is not allowed")
            }
            for item in tuple.items where exc.type.isSubtype(of: item as! PyType) { return true }
            return false
        }
        guard let type = t as? PyType, type.isSubtype(of: PyExc.BaseException) else {
            throw PythonError(PyExc.TypeError, "catching classes that do not inherit from BaseException is not allowed")
        }
        return exc.type.isSubtype(of: type)
    }

    /// Sets the exception being handled as `exc`'s context (as raising does), breaking a
    /// cycle that would make `exc` its own context.
    static func withContext(_ exc: PyBaseException) -> PyBaseException {
        guard let h = Runtime.handledException, h !== exc else { return exc }
        var o = h
        while let c = o.context as? PyBaseException {
            if c === exc { o.context = nil; break }
            o = c
        }
        exc.context = h
        return exc
    }

    /// `name 'x' is not defined`, with `name` set for the traceback's suggestion.
    static func nameError(_ name: PyStr) -> PythonError {
        let err = PythonError(PyExc.NameError, "name '\(name.value)' is not defined")
        err.exception.members = ["name": name]
        return err
    }

    /// A new exception of `type` with one message.
    public static func new(_ type: PyType, _ message: String) -> PythonError {
        PythonError(type, message)
    }
}
