/// `tuple`.
public final class PyTuple: PyObject {
    /// Immutable for Python; only the C-API bridge rewrites items (`bridgeReplaceItem`).
    public private(set) var items: [PyObject]
    public init(_ items: [PyObject], type: PyType = HotTypes.tuple) {
        self.items = items
        super.init(type: type)
        if !items.isEmpty { GCRegistry.track(self) }
    }
    /// C may rewrite a tuple it created while it holds the only reference (`PyTuple_SetItem`),
    /// and does with `PyTuple_SET_ITEM` on argument tuples it reuses; the bridge brings the
    /// runtime tuple in step. Nothing else may call this.
    public func bridgeReplaceItem(at i: Int, with item: PyObject) { items[i] = item }
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
