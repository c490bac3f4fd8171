import PyObjects
import PyCompiler

/// `types.GenericAlias`: what `list[int]` makes.
final class PyGenericAlias: PyObject {
    let origin: PyObject
    let args: [PyObject]
    init(origin: PyObject, args: [PyObject], type: PyType = GenericAlias.type) {
        self.origin = origin
        self.args = args
        super.init(type: type)
    }
}

enum GenericAlias {
    static let type = ModuleTypes.make("GenericAlias", module: "types")
    /// Names read from the alias itself; every other attribute is the origin's.
    static let ownAttributes: Set<String> = ["__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"]

    /// Installs `__class_getitem__` on the builtin generic types.
    static func install() {
        installType()
        for t in [PyTypes.list, PyTypes.dict, PyTypes.tuple, PyTypes.set, PyTypes.frozenset, PyTypes.type,
                  VMTypes.enumerate, VMTypes.dictKeys, VMTypes.dictValues, VMTypes.dictItems] {
            addClassGetitem(t)
        }
    }

    static func addClassGetitem(_ t: PyType) {
        if t.dict.getItem(string: "__class_getitem__") != nil { return }
        ModuleTypes.classDef(t, "__class_getitem__") { cls, a, _ in make(cls, a[0]) }
    }

    static func make(_ origin: PyObject, _ item: PyObject) -> PyGenericAlias {
        let args = (item as? PyTuple)?.items ?? [item]
        return PyGenericAlias(origin: origin, args: args)
    }

    static func argRepr(_ o: PyObject) throws -> String {
        if o === PyEllipsis.shared { return "..." }
        if let t = o as? PyType {
            if let m = Repr.moduleOf(t), m != "builtins" { return "\(m).\(t.qualname)" }
            return t.qualname
        }
        if let l = o as? PyList { return "[" + (try l.items.map(argRepr).joined(separator: ", ")) + "]" }
        return try Ops.repr(o).value
    }

    static func parameters(_ args: [PyObject]) throws -> [PyObject] {
        var out: [PyObject] = []
        func add(_ p: PyObject) { if !out.contains(where: { $0 === p }) { out.append(p) } }
        for a in args {
            if a is PyType { continue }
            if a.type.lookup("__typing_subst__") != nil { add(a); continue }
            if let ps = try Ops.getAttrOptional(a, PyStr.intern("__parameters__")), ps is PyTuple {
                for p in (ps as! PyTuple).items { add(p) }
            }
        }
        return out
    }

    static func installType() {
        let t = type
        ModuleTypes.ctor(t) { cls, a, k in
            guard a.count == 2 else { throw PythonError(PyExc.TypeError, "GenericAlias expected 2 arguments, got \(a.count)") }
            let args = (a[1] as? PyTuple)?.items ?? [a[1]]
            return PyGenericAlias(origin: a[0], args: args, type: cls)
        }
        ModuleTypes.def(t, "__getattribute__") { o, a, _ in
            let g = o as! PyGenericAlias
            let name = a[0] as! PyStr
            if !ownAttributes.contains(name.value) { return try Ops.getAttr(g.origin, name) }
            if let v = try Ops.genericGetAttr(g, name) { return v }
            throw Ops.attributeError(g, name.value)
        }
        ModuleTypes.getter(t, "__origin__") { ($0 as! PyGenericAlias).origin }
        ModuleTypes.getter(t, "__args__") { PyTuple(($0 as! PyGenericAlias).args) }
        ModuleTypes.getter(t, "__parameters__") { PyTuple(try parameters(($0 as! PyGenericAlias).args)) }
        ModuleTypes.getter(t, "__unpacked__") { _ in pyFalse }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let g = o as! PyGenericAlias
            let inner = g.args.isEmpty ? "()" : try g.args.map(argRepr).joined(separator: ", ")
            return PyStr(try argRepr(g.origin) + "[" + inner + "]")
        }
        ModuleTypes.def(t, "__call__") { o, a, k in
            let g = o as! PyGenericAlias
            let r = try Ops.call(g.origin, args: a, kwargs: k)
            _ = try? Ops.setAttr(r, "__orig_class__", g)
            return r
        }
        ModuleTypes.def(t, "__mro_entries__") { o, _, _ in PyTuple([(o as! PyGenericAlias).origin]) }
        ModuleTypes.def(t, "__eq__") { o, a, _ in
            guard let x = o as? PyGenericAlias, let y = a[0] as? PyGenericAlias else { return PyNotImplemented.shared }
            if !(try Ops.equal(x.origin, y.origin)) || x.args.count != y.args.count { return pyFalse }
            for (p, q) in zip(x.args, y.args) where !(try Ops.equal(p, q)) { return pyFalse }
            return pyTrue
        }
        ModuleTypes.def(t, "__ne__") { o, a, _ in
            let r = try Ops.call(try Ops.getAttr(t, "__eq__"), args: [o, a[0]])
            return r === PyNotImplemented.shared ? r : pyBool(!(try Ops.isTrue(r)))
        }
        ModuleTypes.def(t, "__hash__") { o, _, _ in
            let g = o as! PyGenericAlias
            return PyInt.make(try Ops.hash(g.origin) ^ Ops.hash(PyTuple(g.args)))
        }
        ModuleTypes.def(t, "__instancecheck__") { _, _, _ in
            throw PythonError(PyExc.TypeError, "isinstance() argument 2 cannot be a parameterized generic")
        }
        ModuleTypes.def(t, "__subclasscheck__") { _, _, _ in
            throw PythonError(PyExc.TypeError, "issubclass() argument 2 cannot be a parameterized generic")
        }
        ModuleTypes.def(t, "__reduce__") { o, _, _ in
            let g = o as! PyGenericAlias
            return PyTuple([t, PyTuple([g.origin, PyTuple(g.args)])])
        }
        ModuleTypes.def(t, "__dir__") { o, _, _ in
            let d = try Ops.toArray(try Ops.callMethod((o as! PyGenericAlias).origin, "__dir__", []))
            return PyList(d + ownAttributes.sorted().map { PyStr($0) })
        }
        ModuleTypes.def(t, "__or__") { o, a, _ in try unionWith(o, a[0]) }
        ModuleTypes.def(t, "__ror__") { o, a, _ in try unionWith(a[0], o) }
        ModuleTypes.def(t, "__getitem__") { o, a, _ in
            let g = o as! PyGenericAlias
            let params = try parameters(g.args)
            if params.isEmpty {
                throw PythonError(PyExc.TypeError, "There are no type variables left in \(try Ops.repr(g).value)")
            }
            let given = (a[0] as? PyTuple)?.items ?? [a[0]]
            if given.count != params.count {
                throw PythonError(PyExc.TypeError,
                    "Too \(given.count > params.count ? "many" : "few") arguments for \(try Ops.repr(g).value); actual \(given.count), expected \(params.count)")
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
            return PyGenericAlias(origin: g.origin, args: try g.args.map(subst), type: g.type)
        }
    }

    /// `list[int] | None`: typing.Union (the alias is not a plain class for types.UnionType).
    static func unionWith(_ a: PyObject, _ b: PyObject) throws -> PyObject {
        let typing = try Importer.importModule("typing")
        return try Ops.getItem(try Ops.getAttr(typing, "Union"), PyTuple([a, b]))
    }
}
