import PyObjects

/// `mappingproxy`: the read-only view of a class namespace that `C.__dict__` and `vars(C)`
/// return. Its behaviour lives in method descriptors on its type, which the generic paths
/// of `len`, `in`, subscription and iteration find.
public final class PyMappingProxy: PyObject {
    public let mapping: PyDict
    public init(_ mapping: PyDict) {
        self.mapping = mapping
        if !mapping.hasType { mapping.type = PyTypes.dict }
        _ = PyMappingProxy.installed
        super.init(type: VMTypes.mappingProxy)
    }

    /// Installs the type's methods (once, when `VMTypes.mappingProxy` is first used here).
    static let installed: Void = {
        let t = VMTypes.mappingProxy
        func method(_ name: String, _ body: @escaping (PyDict, [PyObject]) throws -> PyObject) {
            t.dict.setItem(string: name, PyMethodDescriptor(name: name, owner: t) { o, a, _ in
                try body((o as! PyMappingProxy).mapping, a)
            })
        }
        method("__getitem__") { d, a in try Ops.getItem(d, a[0]) }
        method("__len__") { d, _ in PyInt.make(d.count) }
        method("__iter__") { d, _ in try Ops.iter(d) }
        method("__contains__") { d, a in pyBool(try d.get(a[0]) != nil) }
        method("keys") { d, _ in PyDictView(dict: d, kind: .keys) }
        method("values") { d, _ in PyDictView(dict: d, kind: .values) }
        method("items") { d, _ in PyDictView(dict: d, kind: .items) }
        method("get") { d, a in try d.get(a[0]) ?? (a.count > 1 ? a[1] : pyNone) }
        method("copy") { d, _ in
            let c = PyDict()
            for (k, v) in d.items { try c.set(k, v) }
            return c
        }
        t.slots.repr = { o in "mappingproxy(" + (try Ops.repr((o as! PyMappingProxy).mapping).value) + ")" }
    }()
}

extension VMTypes {
    public static let listReverseIterator = PyType(name: "list_reverseiterator", bases: [PyTypes.object], flags: [])
}
