import PyObjects
import PyCompiler

/// The state `_abc_init` keeps on an abstract class (`cls._abc_impl`): the registered virtual
/// subclasses and the positive and negative isinstance/issubclass caches. CPython keeps sets
/// of weak references; Swallow's weak references hold types strongly anyway, so the classes
/// are kept here directly, in insertion order, keyed by identity.
final class PyAbcData: PyObject {
    var registry = AbcClassSet()
    var cache = AbcClassSet()
    var negativeCache = AbcClassSet()
    var negativeCacheVersion = 0
}

/// An ordered identity set of classes.
struct AbcClassSet {
    private(set) var members: [PyObject] = []
    private var ids: Set<ObjectIdentifier> = []
    func contains(_ o: PyObject) -> Bool { ids.contains(ObjectIdentifier(o)) }
    mutating func add(_ o: PyObject) {
        if ids.insert(ObjectIdentifier(o)).inserted { members.append(o) }
    }
    mutating func removeAll() { members.removeAll(); ids.removeAll() }
}

/// `_abc`: the C accelerator of `abc.ABCMeta` (CPython's `Modules/_abc.c` semantics), so
/// `abc` does not fall back to `_py_abc`.
enum AbcModule {
    static let dataType = ModuleTypes.make("_abc_data", module: "_abc", subclassable: false)
    /// Bumped by every `register` call: negative caches older than it are stale.
    nonisolated(unsafe) static var invalidationCounter = 0
    /// CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING given by `__abc_tpflags__` or by
    /// registration with such a class; `match` reads them (`Match.isSequence`).
    static let sequenceFlag = 1 << 5, mappingFlag = 1 << 6
    nonisolated(unsafe) static var collectionFlags: [ObjectIdentifier: Int] = [:]

    /// The collection flags of `t` or its nearest flagged class in the MRO.
    static func flags(_ t: PyType) -> Int? {
        if collectionFlags.isEmpty { return nil }
        for c in t.mro { if let f = collectionFlags[ObjectIdentifier(c)] { return f } }
        return nil
    }

    static func make() -> PyModule {
        let b = ModuleBuilder("_abc", doc: "Module contains faster C implementation of abc.ABCMeta")
        ModuleTypes.ctor(dataType) { _, _, _ in PyAbcData(type: dataType) }
        b.fn("get_cache_token") { a, k in
            try Args("get_cache_token", a, k).check(min: 0, max: 0)
            return PyInt.make(invalidationCounter)
        }
        b.fn("_abc_init") { a, k in
            try Args("_abc_init", a, k).check(min: 1, max: 1)
            try initialize(a[0])
            return pyNone
        }
        b.fn("_abc_register") { a, k in
            try Args("_abc_register", a, k).check(min: 2, max: 2)
            return try register(a[0], a[1])
        }
        b.fn("_abc_instancecheck") { a, k in
            try Args("_abc_instancecheck", a, k).check(min: 2, max: 2)
            return try instanceCheck(a[0], a[1])
        }
        b.fn("_abc_subclasscheck") { a, k in
            try Args("_abc_subclasscheck", a, k).check(min: 2, max: 2)
            return pyBool(try subclassCheck(a[0], a[1]))
        }
        b.fn("_get_dump") { a, k in
            try Args("_get_dump", a, k).check(min: 1, max: 1)
            let impl = try data(a[0])
            return PyTuple([try weakSet(impl.registry), try weakSet(impl.cache), try weakSet(impl.negativeCache),
                            PyInt.make(impl.negativeCacheVersion)])
        }
        b.fn("_reset_registry") { a, k in
            try Args("_reset_registry", a, k).check(min: 1, max: 1)
            try data(a[0]).registry.removeAll()
            return pyNone
        }
        b.fn("_reset_caches") { a, k in
            try Args("_reset_caches", a, k).check(min: 1, max: 1)
            let impl = try data(a[0])
            impl.cache.removeAll()
            impl.negativeCache.removeAll()
            return pyNone
        }
        return b.module
    }

    /// A set of weak references to the classes (what CPython's `_get_dump` shows).
    static func weakSet(_ s: AbcClassSet) throws -> PySet {
        let out = PySet()
        for c in s.members { try out.add(PyWeakRef(type: WeakrefModule.refType, target: c, native: nil, callback: nil)) }
        return out
    }

    static func data(_ cls: PyObject) throws -> PyAbcData {
        let impl = try Ops.getAttr(cls, "_abc_impl")
        guard let d = impl as? PyAbcData else {
            throw PythonError(PyExc.TypeError, "_abc_impl is set to a wrong type")
        }
        return d
    }

    static func isAbstract(_ o: PyObject) throws -> Bool {
        guard let v = try Ops.getAttrOptional(o, PyStr.intern("__isabstractmethod__")) else { return false }
        return try Ops.isTrue(v)
    }

