import PyObjects
import PyCompiler
import Foundation

/// A weak reference (`weakref.ref` and its subclasses). The referent is held by a Swift weak
/// reference, except types, which are held strongly: a weak reference gives its target a
/// side table that slows every later retain of it, and types are retained constantly.
/// Instances of extension types are referred to by their C object (`native`), whose life is
/// not the runtime proxy's. Callbacks run when the referent dies (see `WeakrefModule.died`).
final class PyWeakRef: PyObject {
    weak var target: PyObject?
    var strongType: PyType?
    var native: UnsafeMutableRawPointer?
    var callback: PyObject?
    var hashValue: Int?

    init(type: PyType, target: PyObject, native: UnsafeMutableRawPointer?, callback: PyObject?) {
        if let native { self.native = native }
        else if let t = target as? PyType { strongType = t } else { self.target = target }
        self.callback = callback
        super.init(type: type)
        if type.flags.contains(.heapType) { instanceDict = PyDict() }
    }

    var referent: PyObject? {
        if let t = strongType ?? target { return t }
        return native.flatMap { WeakrefModule.nativeReferent?($0) }
    }
}

/// `weakref.proxy(obj)`.
final class PyWeakProxy: PyObject {
    weak var target: PyObject?
    var strongType: PyType?
    var native: UnsafeMutableRawPointer?
    var callback: PyObject?
    init(type: PyType, target: PyObject, native: UnsafeMutableRawPointer?, callback: PyObject?) {
        if let native { self.native = native }
        else if let t = target as? PyType { strongType = t } else { self.target = target }
        self.callback = callback
        super.init(type: type)
    }
    var current: PyObject? {
        if let t = strongType ?? target { return t }
        return native.flatMap { WeakrefModule.nativeReferent?($0) }
    }
    func referent() throws -> PyObject {
        if let r = current { return r }
        throw PythonError(PyExc.ReferenceError, "weakly-referenced object no longer exists")
    }
}

enum WeakrefModule {
    /// Live weak references and proxies per referent, in CPython's list order (the shared
    /// callback-less ref first, then the shared proxy, then the others newest first), for
    /// getweakrefcount/getweakrefs, sharing and the order callbacks run in. Keyed by the
    /// referent's address: a runtime object's, or the C object's for extension instances.
    struct Box { weak var ref: PyObject? }
    nonisolated(unsafe) static var registry: [UInt: [Box]] = [:]

    /// Set by the C-API bridge: for an instance of an extension type, the address of its C
    /// object after checking that its type supports weak references (TypeError if not); nil
    /// for runtime objects.
    nonisolated(unsafe) static var nativeTarget: ((PyObject) throws -> UnsafeMutableRawPointer?)?
    /// Set by the C-API bridge: the runtime object for a live C object.
    nonisolated(unsafe) static var nativeReferent: ((UnsafeMutableRawPointer) -> PyObject)?

    /// Callbacks of references whose referent died, run at the next safe point (a call), as
    /// `__del__` is: objects die inside arbitrary Swift code.
    nonisolated(unsafe) static var pending: [(PyObject, PyObject)] = []

    static let refType: PyType = {
        let t = ModuleTypes.make("ReferenceType", module: "weakref")
        t.name = "ReferenceType"; t.qualname = "ReferenceType"
        return t
    }()
    static let proxyType = ModuleTypes.make("ProxyType", module: "weakref", subclassable: false)
    static let callableProxyType = ModuleTypes.make("CallableProxyType", module: "weakref", subclassable: false)

    static func checkReferenceable(_ o: PyObject) throws {
        let heap = o.type.flags.contains(.heapType)
        let plain = o is PyInt || o is PyStr || o is PyTuple || o is PyList || o is PyDict || o is PyBytes
            || o is PyFloat || o is PyComplex || o is PyByteArray || o === pyNone
        if plain && !heap {
            throw PythonError(PyExc.TypeError, "cannot create weak reference to '\(o.type.messageName)' object")
        }
    }

