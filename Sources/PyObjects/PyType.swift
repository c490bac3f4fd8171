/// A Python type object (`type` instances): builtin types, classes defined in Python, and types
/// defined by C extensions (whose behaviour the bridge installs as `slots`).
public final class PyType: PyObject {
    public var name: String
    public var qualname: String
    /// `__module__`, or nil for builtins (whose repr is `<class 'int'>`).
    public var moduleName: String?
    /// A C type's `tp_name` ("module.Name" for extension types). CPython's messages name a type
    /// by tp_name, so they say 'failmodes.Counted' where a Python class would say 'Counted'.
    public var cTypeName: String?
    /// The name CPython's error messages use for this type.
    public var messageName: String { cTypeName ?? name }
    public var bases: [PyType]
    public var mro: [PyType] = [] { didSet { TypeAttributeCache.invalidate() } }
    /// The type's namespace (`__dict__`), holding methods and class attributes.
    public let dict: PyDict
    public var flags: TypeFlags
    /// Native behaviour for builtin and C-defined types; Python classes use dunders in `dict`.
    public var slots = TypeSlots()
    /// Opaque per-type data owned by the bridge (e.g. the C `PyTypeObject*` of an extension type).
    public var bridgeType: UnsafeMutableRawPointer?
    /// Direct subclasses, not retained, in creation order (`__subclasses__()`). Each subclass
    /// removes itself in its deinit from the types it registered with.
    public var subclassRefs: [WeakType] = []
    /// The bases this type registered itself with as a subclass.
    private var registeredWith: [PyType] = []

    public init(name: String, bases: [PyType], flags: TypeFlags = [], metatype: PyType? = nil,
                moduleName: String? = nil) {
        self.name = name
        self.qualname = name
        self.bases = bases
        self.flags = flags
        self.moduleName = moduleName
        self.dict = PyDict(bootstrap: ())
        self.dict.isTypeNamespace = true
        // `type` is its own metatype; while it is being created PyTypes.typeIfReady is nil and
        // PyTypes patches the metatype afterwards.
        super.init(bootstrapType: metatype ?? PyTypes.typeIfReady)
        self.mro = PyType.linearize(self)
        for b in bases { b.subclassRefs.append(WeakType(self)) }
        registeredWith = bases
        GCRegistry.track(self)
        GCRegistry.track(dict)
    }

    deinit {
        let me = ObjectIdentifier(self)
        for b in registeredWith { b.subclassRefs.removeAll { $0.id == me } }
    }

    /// Whether the type's behaviour lives in its dict (Python classes and C extension types)
    /// rather than natively in the runtime (builtins): dunders are looked up there.
    public var hasDictBehaviour: Bool { flags.rawValue & (TypeFlags.heapType.rawValue | TypeFlags.extensionType.rawValue) != 0 }

    /// Whether `self` is `other` or a subclass of it.
    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for t in mro where t === other { return true }
        return false
    }

    /// Looks a name up along the MRO, as attribute lookup on the type does.
    public func lookup(_ name: String) -> PyObject? {
        lookup(PyStr.intern(name))
    }

    /// Looks an interned name up along the MRO, through the type attribute cache.
    public func lookup(_ name: PyStr) -> PyObject? {
        let e = TypeAttributeCache.entry(self, name)
        // Compared by address, so a hit copies nothing but the value; the entry's strong
        // references keep both addresses from being reused while it exists.
        if e.pointee.typeID == UInt(bitPattern: ObjectIdentifier(self)) && e.pointee.nameID == UInt(bitPattern: ObjectIdentifier(name))
            && e.pointee.epoch == TypeAttributeCache.epoch {
            return e.pointee.value
        }
        var found: PyObject?
        for t in mro { if let v = try? t.dict.get(name) { found = v; break } }
        e.pointee = TypeAttributeCache.Entry(type: self, name: name, epoch: TypeAttributeCache.epoch, value: found)
        return found
    }

    /// C3 linearisation; falls back to a depth-first order when the bases are inconsistent
    /// (the class statement reports that error before creating the type).
    public static func linearize(_ type: PyType) -> [PyType] {
        var seqs: [[PyType]] = type.bases.map { $0.mro.isEmpty ? [$0] : $0.mro }
        seqs.append(type.bases)
        var result: [PyType] = [type]
        while true {
            seqs = seqs.filter { !$0.isEmpty }
            if seqs.isEmpty { return result }
            var candidate: PyType?
            outer: for s in seqs {
                let head = s[0]
                for other in seqs where other.dropFirst().contains(where: { $0 === head }) { continue outer }
                candidate = head
                break
            }
            guard let next = candidate else { return result + seqs.flatMap { $0 }.reduce(into: [PyType]()) { acc, t in if !acc.contains(where: { $0 === t }) { acc.append(t) } } }
            result.append(next)
            seqs = seqs.map { s in s.first === next ? Array(s.dropFirst()) : s }
        }
    }
}

