import PyObjects
import PyCompiler
import BigInt

/// The abstract object protocol: what Python's operators, builtins and the C-API's
/// `PyObject_*`/`PyNumber_*`/`PySequence_*` functions do, over any object.
///
/// Every function throws `PythonError` with the exception CPython 3.11 raises in the same
/// situation (same type, same message). The C-API bridge calls these directly.
public enum Ops {
    // MARK: calls

    /// `callable(*args, **kwargs)`. Keyword arguments are (name, value) pairs in call order.
    public static func call(_ callable: PyObject, args: [PyObject], kwargs: [(String, PyObject)] = []) throws -> PyObject {
        // `__del__` of objects freed since the last call (never inside a deinit: see TypeObjects).
        if TypeObjects.hasPendingFinalizers { TypeObjects.runPendingFinalizers() }
        switch callable {
        case let f as PyFunction:
            return try Calls.callFunction(f, args, kwargs)
        case let b as PyBuiltinFunction:
            return try b.body(args, kwargs)
        case let m as PyBoundMethod:
            var all = [m.receiver]
            all.reserveCapacity(args.count + 1)
            all.append(contentsOf: args)
            return try call(m.function, args: all, kwargs: kwargs)
        case let t as PyType:
            if let c = t.type.slots.call, t.type !== PyTypes.type { return try c(t, args, kwargs) }
            return try Classes.callType(t, args, kwargs)
        case let s as PyStaticMethod:
            return try call(s.function, args: args, kwargs: kwargs)
        case let d as PyMethodDescriptor:
            if d.isClassMethod {
                guard let first = args.first as? PyType else {
                    throw PythonError(PyExc.TypeError, "descriptor '\(d.name)' of '\(d.owner.name)' object needs a type")
                }
                return try d.body(first, Array(args.dropFirst()), kwargs)
            }
            guard let first = args.first else {
                throw PythonError(PyExc.TypeError, "unbound method \(d.owner.name).\(d.name)() needs an argument")
            }
            if !first.type.isSubtype(of: d.owner) {
                throw PythonError(PyExc.TypeError,
                    "descriptor '\(d.name)' for '\(d.owner.name)' objects doesn't apply to a '\(first.type.name)' object")
            }
            return try d.body(first, Array(args.dropFirst()), kwargs)
        default:
            if let c = callable.type.slots.call { return try c(callable, args, kwargs) }
            if let m = heapLookup(callable.type, DunderNames.call) {
                return try call(m, args: [callable] + args, kwargs: kwargs)
            }
            throw PythonError(PyExc.TypeError, "'\(callable.type.messageName)' object is not callable")
        }
    }

    /// `callable(*args, **kwargs)` with the keywords as a dict (nil for none).
    public static func call(_ callable: PyObject, args: [PyObject], kwargs: PyDict?) throws -> PyObject {
        let kw = try kwargs.map { try kwargsPairs($0, calleeName: { functionDescription(callable) }) } ?? []
        return try call(callable, args: args, kwargs: kw)
    }

    /// `obj.name(*args)`.
    public static func callMethod(_ obj: PyObject, _ name: String, _ args: [PyObject], kwargs: [(String, PyObject)] = []) throws -> PyObject {
        try call(getAttr(obj, name), args: args, kwargs: kwargs)
    }

    /// Whether `callable(o)` is true.
    public static func isCallable(_ o: PyObject) -> Bool {
        switch o {
        case is PyFunction, is PyBuiltinFunction, is PyBoundMethod, is PyType, is PyMethodDescriptor, is PyStaticMethod: return true
        default: return o.type.slots.call != nil || heapLookup(o.type, DunderNames.call) != nil
        }
    }

    /// How a callable names itself in argument errors: `f()`, `A.m()`.
    static func functionDescription(_ callable: PyObject) -> String {
        switch callable {
        case let f as PyFunction: return f.qualname + "()"
        case let b as PyBuiltinFunction: return b.name + "()"
        case let m as PyBoundMethod: return functionDescription(m.function)
        case let t as PyType: return t.name + "()"
        default: return "\(callable.type.name) object"
        }
    }

    /// How `f(*x)`/`f(**x)` errors name the callee: `__main__.f()`, `print()`.
    static func starCallDescription(_ callable: PyObject) -> String {
        switch callable {
        case let f as PyFunction:
            if let m = f.moduleName as? PyStr { return "\(m.value).\(f.qualname)()" }
            return f.qualname + "()"
        case let m as PyBoundMethod: return starCallDescription(m.function)
        default: return functionDescription(callable)
        }
    }

    /// The (name, value) pairs of a `**mapping` argument.
    static func kwargsPairs(_ mapping: PyObject, calleeName: () -> String) throws -> [(String, PyObject)] {
        var out: [(String, PyObject)] = []
        if let d = mapping as? PyDict {
            for (k, v) in d.items {
                guard let s = k as? PyStr else { throw PythonError(PyExc.TypeError, "keywords must be strings") }
                out.append((s.value, v))
            }
            return out
        }
        guard hasAttr(mapping, "keys") else {
            throw PythonError(PyExc.TypeError,
                "\(calleeName()) argument after ** must be a mapping, not \(mapping.type.name)")
        }
        for k in try toArray(callMethod(mapping, "keys", [])) {
            guard let s = k as? PyStr else { throw PythonError(PyExc.TypeError, "keywords must be strings") }
            out.append((s.value, try getItem(mapping, k)))
        }
        return out
    }

    // MARK: attributes

    /// Looks `name` up in the Python-defined classes at the front of `t`'s MRO (stopping at the
    /// first builtin type): how operators find dunders that override native behaviour.
    static func heapLookup(_ t: PyType, _ name: String) -> PyObject? {
        // Classes and extension types keep their behaviour in their dicts; builtins natively.
        if t.flags.isDisjoint(with: TypeFlags(rawValue: TypeFlags.heapType.rawValue | TypeFlags.extensionType.rawValue)) { return nil }
        return heapLookup(t, PyStr.intern(name))
    }

    /// `heapLookup` with an interned key (see `DunderNames`).
    static func heapLookup(_ t: PyType, _ key: PyStr) -> PyObject? {
        let dictDefined = TypeFlags(rawValue: TypeFlags.heapType.rawValue | TypeFlags.extensionType.rawValue)
        if t.flags.isDisjoint(with: dictDefined) { return nil }
        for c in t.mro {
            if c.flags.isDisjoint(with: dictDefined) { return nil }
            if let v = try? c.dict.get(key) { return v }
        }
        return nil
    }