    static func key(_ o: PyObject) -> UInt { UInt(bitPattern: ObjectIdentifier(o)) }

    /// The referent's registry key and C object (nil for runtime objects); marks the referent's
    /// type so that its instances report their death (`PyObject.weakrefHook`).
    static func prepare(_ o: PyObject) throws -> (UInt, UnsafeMutableRawPointer?) {
        if let native = try nativeTarget?(o) { return (UInt(bitPattern: native), native) }
        try checkReferenceable(o)
        if !(o is PyType) { o.type.flags.insert(.weaklyReferenced) }
        return (key(o), nil)
    }

    static func live(_ k: UInt) -> [PyObject] {
        guard var boxes = registry[k] else { return [] }
        boxes.removeAll { $0.ref == nil }
        registry[k] = boxes.isEmpty ? nil : boxes
        return boxes.compactMap { $0.ref }
    }

    static func liveRefs(_ o: PyObject) -> [PyObject] {
        if let native = try? nativeTarget?(o) { return live(UInt(bitPattern: native)) }
        return live(key(o))
    }

    static func isBasicRef(_ r: PyObject) -> Bool { r.type === refType && (r as? PyWeakRef)?.callback == nil }
    static func isBasicProxy(_ r: PyObject) -> Bool { (r as? PyWeakProxy).map { $0.callback == nil } ?? false }

    /// Adds a new reference where CPython's list would have it.
    static func register(_ r: PyObject, _ k: UInt) {
        var boxes = registry[k] ?? []
        boxes.removeAll { $0.ref == nil }
        var at = 0
        if isBasicRef(r) {
            at = 0
        } else {
            if let first = boxes.first?.ref, isBasicRef(first) { at = 1 }
            if !isBasicProxy(r), at < boxes.count, let next = boxes[at].ref, isBasicProxy(next) { at += 1 }
        }
        boxes.insert(Box(ref: r), at: at)
        registry[k] = boxes
    }

    static func newRef(_ cls: PyType, _ obj: PyObject, _ callback: PyObject?) throws -> PyObject {
        let (k, native) = try prepare(obj)
        let cb = callback === pyNone ? nil : callback
        if cls === refType && cb == nil, let shared = live(k).first(where: isBasicRef) { return shared }
        let r = PyWeakRef(type: cls, target: obj, native: native, callback: cb)
        register(r, k)
        return r
    }

    static func newProxy(_ obj: PyObject, _ callback: PyObject?) throws -> PyObject {
        let (k, native) = try prepare(obj)
        let cb = callback === pyNone ? nil : callback
        if cb == nil, let shared = live(k).first(where: isBasicProxy) { return shared }
        let callable = obj.type.lookup("__call__") != nil
        let p = PyWeakProxy(type: callable ? callableProxyType : proxyType, target: obj, native: native, callback: cb)
        register(p, k)
        return p
    }

    /// The referent with key `k` died (its deinit, or the C object's PyObject_ClearWeakRefs):
    /// its references go dead and their callbacks are queued, in list order.
    static func died(_ k: UInt) {
        guard let boxes = registry.removeValue(forKey: k) else { return }
        for b in boxes {
            guard let r = b.ref else { continue }
            var cb: PyObject?
            if let w = r as? PyWeakRef { w.native = nil; cb = w.callback; w.callback = nil }
            if let p = r as? PyWeakProxy { p.native = nil; cb = p.callback; p.callback = nil }
            if let cb { pending.append((cb, r)) }
        }
        if !pending.isEmpty { TypeObjects.hasPendingFinalizers = true }
    }

    static func runPending() {
        while !pending.isEmpty {
            let (cb, r) = pending.removeFirst()
            do { _ = try Ops.call(cb, args: [r]) } catch {
                let e = Errors.asPythonError(error).exception
                Stdio.flush(Stdio.stdout)
                let what = (try? Ops.repr(cb).value) ?? "?"
                try? Stdio.write(Stdio.stderr, "Exception ignored in: \(what)\n" + Traceback.format(e))
                Stdio.flush(Stdio.stderr)
            }
        }
    }

