/// A module object. Its namespace is `instanceDict` (`__dict__`).
public final class PyModule: PyObject {
    public var dict: PyDict { instanceDict! }
    /// Owned by the bridge for extension modules: the `PyModuleDef*` and the module state.
    public var extensionDef: UnsafeMutableRawPointer?
    public var extensionState: UnsafeMutableRawPointer?

    public init(name: String, doc: PyObject = pyNone, type: PyType = PyTypes.module) {
        super.init(type: type)
        instanceDict = PyDict()
        dict.setItem(string: "__name__", PyStr(name))
        dict.setItem(string: "__doc__", doc)
        dict.setItem(string: "__package__", pyNone)
        dict.setItem(string: "__loader__", pyNone)
        dict.setItem(string: "__spec__", pyNone)
    }

    public var name: String { (dict.getItem(string: "__name__") as? PyStr)?.value ?? "?" }
}

/// A function implemented natively (in Swift, or in C through the bridge).
public final class PyBuiltinFunction: PyObject {
    public typealias Body = (_ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject
    public let name: String
    public let body: Body
    /// The object it is bound to (`__self__`): the module for module functions.
    public let boundSelf: PyObject?
    public var doc: String?
    /// `__module__`.
    public var moduleName: String?
    /// Bridge data: the `PyMethodDef*` of a C function.
    public var methodDef: UnsafeMutableRawPointer?

    public init(name: String, boundSelf: PyObject? = nil, doc: String? = nil, body: @escaping Body) {
        self.name = name
        self.body = body
        self.boundSelf = boundSelf
        self.doc = doc
        super.init(type: PyTypes.builtinFunction)
    }
}
