import PyObjects

/// `types.GenericAlias`: what `list[int]`, `dict[str, int]` … evaluate to (`__class_getitem__`
/// of the builtin containers). It stands for its origin class when called, subclassed
/// (`__mro_entries__`) or asked for other attributes.
public final class PyGenericAlias: PyObject {
    public let origin: PyObject
    public let args: PyTuple
    public init(origin: PyObject, args: PyObject) {
        self.origin = origin
        self.args = (args as? PyTuple) ?? PyTuple([args])
        super.init(type: GenericAliases.type)
    }
}

enum GenericAliases {
    static let type: PyType = {
        let t = PyType(name: "GenericAlias", bases: [PyTypes.object], flags: [], moduleName: "types")
        t.slots.repr = { o in try repr(o as! PyGenericAlias) }
        t.slots.call = { callee, args, kwargs in
            try Ops.call((callee as! PyGenericAlias).origin, args: args, kwargs: kwargs)
        }
        t.slots.getattr = { o, name in try attribute(o as! PyGenericAlias, name) }
        return t
    }()

    /// How an argument appears in the alias's repr: classes by (module-qualified) name.
    static func argRepr(_ o: PyObject) throws -> String {
        if o is PyEllipsis { return "..." }
        if let t = o as? PyType {
            if let m = t.moduleName, m != "builtins" { return "\(m).\(t.qualname)" }
            return t.qualname
        }
        if let g = o as? PyGenericAlias { return try repr(g) }
        return try Ops.repr(o).value
    }

    static func repr(_ g: PyGenericAlias) throws -> String {
        let head = try argRepr(g.origin)
        if g.args.items.isEmpty { return head + "[()]" }
        return head + "[" + (try g.args.items.map(argRepr).joined(separator: ", ")) + "]"
    }

    static func attribute(_ g: PyGenericAlias, _ name: String) throws -> PyObject? {
        switch name {
        case "__origin__": return g.origin
        case "__args__": return g.args
        case "__parameters__": return PyTuple.empty
        case "__class__": return type
        case "__mro_entries__":
            return PyBuiltinFunction(name: "__mro_entries__", boundSelf: g) { _, _ in PyTuple([g.origin]) }
        default: return try Ops.getAttrOptional(g.origin, PyStr.intern(name))
        }
    }

    static func equal(_ a: PyGenericAlias, _ b: PyGenericAlias) throws -> Bool {
        try Ops.equal(a.origin, b.origin) && Ops.equal(a.args, b.args)
    }

    static func hash(_ g: PyGenericAlias) throws -> Int {
        try Ops.hash(g.origin) ^ Ops.hash(g.args)
    }

    /// The bases a class statement uses: objects with `__mro_entries__` (such as `list[int]`)
    /// stand for the classes they return. Returns nil when no base needed replacing.
    static func resolveBases(_ bases: [PyObject]) throws -> [PyObject]? {
        guard bases.contains(where: { !($0 is PyType) }) else { return nil }
        var out: [PyObject] = []
        var changed = false
        for b in bases {
            if !(b is PyType), let m = try Ops.getAttrOptional(b, PyStr.intern("__mro_entries__")) {
                let r = try Ops.call(m, args: [PyTuple(bases)])
                guard let t = r as? PyTuple else { throw PythonError(PyExc.TypeError, "__mro_entries__ must return a tuple") }
                out.append(contentsOf: t.items)
                changed = true
            } else {
                out.append(b)
            }
        }
        return changed ? out : nil
    }

    static func install() {
        BuiltinMethods.def(type, "__getitem__") { r, _, _ in
            throw PythonError(PyExc.TypeError, "\(try repr(r as! PyGenericAlias)) is not a generic class")
        }
        for t in [PyTypes.list, PyTypes.tuple, PyTypes.dict, PyTypes.set, PyTypes.frozenset, PyTypes.type] {
            BuiltinMethods.classDef(t, "__class_getitem__") { cls, a, k in
                try Args("__class_getitem__", a, k).check(min: 1, max: 1)
                return PyGenericAlias(origin: cls, args: a[0])
            }
        }
    }
}
