import PyObjects
import PyCompiler

/// A `__slots__` entry (`member_descriptor`): the value lives in the instance's slot storage.
public final class PyMemberDescriptor: PyObject {
    public let name: String
    public let owner: PyType
    let key: PyStr
    init(name: String, owner: PyType) {
        self.name = name
        self.owner = owner
        self.key = PyStr.intern(name)
        super.init(type: TypeObjects.memberDescriptor)
        GCRegistry.track(self)
    }

    func check(_ o: PyObject) throws {
        if !o.type.isSubtype(of: owner) {
            throw PythonError(PyExc.TypeError,
                "descriptor '\(name)' for '\(owner.name)' objects doesn't apply to a '\(o.type.name)' object")
        }
    }

    func get(_ o: PyObject) throws -> PyObject {
        try check(o)
        if let v = try o.instanceDict?.get(key) { return v }
        throw PythonError(PyExc.AttributeError, "'\(o.type.messageName)' object has no attribute '\(name)'")
    }

    func set(_ o: PyObject, _ value: PyObject?) throws {
        try check(o)
        if o.instanceDict == nil { o.instanceDict = PyDict() }
        if let v = value {
            try o.instanceDict!.set(key, v)
        } else if try o.instanceDict!.remove(key) == nil {
            throw PythonError(PyExc.AttributeError, name)
        }
    }
}

/// The `__dict__` (or `__weakref__`) entry of a class whose instances have one (`getset_descriptor`).
public final class InstanceDictDescriptor: PyObject {
    public let owner: PyType
    /// `__weakref__` rather than `__dict__`: always None, read-only.
    let isWeakref: Bool
    init(owner: PyType, weakref: Bool = false) {
        self.owner = owner
        self.isWeakref = weakref
        super.init(type: TypeObjects.getsetDescriptor)
        GCRegistry.track(self)
    }
    var name: String { isWeakref ? "__weakref__" : "__dict__" }
    func get(_ o: PyObject) -> PyObject {
        if isWeakref { return pyNone }
        if o.type.flags.contains(.slotsWithDict) { return Ops.slottedAttrDict(o, create: true)! }
        if o.instanceDict == nil { o.instanceDict = PyDict() }
        return o.instanceDict!
    }
    func set(_ o: PyObject, _ value: PyObject?) throws {
        if isWeakref {
            throw PythonError(PyExc.AttributeError, "attribute '__weakref__' of '\(owner.name)' objects is not writable")
        }
        guard let v = value else {
            throw PythonError(PyExc.TypeError, "cannot delete __dict__")
        }
        guard let d = v as? PyDict else {
            throw PythonError(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '\(v.type.name)'")
        }
        if o.type.flags.contains(.slotsWithDict) {
            if o.instanceDict == nil { o.instanceDict = PyDict() }
            try o.instanceDict!.set(TypeObjects.dictSlotKey, d)
            return
        }
        o.instanceDict = d
    }
}

/// A read-only view of a class namespace (`C.__dict__`).
public final class PyMappingProxy: PyObject {
    public let mapping: PyDict
    init(_ mapping: PyDict) {
        self.mapping = mapping
        // Type namespaces are created before `dict` exists; give them their type now.
        if mapping.typeIfSet == nil { mapping.type = PyTypes.dict }
        super.init(type: VMTypes.mappingProxy)
    }
}

/// The type objects and methods behind classes: `type.__new__`/`__init__`/`__call__`,
/// Finalization of objects whose state outlives their runtime object (the C-API bridge's).
public enum Finalizers {
    /// For the `__del__` of a dying object of type t with dict d: the object to call it on and
    /// what to do afterwards, when the bridge kept the object's C state alive for it.
    nonisolated(unsafe) public static var nativeStandIn: ((PyType, PyDict?) -> (object: PyObject, done: () -> Void)?)?
}

/// `object.__new__`/`__init__`, slot descriptors and mapping proxies.
enum TypeObjects {
    /// The key under which an instance with slots and a `__dict__` keeps the dict in its slot storage.
    static let dictSlotKey = PyObject(type: PyTypes.object)
    static let memberDescriptor = PyType(name: "member_descriptor", bases: [PyTypes.object], flags: [])
    static let getsetDescriptor = PyType(name: "getset_descriptor", bases: [PyTypes.object], flags: [])

