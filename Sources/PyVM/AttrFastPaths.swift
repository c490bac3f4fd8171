import PyObjects

/// Attribute loads and stores on plain instances of Python classes (the Swift object is exactly
/// `PyObject`, so it is no module, type, super or builtin-subclass instance) whose outcome the
/// instance dict decides. They do what `Ops.genericGetAttr` / `Ops.genericSetAttr` would, minus
/// the dynamic casts and the MRO walk for `__setattr__`; anything else returns nil / false and
/// the eval loop takes the general path (which also raises every error).
extension FastPaths {
    nonisolated(unsafe) private static var plainClassBits: UInt = 0
    nonisolated(unsafe) private static var classAttrName: PyStr?
    nonisolated(unsafe) private static var setattrName: PyStr?
    /// `object.__setattr__` as found on the type (nil when `object` has no such entry).
    nonisolated(unsafe) private static var objectSetattr: PyObject?
    nonisolated(unsafe) private static var namesLoaded = false

    /// Flags under which the instance dict does not simply decide attribute access.
    /// (Built from raw values: an option-set array literal is an array allocation across modules.)
    @inline(__always) static var attrSpecialFlags: TypeFlags {
        TypeFlags(rawValue: TypeFlags.extensionType.rawValue | TypeFlags.slotsNoDict.rawValue
                  | TypeFlags.slotsWithDict.rawValue | TypeFlags.customGetattribute.rawValue)
    }

    @inline(__always) static func isPlainInstance(_ o: PyObject) -> Bool {
        if plainClassBits == 0 { plainClassBits = unsafeBitCast(PyObject.self as AnyClass, to: UInt.self) }
        return unsafeBitCast(type(of: o) as AnyClass, to: UInt.self) == plainClassBits
    }

    private static func loadNames() {
        classAttrName = DunderNames.classAttr
        setattrName = DunderNames.setattrName
        objectSetattr = PyTypes.object.lookup(DunderNames.setattrName)
        namesLoaded = true
    }

    /// `o.name` when `o` is a plain instance, no data descriptor on its class interferes and
    /// the instance dict holds the name; nil otherwise.
    @inline(__always)
    static func instanceAttr(_ o: PyObject, _ name: PyStr, function functionType: UInt) throws -> PyObject? {
        guard isPlainInstance(o), let dict = o.instanceDict else { return nil }
        let t = o.type
        if !t.flags.isDisjoint(with: attrSpecialFlags) { return nil }
        // A function on the class is a non-data descriptor: the instance dict wins over it.
        if let d = t.lookup(name), bits(d.type) != functionType { return nil }
        return try dict.get(name)
    }

    /// `o.name = v` into the instance dict when `o` is a plain instance of a class with no
    /// `__setattr__` of its own and no descriptor for `name` that takes the store; false otherwise.
    @inline(__always)
    static func setInstanceAttr(_ o: PyObject, _ name: PyStr, _ v: PyObject) throws -> Bool {
        guard isPlainInstance(o), let dict = o.instanceDict else { return false }
        let t = o.type
        let flags = t.flags
        if !flags.contains(.heapType) || !flags.isDisjoint(with: attrSpecialFlags) { return false }
        if !namesLoaded { loadNames() }
        if same(name, classAttrName!) { return false }
        if let s = t.lookup(setattrName!), objectSetattr.map({ !same(s, $0) }) ?? true { return false }
        if let d = t.lookup(name) {
            // The descriptors genericSetAttr hands the store to; any other class attribute is shadowed.
            if d.type.hasDictBehaviour || d is PyProperty || d is PyMemberDescriptor || d is InstanceDictDescriptor { return false }
        }
        try dict.set(name, v)
        return true
    }
}
