import PyObjects
import PyCompiler
import Foundation

/// A weak reference (`weakref.ref` and its subclasses). The referent is held by a Swift weak
/// reference, except types, which are held strongly: a weak reference gives its target a
/// side table that slows every later retain of it, and types are retained constantly.
/// Callbacks are stored but not called (Swift gives no notice of an object's death).
final class PyWeakRef: PyObject {
    weak var target: PyObject?
    var strongType: PyType?
    let callback: PyObject?
    var hashValue: Int?

    init(type: PyType, target: PyObject, callback: PyObject?) {
        if let t = target as? PyType { strongType = t } else { self.target = target }
        self.callback = callback
        super.init(type: type)
        if type.flags.contains(.heapType) { instanceDict = PyDict() }
    }

    var referent: PyObject? { strongType ?? target }
}

/// `weakref.proxy(obj)`.
final class PyWeakProxy: PyObject {
    weak var target: PyObject?
    var strongType: PyType?
    init(type: PyType, target: PyObject) {
        if let t = target as? PyType { strongType = t } else { self.target = target }
        super.init(type: type)
    }
    func referent() throws -> PyObject {
        if let r = strongType ?? target { return r }
        throw PythonError(PyExc.ReferenceError, "weakly-referenced object no longer exists")
    }
}

enum WeakrefModule {
    /// Live weak references per referent, for getweakrefcount/getweakrefs and to share the
    /// callback-less `ref(obj)` as CPython does.
    struct Box { weak var ref: PyWeakRef? }
    nonisolated(unsafe) static var registry: [ObjectIdentifier: [Box]] = [:]

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
            throw PythonError(PyExc.TypeError, "cannot create weak reference to '\(o.type.name)' object")
        }
    }

    static func liveRefs(_ o: PyObject) -> [PyWeakRef] {
        let id = ObjectIdentifier(o)
        guard var boxes = registry[id] else { return [] }
        boxes.removeAll { $0.ref == nil || $0.ref!.referent !== o }
        registry[id] = boxes.isEmpty ? nil : boxes
        return boxes.compactMap { $0.ref }
    }

    static func newRef(_ cls: PyType, _ obj: PyObject, _ callback: PyObject?) throws -> PyObject {
        try checkReferenceable(obj)
        let cb = callback === pyNone ? nil : callback
        if cls === refType && cb == nil, let shared = liveRefs(obj).first(where: { $0.type === refType && $0.callback == nil }) {
            return shared
        }
        let r = PyWeakRef(type: cls, target: obj, callback: cb)
        registry[ObjectIdentifier(obj), default: []].append(Box(ref: r))
        return r
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
        b.fn("getweakrefcount") { a, _ in PyInt.make(a.isEmpty ? 0 : liveRefs(a[0]).count) }
        b.fn("getweakrefs") { a, _ in PyList(a.isEmpty ? [] : liveRefs(a[0])) }
        b.fn("proxy") { a, _ in
            guard let obj = a.first else { throw PythonError(PyExc.TypeError, "proxy expected at least 1 argument, got 0") }
            try checkReferenceable(obj)
            let callable = obj.type.lookup("__call__") != nil
            return PyWeakProxy(type: callable ? callableProxyType : proxyType, target: obj)
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
            guard let obj = px.strongType ?? px.target else { return PyStr("<weakproxy at \(Repr.address(px)); dead>") }
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