    /// `__abstractmethods__`: the abstract names defined here plus the inherited abstract
    /// names still abstract in this class; then the state object and collection flags.
    static func initialize(_ cls: PyObject) throws {
        var abstracts: [PyObject] = []
        let ns = try Ops.getAttr(cls, "__dict__")
        for item in try Ops.toArray(Ops.callMethod(ns, "items", [])) {
            guard let pair = item as? PyTuple, pair.items.count == 2 else {
                throw PythonError(PyExc.TypeError, "items() returned item which is not a 2-tuple")
            }
            if try isAbstract(pair.items[1]) { abstracts.append(pair.items[0]) }
        }
        guard let bases = try Ops.getAttr(cls, "__bases__") as? PyTuple else {
            throw PythonError(PyExc.TypeError, "__bases__ is not tuple")
        }
        for base in bases.items {
            guard let inherited = try Ops.getAttrOptional(base, PyStr.intern("__abstractmethods__")) else { continue }
            for name in try Ops.toArray(inherited) {
                guard let nameStr = name as? PyStr else {
                    throw PythonError(PyExc.TypeError, "attribute name must be string, not '\(name.type.name)'")
                }
                guard let value = try Ops.getAttrOptional(cls, nameStr) else { continue }
                if try isAbstract(value) { abstracts.append(name) }
            }
        }
        let frozen = PySet(type: PyTypes.frozenset)
        for n in abstracts { try frozen.add(n) }
        try Ops.setAttr(cls, "__abstractmethods__", frozen)
        try Ops.setAttr(cls, "_abc_impl", PyAbcData(type: dataType))
        // collections.abc marks Sequence and Mapping through `__abc_tpflags__`.
        if let t = cls as? PyType, let flags = t.dict.getItem(string: "__abc_tpflags__") {
            if let i = flags as? PyInt {
                let bits = (i.big == nil ? i.small : 0) & (sequenceFlag | mappingFlag)
                if bits != 0 { collectionFlags[ObjectIdentifier(t)] = bits }
            }
            _ = try t.dict.remove(PyStr("__abc_tpflags__"))
        }
    }

    static func register(_ cls: PyObject, _ subclass: PyObject) throws -> PyObject {
        guard let sub = subclass as? PyType else {
            throw PythonError(PyExc.TypeError, "Can only register classes")
        }
        if try Ops.isSubclass(sub, cls) { return sub }  // already a subclass
        // Subtle: test for cycles *after* testing for "already a subclass".
        if try Ops.isSubclass(cls, sub) {
            throw PythonError(PyExc.RuntimeError, "Refusing to create an inheritance cycle")
        }
        try data(cls).registry.add(sub)
        invalidationCounter += 1
        if let t = cls as? PyType, let bits = collectionFlags[ObjectIdentifier(t)] {
            setCollectionFlags(sub, bits)
        }
        return sub
    }

    /// A registered class and its subclasses take the sequence/mapping flag (unless they
    /// have one of their own).
    static func setCollectionFlags(_ t: PyType, _ bits: Int) {
        if t.flags.contains(.heapType) == false { return }
        if collectionFlags[ObjectIdentifier(t)] != nil { return }
        collectionFlags[ObjectIdentifier(t)] = bits
        for s in t.subclassRefs.compactMap(\.type) { setCollectionFlags(s, bits) }
    }

    static func instanceCheck(_ cls: PyObject, _ instance: PyObject) throws -> PyObject {
        let impl = try data(cls)
        let subclass = try Ops.getAttr(instance, "__class__")
        if impl.cache.contains(subclass) { return pyTrue }
        let subtype = instance.type
        if subtype === subclass {
            if impl.negativeCacheVersion == invalidationCounter && impl.negativeCache.contains(subclass) {
                return pyFalse
            }
            return try Ops.callMethod(cls, "__subclasscheck__", [subclass])
        }
        let r = try Ops.callMethod(cls, "__subclasscheck__", [subclass])
        if try Ops.isTrue(r) { return r }
        return try Ops.callMethod(cls, "__subclasscheck__", [subtype])
    }

    static func subclassCheck(_ cls: PyObject, _ subclass: PyObject) throws -> Bool {
        guard let sub = subclass as? PyType else {
            throw PythonError(PyExc.TypeError, "issubclass() arg 1 must be a class")
        }
        let impl = try data(cls)
        // 1. The positive cache.
        if impl.cache.contains(sub) { return true }
        // 2. The negative cache, dropped when a registration happened since it was filled.
        if impl.negativeCacheVersion < invalidationCounter {
            impl.negativeCache.removeAll()
            impl.negativeCacheVersion = invalidationCounter
        } else if impl.negativeCache.contains(sub) {
            return false
        }
        // 3. The subclass hook.
        let ok = try Ops.callMethod(cls, "__subclasshook__", [sub])
        if ok === pyTrue { impl.cache.add(sub); return true }
        if ok === pyFalse { impl.negativeCache.add(sub); return false }
        if ok !== PyNotImplemented.shared {
            throw PythonError(PyExc.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented")
        }
        // 4. A direct subclass.
        if sub.mro.contains(where: { $0 === cls }) { impl.cache.add(sub); return true }
        // 5. A registered class (answered without caching, as CPython does) or a subclass of one.
        if impl.registry.contains(sub) { return true }
        for r in impl.registry.members where try Ops.isSubclass(sub, r) {
            impl.cache.add(sub)
            return true
        }
        // 6. A subclass of a subclass (recursively, through their own checks).
        for s in try Ops.toArray(Ops.callMethod(cls, "__subclasses__", [])) where try Ops.isSubclass(sub, s) {
            impl.cache.add(sub)
            return true
        }
        // 7. No.
        impl.negativeCache.add(sub)
        return false
    }
}
