import PyObjects

/// The `gc` module over `CycleCollector`: collect, enable/disable/isenabled, thresholds and
/// counts as far as a single-generation collector has them.
enum GCModule {
    static func register() {
        Importer.builtinModules["gc"] = { make() }
    }

    static func make() -> PyModule {
        let m = PyModule(name: "gc")
        func fn(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            let f = PyBuiltinFunction(name: name, boundSelf: m, body: body)
            f.moduleName = "gc"
            m.dict.setItem(string: name, f)
        }
        fn("collect") { a, k in
            try Args("collect", a, k).check(min: 0, max: 1, keywords: ["generation"])
            let found = CycleCollector.collect()
            // Finalizers of what was freed run before collect() returns, as in CPython.
            if TypeObjects.hasPendingFinalizers { TypeObjects.runPendingFinalizers() }
            if Generators.hasPendingFinalizers { Generators.runPendingFinalizers() }
            return PyInt.make(found)
        }
        fn("enable") { _, _ in GCRegistry.automatic = true; return pyNone }
        fn("disable") { _, _ in GCRegistry.automatic = false; return pyNone }
        fn("isenabled") { _, _ in pyBool(GCRegistry.automatic) }
        fn("get_count") { _, _ in PyTuple([PyInt.make(GCRegistry.objects.count), PyInt.make(0), PyInt.make(0)]) }
        fn("get_threshold") { _, _ in PyTuple([PyInt.make(GCRegistry.threshold), PyInt.make(10), PyInt.make(10)]) }
        fn("set_threshold") { a, _ in
            if let t = a.first as? PyInt, let v = t.intValue { GCRegistry.threshold = Swift.max(v, 1) }
            return pyNone
        }
        fn("is_tracked") { a, _ in
            guard let o = a.first else { throw PythonError(PyExc.TypeError, "is_tracked() takes exactly one argument (0 given)") }
            if o.gcIndex >= 0 { return pyBool(true) }
            return pyBool(o.bridgeHandle != nil && CycleCollector.foreign?.isTracked(o) == true)
        }
        fn("get_referents") { a, _ in
            PyList(a.flatMap { CycleCollector.referentList($0) })
        }
        fn("get_stats") { _, _ in
            let d = PyDict()
            d.setItem(string: "collections", PyInt.make(CycleCollector.collections))
            d.setItem(string: "collected", PyInt.make(CycleCollector.lastUnreachable))
            d.setItem(string: "uncollectable", PyInt.make(0))
            return PyList([d])
        }
        m.dict.setItem(string: "garbage", PyList())
        m.dict.setItem(string: "callbacks", PyList())
        return m
    }
}
