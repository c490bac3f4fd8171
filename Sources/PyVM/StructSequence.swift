import PyObjects

/// Named tuples of the runtime (`sys.flags`, `sys.float_info`, `sys.version_info`…): tuple
/// subclasses whose fields are also attributes and whose repr names them.
enum StructSequence {
    static func makeType(_ qualifiedName: String, fields: [String]) -> PyType {
        let parts = qualifiedName.split(separator: ".")
        let t = PyType(name: String(parts.last!), bases: [PyTypes.tuple], flags: [],
                       moduleName: parts.count > 1 ? parts.dropLast().joined(separator: ".") : nil)
        for (i, name) in fields.enumerated() {
            t.dict.setItem(string: name, PyProperty(fget: PyBuiltinFunction(name: name) { a, _ in (a[0] as! PyTuple).items[i] },
                                                    fset: nil, fdel: nil, doc: nil))
        }
        t.dict.setItem(string: "n_fields", PyInt.make(fields.count))
        t.dict.setItem(string: "n_sequence_fields", PyInt.make(fields.count))
        t.slots.repr = { o in
            let items = (o as! PyTuple).items
            return qualifiedName + "(" + zip(fields, items).map { "\($0)=\((try? Ops.repr($1).value) ?? "?")" }.joined(separator: ", ") + ")"
        }
        return t
    }

    static func make(_ type: PyType, _ values: [PyObject]) -> PyTuple {
        PyTuple(values, type: type)
    }
}
