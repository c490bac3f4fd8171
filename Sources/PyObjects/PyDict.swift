/// `dict`: insertion-ordered, keyed by Python hash and equality.
///
/// Entries live in an append-only array (deleted slots become nil and are compacted when
/// they dominate); `index` maps a hash to the entry positions holding keys with that hash.
public final class PyDict: PyObject {
    public struct Entry {
        public let key: PyObject
        public var value: PyObject
        public let hash: Int
    }
    public private(set) var entries: [Entry?] = []
    private var index: [Int: [Int]] = [:]
    public private(set) var count: Int = 0
    /// Bumped on every mutation, so iterators can detect changes and the bridge can keep
    /// CPython's `ma_version_tag` moving.
    public private(set) var version: UInt64 = 0

    public override init(type: PyType = PyTypes.dict) {
        super.init(type: type)
    }

    /// Used while `type` and `object` are being created, before `dict` exists.
    init(bootstrap: ()) {
        super.init(bootstrapType: nil)
    }

    private func position(of key: PyObject, hash: Int) throws -> Int? {
        guard let candidates = index[hash] else { return nil }
        for i in candidates {
            guard let e = entries[i] else { continue }
            if e.key === key { return i }
        }
        for i in candidates {
            guard let e = entries[i] else { continue }
            if try PyObjectHooks.equal(e.key, key) { return i }
        }
        return nil
    }

    public func get(_ key: PyObject) throws -> PyObject? {
        let h = try PyObjectHooks.hash(key)
        return try position(of: key, hash: h).flatMap { entries[$0]?.value }
    }

    public func set(_ key: PyObject, _ value: PyObject) throws {
        let h = try PyObjectHooks.hash(key)
        version &+= 1
        if let i = try position(of: key, hash: h) {
            entries[i]!.value = value
            return
        }
        index[h, default: []].append(entries.count)
        entries.append(Entry(key: key, value: value, hash: h))
        count += 1
    }

    /// Removes `key`; returns the old value, or nil when it was absent.
    @discardableResult
    public func remove(_ key: PyObject) throws -> PyObject? {
        let h = try PyObjectHooks.hash(key)
        guard let i = try position(of: key, hash: h) else { return nil }
        let old = entries[i]!.value
        entries[i] = nil
        index[h]!.removeAll { $0 == i }
        if index[h]!.isEmpty { index[h] = nil }
        count -= 1
        version &+= 1
        if entries.count > 16 && count * 2 < entries.count { compact() }
        return old
    }

    public func clear() {
        entries = []; index = [:]; count = 0; version &+= 1
    }

    private func compact() {
        let live = entries.compactMap { $0 }
        entries = live
        index = [:]
        for (i, e) in live.enumerated() { index[e.hash, default: []].append(i) }
    }

    /// Live entries in insertion order.
    public var items: [(key: PyObject, value: PyObject)] {
        entries.compactMap { $0.map { ($0.key, $0.value) } }
    }

    // String-keyed fast paths for namespaces (globals, type and instance dicts). Strings hash
    // and compare without running Python code, so these cannot throw.
    public func getItem(string key: String) -> PyObject? {
        try! get(PyStr.intern(key))
    }
    public func setItem(string key: String, _ value: PyObject) {
        try! set(PyStr.intern(key), value)
    }
}

/// Hash and equality as Python defines them. The defaults cover the builtin value types;
/// the VM replaces them at start-up with versions that call `__hash__` / `__eq__`.
public enum PyObjectHooks {
    nonisolated(unsafe) public static var hash: (PyObject) throws -> Int = BuiltinHashing.hash
    nonisolated(unsafe) public static var equal: (PyObject, PyObject) throws -> Bool = BuiltinHashing.equal
}