/// Type flags mirroring the CPython ones the runtime cares about.
/// The flags are computed constants, not `static let`s: those are swift_once-guarded globals
/// behind an addressor call, and flag tests sit on every attribute access.
public struct TypeFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Created by a class statement or `PyType_FromSpec` (can be modified, has a `__dict__`).
    @inlinable public static var heapType: TypeFlags { TypeFlags(rawValue: 1 << 0) }
    /// May be subclassed.
    @inlinable public static var baseType: TypeFlags { TypeFlags(rawValue: 1 << 1) }
    /// Subclass of BaseException.
    @inlinable public static var exception: TypeFlags { TypeFlags(rawValue: 1 << 2) }
    /// Defined by a C extension.
    @inlinable public static var extensionType: TypeFlags { TypeFlags(rawValue: 1 << 3) }
    /// Instances have `__slots__` and no `__dict__`: their `instanceDict` holds only the slot
    /// values, reachable solely through the slots' member descriptors.
    @inlinable public static var slotsNoDict: TypeFlags { TypeFlags(rawValue: 1 << 4) }
    /// Instances have both slots and a `__dict__`: `instanceDict` holds the slot values and the
    /// attribute dict sits inside it under a private key (see `Ops.attrDict`).
    @inlinable public static var slotsWithDict: TypeFlags { TypeFlags(rawValue: 1 << 7) }
    /// A Python class in the MRO defines `__getattribute__`.
    @inlinable public static var customGetattribute: TypeFlags { TypeFlags(rawValue: 1 << 5) }
    /// A Python class in the MRO defines `__del__`.
    @inlinable public static var hasFinalizer: TypeFlags { TypeFlags(rawValue: 1 << 6) }
    /// A C heap type without Py_TPFLAGS_IMMUTABLETYPE: its attributes may be set and deleted.
    /// KNOWN DEFECT: this shares its bit with `slotsWithDict`, so such types' instances also get
    /// a slot-storage `__dict__`; mypyc's native classes (tomli) currently rely on that. Giving
    /// it a bit of its own needs their instance dicts handled explicitly first.
    @inlinable public static var mutableAttributes: TypeFlags { TypeFlags(rawValue: 1 << 7) }
    /// Some instance was weakly referenced: instances report their death (weakref callbacks).
    @inlinable public static var weaklyReferenced: TypeFlags { TypeFlags(rawValue: 1 << 8) }
    /// Instances have a C layout extending a builtin's (a C type deriving from int, list,
    /// dict or an exception): they tell the C-API bridge when they die.
    @inlinable public static var nativeLayout: TypeFlags { TypeFlags(rawValue: 1 << 9) }
}

/// A reference to a subclass that does not keep it alive (for `__subclasses__`).
///
/// Not a Swift `weak` reference: forming one gives the target a side table, after which every
/// retain and release of it takes the slow path, and types are retained on every `obj.type`
/// read (that made float arithmetic 2x slower). The subclass unregisters itself in its deinit
/// instead, so a stored reference is always to a live type.
public struct WeakType {
    unowned(unsafe) let target: PyType
    let id: ObjectIdentifier
    public var type: PyType? { target }
    public init(_ t: PyType) { target = t; id = ObjectIdentifier(t) }
}

/// Native implementations of a type's behaviour. A nil slot means "use the generic path".
public struct TypeSlots {
    public typealias Call = (_ callee: PyObject, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject
    public var call: Call?
    public var repr: ((PyObject) throws -> String)?
    public var getattr: ((PyObject, String) throws -> PyObject?)?
    public init() {}
}

/// Results of `PyType.lookup` (hits and misses), keyed by type and interned name, as CPython's
/// method cache. Instead of per-type version tags (which need every subclass to be known), one
/// global epoch is bumped whenever any type's namespace or MRO changes: that happens while
/// classes are being built and almost never afterwards, so entries stay valid in steady state.
public enum TypeAttributeCache {
    struct Entry {
        var type: PyType?
        var name: PyStr?
        var typeID: UInt
        var nameID: UInt
        var epoch: UInt64
        var value: PyObject?
        init(type: PyType?, name: PyStr?, epoch: UInt64, value: PyObject?) {
            self.type = type
            self.name = name
            typeID = type.map { UInt(bitPattern: ObjectIdentifier($0)) } ?? 0
            nameID = name.map { UInt(bitPattern: ObjectIdentifier($0)) } ?? 0
            self.epoch = epoch
            self.value = value
        }
    }
    static let size = 4096
    /// A plain buffer behind a plain static: an array static would cost a swift_once check and
    /// a uniqueness check per lookup.
    nonisolated(unsafe) private static var table: UnsafeMutablePointer<Entry>?
    nonisolated(unsafe) public private(set) static var epoch: UInt64 = 1

    private static func makeTable() -> UnsafeMutablePointer<Entry> {
        let p = UnsafeMutablePointer<Entry>.allocate(capacity: size)
        p.initialize(repeating: Entry(type: nil, name: nil, epoch: 0, value: nil), count: size)
        table = p
        return p
    }

    @inline(__always) static func entry(_ t: PyType, _ name: PyStr) -> UnsafeMutablePointer<Entry> {
        let a = UInt(bitPattern: ObjectIdentifier(t)), b = UInt(bitPattern: ObjectIdentifier(name))
        return (table ?? makeTable()) + Int(((a >> 4) ^ (b >> 3) ^ (b >> 12)) & UInt(size - 1))
    }

    /// Called when a type's namespace or MRO changes.
    @inline(__always) public static func invalidate() { epoch &+= 1 }

    /// Drops every entry (and the references entries hold), e.g. before a cycle collection.
    public static func clearAll() {
        guard let p = table else { return }
        for i in 0..<size { p[i] = Entry(type: nil, name: nil, epoch: 0, value: nil) }
        invalidate()
    }
}
