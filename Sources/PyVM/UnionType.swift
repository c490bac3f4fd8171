import PyObjects

/// `types.UnionType`: what `int | str` makes, accepted by isinstance and issubclass.
public final class PyUnionType: PyObject {
    public let args: [PyObject]
    static let pyType: PyType = {
        let t = PyType(name: "UnionType", bases: [PyTypes.object], flags: [], moduleName: "types")
        t.slots.repr = { o in
            try (o as! PyUnionType).args.map { a -> String in
                if a === pyNone { return "None" }
                if let ty = a as? PyType {
                    return ty.moduleName == nil || ty.moduleName == "builtins" ? ty.qualname : "\(ty.moduleName!).\(ty.qualname)"
                }
                return try Ops.repr(a).value
            }.joined(separator: " | ")
        }
        t.dict.setItem(string: "__args__", PyProperty(fget: PyBuiltinFunction(name: "__args__") { a, _ in
            PyTuple((a[0] as! PyUnionType).args.map { $0 === pyNone ? PyTypes.noneType : $0 })
        }, fset: nil, fdel: nil, doc: nil))
        return t
    }()

    init(_ args: [PyObject]) {
        self.args = args
        super.init(type: PyUnionType.pyType)
    }

    /// `a | b` when both sides are types, None or unions; nil otherwise (not a union operation).
    static func make(_ a: PyObject, _ b: PyObject) -> PyObject? {
        func members(_ o: PyObject) -> [PyObject]? {
            if let u = o as? PyUnionType { return u.args }
            if o is PyType || o === pyNone { return [o] }
            return nil
        }
        guard let x = members(a), let y = members(b) else { return nil }
        var all: [PyObject] = []
        for m in x + y where !all.contains(where: { $0 === m }) { all.append(m) }
        return all.count == 1 ? all[0] : PyUnionType(all)
    }

    /// The classes isinstance/issubclass test against (None stands for NoneType).
    var classes: [PyObject] { args.map { $0 === pyNone ? PyTypes.noneType : $0 } }
}