    static func def(_ t: PyType, _ name: String, _ body: @escaping PyMethodDescriptor.Body) {
        BuiltinMethods.def(t, name, body)
    }

    /// Objects die inside arbitrary Swift code (even in the middle of a dict update), so their
    /// `__del__` is queued and run at the next call.
    nonisolated(unsafe) static var hasPendingFinalizers = false
    nonisolated(unsafe) static var pendingFinalizers: [(PyType, PyDict?)] = []

    /// Whether any class with `__del__` was ever created (only then is teardown worth doing).
    nonisolated(unsafe) static var anyFinalizers = false

    /// Instances of classes with `__del__`, in creation order (weakly: such classes are rare, so
    /// the side tables of weak references cost little).
    final class WeakObject { weak var object: PyObject?; init(_ o: PyObject) { object = o } }
    nonisolated(unsafe) static var finalizable: [WeakObject] = []

    static func trackFinalizable(_ o: PyObject) {
        if finalizable.count >= 1024 && finalizable.count.nonzeroBitCount == 1 {
            finalizable.removeAll { $0.object == nil }
        }
        finalizable.append(WeakObject(o))
    }

    /// At exit, `__del__` runs for every object still alive, oldest first, as CPython's
    /// teardown finalizes the remaining garbage in allocation order; later deaths are silent.
    static func finalizeAtExit(_ main: PyModule) {
        guard anyFinalizers else { return }
        runPendingFinalizers()
        let survivors = finalizable.compactMap { $0.object }
        finalizable = []
        PyObject.finalizerHook = nil
        for o in survivors {
            guard let del = o.type.lookup("__del__") else { continue }
            do {
                _ = try Ops.call(Ops.bindDescriptor(del, o, o.type), args: [])
            } catch let e as PythonError {
                reportFinalizerError(o.type, e)
            } catch {}
        }
    }

    static func reportFinalizerError(_ t: PyType, _ e: PythonError) {
        let line = (try? Repr.exceptionStr(e.exception as! PyBaseException)) ?? ""
        try? Stdio.write(Stdio.stderr, "Exception ignored in: <function \(t.qualname).__del__>\n\(e.exception.type.name): \(line)\n")
    }

    /// After `del` and module-level stores, where CPython's deaths are immediate: closes dropped
    /// generators, runs `__del__` and weak reference callbacks of what just died.
    @inline(__always) static func drainPending() {
        if Generators.hasPendingFinalizers { Generators.runPendingFinalizers() }
        if hasPendingFinalizers { runPendingFinalizers() }
    }

    static func runPendingFinalizers() {
        let items = pendingFinalizers
        pendingFinalizers = []
        hasPendingFinalizers = false
        for (t, d) in items { finalize(t, d) }
        if !WeakrefModule.pending.isEmpty { WeakrefModule.runPending() }
    }

    static func install() {
        PyObject.finalizerHook = { t, d in
            pendingFinalizers.append((t, d))
            hasPendingFinalizers = true
        }
        installObject()
        installType()
        installDescriptors()
        installMappingProxy()
        installBuiltinDunders()
    }

