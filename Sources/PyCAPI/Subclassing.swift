import CPythonABI
import PyObjects
import PyVM

/// Python classes deriving from extension types (issue 6): `class R(_random.Random)`.
///
/// Instances are C objects of the extension's layout, made by the base's `tp_new` with the
/// subclass's own C type object (`TypeBridge.heapTypeMirror`), which adds a `__dict__` and a
/// `__weakref__` slot and inherits the base's slots (CShim/subtypes.c). The runtime holds the
/// usual `CNativeObject` proxy; its attribute dict lives in the C object's dict slot, so it
/// survives while only C holds the instance.
enum Subclassing {
    /// The extension type whose layout instances of `t` have: the nearest non-Python class in
    /// its MRO when that is an extension type (exceptions keep the runtime's own layout).
    static func nativeBase(_ t: PyType) -> CType? {
        guard let solid = t.mro.first(where: { !$0.flags.contains(.heapType) }),
              solid.flags.contains(.extensionType), !solid.flags.contains(.exception),
              let raw = solid.bridgeType else { return nil }
        return raw.assumingMemoryBound(to: PyTypeObject.self)
    }

    /// Gives the C type object of Python class `t` its extension base's layout and slots, and
    /// points the slots of the dunders its Python classes define at the runtime.
    static func inherit(_ to: CType, _ t: PyType, from base: CType) {
        // tp_base: the first base sharing the layout (a mixin's type object does not).
        if let b = t.bases.first(where: { nativeBase($0) != nil }) {
            to.pointee.tp_base = b.flags.contains(.heapType) ? Mirrors.cTypeFor(b) : base
        }
        swpy_inherit_native(to, base)
        for c in t.mro where c.flags.contains(.heapType) {
            for case let k as PyStr in c.dict.items.map({ $0.key }) where k.value.hasPrefix("__") && k.value.hasSuffix("__") {
                _ = k.value.withCString { swpy_override_slot(to, $0) }
            }
        }
    }

    /// The `__dict__`s of C objects whose type manages it (tp_dictoffset -1: Python classes
    /// deriving from extension types), by object address; dropped by the subtype's dealloc.
    nonisolated(unsafe) static var managedDicts: [UnsafeMutableRawPointer: PyDict] = [:]

    /// Gives the proxy of C object `op` its instance dict: the managed one, or the one in the
    /// type's dict slot (made on first need).
    static func attachDict(_ proxy: PyObjects.PyObject, _ op: CObject) {
        let off = op.pointee.ob_type.pointee.tp_dictoffset
        if off == -1 {
            let key = UnsafeMutableRawPointer(op)
            if let d = managedDicts[key] { proxy.instanceDict = d; return }
            let d = PyDict()
            managedDicts[key] = d
            proxy.instanceDict = d
            return
        }
        guard off > 0 else { return }
        let slot = (UnsafeMutableRawPointer(op) + off).assumingMemoryBound(to: CObject?.self)
        if let d = slot.pointee {
            proxy.instanceDict = Bridge.object(d) as? PyDict
        } else {
            let d = PyDict()
            slot.pointee = Bridge.newReference(d)
            proxy.instanceDict = d
        }
    }

    /// Gives C object `op` (and its proxy) a new `__dict__`.
    static func replaceDict(_ proxy: PyObjects.PyObject, _ op: CObject, _ d: PyDict) {
        let off = op.pointee.ob_type.pointee.tp_dictoffset
        if off == -1 {
            managedDicts[UnsafeMutableRawPointer(op)] = d
        } else if off > 0 {
            let slot = (UnsafeMutableRawPointer(op) + off).assumingMemoryBound(to: CObject?.self)
            let old = slot.pointee
            slot.pointee = Bridge.newReference(d)
            if let old { Bridge.decref(old) }
        }
        proxy.instanceDict = d
    }

    /// `T.__new__(S, *args, **kwargs)` of an extension type T: T's tp_new with S's C type.
    static func newWrapper(_ type: PyType, _ t: CType, _ tpNew: newfunc) -> PyObjects.PyObject {
        let n = ExtensionTypes.qualifiedName(t)
        // Messages name types by tp_name, as CPython's do.
        func tpName(_ c: PyType) -> String {
            c.bridgeType.map { ExtensionTypes.qualifiedName($0.assumingMemoryBound(to: PyTypeObject.self)) } ?? c.name
        }
        let fn = PyBuiltinFunction(name: "__new__", boundSelf: type) { args, kwargs in
            guard let cls = args.first as? PyType else {
                throw PythonError(PyExc.TypeError, "\(n).__new__(X): X is not a type object (\(args.first?.type.name ?? "NULL"))")
            }
            if !cls.isSubtype(of: type) {
                throw PythonError(PyExc.TypeError, "\(n).__new__(\(tpName(cls))): \(tpName(cls)) is not a subtype of \(n)")
            }
            return try Bridge.callIntoC {
                let sub = Mirrors.cTypeFor(cls)
                let a = Bridge.newReference(PyTuple(Array(args.dropFirst())))
                defer { Bridge.decref(a) }
                let k = kwargs.isEmpty ? nil : Bridge.newReference(try CFunctions.keywordDict(kwargs))
                defer { if let k { Bridge.decref(k) } }
                guard let op = tpNew(sub, a, k) else { throw Errors.afterFailure("\(n).__new__") }
                return Bridge.steal(op)
            }
        }
        return PyStaticMethod(fn)
    }

    /// `T.__init__(self, *args, **kwargs)` of an extension type T: T's tp_init.
    static func initWrapper(_ type: PyType, _ tpInit: initproc) -> PyObjects.PyObject {
        let n = type.name
        return PyMethodDescriptor(name: "__init__", owner: type) { receiver, args, kwargs in
            try Bridge.callIntoC {
                let a = Bridge.newReference(PyTuple(args))
                defer { Bridge.decref(a) }
                let k = kwargs.isEmpty ? nil : Bridge.newReference(try CFunctions.keywordDict(kwargs))
                defer { if let k { Bridge.decref(k) } }
                if tpInit(Bridge.borrowed(receiver), a, k) < 0 { throw Errors.afterFailure("\(n).__init__") }
                return pyNone
            }
        }
    }
}

@_cdecl("swpy_managed_dict_clear")
func swpy_managed_dict_clear(_ op: CObject?) {
    guard let op else { return }
    // Removed first, released after: the dict's contents may run code as they die.
    let d = Subclassing.managedDicts.removeValue(forKey: UnsafeMutableRawPointer(op))
    withExtendedLifetime(d) {}
}

/// tp_init of a Python class deriving from an extension type that defines `__init__`: calls it
/// (C code, such as the base's tp_new or a Cython caller, may run tp_init directly).
@_cdecl("swpy_slot_tp_init")
func swpy_slot_tp_init(_ selfOp: CObject?, _ args: CObject?, _ kwds: CObject?) -> Int32 {
    capi(-1) {
        let obj = try arg(selfOp)
        guard let a = try arg(args) as? PyTuple else { throw PythonError(PyExc.TypeError, "argument list must be a tuple") }
        var kw: [(String, PyObjects.PyObject)] = []
        if let kwds, let d = Bridge.object(kwds) as? PyDict {
            for (k, v) in d.items { if let s = k as? PyStr { kw.append((s.value, v)) } }
        }
        guard let f = obj.type.lookup("__init__") else { return 0 }
        let r = try Ops.call(f, args: [obj] + a.items, kwargs: kw)
        if r !== pyNone {
            throw PythonError(PyExc.TypeError, "__init__() should return None, not '\(r.type.name)'")
        }
        return 0
    }
}
