/// `tuple`.
public final class PyTuple: PyObject {
    public let items: [PyObject]
    public init(_ items: [PyObject], type: PyType = HotTypes.tuple) {
        self.items = items
        super.init(type: type)
        if !items.isEmpty { GCRegistry.track(self) }
    }
    public static let empty = PyTuple([])
}

/// `list`.
public final class PyList: PyObject {
    public var items: [PyObject]
    public init(_ items: [PyObject] = [], type: PyType = HotTypes.list) {
        self.items = items
        super.init(type: type)
        GCRegistry.track(self)
    }
}
