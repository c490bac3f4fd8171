import PyObjects
import PyCompiler

/// What the standard library needs of `types.GenericAlias` beyond `list[int]` itself:
/// `_collections_abc` and `typing` subclass it, construct it directly and substitute type
/// variables. Its behaviour therefore moves into its dict (where a subclass finds it) and
/// its native slots are cleared.
enum GenericAliasSupport {
    static let ownAttributes: Set<String> = ["__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"]

    static func parameters(_ args: [PyObject]) throws -> [PyObject] {
        var out: [PyObject] = []
        func add(_ p: PyObject) { if !out.contains(where: { $0 === p }) { out.append(p) } }
        for a in args {
            if a is PyType { continue }
            if a.type.lookup("__typing_subst__") != nil { add(a); continue }
            if let ps = try Ops.getAttrOptional(a, PyStr.intern("__parameters__")) as? PyTuple {
                for p in ps.items { add(p) }
            }
        }
        return out
    }

    static func alias(_ o: PyObject) -> PyGenericAlias { o as! PyGenericAlias }

    static func make(_ cls: PyType, origin: PyObject, args: PyObject) -> PyGenericAlias {
        let g = PyGenericAlias(origin: origin, args: args)
        if cls !== GenericAliases.type {
            g.type = cls
            if cls.flags.contains(.heapType) { g.instanceDict = PyDict() }
        }
        return g
    }

    static func install() {
        let t = GenericAliases.type
        if t.flags.contains(.extensionType) { return }
        t.flags.formUnion([.extensionType, .baseType])
        t.slots = TypeSlots()
        let def = { (name: String, body: @escaping PyMethodDescriptor.Body) in ModuleTypes.def(t, name, body) }
        BuiltinMethods.ctor(t) { cls, a, k in
            try Args("GenericAlias", a, k).check(min: 2, max: 2)
            return make(cls, origin: a[0], args: a[1])
        }
        def("__getattribute__") { o, a, _ in
            let g = alias(o)
            let name = a[0] as! PyStr
            // As CPython: every other attribute is the origin's.
            if !ownAttributes.contains(name.value) { return try Ops.getAttr(g.origin, name) }
            if let v = try Ops.genericGetAttr(g, name) { return v }
            throw Ops.attributeError(g, name.value)
        }
        ModuleTypes.getter(t, "__origin__") { alias($0).origin }
        ModuleTypes.getter(t, "__args__") { alias($0).args }
        ModuleTypes.getter(t, "__parameters__") { PyTuple(try parameters(alias($0).args.items)) }
        ModuleTypes.getter(t, "__unpacked__") { _ in pyFalse }
        def("__repr__") { o, _, _ in PyStr(try GenericAliases.repr(alias(o))) }
        def("__call__") { o, a, k in
            let g = alias(o)
            let r = try Ops.call(g.origin, args: a, kwargs: k)
            _ = try? Ops.setAttr(r, "__orig_class__", g)
            return r
        }
        def("__mro_entries__") { o, _, _ in PyTuple([alias(o).origin]) }
        def("__eq__") { o, a, _ in
            guard let y = a[0] as? PyGenericAlias else { return PyNotImplemented.shared }
            return pyBool(try GenericAliases.equal(alias(o), y))
        }
        def("__ne__") { o, a, _ in
            guard let y = a[0] as? PyGenericAlias else { return PyNotImplemented.shared }
            return pyBool(!(try GenericAliases.equal(alias(o), y)))
        }
        def("__hash__") { o, _, _ in PyInt.make(try GenericAliases.hash(alias(o))) }
        def("__instancecheck__") { _, _, _ in
            throw PythonError(PyExc.TypeError, "isinstance() argument 2 cannot be a parameterized generic")
        }
        def("__subclasscheck__") { _, _, _ in
            throw PythonError(PyExc.TypeError, "issubclass() argument 2 cannot be a parameterized generic")
        }
        def("__reduce__") { o, _, _ in
            let g = alias(o)
            return PyTuple([t, PyTuple([g.origin, g.args])])
        }
        def("__or__") { o, a, _ in try union(o, a[0]) }
        def("__ror__") { o, a, _ in try union(a[0], o) }
        def("__getitem__") { o, a, _ in
            let g = alias(o)
            let params = try parameters(g.args.items)
            if params.isEmpty {
                throw PythonError(PyExc.TypeError, "\(try GenericAliases.repr(g)) is not a generic class")
            }
            let given = (a[0] as? PyTuple)?.items ?? [a[0]]
            if given.count != params.count {
                throw PythonError(PyExc.TypeError,
                    "Too \(given.count > params.count ? "many" : "few") arguments for \(try GenericAliases.repr(g)); actual \(given.count), expected \(params.count)")
            }
            func subst(_ x: PyObject) throws -> PyObject {
                if let i = params.firstIndex(where: { $0 === x }) { return given[i] }
                if x is PyType { return x }
                if let ps = try Ops.getAttrOptional(x, PyStr.intern("__parameters__")) as? PyTuple, !ps.items.isEmpty {
                    let sub = try ps.items.map(subst)
                    return try Ops.getItem(x, sub.count == 1 ? sub[0] : PyTuple(sub))
                }
                return x
            }
            return make(g.type, origin: g.origin, args: PyTuple(try g.args.items.map(subst)))
        }
    }

    /// `list[int] | None` is typing.Union (the alias is not a class for types.UnionType).
    static func union(_ a: PyObject, _ b: PyObject) throws -> PyObject {
        let typing = try Importer.importModule("typing")
        return try Ops.getItem(try Ops.getAttr(typing, "Union"), PyTuple([a, b]))
    }
}