    static func make() -> PyModule {
        let b = ModuleBuilder("_weakref")
        installRef()
        installProxy(proxyType)
        installProxy(callableProxyType)
        b.set("ref", refType)
        b.set("ReferenceType", refType)
        b.set("ProxyType", proxyType)
        b.set("CallableProxyType", callableProxyType)
        WeakRefs.installDeathHook()
        b.fn("getweakrefcount") { a, _ in PyInt.make(a.isEmpty ? 0 : liveRefs(a[0]).count) }
        b.fn("getweakrefs") { a, _ in PyList(a.isEmpty ? [] : liveRefs(a[0])) }
        b.fn("proxy") { a, _ in
            guard let obj = a.first else { throw PythonError(PyExc.TypeError, "proxy expected at least 1 argument, got 0") }
            guard a.count <= 2 else { throw PythonError(PyExc.TypeError, "proxy expected at most 2 arguments, got \(a.count)") }
            return try newProxy(obj, a.count > 1 ? a[1] : nil)
        }
        b.fn("_remove_dead_weakref") { a, _ in
            guard a.count == 2, let d = a[0] as? PyDict else {
                throw PythonError(PyExc.TypeError, "_remove_dead_weakref() argument 1 must be dict")
            }
            if let r = try d.get(a[1]) as? PyWeakRef, r.referent == nil { _ = try d.remove(a[1]) }
            return pyNone
        }
        return b.module
    }

    static func installRef() {
        let t = refType
        ModuleTypes.ctor(t) { cls, a, k in
            guard a.count >= 1 && a.count <= 2 else {
                throw PythonError(PyExc.TypeError, "__new__ expected at most 2 arguments, got \(a.count)")
            }
            return try newRef(cls, a[0], a.count > 1 ? a[1] : nil)
        }
        ModuleTypes.def(t, "__init__") { _, _, _ in pyNone }
        ModuleTypes.def(t, "__call__") { o, _, _ in (o as! PyWeakRef).referent ?? pyNone }
        ModuleTypes.def(t, "__hash__") { o, _, _ in
            let r = o as! PyWeakRef
            if let h = r.hashValue { return PyInt.make(h) }
            guard let obj = r.referent else { throw PythonError(PyExc.TypeError, "weak object has gone away") }
            let h = try Ops.hash(obj)
            r.hashValue = h
            return PyInt.make(h)
        }
        for (name, eq) in [("__eq__", true), ("__ne__", false)] {
            ModuleTypes.def(t, name) { o, a, _ in
                guard let other = a.first as? PyWeakRef, let me = o as? PyWeakRef else { return PyNotImplemented.shared }
                if let x = me.referent, let y = other.referent {
                    return try Ops.richCompare(x, y, eq ? .eq : .ne)
                }
                return pyBool((me === other) == eq)
            }
        }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let r = o as! PyWeakRef
            guard let obj = r.referent else { return PyStr("<weakref at \(Repr.address(r)); dead>") }
            var s = "<weakref at \(Repr.address(r)); to '\(obj.type.qualname)' at \(Repr.address(obj))"
            if let n = try? Ops.getAttrOptional(obj, PyStr.intern("__name__")), let ns = n as? PyStr { s += " (\(ns.value))" }
            return PyStr(s + ">")
        }
        ModuleTypes.getter(t, "__callback__") { o in (o as! PyWeakRef).callback ?? pyNone }
        ModuleTypes.classDef(t, "__class_getitem__") { cls, a, _ in
            PyGenericAlias(origin: cls, args: a[0])
        }
    }

    static func genericAlias() throws -> PyObject {
        let types = try Importer.importModule("types")
        return try Ops.getAttr(types, "GenericAlias")
    }

    static func installProxy(_ t: PyType) {
        func p(_ o: PyObject) throws -> PyObject { try (o as! PyWeakProxy).referent() }
        ModuleTypes.def(t, "__getattribute__") { o, a, _ in try Ops.getAttr(try p(o), a[0] as! PyStr) }
        ModuleTypes.def(t, "__setattr__") { o, a, _ in try Ops.setAttr(try p(o), a[0] as! PyStr, a[1]); return pyNone }
        ModuleTypes.def(t, "__delattr__") { o, a, _ in try Ops.delAttr(try p(o), a[0] as! PyStr); return pyNone }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let px = o as! PyWeakProxy
            guard let obj = px.current else { return PyStr("<weakproxy at \(Repr.address(px)); dead>") }
            return PyStr("<weakproxy at \(Repr.address(px)); to '\(obj.type.qualname)' at \(Repr.address(obj))>")
        }
        ModuleTypes.def(t, "__str__") { o, _, _ in try Ops.str(try p(o)) }
        ModuleTypes.def(t, "__len__") { o, _, _ in PyInt.make(try Ops.len(try p(o))) }
        ModuleTypes.def(t, "__bool__") { o, _, _ in pyBool(try Ops.isTrue(try p(o))) }
        ModuleTypes.def(t, "__iter__") { o, _, _ in try Ops.iter(try p(o)) }
        ModuleTypes.def(t, "__getitem__") { o, a, _ in try Ops.getItem(try p(o), a[0]) }
        ModuleTypes.def(t, "__setitem__") { o, a, _ in try Ops.setItem(try p(o), a[0], a[1]); return pyNone }
        ModuleTypes.def(t, "__contains__") { o, a, _ in pyBool(try Ops.contains(try p(o), a[0])) }
        ModuleTypes.def(t, "__eq__") { o, a, _ in try Ops.richCompare(try p(o), a[0], .eq) }
        ModuleTypes.def(t, "__ne__") { o, a, _ in try Ops.richCompare(try p(o), a[0], .ne) }
        t.dict.setItem(string: "__hash__", pyNone)
        if t === callableProxyType {
            ModuleTypes.def(t, "__call__") { o, a, k in try Ops.call(try p(o), args: a, kwargs: k) }
        }
    }
}

