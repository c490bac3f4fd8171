import CPythonABI
import PyObjects
import PyVM

// C types deriving from the builtin exceptions (mypyc's native exception classes, extensions'
// static exception types): their instances are runtime exceptions, so they can be raised and
// caught like any other, with mirrors as large as the C type's tp_basicsize for its own fields.

/// The tp_new of the builtin exception types: `type(*args, **kwds)` built by the runtime
/// exception constructor of the nearest runtime base, with `type` as the class.
@_cdecl("swpy_exception_new")
public func swpy_exception_new(_ type: UnsafeMutablePointer<PyTypeObject>?, _ args: CObject?, _ kwds: CObject?) -> CObject? {
    capiObject {
        guard let type, let cls = Bridge.object(ExtensionTypes.cObject(type)) as? PyType else { throw badInternalCall() }
        let positional = try args.map { try Ops.toArray(Bridge.object($0)) } ?? []
        var keywords: [(String, PyObjects.PyObject)] = []
        if let kwds, let d = Bridge.object(kwds) as? PyDict {
            for (k, v) in d.items { keywords.append(((k as? PyStr)?.value ?? "", v)) }
        }
        for base in cls.mro.dropFirst() where base.bridgeType == nil {
            if let ctor = Classes.constructors[ObjectIdentifier(base)] {
                return try ctor(cls, positional, keywords)
            }
        }
        return PyBaseException(type: cls, args: positional)
    }
}

extension Mirrors {
    /// Whether an exception's mirror holds fields only C knows (a C subclass with a larger
    /// tp_basicsize, as mypyc's native exception classes have).
    static func hasOwnFields(_ op: CObject) -> Bool {
        op.pointee.ob_type.pointee.tp_basicsize > MemoryLayout<PyBaseExceptionObject>.size
            && op.pointee.ob_type.pointee.tp_flags & UInt(1 << 30) != 0
    }
}
