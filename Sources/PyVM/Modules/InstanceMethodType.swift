import PyObjects

/// `instancemethod` (PyInstanceMethod_New): wraps a callable so that it binds to the instance
/// when found on a class, as a Python function does. pybind11 wraps every method it puts on a
/// class in one.
public final class PyInstanceMethod: PyObject {
    public let function: PyObject
    public init(function: PyObject) {
        self.function = function
        super.init(type: InstanceMethods.type)
    }
}

public enum InstanceMethods {
    public static let type: PyType = {
        let t = ModuleTypes.make("instancemethod", module: "builtins", subclassable: false)
        func im(_ o: PyObject) -> PyInstanceMethod { o as! PyInstanceMethod }
        BuiltinMethods.ctor(t) { _, a, k in
            try Args("instancemethod", a, k).check(min: 1, max: 1)
            guard Ops.isCallable(a[0]) else { throw PythonError(PyExc.TypeError, "first argument must be callable") }
            return PyInstanceMethod(function: a[0])
        }
        BuiltinMethods.def(t, "__get__") { o, a, _ in
            guard let obj = a.first, obj !== pyNone else { return im(o).function }
            return PyBoundMethod(function: im(o).function, receiver: obj)
        }
        BuiltinMethods.def(t, "__call__") { o, a, k in try Ops.call(im(o).function, args: a, kwargs: k) }
        ModuleTypes.getter(t, "__func__") { im($0).function }
        ModuleTypes.getter(t, "__doc__") { try Ops.getAttr(im($0).function, "__doc__") }
        ModuleTypes.getter(t, "__name__") { try Ops.getAttr(im($0).function, "__name__") }
        return t
    }()
}
