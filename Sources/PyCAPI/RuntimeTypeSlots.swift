import CPythonABI
import PyObjects
import PyVM

/// tp_new of the C type objects standing for classes defined in Python: `cls.__new__(cls, *args,
/// **kwds)` (_pickle's NEWOBJ calls tp_new directly; C code checks it is set).
@_cdecl("swpy_runtime_type_new")
public func swpy_runtime_type_new(_ type: UnsafeMutablePointer<PyTypeObject>?, _ args: CObject?, _ kwds: CObject?) -> CObject? {
    capiObject {
        guard let type, let cls = Bridge.object(ExtensionTypes.cObject(type)) as? PyType else { throw badInternalCall() }
        let positional = try args.map { try Ops.toArray(Bridge.object($0)) } ?? []
        var keywords: [(String, PyObjects.PyObject)] = []
        if let kwds, let d = Bridge.object(kwds) as? PyDict {
            for (k, v) in d.items { keywords.append(((k as? PyStr)?.value ?? "", v)) }
        }
        guard let new = cls.lookup("__new__") else {
            throw PythonError(PyExc.TypeError, "cannot create '\(cls.name)' instances")
        }
        let f = (new as? PyStaticMethod)?.function ?? new
        return try Ops.call(f, args: [cls] + positional, kwargs: keywords)
    }
}