    /// A special method bound to `o` (looked up on the type, as the interpreter does).
    public static func lookupSpecial(_ o: PyObject, _ name: String) -> PyObject? {
        guard let d = o.type.lookup(name) else { return nil }
        return try? bindDescriptor(d, o, o.type)
    }

    /// For `loadMethod`: the plain function to call with `o` as first argument, when that
    /// is what `o.name(...)` means; nil when the generic path is needed.
    static func lookupMethodForCall(_ o: PyObject, _ name: PyStr) -> PyObject? {
        if !FastPaths.isPlainInstance(o) && (o is PyType || o is PyModule || o is PySuper) { return nil }
        let t = o.type
        if t.slots.getattr != nil || t.flags.contains(.customGetattribute) { return nil }
        guard let d = t.lookup(name) else { return nil }
        if let m = d as? PyMethodDescriptor, !m.isClassMethod {
            return d
        }
        if d is PyFunction {
            if let dict = attrDict(o), (try? dict.get(name)) != nil { return nil }
            return d
        }
        return nil
    }

    public static func getAttr(_ obj: PyObject, _ name: String) throws -> PyObject {
        try getAttr(obj, PyStr.intern(name))
    }

    /// `getattr(obj, name)`; raises `AttributeError` as CPython words it.
    public static func getAttr(_ obj: PyObject, _ name: PyStr) throws -> PyObject {
        if let v = try getAttrOptional(obj, name) { return v }
        throw attributeError(obj, name.value)
    }

    public static func attributeError(_ obj: PyObject, _ name: String) -> PythonError {
        let err: PythonError
        if let m = obj as? PyModule {
            err = PythonError(PyExc.AttributeError, "module '\(m.name)' has no attribute '\(name)'")
        } else if let t = obj as? PyType {
            err = PythonError(PyExc.AttributeError, "type object '\(t.messageName)' has no attribute '\(name)'")
        } else {
            err = PythonError(PyExc.AttributeError, "'\(obj.type.messageName)' object has no attribute '\(name)'")
        }
        // name and obj let the traceback suggest a similar attribute.
        err.exception.members = ["name": PyStr(name), "obj": obj]
        return err
    }

    static func isAttributeError(_ e: PythonError) -> Bool {
        e.exception.type.isSubtype(of: PyExc.AttributeError)
    }

