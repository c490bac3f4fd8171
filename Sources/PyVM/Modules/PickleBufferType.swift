import PyObjects

/// `pickle.PickleBuffer` (PEP 574), the type CPython's `_pickle` exports: a wrapper around an
/// object exporting a buffer, whose `raw()` gives a memoryview of it.
public final class PyPickleBuffer: PyObject {
    public var view: PyObject?
    init(view: PyObject) {
        self.view = view
        super.init(type: PickleBuffers.type)
    }
}

public enum PickleBuffers {
    public static let type: PyType = {
        let t = ModuleTypes.make("PickleBuffer", module: "pickle", subclassable: false)
        BuiltinMethods.ctor(t) { _, a, k in
            let args = Args("PickleBuffer", a, k)
            try args.check(min: 1, max: 1, keywords: ["buffer"])
            return PyPickleBuffer(view: try MemoryViews.construct(args[0] ?? args.keyword("buffer")!))
        }
        func buffer(_ o: PyObject) throws -> PyObject {
            guard let v = (o as! PyPickleBuffer).view else {
                throw PythonError(PyExc.ValueError, "operation forbidden on released PickleBuffer object")
            }
            return v
        }
        BuiltinMethods.def(t, "raw") { o, _, _ in try MemoryViews.construct(try buffer(o)) }
        BuiltinMethods.def(t, "release") { o, _, _ in
            (o as! PyPickleBuffer).view = nil
            return pyNone
        }
        return t
    }()
}
