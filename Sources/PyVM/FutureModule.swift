import PyObjects

/// The `__future__` module: `from __future__ import annotations` imports it like any module
/// (the compiler reads the future statements themselves).
enum FutureModule {
    static let featureType = PyType(name: "_Feature", bases: [PyTypes.object], flags: [], moduleName: "__future__")

    static func version(_ major: Int, _ minor: Int, _ micro: Int, _ level: String, _ serial: Int) -> PyTuple {
        PyTuple([PyInt.make(major), PyInt.make(minor), PyInt.make(micro), PyStr(level), PyInt.make(serial)])
    }

    /// CPython 3.11's features: name, optional release, mandatory release, compiler flag.
    static var features: [(String, PyTuple, PyTuple?, Int)] {
        [("nested_scopes", version(2, 1, 0, "beta", 1), version(2, 2, 0, "alpha", 0), 0x0010),
         ("generators", version(2, 2, 0, "alpha", 1), version(2, 3, 0, "final", 0), 0),
         ("division", version(2, 2, 0, "alpha", 2), version(3, 0, 0, "alpha", 0), 0x20000),
         ("absolute_import", version(2, 5, 0, "alpha", 1), version(3, 0, 0, "alpha", 0), 0x40000),
         ("with_statement", version(2, 5, 0, "alpha", 1), version(2, 6, 0, "alpha", 0), 0x80000),
         ("print_function", version(2, 6, 0, "alpha", 2), version(3, 0, 0, "alpha", 0), 0x100000),
         ("unicode_literals", version(2, 6, 0, "alpha", 2), version(3, 0, 0, "alpha", 0), 0x200000),
         ("barry_as_FLUFL", version(3, 1, 0, "alpha", 2), version(4, 0, 0, "alpha", 0), 0x400000),
         ("generator_stop", version(3, 5, 0, "beta", 1), version(3, 7, 0, "alpha", 0), 0x800000),
         ("annotations", version(3, 7, 0, "beta", 1), nil, 0x1000000)]
    }

    static func make() -> PyModule {
        let m = PyModule(name: "__future__")
        var names: [PyObject] = []
        for (name, optional, mandatory, flag) in features {
            let f = PyObject(type: featureType)
            let d = PyDict()
            f.instanceDict = d
            d.setItem(string: "optional", optional)
            d.setItem(string: "mandatory", mandatory ?? pyNone)
            d.setItem(string: "compiler_flag", PyInt.make(flag))
            m.dict.setItem(string: name, f)
            names.append(PyStr(name))
        }
        m.dict.setItem(string: "all_feature_names", PyList(names))
        featureType.slots.repr = { o in
            let d = o.instanceDict!
            return "_Feature(" + (try ["optional", "mandatory", "compiler_flag"].map { try Ops.repr(d.getItem(string: $0)!).value })
                .joined(separator: ", ") + ")"
        }
        return m
    }
}