    /// Attribute lookup returning nil instead of raising `AttributeError` for a missing name
    /// (other exceptions propagate).
    public static func getAttrOptional(_ obj: PyObject, _ name: PyStr) throws -> PyObject? {
        let t = obj.type
        if let ga = t.slots.getattr { return try ga(obj, name.value) }
        if let m = obj as? PyModule {
            if let v = try m.dict.get(name) { return v }
            if name.value == "__dict__" { return m.dict }
            if name.value == "__class__" { return m.type }
            // What the module type provides (object.__reduce_ex__, __dir__...).
            if let d = m.type.lookup(name.value) { return try bindDescriptor(d, m, m.type) }
            // A ModuleType subclass's __getattr__ (wrappers forwarding to another module).
            if m.type !== PyTypes.module, let ga = m.type.lookup("__getattr__") {
                do { return try call(bindDescriptor(ga, m, m.type), args: [name]) } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.AttributeError) { return nil }
            }
            if let ga = try m.dict.get(PyStr.intern("__getattr__")) {
                do { return try call(ga, args: [name]) } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.AttributeError) { return nil }
            }
            return nil
        }
        if let ty = obj as? PyType {
            if ty.type.flags.contains(.customGetattribute), let ga = heapLookup(ty.type, "__getattribute__") {
                return try getattributeHook(ga, obj, name)
            }
            return try typeGetAttr(ty, name)
        }
        if let s = obj as? PySuper { return try superGetAttr(s, name) }
        if t.flags.contains(.customGetattribute) || t.flags.contains(.extensionType),
           let ga = heapLookup(t, DunderNames.getattribute) {
            return try getattributeHook(ga, obj, name)
        }
        do {
            if let v = try genericGetAttr(obj, name) { return v }
        } catch let e as PythonError where isAttributeError(e) {
            // A descriptor's AttributeError still lets __getattr__ have a go.
            if t.hasDictBehaviour, let g = t.lookup(DunderNames.getattr) { return try call(g, args: [obj, name]) }
            throw e
        }
        if t.hasDictBehaviour, let g = t.lookup(DunderNames.getattr) { return try call(g, args: [obj, name]) }
        return nil
    }

    /// A class's `__getattribute__`, then its `__getattr__` if that raised AttributeError.
    static func getattributeHook(_ ga: PyObject, _ obj: PyObject, _ name: PyStr) throws -> PyObject? {
        do { return try call(ga, args: [obj, name]) } catch let e as PythonError where isAttributeError(e) {
            if let g = heapLookup(obj.type, "__getattr__") { return try call(g, args: [obj, name]) }
            throw e
        }
    }

    /// `object.__getattribute__`: data descriptors on the type, then the instance dict, then
    /// other class attributes; nil when the name is not found.
    public static func genericGetAttr(_ obj: PyObject, _ name: PyStr) throws -> PyObject? {
        // type's own lookup, without the metaclass's __getattr__ (C metatypes call it as their
        // base's tp_getattro from their own).
        if let ty = obj as? PyType { return try typeGetAttr(ty, name, fallback: false) }
        let t = obj.type
        let descr = t.lookup(name)
        if let d = descr, isDataDescriptor(d), !d.type.hasDictBehaviour || heapLookup(d.type, DunderNames.getName) != nil {
            return try bindDescriptor(d, obj, t)
        }
        if let dict = attrDict(obj), let v = try dict.get(name) { return v }
        // A class attribute named __class__ shadows object's (found earlier in the MRO).
        if let d = descr, name === DunderNames.classAttr { return try bindDescriptor(d, obj, t) }
        if let v = try Attributes.native(obj, name.value) { return v }
        if let d = descr { return try bindDescriptor(d, obj, t) }
        return nil
    }

    /// The instance's attribute dict (`__dict__`), nil when its class has `__slots__` without one.
    @inline(__always)
    static func attrDict(_ o: PyObject, create: Bool = false) -> PyDict? {
        let f = o.type.flags
        if f.isDisjoint(with: TypeFlags(rawValue: TypeFlags.slotsNoDict.rawValue | TypeFlags.slotsWithDict.rawValue)) { return o.instanceDict }
        if f.contains(.slotsNoDict) { return nil }
        return slottedAttrDict(o, create: create)
    }

    /// The dict kept inside the slot storage of an instance with both slots and a `__dict__`.
    static func slottedAttrDict(_ o: PyObject, create: Bool) -> PyDict? {
        if o.instanceDict == nil {
            if !create { return nil }
            o.instanceDict = PyDict()
        }
        let storage = o.instanceDict!
        if let d = try? storage.get(TypeObjects.dictSlotKey) as? PyDict { return d }
        if !create { return nil }
        let d = PyDict()
        try? storage.set(TypeObjects.dictSlotKey, d)
        return d
    }

    static func isDataDescriptor(_ d: PyObject) -> Bool {
        if d is PyProperty || d is PyMemberDescriptor || d is InstanceDictDescriptor { return true }
        if d.type.hasDictBehaviour { return heapLookup(d.type, DunderNames.setName) != nil || heapLookup(d.type, DunderNames.deleteName) != nil }
        return false
    }

    /// The descriptor protocol's `__get__` for objects found on a type.
    static func bindDescriptor(_ d: PyObject, _ obj: PyObject, _ type: PyType) throws -> PyObject {
        switch d {
        case is PyFunction:
            return PyBoundMethod(function: d, receiver: obj)
        case let m as PyMethodDescriptor:
            if m.isClassMethod {
                return PyBuiltinFunction(name: m.name, boundSelf: type) { args, kw in try m.body(type, args, kw) }
            }
            return PyBuiltinFunction(name: m.name, boundSelf: obj) { args, kw in try m.body(obj, args, kw) }
        case let c as PyClassMethod:
            return PyBoundMethod(function: c.function, receiver: type)
        case let s as PyStaticMethod:
            return s.function
        case let p as PyProperty:
            if p.type !== PyTypes.property, let get = heapLookup(p.type, DunderNames.getName) {
                return try call(get, args: [d, obj, type])
            }
            return try propertyGet(p, obj)
        case let m as PyMemberDescriptor:
            return try m.get(obj)
        case let g as InstanceDictDescriptor:
            return g.get(obj)
        default:
            if d.type.hasDictBehaviour, let get = heapLookup(d.type, DunderNames.getName) {
                return try call(get, args: [d, obj, type])
            }
            return d
        }
    }

    /// `d.__get__(obj, type)`, where a nil `obj` means access through the class itself.
    static func descrGet(_ d: PyObject, _ obj: PyObject?, _ type: PyType) throws -> PyObject {
        if let o = obj { return try bindDescriptor(d, o, type) }
        switch d {
        case let cm as PyClassMethod: return PyBoundMethod(function: cm.function, receiver: type)
        case let sm as PyStaticMethod: return sm.function
        case let m as PyMethodDescriptor where m.isClassMethod:
            return PyBuiltinFunction(name: m.name, boundSelf: type) { args, kw in try m.body(type, args, kw) }
        case is PyFunction, is PyMethodDescriptor, is PyMemberDescriptor, is InstanceDictDescriptor: return d
        case let p as PyProperty:
            if p.type !== PyTypes.property, let get = heapLookup(p.type, DunderNames.getName) {
                return try call(get, args: [d, pyNone, type])
            }
            return d
        default:
            if d.type.hasDictBehaviour, let get = heapLookup(d.type, DunderNames.getName) {
                return try call(get, args: [d, pyNone, type])
            }
            return d
        }
    }

    static func propertyGet(_ p: PyProperty, _ obj: PyObject) throws -> PyObject {
        guard let g = p.fget else { throw propertyError(p, obj, "getter") }
        return try call(g, args: [obj])
    }

    /// "property 'x' of 'C' object has no setter", as CPython 3.11 words it.
    static func propertyError(_ p: PyProperty, _ obj: PyObject, _ what: String) -> PythonError {
        let q = obj.type.qualname
        if let n = p.name {
            return PythonError(PyExc.AttributeError, "property '\(n)' of '\(q)' object has no \(what)")
        }
        return PythonError(PyExc.AttributeError, "property of '\(q)' object has no \(what)")
    }

    static func typeGetAttr(_ t: PyType, _ name: PyStr, fallback: Bool = true) throws -> PyObject? {
        // The data attributes of `type` itself come first (`C.__dict__` is never the instances').
        if name.value.utf8.first == UInt8(ascii: "_"), let v = try Attributes.typeData(t, name.value) { return v }
        let meta = t.type
        var metaDescr: PyObject?
        if meta !== PyTypes.type {
            for c in meta.mro { if let v = try c.dict.get(name) { metaDescr = v; break } }
            if let d = metaDescr, isDataDescriptor(d) { return try bindDescriptor(d, t, meta) }
        }
        for c in t.mro {
            if let v = try c.dict.get(name) { return try descrGet(v, nil, t) }
        }
        if let v = try Attributes.typeNative(t, name.value) { return v }
        if meta === PyTypes.type {
            for c in meta.mro { if let v = try c.dict.get(name) { metaDescr = v; break } }
        }
        if let d = metaDescr { return try bindDescriptor(d, t, meta) }
        if fallback, meta !== PyTypes.type, let g = heapLookup(meta, "__getattr__") { return try call(g, args: [t, name]) }
        return nil
    }

    static func superGetAttr(_ s: PySuper, _ name: PyStr) throws -> PyObject? {
        let mro = s.receiverType.mro
        if name.value != "__class__", let r = s.receiver, let i = mro.firstIndex(where: { $0 === s.thisType }) {
            for c in mro[(i + 1)...] {
                if let v = try c.dict.get(name) {
                    // super(C, cls) looks attributes up as the class would, super(C, obj) as the instance.
                    return try descrGet(v, r === s.receiverType ? nil : r, s.receiverType)
                }
            }
        }
        return try Attributes.native(s, name.value)
    }

    public static func setAttr(_ obj: PyObject, _ name: String, _ value: PyObject) throws {
        try setAttr(obj, PyStr.intern(name), value)
    }

    /// `setattr(obj, name, value)`.
    public static func setAttr(_ obj: PyObject, _ name: PyStr, _ value: PyObject) throws {
        let t = obj.type
        if t.hasDictBehaviour, let sa = heapLookup(t, DunderNames.setattrName) {
            _ = try call(sa, args: [obj, name, value])
            return
        }
        if let ty = obj as? PyType { return try typeSetAttr(ty, name, value) }
        try genericSetAttr(obj, name, value)
    }

    /// `object.__setattr__` (and `object.__delattr__` when `value` is nil): data descriptors on
    /// the type, then the instance dict.
    public static func genericSetAttr(_ obj: PyObject, _ name: PyStr, _ value: PyObject?) throws {
        if let ty = obj as? PyType { return try typeSetAttr(ty, name, value) }
        let t = obj.type
        if let d = t.lookup(name) {
            switch d {
            case let p as PyProperty:
                if p.type !== PyTypes.property,
                   let m = heapLookup(p.type, value == nil ? "__delete__" : "__set__") {
                    _ = try call(m, args: value.map { [d, obj, $0] } ?? [d, obj])
                    return
                }
                if let v = value {
                    guard let s = p.fset else { throw propertyError(p, obj, "setter") }
                    _ = try call(s, args: [obj, v])
                } else {
                    guard let s = p.fdel else { throw propertyError(p, obj, "deleter") }
                    _ = try call(s, args: [obj])
                }
                return
            case let m as PyMemberDescriptor:
                return try m.set(obj, value)
            case let g as InstanceDictDescriptor:
                return try g.set(obj, value)
            default:
                if d.type.hasDictBehaviour {
                    let set = heapLookup(d.type, DunderNames.setName), del = heapLookup(d.type, DunderNames.deleteName)
                    if set != nil || del != nil {
                        if let v = value {
                            guard let s = set else { throw PythonError(PyExc.AttributeError, "__set__") }
                            _ = try call(s, args: [d, obj, v])
                        } else {
                            guard let s = del else { throw PythonError(PyExc.AttributeError, "__delete__") }
                            _ = try call(s, args: [d, obj])
                        }
                        return
                    }
                }
            }
        }
        let noDict = t.flags.contains(.slotsNoDict)
        if let v = value {
            if try Attributes.setNative(obj, name.value, v) { return }
            // Instances of subclasses of builtins made by the builtin's constructor get their dict here.
            if !noDict && obj.instanceDict == nil && t.flags.contains(.heapType) { obj.instanceDict = PyDict() }
            if let dict = attrDict(obj, create: true) {
                try dict.set(name, v)
                return
            }
        } else if let dict = attrDict(obj) {
            if try dict.remove(name) != nil { return }
            throw attributeError(obj, name.value)
        }
        if t.lookup(name) != nil {
            throw PythonError(PyExc.AttributeError, "'\(t.name)' object attribute '\(name.value)' is read-only")
        }
        throw attributeError(obj, name.value)
    }

    /// Setting (or deleting, when `value` is nil) an attribute of a class.
    static func typeSetAttr(_ ty: PyType, _ name: PyStr, _ value: PyObject?) throws {
        let meta = ty.type
        if meta !== PyTypes.type, let d = meta.lookup(name), isDataDescriptor(d) {
            if let p = d as? PyProperty {
                if let v = value {
                    guard let s = p.fset else { throw propertyError(p, ty, "setter") }
                    _ = try call(s, args: [ty, v])
                } else {
                    guard let s = p.fdel else { throw propertyError(p, ty, "deleter") }
                    _ = try call(s, args: [ty])
                }
                return
            }
            if let v = value, let s = heapLookup(d.type, DunderNames.setName) { _ = try call(s, args: [d, ty, v]); return }
            if value == nil, let s = heapLookup(d.type, DunderNames.deleteName) { _ = try call(s, args: [d, ty]); return }
        }
        if !ty.flags.contains(.heapType) && !ty.flags.contains(.mutableAttributes) {
            throw PythonError(PyExc.TypeError, "cannot set '\(name.value)' attribute of immutable type '\(ty.name)'")
        }
        switch name.value {
        case "__name__", "__qualname__":
            guard let s = value as? PyStr else {
                if value == nil { throw PythonError(PyExc.TypeError, "cannot delete '\(name.value)' attribute of immutable type '\(ty.name)'") }
                throw PythonError(PyExc.TypeError, "can only assign string to \(ty.name).\(name.value), not '\(value!.type.name)'")
            }
            if name.value == "__name__" { ty.name = s.value } else { ty.qualname = s.value }
            return
        case "__module__":
            ty.moduleName = (value as? PyStr)?.value
        case "__getattribute__":
            ty.flags.insert(.customGetattribute)
        case "__del__":
            ty.flags.insert(.hasFinalizer)
            TypeObjects.anyFinalizers = true
        default: break
        }
        if let v = value {
            try ty.dict.set(name, v)
        } else if try ty.dict.remove(name) == nil {
            throw attributeError(ty, name.value)
        }
    }

    /// `delattr(obj, name)`.
    public static func delAttr(_ obj: PyObject, _ name: PyStr) throws {
        if obj.type.hasDictBehaviour, let da = heapLookup(obj.type, DunderNames.delattrName) {
            _ = try call(da, args: [obj, name])
            return
        }
        try genericSetAttr(obj, name, nil)
    }

    public static func delAttr(_ obj: PyObject, _ name: String) throws {
        try delAttr(obj, PyStr.intern(name))
    }

    /// `hasattr(obj, name)`: true unless looking it up raises `AttributeError`.
    public static func hasAttr(_ obj: PyObject, _ name: String) -> Bool {
        do { return try getAttrOptional(obj, PyStr.intern(name)) != nil } catch { return false }
    }

    // MARK: truth, identity, types

    /// `bool(o)`.
    public static func isTrue(_ o: PyObject) throws -> Bool {
        switch o {
        case let b as PyBool: return b.value
        case is PyNone: return false
        case let i as PyInt where !i.type.flags.contains(.heapType): return i.big != nil || i.small != 0
        case let f as PyFloat: return f.value != 0
        case let s as PyStr where !s.type.flags.contains(.heapType): return !s.value.isEmpty
        case let l as PyList where !l.type.flags.contains(.heapType): return !l.items.isEmpty
        case let t as PyTuple where !t.type.flags.contains(.heapType): return !t.items.isEmpty
        case let d as PyDict where !d.type.flags.contains(.heapType): return d.count > 0
        default: break
        }
        if let b = heapLookup(o.type, DunderNames.boolName) {
            let r = try call(b, args: [o])
            guard let rb = r as? PyBool else {
                throw PythonError(PyExc.TypeError, "__bool__ should return bool, returned \(r.type.name)")
            }
            return rb.value
        }
        if let l = heapLookup(o.type, DunderNames.lenName) {
            return try lenResult(call(l, args: [o])) != 0
        }
        switch o {
        case let i as PyInt: return i.big != nil || i.small != 0
        case let s as PyStr: return !s.value.isEmpty
        case let l as PyList: return !l.items.isEmpty
        case let t as PyTuple: return !t.items.isEmpty
        case let d as PyDict: return d.count > 0
        case let s as PySet: return s.count > 0
        case let b as PyBytes: return !b.value.isEmpty
        case let b as PyByteArray: return !b.value.isEmpty
        case let r as PyRange: return r.big == nil ? r.count > 0 : RangeMethods.length(r) != 0
        case let c as PyComplex: return c.real != 0 || c.imag != 0
        case let v as PyDictView: return v.dict.count > 0
        default: return true
        }
    }

    /// `isinstance(o, cls)`; `cls` may be a tuple of classes. A metaclass's `__instancecheck__`
    /// decides unless `type(o)` is `cls` itself.
    public static func isInstance(_ o: PyObject, _ cls: PyObject) throws -> Bool {
        if o.type === cls { return true }
        if let t = cls as? PyType {
            if t.type.hasDictBehaviour, let ic = heapLookup(t.type, DunderNames.instancecheckName) { return try isTrue(call(ic, args: [t, o])) }
            if o.type.isSubtype(of: t) { return true }
            // An instance whose class overrides `__class__` (a proxy) is also checked by that.
            if o.type.hasDictBehaviour, o.type.lookup(DunderNames.classAttr) != nil,
               let c = try getAttrOptional(o, DunderNames.classAttr) as? PyType, c !== o.type {
                return c.isSubtype(of: t)
            }
            return false
        }
        if let tuple = cls as? PyTuple {
            for c in tuple.items where try isInstance(o, c) { return true }
            return false
        }
        if let u = cls as? PyUnionType { return try isInstance(o, PyTuple(u.classes)) }
        if cls.type.hasDictBehaviour, let ic = heapLookup(cls.type, DunderNames.instancecheckName) { return try isTrue(call(ic, args: [cls, o])) }
        if cls is PyGenericAlias { throw PythonError(PyExc.TypeError, "isinstance() argument 2 cannot be a parameterized generic") }
        throw PythonError(PyExc.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    /// `issubclass(c, cls)`; `cls` may be a tuple of classes.
    public static func isSubclass(_ c: PyObject, _ cls: PyObject) throws -> Bool {
        if let tuple = cls as? PyTuple {
            for x in tuple.items where try isSubclass(c, x) { return true }
            return false
        }
        if cls.type.hasDictBehaviour, let sc = heapLookup(cls.type, DunderNames.subclasscheckName) { return try isTrue(call(sc, args: [cls, c])) }
        if cls is PyGenericAlias { throw PythonError(PyExc.TypeError, "issubclass() argument 2 cannot be a parameterized generic") }
        guard let sub = c as? PyType else {
            throw PythonError(PyExc.TypeError, "issubclass() arg 1 must be a class")
        }
        if let t = cls as? PyType { return sub.isSubtype(of: t) }
        if let u = cls as? PyUnionType { return try isSubclass(sub, PyTuple(u.classes)) }
        throw PythonError(PyExc.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    // MARK: hashing and equality

    /// `hash(o)`.
    public static func hash(_ o: PyObject) throws -> Int {
        switch o {
        case let s as PyStr:
            if let h = s.cachedHash { return h }
            if s.type === PyTypes.str { return try BuiltinHashing.hash(s) }
        case is PyInt, is PyFloat, is PyBytes:
            if !o.type.flags.contains(.heapType) { return try BuiltinHashing.hash(o) }
        default: break
        }
        if o.type.hasDictBehaviour {
            if let h = heapLookup(o.type, DunderNames.hashName) {
                if h === pyNone { throw PythonError(PyExc.TypeError, "unhashable type: '\(o.type.messageName)'") }
                let r = try call(h, args: [o])
                guard let i = r as? PyInt else {
                    throw PythonError(PyExc.TypeError, "__hash__ method should return an integer")
                }
                return i.big.map(BuiltinHashing.hashInt) ?? (i.small == -1 ? -2 : i.small)
            }
        }
        switch o {
        case is PyList, is PyDict, is PyByteArray, is PyDictView, is PySlice:
            throw PythonError(PyExc.TypeError, "unhashable type: '\(o.type.messageName)'")
        case let r as PyRange:
            return try RangeMethods.hash(r)
        case let g as PyGenericAlias:
            return try GenericAliases.hash(g)
        case let s as PySet:
            if !s.isFrozen { throw PythonError(PyExc.TypeError, "unhashable type: '\(o.type.name)'") }
            return try SetMethods.hash(s)
        case let t as PyTuple:
            return try BuiltinHashing.hashTuple(t.items)
        case is PyMemoryView:
            return (try callMethod(o, "__hash__", []) as? PyInt)?.intValue ?? 0
        case let c as PyComplex:
            let h = BuiltinHashing.hashFloat(c.real) &+ 1_000_003 &* BuiltinHashing.hashFloat(c.imag)
            return h == -1 ? -2 : h
        case let m as PyBoundMethod:
            // As CPython: the receiver's identity with the function's hash.
            let h = ObjectIdentifier(m.receiver).hashValue ^ (try hash(m.function))
            return h == -1 ? -2 : h
        default:
            return try BuiltinHashing.hash(o)
        }
    }

    /// `a == b` as a Swift Bool (identity implies equality, as containers assume).
    public static func equal(_ a: PyObject, _ b: PyObject) throws -> Bool {
        if a === b { return true }
        if !a.type.hasDictBehaviour && !b.type.hasDictBehaviour {
            switch (a, b) {
            case let (x as PyStr, y as PyStr): return PyStr.sameText(x.value, y.value)
            case let (x as PyInt, y as PyInt):
                if x.big == nil && y.big == nil { return x.small == y.small }
                return x.bigValue == y.bigValue
            default: break
            }
        }
        return try isTrue(richCompare(a, b, .eq))
    }

    // MARK: containers

    /// `len(o)`.
    public static func len(_ o: PyObject) throws -> Int {
        if o.type.hasDictBehaviour, let l = heapLookup(o.type, DunderNames.lenName) {
            return try lenResult(call(l, args: [o]))
        }
        return try nativeLen(o)
    }

    /// `len(o)` by the builtin type's own rule (what `list.__len__` does).
    static func nativeLen(_ o: PyObject) throws -> Int {
        switch o {
        case let s as PyStr: return s.count
        case let l as PyList: return l.items.count
        case let t as PyTuple: return t.items.count
        case let d as PyDict: return d.count
        case let s as PySet: return s.count
        case let b as PyBytes: return b.value.count
        case let b as PyByteArray: return b.value.count
        case let r as PyRange: return try RangeMethods.len(r)
        case let v as PyDictView: return v.dict.count
        default:
            if let l = o.type.lookup("__len__") { return try lenResult(call(bindDescriptor(l, o, o.type), args: [])) }
            throw PythonError(PyExc.TypeError, "object of type '\(o.type.messageName)' has no len()")
        }
    }

    static func lenResult(_ r: PyObject) throws -> Int {
        let i = try index(r)
        guard let v = i.intValue else {
            throw PythonError(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer")
        }
        if v < 0 { throw PythonError(PyExc.ValueError, "__len__() should return >= 0") }
        return v
    }

    /// `item in container`.
    public static func contains(_ container: PyObject, _ item: PyObject) throws -> Bool {
        if container.type.hasDictBehaviour, let c = heapLookup(container.type, DunderNames.containsName) {
            if c === pyNone { throw PythonError(PyExc.TypeError, "'\(container.type.messageName)' object is not a container") }
            return try isTrue(call(c, args: [container, item]))
        }
        return try nativeContains(container, item)
    }

    static func nativeContains(_ container: PyObject, _ item: PyObject) throws -> Bool {
        switch container {
        case let d as PyDict: return try d.get(item) != nil
        case let s as PySet: return try s.contains(item)
        case let s as PyStr:
            guard let sub = item as? PyStr else {
                throw PythonError(PyExc.TypeError, "'in <string>' requires string as left operand, not \(item.type.name)")
            }
            if sub.value.isEmpty { return true }
            if s.value.utf8.allSatisfy({ $0 < 0x80 }) && sub.value.utf8.allSatisfy({ $0 < 0x80 }) { return s.value.contains(sub.value) }
            return StrMethods.find(s.scalars, sub.scalars, 0, s.scalars.count) >= 0
        case let l as PyList:
            for x in l.items where try equal(x, item) { return true }
            return false
        case let t as PyTuple:
            for x in t.items where try equal(x, item) { return true }
            return false
        case let r as PyRange:
            return try RangeMethods.contains(r, item)
        case is PyBytes, is PyByteArray, is PyMemoryView:
            let hay = try BytesMethods.buffer(container)
            if item is PyInt || Ops.heapLookup(item.type, "__index__") != nil {
                let v = try indexInt(item)
                guard v >= 0 && v < 256 else { throw PythonError(PyExc.ValueError, "byte must be in range(0, 256)") }
                return hay.contains(UInt8(v))
            }
            return BytesMethods.find(hay, try BytesMethods.buffer(item), 0) >= 0
        case let v as PyDictView:
            switch v.kind {
            case .keys: return try v.dict.get(item) != nil
            case .values:
                for (_, x) in v.dict.items where try equal(x, item) { return true }
                return false
            case .items:
                guard let t = item as? PyTuple, t.items.count == 2, let val = try v.dict.get(t.items[0]) else { return false }
                return try equal(val, t.items[1])
            }
        default: break
        }
        if !container.type.hasDictBehaviour, let c = container.type.lookup("__contains__"), !(container is PyStr) {
            return try isTrue(call(bindDescriptor(c, container, container.type), args: [item]))
        }
        if !isIterable(container) {
            throw PythonError(PyExc.TypeError, "argument of type '\(container.type.name)' is not iterable")
        }
        let it = try iter(container)
        while let x = try next(it) { if try equal(x, item) { return true } }
        return false
    }

    /// `o[key]`.
    public static func getItem(_ o: PyObject, _ key: PyObject) throws -> PyObject {
        if o.type.hasDictBehaviour, let g = heapLookup(o.type, DunderNames.getitemName) {
            return try call(g, args: [o, key])
        }
        return try nativeGetItem(o, key)
    }

    static func nativeGetItem(_ o: PyObject, _ key: PyObject) throws -> PyObject {
        switch o {
        case let l as PyList:
            if let s = key as? PySlice { return PyList(try Sequences.slice(l.items, s)) }
            let i = try Sequences.index(key, count: l.items.count, typeName: "list")
            return l.items[i]
        case let t as PyTuple:
            if let s = key as? PySlice { return PyTuple(try Sequences.slice(t.items, s)) }
            let i = try Sequences.index(key, count: t.items.count, typeName: "tuple")
            return t.items[i]
        case let d as PyDict:
            if let v = try d.get(key) { return v }
            if d.type !== PyTypes.dict, let m = d.type.lookup("__missing__") {
                return try call(bindDescriptor(m, d, d.type), args: [key])
            }
            throw PythonError(PyExc.KeyError, args: [key])
        case let s as PyStr:
            let sc = s.scalars
            if let sl = key as? PySlice {
                return PyStr(String(String.UnicodeScalarView(try Sequences.slice(sc, sl))))
            }
            if !(key is PyInt) && heapLookup(key.type, "__index__") == nil {
                throw PythonError(PyExc.TypeError, "string indices must be integers, not '\(key.type.name)'")
            }
            let i = try Sequences.index(key, count: sc.count, typeName: "string")
            return PyStr(String(sc[i]))
        case let b as PyBytes:
            if let sl = key as? PySlice { return PyBytes(try Sequences.slice(b.value, sl)) }
            let i = try Sequences.index(key, count: b.value.count, typeName: "index")
            return PyInt.make(Int(b.value[i]))
        case let b as PyByteArray:
            if let sl = key as? PySlice { return PyByteArray(try Sequences.slice(b.value, sl)) }
            let i = try Sequences.index(key, count: b.value.count, typeName: "bytearray")
            return PyInt.make(Int(b.value[i]))
        case let r as PyRange:
            return try RangeMethods.getItem(r, key)
        case let t as PyType:
            if let cg = t.lookup("__class_getitem__") {
                return try call(bindDescriptor(cg is PyFunction ? PyClassMethod(cg) : cg, t, t), args: [key])
            }
            if t === PyTypes.list || t === PyTypes.dict || t === PyTypes.tuple || t === PyTypes.set || t === PyTypes.type {
                return t
            }
            throw PythonError(PyExc.TypeError, "type '\(t.name)' is not subscriptable")
        default:
            if let g = o.type.lookup("__getitem__") { return try call(bindDescriptor(g, o, o.type), args: [key]) }
            throw PythonError(PyExc.TypeError, "'\(o.type.messageName)' object is not subscriptable")
        }
    }

    /// `o[key] = value`.
    public static func setItem(_ o: PyObject, _ key: PyObject, _ value: PyObject) throws {
        if o.type.hasDictBehaviour, let s = heapLookup(o.type, DunderNames.setitemName) {
            _ = try call(s, args: [o, key, value])
            return
        }
        try nativeSetItem(o, key, value)
    }

    static func nativeSetItem(_ o: PyObject, _ key: PyObject, _ value: PyObject) throws {
        switch o {
        case let l as PyList:
            if let s = key as? PySlice {
                if !isIterable(value) { throw PythonError(PyExc.TypeError, "can only assign an iterable") }
                try Sequences.assignSlice(&l.items, s, toArray(value))
                return
            }
            let i = try Sequences.index(key, count: l.items.count, typeName: "list", assignment: true)
            l.items[i] = value
        case let d as PyDict:
            try d.set(key, value)
        case let b as PyByteArray:
            if let s = key as? PySlice {
                try Sequences.assignByteSlice(b, s, value)
                return
            }
            let i = try Sequences.index(key, count: b.value.count, typeName: "bytearray", assignment: true)
            guard let v = (value as? PyInt)?.intValue, v >= 0 && v < 256 else {
                throw PythonError(PyExc.ValueError, "byte must be in range(0, 256)")
            }
            b.value[i] = UInt8(v)
        default:
            if let s = o.type.lookup("__setitem__") {
                _ = try call(bindDescriptor(s, o, o.type), args: [key, value])
                return
            }
            throw PythonError(PyExc.TypeError, "'\(o.type.messageName)' object does not support item assignment")
        }
    }

    /// `del o[key]`.
    public static func delItem(_ o: PyObject, _ key: PyObject) throws {
        if o.type.hasDictBehaviour, let s = heapLookup(o.type, DunderNames.delitemName) {
            _ = try call(s, args: [o, key])
            return
        }
        try nativeDelItem(o, key)
    }

    static func nativeDelItem(_ o: PyObject, _ key: PyObject) throws {
        switch o {
        case let l as PyList:
            if let s = key as? PySlice {
                let idx = try Sequences.sliceIndices(l.items.count, s)
                let drop = Set(idx)
                l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
                return
            }
            let i = try Sequences.index(key, count: l.items.count, typeName: "list", assignment: true)
            l.items.remove(at: i)
        case let d as PyDict:
            if try d.remove(key) == nil { throw PythonError(PyExc.KeyError, args: [key]) }
        case let b as PyByteArray:
            if let s = key as? PySlice {
                let drop = Set(try Sequences.sliceIndices(b.value.count, s))
                if !drop.isEmpty { try b.checkResizable() }
                b.value = b.value.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
                return
            }
            let i = try Sequences.index(key, count: b.value.count, typeName: "bytearray", assignment: true)
            try b.checkResizable()
            b.value.remove(at: i)
        default:
            if let s = o.type.lookup("__delitem__"), !o.type.hasDictBehaviour {
                _ = try call(bindDescriptor(s, o, o.type), args: [key])
                return
            }
            throw PythonError(PyExc.TypeError, "'\(o.type.messageName)' object doesn't support item deletion")
        }
    }

    // MARK: iteration

    static func isIterable(_ o: PyObject) -> Bool {
        switch o {
        case is PyList, is PyTuple, is PyStr, is PyDict, is PySet, is PyBytes, is PyByteArray, is PyRange,
             is PyNativeIterator, is PyDictView:
            return true
        case let g as PyGenerator:
            return g.kind == .generator
        default:
            return o.type.lookup("__iter__") != nil || o.type.lookup("__getitem__") != nil
        }
    }

    /// `iter(o)`.
    public static func iter(_ o: PyObject) throws -> PyObject {
        if o.type.hasDictBehaviour, let i = heapLookup(o.type, DunderNames.iterName) {
            if i === pyNone { throw PythonError(PyExc.TypeError, "'\(o.type.messageName)' object is not iterable") }
            let r = try call(i, args: [o])
            if !(r is PyNativeIterator) && !(r is PyGenerator) && r.type.lookup("__next__") == nil {
                throw PythonError(PyExc.TypeError, "iter() returned non-iterator of type '\(r.type.name)'")
            }
            return r
        }
        return try nativeIter(o)
    }

    static func nativeIter(_ o: PyObject) throws -> PyObject {
        switch o {
        case let l as PyList:
            var i = 0
            return PyNativeIterator(type: VMTypes.listIterator) {
                guard i < l.items.count else { i = Int.max; return nil }
                defer { i += 1 }
                return l.items[i]
            }
        case let t as PyTuple:
            var i = 0
            let items = t.items
            return PyNativeIterator(type: VMTypes.tupleIterator) {
                guard i < items.count else { return nil }
                defer { i += 1 }
                return items[i]
            }
        case let r as PyRange:
            return RangeMethods.iter(r)
        case let s as PyStr:
            var it = s.value.unicodeScalars.makeIterator()
            return PyNativeIterator(type: VMTypes.strIterator) {
                guard let c = it.next() else { return nil }
                return PyStr(String(c))
            }
        case let d as PyDict:
            return dictIterator(d, .keys)
        case let v as PyDictView:
            return dictIterator(v.dict, v.kind)
        case let s as PySet:
            let items = s.elements
            var i = 0
            return PyNativeIterator(type: VMTypes.setIterator) {
                if s.count != items.count {
                    i = items.count
                    throw PythonError(PyExc.RuntimeError, "Set changed size during iteration")
                }
                guard i < items.count else { return nil }
                defer { i += 1 }
                return items[i]
            }
        case let b as PyBytes:
            var i = 0
            let v = b.value
            return PyNativeIterator(type: VMTypes.bytesIterator) {
                guard i < v.count else { return nil }
                defer { i += 1 }
                return PyInt.make(Int(v[i]))
            }
        case let b as PyByteArray:
            var i = 0
            return PyNativeIterator(type: BytesMethods.bytearrayIterator) {
                guard i < b.value.count else { return nil }
                defer { i += 1 }
                return PyInt.make(Int(b.value[i]))
            }
        case is PyNativeIterator:
            return o
        case let g as PyGenerator where g.kind == .generator:
            return o
        default:
            if let i = o.type.lookup("__iter__") {
                return try call(bindDescriptor(i, o, o.type), args: [])
            }
            if let g = o.type.lookup("__getitem__") {
                let getitem = try bindDescriptor(g, o, o.type)
                var i = 0
                var done = false
                return PyNativeIterator(type: PyTypes.iterator) {
                    if done { return nil }
                    do {
                        let v = try call(getitem, args: [PyInt.make(i)])
                        i += 1
                        return v
                    } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.IndexError)
                                || e.exception.type.isSubtype(of: PyExc.StopIteration) {
                        done = true
                        return nil
                    }
                }
            }
            throw PythonError(PyExc.TypeError, "'\(o.type.messageName)' object is not iterable")
        }
    }

    static func dictIterator(_ d: PyDict, _ kind: PyDictView.Kind) -> PyNativeIterator {
        var i = 0
        let version = d.version
        let count = d.count
        let t: PyType = kind == .keys ? VMTypes.dictKeyIterator : kind == .values ? VMTypes.dictValueIterator : VMTypes.dictItemIterator
        var remaining = count
        return PyNativeIterator(type: t) {
            if d.count != count {
                i = Int.max / 2
                throw PythonError(PyExc.RuntimeError, "dictionary changed size during iteration")
            }
            _ = version
            let entries = d.entries
            while i < entries.count {
                defer { i += 1 }
                if let e = entries[i] {
                    if remaining == 0 {
                        i = Int.max / 2
                        throw PythonError(PyExc.RuntimeError, "dictionary keys changed during iteration")
                    }
                    remaining -= 1
                    switch kind {
                    case .keys: return e.key
                    case .values: return e.value
                    case .items: return PyTuple([e.key, e.value])
                    }
                }
            }
            return nil
        }
    }

    /// `next(it)`, returning nil at exhaustion instead of raising `StopIteration`.
    public static func next(_ it: PyObject) throws -> PyObject? {
        switch it {
        case let n as PyNativeIterator: return try n.next()
        case let g as PyGenerator: return try Generators.resume(g, sending: pyNone)
        default:
            guard let m = it.type.lookup("__next__") else {
                throw PythonError(PyExc.TypeError, "'\(it.type.messageName)' object is not an iterator")
            }
            do {
                return try call(bindDescriptor(m, it, it.type), args: [])
            } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.StopIteration) {
                Generators.lastReturnValue = e.exception.args.items.first
                return nil
            }
        }
    }

    /// All items of an iterable.
    public static func toArray(_ o: PyObject) throws -> [PyObject] {
        switch o {
        case let l as PyList where l.type === PyTypes.list: return l.items
        case let t as PyTuple where t.type === PyTypes.tuple: return t.items
        default:
            let it = try iter(o)
            var out: [PyObject] = []
            if let n = it as? PyNativeIterator {
                while let x = try n.next() { out.append(x) }
            } else {
                while let x = try next(it) { out.append(x) }
            }
            return out
        }
    }

    static func unpackIterable(_ o: PyObject, expected: Int) throws -> [PyObject] {
        guard isIterable(o) else {
            throw PythonError(PyExc.TypeError, "cannot unpack non-iterable \(o.type.name) object")
        }
        let it = try iter(o)
        var out: [PyObject] = []
        while let x = try next(it) {
            out.append(x)
            if out.count > expected { break }
        }
        return out
    }

    static func dictUpdate(_ d: PyDict, _ other: PyObject) throws {
        if let o = other as? PyDict {
            for (k, v) in o.items { try d.set(k, v) }
            return
        }
        if hasAttr(other, "keys") {
            for k in try toArray(callMethod(other, "keys", [])) { try d.set(k, try getItem(other, k)) }
            return
        }
        var i = 0
        for item in try toArray(other) {
            if !isIterable(item) {
                throw PythonError(PyExc.TypeError, "cannot convert dictionary update sequence element #\(i) to a sequence")
            }
            let pair = try toArray(item)
            if pair.count != 2 {
                throw PythonError(PyExc.ValueError,
                    "dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
            }
            try d.set(pair[0], pair[1])
            i += 1
        }
    }

    // MARK: strings

    /// `repr(o)`.
    public static func repr(_ o: PyObject) throws -> PyStr {
        // CPython's PyObject_Repr counts as a level of recursion (deeply nested containers
        // raise RecursionError instead of exhausting the native stack).
        try Runtime.enterRecursiveCall(" while getting the repr of an object")
        defer { Runtime.depth -= 1 }
        if o.type.hasDictBehaviour, let r = heapLookup(o.type, DunderNames.reprName) {
            let v = try call(r, args: [o])
            guard let s = v as? PyStr else {
                throw PythonError(PyExc.TypeError, "__repr__ returned non-string (type \(v.type.name))")
            }
            return s
        }
        return PyStr(try Repr.repr(o))
    }

    /// `str(o)`.
    public static func str(_ o: PyObject) throws -> PyStr {
        if let s = o as? PyStr, s.type === PyTypes.str { return s }
        if o.type.hasDictBehaviour, let r = heapLookup(o.type, DunderNames.strName) {
            let v = try call(r, args: [o])
            guard let s = v as? PyStr else {
                throw PythonError(PyExc.TypeError, "__str__ returned non-string (type \(v.type.name))")
            }
            return s
        }
        switch o {
        case let s as PyStr: return PyStr(s.value)
        case let e as PyBaseException: return PyStr(try Repr.exceptionStr(e))
        case let p as PyMappingProxy: return try str(p.mapping)
        default:
            if let r = o.type.slots.repr { return PyStr(try r(o)) }
            return try repr(o)
        }
    }

    /// `format(value, spec)`.
    public static func format(_ value: PyObject, _ spec: String) throws -> PyStr {
        if value.type.hasDictBehaviour, let f = heapLookup(value.type, DunderNames.formatName) {
            let r = try call(f, args: [value, PyStr(spec)])
            guard let s = r as? PyStr else {
                throw PythonError(PyExc.TypeError, "__format__ must return a str, not \(r.type.name)")
            }
            return s
        }
        // object.__format__ takes no format spec.
        if !spec.isEmpty && value.type.flags.contains(.heapType) && Classes.solidBase(value.type) === PyTypes.object {
            throw PythonError(PyExc.TypeError, "unsupported format string passed to \(value.type.name).__format__")
        }
        return PyStr(try Formatting.format(value, spec))
    }
}
