/// The most allocated builtin types, from storage with a constant initial value: reading a
/// `PyTypes` static goes through a swift_once check, and every int, float, str, tuple, list
/// and dict the runtime creates names its type (the eval loop's fast paths read them too).
public enum HotTypes {
    @usableFromInline nonisolated(unsafe) static var cachedInt: PyType?
    @usableFromInline nonisolated(unsafe) static var cachedFloat: PyType?
    @usableFromInline nonisolated(unsafe) static var cachedStr: PyType?
    @usableFromInline nonisolated(unsafe) static var cachedTuple: PyType?
    @usableFromInline nonisolated(unsafe) static var cachedList: PyType?
    @usableFromInline nonisolated(unsafe) static var cachedDict: PyType?
    @usableFromInline nonisolated(unsafe) static var cachedFunction: PyType?

    @inlinable public static var int: PyType { if let t = cachedInt { return t }; return loadInt() }
    @usableFromInline static func loadInt() -> PyType { cachedInt = PyTypes.int; return PyTypes.int }
    @inlinable public static var float: PyType { if let t = cachedFloat { return t }; return loadFloat() }
    @usableFromInline static func loadFloat() -> PyType { cachedFloat = PyTypes.float; return PyTypes.float }
    @inlinable public static var str: PyType { if let t = cachedStr { return t }; return loadStr() }
    @usableFromInline static func loadStr() -> PyType { cachedStr = PyTypes.str; return PyTypes.str }
    @inlinable public static var tuple: PyType { if let t = cachedTuple { return t }; return loadTuple() }
    @usableFromInline static func loadTuple() -> PyType { cachedTuple = PyTypes.tuple; return PyTypes.tuple }
    @inlinable public static var list: PyType { if let t = cachedList { return t }; return loadList() }
    @usableFromInline static func loadList() -> PyType { cachedList = PyTypes.list; return PyTypes.list }
    @inlinable public static var dict: PyType { if let t = cachedDict { return t }; return loadDict() }
    @usableFromInline static func loadDict() -> PyType { cachedDict = PyTypes.dict; return PyTypes.dict }
    @inlinable public static var function: PyType { if let t = cachedFunction { return t }; return loadFunction() }
    @usableFromInline static func loadFunction() -> PyType { cachedFunction = PyTypes.function; return PyTypes.function }
}

/// The builtin type objects. Created lazily on first use, `type` and `object` first.
public enum PyTypes {
    /// `type`, once it exists; nil only while `type` and `object` are being created.
    nonisolated(unsafe) static var typeIfReady: PyType?

    private static let core: (object: PyType, type: PyType) = {
        let object = PyType(name: "object", bases: [], flags: [.baseType])
        let type = PyType(name: "type", bases: [object], flags: [.baseType])
        object.type = type
        type.type = type
        typeIfReady = type
        return (object, type)
    }()

    public static var object: PyType { core.object }
    public static var type: PyType { core.type }

    private static func make(_ name: String, base: PyType? = nil, subclassable: Bool = true) -> PyType {
        _ = core
        return PyType(name: name, bases: [base ?? core.object], flags: subclassable ? [.baseType] : [])
    }

    public static let int = make("int")
    public static let bool = make("bool", base: int, subclassable: false)
    public static let float = make("float")
    public static let complex = make("complex")
    public static let str = make("str")
    public static let bytes = make("bytes")
    public static let bytearray = make("bytearray")
    public static let tuple = make("tuple")
    public static let list = make("list")
    public static let dict = make("dict")
    public static let set = make("set")
    public static let frozenset = make("frozenset")
    public static let slice = make("slice", subclassable: false)
    public static let range = make("range", subclassable: false)
    public static let noneType = make("NoneType", subclassable: false)
    public static let notImplementedType = make("NotImplementedType", subclassable: false)
    public static let ellipsisType = make("ellipsis", subclassable: false)
    public static let module = make("module")
    public static let function = make("function", subclassable: false)
    public static let builtinFunction = make("builtin_function_or_method", subclassable: false)
    public static let method = make("method", subclassable: false)
    public static let code = make("code", subclassable: false)
    public static let cell = make("cell", subclassable: false)
    public static let property = make("property")
    public static let staticmethod = make("staticmethod")
    public static let classmethod = make("classmethod")
    public static let iterator = make("iterator", subclassable: false)
    public static let generator = make("generator", subclassable: false)
    public static let traceback = make("traceback", subclassable: false)
    public static let frame = make("frame", subclassable: false)
}
