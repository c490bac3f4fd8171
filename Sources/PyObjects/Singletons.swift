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

/// Shorthands used everywhere in the runtime. They read plain statics filled on first use:
/// each read of a `static let` is a swift_once call, and these are read on every instruction.
@inlinable public var pyNone: PyObject { if let n = SingletonCache.none { return n }; return SingletonCache.loadNone() }
@inlinable public var pyTrue: PyBool { if let t = SingletonCache.true { return t }; return SingletonCache.loadBools().t }
@inlinable public var pyFalse: PyBool { if let f = SingletonCache.false { return f }; return SingletonCache.loadBools().f }
@inlinable public func pyBool(_ b: Bool) -> PyBool { b ? pyTrue : pyFalse }

public enum SingletonCache {
    @usableFromInline nonisolated(unsafe) static var none: PyObject?
    @usableFromInline nonisolated(unsafe) static var `true`: PyBool?
    @usableFromInline nonisolated(unsafe) static var `false`: PyBool?
    @usableFromInline static func loadNone() -> PyObject {
        let n = PyNone.shared
        none = n
        return n
    }
    @usableFromInline static func loadBools() -> (t: PyBool, f: PyBool) {
        let t = PyBool.true, f = PyBool.false
        `true` = t
        `false` = f
        return (t, f)
    }
}
