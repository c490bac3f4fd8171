import PyObjects

/// The `gc` module over `CycleCollector`: collect, enable/disable/isenabled, thresholds and
/// counts as far as a single-generation collector has them.
enum GCModule {
    /// gc.set_debug's flags (kept and reported; the collector prints nothing).
    nonisolated(unsafe) static var debugFlags = 0

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
        fn("get_referrers") { a, _ in
            // Every tracked object holding a reference to one of the arguments.
            var out: [PyObject] = []
            for u in GCRegistry.objects {
                let o = u.takeUnretainedValue()
                // Objects made before any type existed are internal (never exposed).
                if o.typeIfSet == nil { continue }
                var hit = false
                CycleCollector.referents(o) { r in if !hit && a.contains(where: { $0 === r }) { hit = true } }
                if hit { out.append(o) }
            }
            return PyList(out)
        }
        fn("get_objects") { a, k in
            try Args("get_objects", a, k).check(min: 0, max: 1, keywords: ["generation"])
            if let g = a.first ?? k.first?.1, g !== pyNone {
                guard let i = (g as? PyInt)?.intValue else {
                    throw PythonError(PyExc.TypeError, "'\(g.type.name)' object cannot be interpreted as an integer")
                }
                if i >= 3 { throw PythonError(PyExc.ValueError, "generation parameter must be less than the number of available generations (3)") }
                if i < -1 { throw PythonError(PyExc.ValueError, "generation parameter cannot be negative") }
            }
            return PyList(GCRegistry.objects.map { $0.takeUnretainedValue() }.filter { $0.typeIfSet != nil })
        }
        // One generation and no permanent generation: freezing has nothing to move.
        fn("freeze") { _, _ in pyNone }
        fn("unfreeze") { _, _ in pyNone }
        fn("get_freeze_count") { _, _ in PyInt.make(0) }
        fn("is_finalized") { a, _ in pyBool(false) }
        fn("set_debug") { a, _ in
            guard let f = (a.first as? PyInt)?.intValue else {
                throw PythonError(PyExc.TypeError, "set_debug() takes exactly one argument (\(a.count) given)")
            }
            debugFlags = f
            return pyNone
        }
        fn("get_debug") { _, _ in PyInt.make(debugFlags) }
        for (name, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4),
                          ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
            m.dict.setItem(string: name, PyInt.make(v))
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
