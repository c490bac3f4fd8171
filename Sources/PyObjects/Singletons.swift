/// `None`.
public final class PyNone: PyObject {
    public static let shared = PyNone()
    private init() { super.init(type: PyTypes.noneType) }
}

/// `NotImplemented`.
public final class PyNotImplemented: PyObject {
    public static let shared = PyNotImplemented()
    private init() { super.init(type: PyTypes.notImplementedType) }
}

/// `Ellipsis` (`...`).
public final class PyEllipsis: PyObject {
    public static let shared = PyEllipsis()
    private init() { super.init(type: PyTypes.ellipsisType) }
}

/// Shorthands used everywhere in the runtime.
public var pyNone: PyObject { PyNone.shared }
public var pyTrue: PyBool { PyBool.true }
public var pyFalse: PyBool { PyBool.false }
@inlinable public func pyBool(_ b: Bool) -> PyBool { b ? PyBool.true : PyBool.false }
