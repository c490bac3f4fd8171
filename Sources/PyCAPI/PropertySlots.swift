import CPythonABI
import PyObjects
import PyVM

// property's slots in PyProperty_Type, for C types deriving from property: pybind11's
// pybind11_static_property is made by hand with tp_base = &PyProperty_Type, instantiated
// through the inherited tp_new, and forwards its tp_descr_get to property's.

/// property.__new__ for type (property or a C subtype): a runtime property whose type is
/// type's runtime type.
@_cdecl("swpy_property_new")
public func swpy_property_new(_ type: CType?, _ args: CObject?, _ kwds: CObject?) -> CObject? {
    capiObject {
        guard let type, let cls = Bridge.object(ExtensionTypes.cObject(type)) as? PyType else { throw badInternalCall() }
        let positional = args.map { (Bridge.object($0) as? PyTuple)?.items ?? [] } ?? []
        var keywords: [(String, PyObjects.PyObject)] = []
        if let kwds, let d = Bridge.object(kwds) as? PyDict {
            for (k, v) in d.items { keywords.append(((k as? PyStr)?.value ?? "", v)) }
        }
        let p = try Ops.call(PyTypes.property, args: positional, kwargs: keywords)
        p.type = cls
        return p
    }
}

/// property.__get__(obj, type): the property itself through the class, else fget(obj).
@_cdecl("swpy_property_descr_get")
public func swpy_property_descr_get(_ self_: CObject?, _ obj: CObject?, _ type: CObject?) -> CObject? {
    capiObject {
        guard let p = try arg(self_) as? PyProperty else { throw badInternalCall() }
        guard let obj, Bridge.object(obj) !== pyNone else { return p }
        guard let g = p.fget else {
            throw PythonError(PyExc.AttributeError, "property '\(p.name ?? "")' of '\(Bridge.object(obj).type.qualname)' object has no getter")
        }
        return try Ops.call(g, args: [Bridge.object(obj)])
    }
}

/// property.__set__(obj, value) / __delete__(obj) (value NULL).
@_cdecl("swpy_property_descr_set")
public func swpy_property_descr_set(_ self_: CObject?, _ obj: CObject?, _ value: CObject?) -> Int32 {
    capi(-1) {
        guard let p = try arg(self_) as? PyProperty else { throw badInternalCall() }
        let target = try arg(obj)
        let what = value == nil ? "deleter" : "setter"
        guard let f = value == nil ? p.fdel : p.fset else {
            throw PythonError(PyExc.AttributeError, "property '\(p.name ?? "")' of '\(target.type.qualname)' object has no \(what)")
        }
        _ = try Ops.call(f, args: value.map { [target, Bridge.object($0)] } ?? [target])
        return 0
    }
}