/// Weak references for the C-API bridge (PyWeakref_*, PyObject_ClearWeakRefs).
public enum WeakRefs {
    /// Installs how instances of extension types are referred to: `target` gives the C object
    /// of such an instance (TypeError if its type has no weak reference list), nil for runtime
    /// objects; `referent` gives the runtime object back for a live C object.
    public static func setNativeHooks(target: @escaping (PyObject) throws -> UnsafeMutableRawPointer?,
                                      referent: @escaping (UnsafeMutableRawPointer) -> PyObject) {
        WeakrefModule.nativeTarget = target
        WeakrefModule.nativeReferent = referent
        installDeathHook()
    }

    static func installDeathHook() {
        if PyObject.weakrefHook == nil { PyObject.weakrefHook = { k in WeakrefModule.died(UInt(bitPattern: k)) } }
    }

    /// `weakref.ref(obj, callback)`.
    public static func newRef(_ obj: PyObject, _ callback: PyObject?) throws -> PyObject {
        installDeathHook()
        return try WeakrefModule.newRef(WeakrefModule.refType, obj, callback)
    }

    /// `weakref.proxy(obj, callback)`.
    public static func newProxy(_ obj: PyObject, _ callback: PyObject?) throws -> PyObject {
        installDeathHook()
        return try WeakrefModule.newProxy(obj, callback)
    }

    /// The referent of a weak reference (nil once dead); TypeError for other objects.
    public static func referent(_ ref: PyObject) throws -> PyObject? {
        if let r = ref as? PyWeakRef { return r.referent }
        if let p = ref as? PyWeakProxy { return p.current }
        throw PythonError(PyExc.SystemError, "bad argument to internal function")
    }

    /// The C object at `address` died: its weak references go dead, callbacks are queued.
    public static func nativeDied(_ address: UnsafeMutableRawPointer) {
        WeakrefModule.died(UInt(bitPattern: address))
    }

    public static var refType: PyType { WeakrefModule.refType }
    public static var proxyType: PyType { WeakrefModule.proxyType }
    public static var callableProxyType: PyType { WeakrefModule.callableProxyType }
}
