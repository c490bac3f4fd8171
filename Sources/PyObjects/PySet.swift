/// `set` and `frozenset`: the members are the keys of an ordered dict (values unused), so
/// they hash and compare through `PyObjectHooks` like dict keys.
public final class PySet: PyObject {
    public let storage: PyDict
    /// Where `pop()` resumes its scan of the storage's entries (so popping all is linear).
    public var popHint = 0

    public override init(type: PyType = PyTypes.set) {
        self.storage = PyDict()
        super.init(type: type)
        GCRegistry.track(self)
    }

    public var isFrozen: Bool { type.isSubtype(of: PyTypes.frozenset) }
    public var count: Int { storage.count }
    public var elements: [PyObject] { storage.items.map(\.key) }

    public func add(_ item: PyObject) throws { try storage.set(item, PyNone.shared) }
    public func contains(_ item: PyObject) throws -> Bool { try storage.get(item) != nil }
    @discardableResult public func remove(_ item: PyObject) throws -> Bool { try storage.remove(item) != nil }
}
