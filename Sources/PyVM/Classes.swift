import PyObjects
import PyCompiler

/// Class creation and instantiation: `__build_class__`, `type.__new__`, `type.__call__`.
public enum Classes {
    /// `T.__new__` of builtin types, by type identity: (the class being instantiated, args,
    /// kwargs) → new instance. The C-API bridge registers extension types here.
    nonisolated(unsafe) public static var constructors: [ObjectIdentifier: (PyType, [PyObject], [(String, PyObject)]) throws -> PyObject] = [:]

    public static func registerConstructor(_ t: PyType, _ body: @escaping (PyType, [PyObject], [(String, PyObject)]) throws -> PyObject) {
        constructors[ObjectIdentifier(t)] = body
    }

    /// `object.__new__` and `object.__init__` as installed in `object`'s dict, recognised by
    /// identity so that instantiation can skip them (and check arguments as CPython does).
    nonisolated(unsafe) static var objectNew: PyObject?
    nonisolated(unsafe) static var objectInit: PyObject?

    /// `__build_class__(func, name, *bases, metaclass=…, **kwds)`.
    static func buildClass(_ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject {
        guard args.count >= 2 else { throw PythonError(PyExc.TypeError, "__build_class__: not enough arguments") }
        guard let body = args[0] as? PyFunction else {
            throw PythonError(PyExc.TypeError, "__build_class__: func must be a function")
        }
        guard let name = args[1] as? PyStr else {
            throw PythonError(PyExc.TypeError, "__build_class__: name is not a string")
        }
        let origBases = Array(args[2...])
        // Bases like list[int] name the class to use through __mro_entries__.
        let resolved = try GenericAliases.resolveBases(origBases)
        let bases = resolved ?? origBases
        var meta: PyObject?
        var extraKw: [(String, PyObject)] = []
        for (k, v) in kwargs {
            if k == "metaclass" { meta = v } else { extraKw.append((k, v)) }
        }
        let m: PyObject
        if let given = meta {
            m = try (given as? PyType).map { try calculateMetaclass($0, bases) } ?? given
        } else {
            m = try calculateMetaclass(bases.first?.type ?? PyTypes.type, bases)
        }
        let ns: PyDict
        if let prep = try Ops.getAttrOptional(m, PyStr.intern("__prepare__")) {
            let r = try Ops.call(prep, args: [name, PyTuple(bases)], kwargs: extraKw)
            guard let d = r as? PyDict else {
                let mname = (m as? PyType)?.name ?? "<metaclass>"
                throw PythonError(PyExc.TypeError, "\(mname).__prepare__() must return a mapping, not \(r.type.name)")
            }
            ns = d
        } else {
            ns = PyDict()
        }
        let frame = Frame(code: body.code, globals: body.globals, builtins: Runtime.builtins, locals: ns)
        var cells: [PyCell] = body.code.cellvars.map { _ in PyCell() }
        cells.append(contentsOf: body.closure)
        frame.cells = cells
        let cell = try Interpreter.run(frame)
        if resolved != nil { ns.setItem(string: "__orig_bases__", PyTuple(origBases)) }
        let cls = try Ops.call(m, args: [name, PyTuple(bases), ns], kwargs: extraKw)
        if let c = cell as? PyCell, cls is PyType, c.value == nil { c.value = cls }
        return cls
    }

    /// The most derived of `meta` and the metaclasses of `bases`, or the metaclass conflict error.
    static func calculateMetaclass(_ meta: PyType, _ bases: [PyObject]) throws -> PyType {
        var winner = meta
        for b in bases {
            let bt = b.type
            if winner.isSubtype(of: bt) { continue }
            if bt.isSubtype(of: winner) { winner = bt; continue }
            throw PythonError(PyExc.TypeError,
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner
    }

    /// `type.__new__(meta, name, bases, ns, **kwargs)`.
    static func typeNew(_ meta: PyType, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject {
        if meta === PyTypes.type && args.count == 1 && kwargs.isEmpty { return args[0].type }
        guard args.count == 3 else {
            throw PythonError(PyExc.TypeError, meta === PyTypes.type ? "type() takes 1 or 3 arguments"
                                                                       : "type.__new__() takes exactly 3 arguments (\(args.count) given)")
        }
        guard let name = args[0] as? PyStr else {
            throw PythonError(PyExc.TypeError, "type.__new__() argument 1 must be str, not \(args[0].type.name)")
        }
        guard let basesTuple = args[1] as? PyTuple else {
            throw PythonError(PyExc.TypeError, "type.__new__() argument 2 must be tuple, not \(args[1].type.name)")
        }
        guard let ns = args[2] as? PyDict else {
            throw PythonError(PyExc.TypeError, "type.__new__() argument 3 must be dict, not \(args[2].type.name)")
        }
        let winner = try calculateMetaclass(meta, basesTuple.items)
        if winner !== meta, let n = winner.lookup("__new__"), unwrapStatic(n) !== typeNewFunction {
            return try Ops.call(unwrapStatic(n), args: [winner] + args, kwargs: kwargs)
        }
        var bases: [PyType] = []
        for b in basesTuple.items {
            guard let t = b as? PyType else { throw PythonError(PyExc.TypeError, "bases must be types") }
            bases.append(t)
        }
        return try createClass(name: name.value, bases: bases, namespace: ns, metatype: winner, kwargs: kwargs)
    }

    nonisolated(unsafe) static var typeNewFunction: PyObject?

    static func unwrapStatic(_ o: PyObject) -> PyObject { (o as? PyStaticMethod)?.function ?? o }

    /// Creates a class (the work of `type.__new__` once the metaclass is settled).
    public static func createClass(name: String, bases given: [PyType], namespace: PyDict, metatype: PyType = PyTypes.type,
                                   kwargs: [(String, PyObject)] = []) throws -> PyType {
        let bases = given.isEmpty ? [PyTypes.object] : given
        for b in bases where !b.flags.contains(.baseType) {
            throw PythonError(PyExc.TypeError, "type '\(b.messageName)' is not an acceptable base type")
        }
        var seen = Set<ObjectIdentifier>()
        for b in bases where !seen.insert(ObjectIdentifier(b)).inserted {
            throw PythonError(PyExc.TypeError, "duplicate base class \(b.name)")
        }
        try checkLayouts(bases)
        _ = try c3(bases)
        var flags: TypeFlags = [.heapType, .baseType]
        if bases.contains(where: { $0.flags.contains(.exception) }) { flags.insert(.exception) }
        let t = PyType(name: name, bases: bases, flags: flags, metatype: metatype)
        var cellToSet: PyCell?
        for (k, v) in namespace.items {
            guard let key = k as? PyStr else { try t.dict.set(k, v); continue }
            var value = v
            switch key.value {
            case "__new__" where v is PyFunction: value = PyStaticMethod(v)
            case "__init_subclass__" where v is PyFunction, "__class_getitem__" where v is PyFunction:
                value = PyClassMethod(v)
            case "__qualname__":
                guard let q = v as? PyStr else {
                    throw PythonError(PyExc.TypeError, "type __qualname__ must be a str, not \(v.type.name)")
                }
                t.qualname = q.value
                continue
            case "__classcell__":
                guard let c = v as? PyCell else {
                    throw PythonError(PyExc.TypeError, "__classcell__ must be a nonlocal cell, not \(v.type)")
                }
                cellToSet = c
                continue
            default: break
            }
            try t.dict.set(key, value)
        }
        // A metaclass may define its own mro().
        if metatype.flags.contains(.heapType), let mroFn = Ops.heapLookup(metatype, "mro") {
            let items = try Ops.toArray(Ops.call(Ops.bindDescriptor(mroFn, t, metatype), args: []))
            var mro: [PyType] = []
            for i in items {
                guard let c = i as? PyType else {
                    throw PythonError(PyExc.TypeError, "mro() returned a non-class ('\(i.type.name)')")
                }
                mro.append(c)
            }
            t.mro = mro
        }
        if let m = t.dict.getItem(string: "__module__") as? PyStr {
            t.moduleName = m.value
        } else if let g = Runtime.currentFrame?.globals, let m = g.getItem(string: "__name__") {
            t.dict.setItem(string: "__module__", m)
            t.moduleName = (m as? PyStr)?.value
        }
        if t.dict.getItem(string: "__eq__") != nil && t.dict.getItem(string: "__hash__") == nil {
            t.dict.setItem(string: "__hash__", pyNone)
        }
        try installSlots(t, bases)
        // After the slots, as CPython: `__doc__` may itself be a slot (typing's _SpecialForm).
        if t.dict.getItem(string: "__doc__") == nil { t.dict.setItem(string: "__doc__", pyNone) }
        if Ops.heapLookup(t, "__getattribute__") != nil { t.flags.insert(.customGetattribute) }
        if Ops.heapLookup(t, "__del__") != nil {
            t.flags.insert(.hasFinalizer)
            TypeObjects.anyFinalizers = true
        }
        cellToSet?.value = t
        // __set_name__ on the namespace's values, in definition order.
        for (k, v) in t.dict.items {
            if let p = v as? PyProperty {
                if p.name == nil, let s = k as? PyStr { p.name = s.value }
                continue
            }
            guard v.type.flags.contains(.heapType), let setName = v.type.lookup("__set_name__") else { continue }
            do {
                _ = try Ops.call(Ops.bindDescriptor(setName, v, v.type), args: [t, k])
            } catch let e as PythonError {
                let err = PythonError(PyExc.RuntimeError,
                    "Error calling __set_name__ on '\(v.type.name)' instance \(try Ops.repr(k).value) in '\(name)'")
                (err.exception as? PyBaseException)?.cause = e.exception
                throw err
            }
        }
        // super(t, t).__init_subclass__(**kwargs)
        for b in t.mro.dropFirst() {
            guard let isc = b.dict.getItem(string: "__init_subclass__") else { continue }
            if kwargs.isEmpty, let d = isc as? PyMethodDescriptor, d.owner === PyTypes.object { break }
            _ = try Ops.call(Ops.descrGet(isc, nil, t), args: [], kwargs: kwargs)
            break
        }
        return t
    }

    /// `__slots__`: member descriptors for the named slots, and no instance `__dict__`
    /// unless a base already has one or `'__dict__'` is among the slots.
    static func installSlots(_ t: PyType, _ bases: [PyType]) throws {
        let baseHasDict = bases.contains { b in
            b.flags.contains(.heapType) && !b.flags.contains(.slotsNoDict)
        }
        let baseHasSlots = bases.contains { !$0.flags.isDisjoint(with: [.slotsNoDict, .slotsWithDict]) }
        guard let slots = t.dict.getItem(string: "__slots__") else {
            if !baseHasDict {
                t.dict.setItem(string: "__dict__", InstanceDictDescriptor(owner: t))
                t.dict.setItem(string: "__weakref__", InstanceDictDescriptor(owner: t, weakref: true))
            }
            if baseHasSlots { t.flags.insert(.slotsWithDict) }
            return
        }
        let names: [PyObject] = slots is PyStr ? [slots] : try Ops.toArray(slots)
        var wantsDict = false
        var declaresSlots = false
        for n in names {
            guard let s = n as? PyStr else {
                throw PythonError(PyExc.TypeError, "__slots__ items must be strings, not '\(n.type.name)'")
            }
            if !isIdentifier(s.value) { throw PythonError(PyExc.TypeError, "__slots__ must be identifiers") }
            if s.value == "__dict__" { wantsDict = true; continue }
            if s.value == "__weakref__" {
                t.dict.setItem(string: "__weakref__", InstanceDictDescriptor(owner: t, weakref: true))
                continue
            }
            if t.dict.getItem(string: s.value).map({ !($0 is PyMemberDescriptor) }) ?? false {
                throw PythonError(PyExc.ValueError, "'\(s.value)' in __slots__ conflicts with class variable")
            }
            // Private names are mangled as the compiler mangles `self.__x` in the class body.
            let slotName = mangle(s.value, className: t.name)
            t.dict.setItem(string: slotName, PyMemberDescriptor(name: slotName, owner: t))
            declaresSlots = true
        }
        if wantsDict && !baseHasDict { t.dict.setItem(string: "__dict__", InstanceDictDescriptor(owner: t)) }
        let inheritsNoDict = bases.allSatisfy { !$0.flags.contains(.heapType) || $0.flags.contains(.slotsNoDict) }
        if !wantsDict && inheritsNoDict {
            t.flags.insert(.slotsNoDict)
        } else if declaresSlots || baseHasSlots {
            t.flags.insert(.slotsWithDict)
        }
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return s.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }

    /// `__x` inside class `C` is `_C__x`.
    static func mangle(_ name: String, className: String) -> String {
        guard name.hasPrefix("__"), !name.hasSuffix("__") else { return name }
        let stripped = className.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_\(stripped)\(name)"
    }

    /// Two bases whose instances need different builtin layouts cannot be combined.
    static func checkLayouts(_ bases: [PyType]) throws {
        var solid: PyType?
        for b in bases {
            // Every exception instance is a PyBaseException here, so exception bases always combine.
            let s = solidBase(b).flags.contains(.exception) ? PyExc.BaseException : solidBase(b)
            guard let cur = solid else { solid = s; continue }
            if cur.isSubtype(of: s) { continue }
            if s.isSubtype(of: cur) { solid = s; continue }
            throw PythonError(PyExc.TypeError, "multiple bases have instance lay-out conflict")
        }
    }

    /// C3 linearisation of the bases (without the new class itself), or CPython's error naming
    /// the heads that could not be ordered.
    static func c3(_ bases: [PyType]) throws -> [PyType] {
        var seqs: [[PyType]] = bases.map { $0.mro }
        seqs.append(bases)
        var result: [PyType] = []
        while true {
            seqs.removeAll { $0.isEmpty }
            if seqs.isEmpty { return result }
            var candidate: PyType?
            outer: for s in seqs {
                let head = s[0]
                for other in seqs where other.dropFirst().contains(where: { $0 === head }) { continue outer }
                candidate = head
                break
            }
            guard let next = candidate else {
                var names: [String] = []
                var seen = Set<ObjectIdentifier>()
                for s in seqs where seen.insert(ObjectIdentifier(s[0])).inserted { names.append(s[0].name) }
                throw PythonError(PyExc.TypeError,
                    "Cannot create a consistent method resolution\norder (MRO) for bases " + names.joined(separator: ", "))
            }
            result.append(next)
            seqs = seqs.map { s in s.first === next ? Array(s.dropFirst()) : s }
        }
    }

    /// Calling a type (`type.__call__`): `type(x)`, or `__new__` then `__init__`.
    static func callType(_ t: PyType, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject {
        // A metaclass's own __call__ takes over.
        if t.type.flags.contains(.heapType), let c = Ops.heapLookup(t.type, DunderNames.call) {
            if c is PyFunction { return try Ops.call(c, args: [t] + args, kwargs: kwargs) }
            // Any other object is bound by the descriptor protocol (typing's `__call__ = dict`
            // is not a descriptor, so it is called without the class).
            return try Ops.call(try Ops.bindDescriptor(c, t, t.type), args: args, kwargs: kwargs)
        }
        return try typeCall(t, args, kwargs)
    }

    /// The body of `type.__call__(t, *args, **kwargs)`.
    static func typeCall(_ t: PyType, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject {
        if t === PyTypes.type && args.count == 1 && kwargs.isEmpty { return args[0].type }
        if !t.flags.contains(.heapType) && !t.isSubtype(of: PyTypes.type) {
            // A builtin type without a constructor of its own or of a base other than object
            // cannot be instantiated.
            let ctor = t === PyTypes.object ? constructor(for: t)
                : t.mro.dropLast().lazy.compactMap { constructors[ObjectIdentifier($0)] }.first
            guard let ctor else {
                throw PythonError(PyExc.TypeError, "cannot create '\(t.name)' instances")
            }
            return try ctor(t, args, kwargs)
        }
        let newFn = t.lookup(DunderNames.new).map(unwrapStatic)
        let initFn = t.lookup(DunderNames.initName)
        let plainInit = initFn == nil || initFn === objectInit
        let obj: PyObject
        if newFn == nil || newFn === objectNew {
            if solidBase(t) !== PyTypes.object, let ctor = constructor(for: t) {
                // A builtin or extension base whose constructor is registered without a `__new__`.
                obj = try ctor(t, args, kwargs)
            } else {
                if (!args.isEmpty || !kwargs.isEmpty) && plainInit {
                    throw PythonError(PyExc.TypeError, "\(t.name)() takes no arguments")
                }
                try LibrarySupport.checkAbstract(t)
                obj = newInstance(t)
            }
        } else {
            obj = try Ops.call(newFn!, args: [t] + args, kwargs: kwargs)
            if !obj.type.isSubtype(of: t) { return obj }
        }
        if t === PyTypes.type && args.count == 1 { return obj }
        if t.flags.contains(.hasFinalizer) { TypeObjects.trackFinalizable(obj) }
        let objInit = obj.type === t ? initFn : obj.type.lookup(DunderNames.initName)
        if let f = objInit, f !== objectInit {
            let r = try Ops.call(try Ops.bindDescriptor(f, obj, obj.type), args: args, kwargs: kwargs)
            if r !== pyNone {
                throw PythonError(PyExc.TypeError, "__init__() should return None, not '\(r.type.name)'")
            }
        }
        return obj
    }

    /// The nearest builtin ancestor, which decides the instance layout.
    static func solidBase(_ t: PyType) -> PyType {
        for c in t.mro where !c.flags.contains(.heapType) {
            return c.flags.contains(.exception) ? ExceptionMethods.layoutBase(c) : c
        }
        return PyTypes.object
    }

    static func constructor(for t: PyType) -> ((PyType, [PyObject], [(String, PyObject)]) throws -> PyObject)? {
        for c in t.mro {
            if let ctor = constructors[ObjectIdentifier(c)] { return ctor }
        }
        return nil
    }

    /// A new plain instance of `t` (object.__new__).
    public static func newInstance(_ t: PyType) -> PyObject {
        let o = PyObject(type: t)
        if t.flags.contains(.heapType) { o.instanceDict = PyDict() }
        GCRegistry.track(o)
        return o
    }
}