    /// The container dunders of builtin types as methods, where their own installers have
    /// not defined them, so that `super().__getitem__(i)` in a subclass works. They run
    /// the builtin behaviour directly (never the subclass's override).
    static func installBuiltinDunders() {
        func add(_ t: PyType, _ name: String, _ body: @escaping PyMethodDescriptor.Body) {
            if t.dict.getItem(string: name) == nil { def(t, name, body) }
        }
        let seqs: [PyType] = [PyTypes.list, PyTypes.tuple, PyTypes.str, PyTypes.bytes]
        for t in seqs + [PyTypes.dict, PyTypes.set, PyTypes.frozenset, PyTypes.bytearray] {
            add(t, "__len__") { r, _, _ in PyInt.make(try Ops.nativeLen(r)) }
            add(t, "__contains__") { r, a, _ in pyBool(try Ops.nativeContains(r, a[0])) }
            add(t, "__iter__") { r, _, _ in try Ops.nativeIter(r) }
            if t !== PyTypes.set && t !== PyTypes.frozenset {
                add(t, "__getitem__") { r, a, _ in try Ops.nativeGetItem(r, a[0]) }
            }
        }
        for t in [PyTypes.list, PyTypes.dict, PyTypes.bytearray] {
            add(t, "__setitem__") { r, a, _ in try Ops.nativeSetItem(r, a[0], a[1]); return pyNone }
        }
        for t in [PyTypes.list, PyTypes.dict] {
            add(t, "__delitem__") { r, a, _ in try Ops.nativeDelItem(r, a[0]); return pyNone }
        }
        for t in seqs {
            add(t, "__add__") { r, a, _ in try Sequences.binary(r, a[0], .add) ?? PyNotImplemented.shared }
            add(t, "__mul__") { r, a, _ in try Sequences.binary(r, a[0], .mul) ?? PyNotImplemented.shared }
            add(t, "__rmul__") { r, a, _ in try Sequences.binary(a[0], r, .mul) ?? PyNotImplemented.shared }
            let ops: [(String, CompareOperator)] = [("__eq__", .eq), ("__ne__", .ne), ("__lt__", .lt),
                                                    ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)]
            for (name, op) in ops {
                add(t, name) { r, a, _ in try Sequences.compare(r, a[0], op).map(pyBool) ?? PyNotImplemented.shared }
            }
        }
        for (name, op) in [("__eq__", CompareOperator.eq), ("__ne__", .ne)] {
            add(PyTypes.dict, name) { r, a, _ in try Sequences.compare(r, a[0], op).map(pyBool) ?? PyNotImplemented.shared }
        }
    }

