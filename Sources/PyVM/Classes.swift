import PyObjects
import PyCompiler

/// Class creation and instantiation.
public enum Classes {
    /// `T.__new__` of builtin types, by type identity: (the class being instantiated, args,
    /// kwargs) → new instance. The C-API bridge registers extension types here.
    nonisolated(unsafe) public static var constructors: [ObjectIdentifier: (PyType, [PyObject], [(String, PyObject)]) throws -> PyObject] = [:]

    public static func registerConstructor(_ t: PyType, _ body: @escaping (PyType, [PyObject], [(String, PyObject)]) throws -> PyObject) {
        constructors[ObjectIdentifier(t)] = body
    }

    /// `__build_class__(func, name, *bases, metaclass=…, **kwds)`.
    static func buildClass(_ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject {
        guard args.count >= 2 else { throw PythonError(PyExc.TypeError, "__build_class__: not enough arguments") }
        guard let body = args[0] as? PyFunction else { throw PythonError(PyExc.TypeError, "__build_class__: func must be a function") }
        guard let name = args[1] as? PyStr else { throw PythonError(PyExc.TypeError, "__build_class__: name is not a string") }
        var bases: [PyType] = []
        for b in args[2...] {
            guard let t = b as? PyType else {
                throw PythonError(PyExc.TypeError, "bases must be types")
            }
            bases.append(t)
        }
        var meta: PyType = bases.first?.type ?? PyTypes.type
        var extraKw: [(String, PyObject)] = []
        for (k, v) in kwargs {
            if k == "metaclass" {
                guard let m = v as? PyType else { throw PythonError(PyExc.TypeError, "metaclass must be a type") }
                meta = m
            } else {
                extraKw.append((k, v))
            }
        }
        for b in bases where b.type.isSubtype(of: meta) { meta = b.type }
        let ns = PyDict()
        if let prep = Ops.heapLookup(meta, "__prepare__") {
            _ = prep
        }
        let frame = Frame(code: body.code, globals: body.globals, builtins: Runtime.builtins, locals: ns)
        var cells: [PyCell] = body.code.cellvars.map { _ in PyCell() }
        cells.append(contentsOf: body.closure)
        frame.cells = cells
        let cell = try Interpreter.run(frame)
        let cls: PyObject
        if meta === PyTypes.type {
            cls = try createClass(name: name.value, bases: bases, namespace: ns, metatype: meta, kwargs: extraKw)
        } else {
            cls = try Ops.call(meta, args: [name, PyTuple(bases), ns], kwargs: extraKw)
        }
        if let c = cell as? PyCell { c.value = cls }
        return cls
    }

    /// `type(name, bases, namespace)`.
    public static func createClass(name: String, bases given: [PyType], namespace: PyDict, metatype: PyType = PyTypes.type,
                                   kwargs: [(String, PyObject)] = []) throws -> PyType {
        let bases = given.isEmpty ? [PyTypes.object] : given
        for b in bases where !b.flags.contains(.baseType) {
            throw PythonError(PyExc.TypeError, "type '\(b.name)' is not an acceptable base type")
        }
        var flags: TypeFlags = [.heapType, .baseType]
        if bases.contains(where: { $0.flags.contains(.exception) }) { flags.insert(.exception) }
        let t = PyType(name: name, bases: bases, flags: flags, metatype: metatype)
        try checkMRO(t, bases)
        for (k, v) in namespace.items {
            guard let key = k as? PyStr else { continue }
            var value = v
            if (key.value == "__new__") && v is PyFunction { value = PyStaticMethod(v) }
            if (key.value == "__init_subclass__" || key.value == "__class_getitem__") && v is PyFunction {
                value = PyClassMethod(v)
            }
            if key.value == "__qualname__", let q = v as? PyStr {
                t.qualname = q.value
                continue
            }
            if key.value == "__classcell__" { continue }
            try t.dict.set(key, value)
        }
        if let m = namespace.getItem(string: "__module__") as? PyStr { t.moduleName = m.value }
        if namespace.getItem(string: "__eq__") != nil && namespace.getItem(string: "__hash__") == nil {
            t.dict.setItem(string: "__hash__", pyNone)
        }
        if t.dict.getItem(string: "__doc__") == nil { t.dict.setItem(string: "__doc__", pyNone) }
        for (k, v) in namespace.items {
            if let setName = v.type.flags.contains(.heapType) ? Ops.heapLookup(v.type, "__set_name__") : nil {
                _ = try Ops.call(setName, args: [v, t, k])
            }
            if let p = v as? PyProperty, p.name == nil, let s = k as? PyStr { p.name = s.value }
        }
        // __init_subclass__ of the nearest base that defines one.
        for b in t.mro.dropFirst() where b.flags.contains(.heapType) {
            if let isc = b.dict.getItem(string: "__init_subclass__") {
                let fn = (isc as? PyClassMethod)?.function ?? isc
                _ = try Ops.call(fn, args: [t], kwargs: kwargs)
                break
            }
        }
        return t
    }

    static func checkMRO(_ t: PyType, _ bases: [PyType]) throws {
        // Verify C3 succeeded: every base's MRO must be a subsequence of ours.
        for b in bases {
            var pos = 0
            for c in b.mro {
                guard let i = t.mro[pos...].firstIndex(where: { $0 === c }) else {
                    throw PythonError(PyExc.TypeError,
                        "Cannot create a consistent method resolution\norder (MRO) for bases " + bases.map(\.name).joined(separator: ", "))
                }
                pos = i
            }
        }
        var seen = Set<ObjectIdentifier>()
        for b in bases {
            if !seen.insert(ObjectIdentifier(b)).inserted {
                throw PythonError(PyExc.TypeError, "duplicate base class \(b.name)")
            }
        }
    }

    /// Calling a type: `type(x)`, `type(name, bases, dict)`, or instantiation.
    static func callType(_ t: PyType, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject {
        if t === PyTypes.type {
            if args.count == 1 && kwargs.isEmpty { return args[0].type }
            if args.count == 3, let n = args[0] as? PyStr, let b = args[1] as? PyTuple, let d = args[2] as? PyDict {
                let bases = try b.items.map { o -> PyType in
                    guard let bt = o as? PyType else { throw PythonError(PyExc.TypeError, "bases must be types") }
                    return bt
                }
                return try createClass(name: n.value, bases: bases, namespace: d, kwargs: kwargs)
            }
            throw PythonError(PyExc.TypeError, "type() takes 1 or 3 arguments")
        }
        if t.isSubtype(of: PyTypes.type), t.flags.contains(.heapType) {
            // A metaclass being called to create a class.
            if let newFn = Ops.heapLookup(t, "__new__") {
                let fn = (newFn as? PyStaticMethod)?.function ?? newFn
                let cls = try Ops.call(fn, args: [t] + args, kwargs: kwargs)
                if let ct = cls as? PyType, ct.type.isSubtype(of: t), let initFn = Ops.heapLookup(t, "__init__") {
                    _ = try Ops.call(initFn, args: [cls] + args, kwargs: kwargs)
                }
                return cls
            }
            guard args.count == 3, let n = args[0] as? PyStr, let b = args[1] as? PyTuple, let d = args[2] as? PyDict else {
                throw PythonError(PyExc.TypeError, "type() takes 1 or 3 arguments")
            }
            let cls = try createClass(name: n.value, bases: b.items.compactMap { $0 as? PyType }, namespace: d, metatype: t, kwargs: kwargs)
            if let initFn = Ops.heapLookup(t, "__init__") {
                _ = try Ops.call(initFn, args: [cls] + args, kwargs: kwargs)
            }
            return cls
        }
        if !t.flags.contains(.heapType) {
            guard let ctor = constructor(for: t) else {
                throw PythonError(PyExc.TypeError, "cannot create '\(t.name)' instances")
            }
            return try ctor(t, args, kwargs)
        }
        let newOverride = Ops.heapLookup(t, "__new__")
        let obj: PyObject
        if let newFn = newOverride {
            let fn = (newFn as? PyStaticMethod)?.function ?? newFn
            obj = try Ops.call(fn, args: [t] + args, kwargs: kwargs)
            if !obj.type.isSubtype(of: t) { return obj }
        } else {
            guard let ctor = constructor(for: t) else {
                throw PythonError(PyExc.TypeError, "cannot create '\(t.name)' instances")
            }
            obj = try ctor(t, args, kwargs)
        }
        let initFn = t.lookup("__init__")
        if let f = initFn, !(f is PyMethodDescriptor && (f as! PyMethodDescriptor).owner === PyTypes.object) {
            let r = try Ops.call(try Ops.bindDescriptor(f, obj, t), args: args, kwargs: kwargs)
            if r !== pyNone {
                throw PythonError(PyExc.TypeError, "__init__() should return None, not '\(r.type.name)'")
            }
        } else if newOverride == nil && (!args.isEmpty || !kwargs.isEmpty) && solidBase(t) === PyTypes.object {
            throw PythonError(PyExc.TypeError, "\(t.name)() takes no arguments")
        }
        return obj
    }

    /// The nearest builtin ancestor, which decides the instance layout.
    static func solidBase(_ t: PyType) -> PyType {
        for c in t.mro where !c.flags.contains(.heapType) { return c }
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
        return o
    }
}
