/// `dict`: insertion-ordered, keyed by Python hash and equality.
///
/// Entries live in an append-only array (deleted slots become nil and are compacted when
/// they dominate); `slots` is an open-addressing table (CPython's probe sequence) holding
/// entry positions, with `emptySlot` / `deletedSlot` markers.
public final class PyDict: PyObject {
    public struct Entry {
        public let key: PyObject
        public var value: PyObject
        public let hash: Int
    }
    public private(set) var entries: [Entry?] = []
    /// Open-addressing index: entry position, or `emptySlot` / `deletedSlot`. Its size is a
    /// power of two (or zero before the first insertion).
    private var slots: [Int32] = []
    /// Slots that are not empty (live or deleted), to decide when to grow.
    private var usedSlots = 0
    public private(set) var count: Int = 0
    /// Changed on every mutation, so iterators can detect changes and the bridge can keep
    /// CPython's `ma_version_tag` moving. Versions come from one global counter (as in
    /// CPython), so no two dict states share a version: caches can key on it alone.
    public private(set) var version: UInt64 = nextDictVersion() {
        didSet { if isTypeNamespace { TypeAttributeCache.invalidate() } }
    }
    /// Set for a type's `__dict__`: its mutations invalidate the type attribute cache.
    public var isTypeNamespace = false

    private static let emptySlot: Int32 = -1
    private static let deletedSlot: Int32 = -2

    public override init(type: PyType = HotTypes.dict) {
        super.init(type: type)
        GCRegistry.track(self)
    }

    /// Used while `type` and `object` are being created, before `dict` exists.
    init(bootstrap: ()) {
        super.init(bootstrapType: nil)
    }

    /// Hash of `key`: builtin str and int without going through the hooks.
    @inline(__always)
    static func hashKey(_ key: PyObject) throws -> Int {
        // Exact str first, by type identity (no dynamic cast): the namespaces' case.
        if key.type === HotTypes.str {
            let s = unsafeDowncast(key, to: PyStr.self)
            if let h = s.cachedHash { return h }
            return try BuiltinHashing.hash(s)
        }
        if let s = key as? PyStr, !s.type.flags.contains(.heapType) {
            if let h = s.cachedHash { return h }
            return try BuiltinHashing.hash(s)
        }
        if let i = key as? PyInt, i.big == nil, !i.type.flags.contains(.heapType) {
            return BuiltinHashing.hashInt(i.small)
        }
        return try PyObjectHooks.hash(key)
    }

    /// Equality of two distinct keys with the same hash.
    @inline(__always)
    static func keysEqual(_ a: PyObject, _ b: PyObject) throws -> Bool {
        if let x = a as? PyStr, let y = b as? PyStr,
           !x.type.flags.contains(.heapType), !y.type.flags.contains(.heapType) {
            return PyStr.sameText(x.value, y.value)
        }
        return try PyObjectHooks.equal(a, b)
    }

    /// The slot holding `key`'s entry position (and that position), or nil.
    private func lookup(_ key: PyObject, hash: Int) throws -> (slot: Int, entry: Int)? {
        restart: while true {
            let n = slots.count
            if n == 0 { return nil }
            let mask = n - 1
            var perturb = UInt(bitPattern: hash)
            var i = Int(UInt(bitPattern: hash) & UInt(mask))
            while true {
                let ix = slots[i]
                if ix == PyDict.emptySlot { return nil }
                if ix >= 0 {
                    let e = Int(ix)
                    if let entry = entries[e] {
                        if entry.key === key { return (i, e) }
                        if entry.hash == hash {
                            let v = version
                            let eq = try PyDict.keysEqual(entry.key, key)
                            if version != v { continue restart }
                            if eq { return (i, e) }
                        }
                    }
                }
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
            }
        }
    }

    private func position(of key: PyObject, hash: Int) throws -> Int? {
        try lookup(key, hash: hash)?.entry
    }

    /// Inserts entry position `e` for `hash` into a table known not to hold the key.
    private func insertSlot(hash: Int, entry e: Int) {
        let mask = slots.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while slots[i] >= 0 {
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        if slots[i] == PyDict.emptySlot { usedSlots += 1 }
        slots[i] = Int32(e)
    }

    /// Rebuilds `slots` for the current entries, sized for `minimum` live keys.
    private func rebuildSlots(minimum: Int) {
        var n = 8
        while n * 2 < minimum * 3 { n <<= 1 }
        slots = [Int32](repeating: PyDict.emptySlot, count: n)
        usedSlots = 0
        for (i, e) in entries.enumerated() {
            if let e = e { insertSlot(hash: e.hash, entry: i) }
        }
    }

    public func get(_ key: PyObject) throws -> PyObject? {
        let h = try PyDict.hashKey(key)
        guard let e = try position(of: key, hash: h) else { return nil }
        return entries[e]?.value
    }

    public func set(_ key: PyObject, _ value: PyObject) throws {
        let h = try PyDict.hashKey(key)
        if let i = try position(of: key, hash: h) {
            version = nextDictVersion()
            entries[i]!.value = value
            return
        }
        version = nextDictVersion()
        if (usedSlots + 1) * 3 >= slots.count * 2 {
            if entries.count > 16 && count * 2 < entries.count {
                entries = entries.filter { $0 != nil }
            }
            rebuildSlots(minimum: (count + 1) * 2)
        }
        insertSlot(hash: h, entry: entries.count)
        entries.append(Entry(key: key, value: value, hash: h))
        count += 1
    }

    /// Removes `key`; returns the old value, or nil when it was absent.
    @discardableResult
    public func remove(_ key: PyObject) throws -> PyObject? {
        let h = try PyDict.hashKey(key)
        guard let (slot, i) = try lookup(key, hash: h) else { return nil }
        let old = entries[i]!.value
        entries[i] = nil
        slots[slot] = PyDict.deletedSlot
        count -= 1
        version = nextDictVersion()
        if entries.count > 16 && count * 2 < entries.count { compact() }
        return old
    }

    /// Removes and returns the newest entry (`dict.popitem()`). Deleted entries at the end are
    /// dropped (no slot refers to them) so that popping everything stays linear.
    public func popLast() throws -> (key: PyObject, value: PyObject)? {
        while let last = entries.last, last == nil { entries.removeLast() }
        guard let last = entries.last, let e = last else { return nil }
        try remove(e.key)
        while let tail = entries.last, tail == nil { entries.removeLast() }
        return (e.key, e.value)
    }

    public func clear() {
        entries = []; slots = []; usedSlots = 0; count = 0; version = nextDictVersion()
    }

    private func compact() {
        entries = entries.filter { $0 != nil }
        rebuildSlots(minimum: count * 2)
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

nonisolated(unsafe) private var dictVersionCounter: UInt64 = 0
@inline(__always) private func nextDictVersion() -> UInt64 {
    dictVersionCounter &+= 1
    return dictVersionCounter
}