    static func installObject() {
        let o = PyTypes.object
        let newFn = PyBuiltinFunction(name: "__new__", boundSelf: o) { args, kw in
            guard let first = args.first else {
                throw PythonError(PyExc.TypeError, "object.__new__(): not enough arguments")
            }
            guard let cls = first as? PyType else {
                throw PythonError(PyExc.TypeError, "object.__new__(X): X is not a type object (\(first.type.name))")
            }
            let solid = Classes.solidBase(cls)
            if solid !== o {
                throw PythonError(PyExc.TypeError, "object.__new__(\(cls.messageName)) is not safe, use \(solid.messageName).__new__()")
            }
            if args.count > 1 || !kw.isEmpty {
                if cls.lookup("__new__").map(Classes.unwrapStatic) !== Classes.objectNew {
                    throw PythonError(PyExc.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
                }
                if cls.lookup("__init__") === Classes.objectInit {
                    throw PythonError(PyExc.TypeError, "\(cls.name)() takes no arguments")
                }
            }
            return Classes.newInstance(cls)
        }
        Classes.objectNew = newFn
        o.dict.setItem(string: "__new__", PyStaticMethod(newFn))
        def(o, "__init__") { r, a, k in
            if !a.isEmpty || !k.isEmpty {
                let t = r.type
                if t.lookup("__init__") !== Classes.objectInit {
                    throw PythonError(PyExc.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
                }
                if t.lookup("__new__").map(Classes.unwrapStatic) === Classes.objectNew {
                    throw PythonError(PyExc.TypeError, "\(t.name)() takes no arguments")
                }
            }
            return pyNone
        }
        Classes.objectInit = o.dict.getItem(string: "__init__")
        def(o, "__getattribute__") { r, a, _ in
            guard a.count == 1 else { throw PythonError(PyExc.TypeError, "expected 1 argument, got \(a.count)") }
            let n = try attrName(a[0])
            if let t = r as? PyType, let v = try Ops.typeGetAttr(t, n) { return v }
            if !(r is PyType), let v = try Ops.genericGetAttr(r, n) { return v }
            throw Ops.attributeError(r, n.value)
        }
        def(o, "__setattr__") { r, a, _ in
            guard a.count == 2 else { throw PythonError(PyExc.TypeError, "expected 2 arguments, got \(a.count)") }
            try Ops.genericSetAttr(r, attrName(a[0]), a[1])
            return pyNone
        }
        def(o, "__delattr__") { r, a, _ in
            guard a.count == 1 else { throw PythonError(PyExc.TypeError, "expected 1 argument, got \(a.count)") }
            try Ops.genericSetAttr(r, attrName(a[0]), nil)
            return pyNone
        }
        BuiltinMethods.classDef(o, "__init_subclass__") { r, _, k in
            if !k.isEmpty {
                throw PythonError(PyExc.TypeError, "\((r as? PyType)?.name ?? "object").__init_subclass__() takes no keyword arguments")
            }
            return pyNone
        }
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            def(o, name) { _, _, _ in PyNotImplemented.shared }
        }
        def(o, "__dir__") { r, _, _ in PyList(Array(try dirNames(r)).map { PyStr($0) }) }
        ObjectReduce.install()
    }

    /// `__del__` of a dying instance, called on a stand-in with the same type and dict; errors
    /// are reported and ignored, as CPython does.
    static func finalize(_ t: PyType, _ dict: PyDict?) {
        guard let del = t.lookup("__del__") else { return }
        // An instance of a C type's subclass is still alive in C: `__del__` sees it.
        let native = Finalizers.nativeStandIn?(t, dict)
        let standIn = native?.object ?? PyObject(type: t)
        if native == nil { standIn.instanceDict = dict }
        do {
            _ = try Ops.call(Ops.bindDescriptor(del, standIn, t), args: [])
        } catch let e as PythonError {
            reportFinalizerError(t, e)
        } catch {}
        if let native { native.done(); return }
        // The stand-in must not finalize again.
        standIn.type = PyTypes.object
        standIn.instanceDict = nil
    }

    static func attrName(_ o: PyObject) throws -> PyStr {
        guard let s = o as? PyStr else {
            throw PythonError(PyExc.TypeError, "attribute name must be string, not '\(o.type.name)'")
        }
        return s
    }

    /// The names `object.__dir__` reports: the instance dict, then the class and its bases.
    static func dirNames(_ o: PyObject) throws -> Set<String> {
        var names = Set<String>()
        if !(o is PyType), let d = Ops.attrDict(o) {
            for (k, _) in d.items { if let s = k as? PyStr { names.insert(s.value) } }
        }
        let types: [PyType] = (o as? PyType)?.mro ?? o.type.mro
        for c in types { for (k, _) in c.dict.items { if let s = k as? PyStr { names.insert(s.value) } } }
        names.insert("__class__")
        return names
    }

    static func installType() {
        let ty = PyTypes.type
        let newFn = PyBuiltinFunction(name: "__new__", boundSelf: ty) { args, kw in
            guard let first = args.first else {
                throw PythonError(PyExc.TypeError, "type.__new__(): not enough arguments")
            }
            guard let meta = first as? PyType else {
                throw PythonError(PyExc.TypeError, "type.__new__(X): X is not a type object (\(first.type.name))")
            }
            guard meta.isSubtype(of: ty) else {
                throw PythonError(PyExc.TypeError, "type.__new__(\(meta.name)): \(meta.name) is not a subtype of type")
            }
            return try Classes.typeNew(meta, Array(args.dropFirst()), kw)
        }
        Classes.typeNewFunction = newFn
        ty.dict.setItem(string: "__new__", PyStaticMethod(newFn))
        def(ty, "__init__") { _, a, k in
            if a.count == 1 && !k.isEmpty {
                throw PythonError(PyExc.TypeError, "type.__init__() takes no keyword arguments")
            }
            if a.count != 1 && a.count != 3 {
                throw PythonError(PyExc.TypeError, "type.__init__() takes 1 or 3 arguments")
            }
            return pyNone
        }
        def(ty, "__call__") { r, a, k in try Classes.typeCall(r as! PyType, a, k) }
        BuiltinMethods.classDef(ty, "__prepare__") { _, _, _ in PyDict() }
        def(ty, "mro") { r, _, _ in PyList((r as! PyType).mro) }
        def(ty, "__subclasses__") { r, _, _ in PyList(subclasses(r as! PyType)) }
        def(ty, "__instancecheck__") { r, a, _ in
            guard a.count == 1 else { throw PythonError(PyExc.TypeError, "__instancecheck__ expected 1 argument") }
            return pyBool(a[0].type.isSubtype(of: r as! PyType))
        }
        def(ty, "__subclasscheck__") { r, a, _ in
            guard a.count == 1, let sub = a[0] as? PyType else {
                throw PythonError(PyExc.TypeError, "issubclass() arg 1 must be a class")
            }
            return pyBool(sub.isSubtype(of: r as! PyType))
        }
    }

    static func subclasses(_ t: PyType) -> [PyObject] {
        t.subclassRefs.compactMap { $0.type }
    }

    static func installDescriptors() {
        let m = memberDescriptor
        m.slots.repr = { o in
            let d = o as! PyMemberDescriptor
            return "<member '\(d.name)' of '\(d.owner.name)' objects>"
        }
        def(m, "__get__") { r, a, _ in
            let d = r as! PyMemberDescriptor
            if a.isEmpty || a[0] === pyNone { return d }
            return try d.get(a[0])
        }
        def(m, "__set__") { r, a, _ in
            try (r as! PyMemberDescriptor).set(a[0], a[1])
            return pyNone
        }
        def(m, "__delete__") { r, a, _ in
            try (r as! PyMemberDescriptor).set(a[0], nil)
            return pyNone
        }
        let prop = PyTypes.property
        def(prop, "__get__") { r, a, _ in
            if a.isEmpty || a[0] === pyNone { return r }
            return try Ops.propertyGet(r as! PyProperty, a[0])
        }
        def(prop, "__set__") { r, a, _ in
            let p = r as! PyProperty
            guard let s = p.fset else { throw Ops.propertyError(p, a[0], "setter") }
            _ = try Ops.call(s, args: [a[0], a[1]])
            return pyNone
        }
        def(prop, "__delete__") { r, a, _ in
            let p = r as! PyProperty
            guard let s = p.fdel else { throw Ops.propertyError(p, a[0], "deleter") }
            _ = try Ops.call(s, args: [a[0]])
            return pyNone
        }
        def(prop, "__set_name__") { r, a, _ in
            (r as! PyProperty).name = (a.count > 1 ? a[1] as? PyStr : nil)?.value
            return pyNone
        }
        def(PyTypes.classmethod, "__get__") { r, a, _ in
            let owner = (a.count > 1 && a[1] !== pyNone ? a[1] as? PyType : nil) ?? a.first?.type ?? PyTypes.noneType
            return PyBoundMethod(function: (r as! PyClassMethod).function, receiver: owner)
        }
        def(PyTypes.staticmethod, "__get__") { r, _, _ in (r as! PyStaticMethod).function }
        let g = getsetDescriptor
        g.slots.repr = { o in
            let d = o as! InstanceDictDescriptor
            return "<attribute '\(d.name)' of '\(d.owner.name)' objects>"
        }
        def(g, "__get__") { r, a, _ in
            if a.isEmpty || a[0] === pyNone { return r }
            return (r as! InstanceDictDescriptor).get(a[0])
        }
    }

    /// The proxied dict of a class may predate the `dict` type (its type is unset), so the
    /// methods use `PyDict`'s own API rather than the generic protocol.
    static func installMappingProxy() {
        let p = VMTypes.mappingProxy
        func m(_ o: PyObject) -> PyDict { (o as! PyMappingProxy).mapping }
        p.slots.repr = { o in
            let parts = try m(o).items.map { "\(try Ops.repr($0.key).value): \(try Ops.repr($0.value).value)" }
            return "mappingproxy({" + parts.joined(separator: ", ") + "})"
        }
        def(p, "__getitem__") { r, a, _ in
            guard let v = try m(r).get(a[0]) else { throw PythonError(PyExc.KeyError, args: [a[0]]) }
            return v
        }
        def(p, "__contains__") { r, a, _ in pyBool(try m(r).get(a[0]) != nil) }
        def(p, "__len__") { r, _, _ in PyInt.make(m(r).count) }
        def(p, "__iter__") { r, _, _ in Ops.dictIterator(m(r), .keys) }
        def(p, "keys") { r, _, _ in PyDictView(dict: m(r), kind: .keys) }
        def(p, "values") { r, _, _ in PyDictView(dict: m(r), kind: .values) }
        def(p, "items") { r, _, _ in PyDictView(dict: m(r), kind: .items) }
        def(p, "get") { r, a, _ in
            guard !a.isEmpty else { throw PythonError(PyExc.TypeError, "get expected at least 1 argument, got 0") }
            return try m(r).get(a[0]) ?? (a.count > 1 ? a[1] : pyNone)
        }
        def(p, "copy") { r, _, _ in
            let d = PyDict()
            for (k, v) in m(r).items { try d.set(k, v) }
            return d
        }
    }
}

/// Interned special-method names for the hot dispatch paths (interning a Swift String costs a
/// hash-table lookup each time).
enum DunderNames {
    /// (`__op__`, `__rop__`, `__iop__`) by `BinaryOperator.rawValue`.
    static let binary: [(PyStr, PyStr, PyStr)] = BinaryOperator.allCases.map {
        (PyStr.intern("__\($0.dunderStem)__"), PyStr.intern("__r\($0.dunderStem)__"), PyStr.intern("__i\($0.dunderStem)__"))
    }
    /// By `CompareOperator.rawValue`.
    static let compare: [PyStr] = [CompareOperator.lt, .le, .eq, .ne, .gt, .ge].map { PyStr.intern($0.dunder) }
    static let eq = PyStr.intern("__eq__")
    static let new = PyStr.intern("__new__")
    static let initName = PyStr.intern("__init__")
    static let getattr = PyStr.intern("__getattr__")
    static let getattribute = PyStr.intern("__getattribute__")
    static let call = PyStr.intern("__call__")
    static let classAttr = PyStr.intern("__class__")
    static let boolName = PyStr.intern("__bool__")
    static let lenName = PyStr.intern("__len__")
    static let iterName = PyStr.intern("__iter__")
    static let nextName = PyStr.intern("__next__")
    static let getitemName = PyStr.intern("__getitem__")
    static let setitemName = PyStr.intern("__setitem__")
    static let delitemName = PyStr.intern("__delitem__")
    static let containsName = PyStr.intern("__contains__")
    static let hashName = PyStr.intern("__hash__")
    static let reprName = PyStr.intern("__repr__")
    static let strName = PyStr.intern("__str__")
    static let indexName = PyStr.intern("__index__")
    static let formatName = PyStr.intern("__format__")
    static let getName = PyStr.intern("__get__")
    static let setName = PyStr.intern("__set__")
    static let deleteName = PyStr.intern("__delete__")
    static let setattrName = PyStr.intern("__setattr__")
    static let delattrName = PyStr.intern("__delattr__")
    static let instancecheckName = PyStr.intern("__instancecheck__")
    static let subclasscheckName = PyStr.intern("__subclasscheck__")
    static let reversedName = PyStr.intern("__reversed__")
    static let missingName = PyStr.intern("__missing__")
}
