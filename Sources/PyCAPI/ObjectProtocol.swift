import CPythonABI
import PyCompiler
import PyObjects
import PyVM

// The object protocol: attributes, comparison, calls, items, iteration.

func arg(_ op: CObject?) throws -> PyObjects.PyObject {
    guard let op else {
        if PyErr_Occurred() == nil { throw PythonError(PyExc.SystemError, "null argument to internal routine") }
        throw Errors.fetch()!
    }
    return Bridge.object(op)
}

func nameArg(_ op: CObject?) throws -> String {
    guard let s = try arg(op) as? PyStr else {
        throw PythonError(PyExc.TypeError, "attribute name must be string, not '\(try arg(op).type.name)'")
    }
    return s.value
}

/// PyObject *PyObject_Repr(PyObject *o): new reference.
@_cdecl("PyObject_Repr")
public func PyObject_Repr_(_ o: CObject?) -> CObject? {
    guard o != nil else { return Bridge.newReference(PyStr("<NULL>")) }
    return capiObject { try Ops.repr(try arg(o)) }
}

/// PyObject *PyObject_Str(PyObject *o): new reference.
@_cdecl("PyObject_Str")
public func PyObject_Str_(_ o: CObject?) -> CObject? {
    guard o != nil else { return Bridge.newReference(PyStr("<NULL>")) }
    return capiObject { try Ops.str(try arg(o)) }
}

/// PyObject *PyObject_GetAttr(PyObject *o, PyObject *name): new reference.
@_cdecl("PyObject_GetAttr")
public func PyObject_GetAttr_(_ o: CObject?, _ name: CObject?) -> CObject? {
    capiObject { try Ops.getAttr(try arg(o), try nameArg(name)) }
}

/// PyObject *PyObject_GetAttrString(PyObject *o, const char *name): new reference.
@_cdecl("PyObject_GetAttrString")
public func PyObject_GetAttrString_(_ o: CObject?, _ name: UnsafePointer<CChar>?) -> CObject? {
    capiObject { try Ops.getAttr(try arg(o), text(name)) }
}

/// int PyObject_SetAttr(PyObject *o, PyObject *name, PyObject *v): v NULL deletes.
@_cdecl("PyObject_SetAttr")
public func PyObject_SetAttr_(_ o: CObject?, _ name: CObject?, _ v: CObject?) -> Int32 {
    capi(-1) {
        if let v {
            try Ops.setAttr(try arg(o), try nameArg(name), Bridge.object(v))
            Bridge.ensureShare(v)
        } else {
            try Ops.delAttr(try arg(o), try nameArg(name))
        }
        return 0
    }
}

/// int PyObject_SetAttrString(PyObject *o, const char *name, PyObject *v).
@_cdecl("PyObject_SetAttrString")
public func PyObject_SetAttrString_(_ o: CObject?, _ name: UnsafePointer<CChar>?, _ v: CObject?) -> Int32 {
    capi(-1) {
        if let v {
            try Ops.setAttr(try arg(o), text(name), Bridge.object(v))
            Bridge.ensureShare(v)
        } else {
            try Ops.delAttr(try arg(o), text(name))
        }
        return 0
    }
}

/// int PyObject_HasAttr(PyObject *o, PyObject *name): 1 or 0; never fails.
@_cdecl("PyObject_HasAttr")
public func PyObject_HasAttr_(_ o: CObject?, _ name: CObject?) -> Int32 {
    guard let o, let name, let n = Bridge.object(name) as? PyStr else { return 0 }
    return (try? Ops.getAttr(Bridge.object(o), n.value)) != nil ? 1 : 0
}

/// int PyObject_HasAttrString(PyObject *o, const char *name): 1 or 0; never fails.
@_cdecl("PyObject_HasAttrString")
public func PyObject_HasAttrString_(_ o: CObject?, _ name: UnsafePointer<CChar>?) -> Int32 {
    guard let o else { return 0 }
    return (try? Ops.getAttr(Bridge.object(o), text(name))) != nil ? 1 : 0
}

func compareOp(_ op: Int32) throws -> CompareOperator {
    switch op {
    case Py_LT: return .lt
    case Py_LE: return .le
    case Py_EQ: return .eq
    case Py_NE: return .ne
    case Py_GT: return .gt
    case Py_GE: return .ge
    default: throw badInternalCall()
    }
}

/// PyObject *PyObject_RichCompare(PyObject *a, PyObject *b, int op): new reference.
@_cdecl("PyObject_RichCompare")
public func PyObject_RichCompare_(_ a: CObject?, _ b: CObject?, _ op: Int32) -> CObject? {
    capiObject { try Ops.richCompare(try arg(a), try arg(b), try compareOp(op)) }
}

/// int PyObject_RichCompareBool(PyObject *a, PyObject *b, int op): identity implies equality.
@_cdecl("PyObject_RichCompareBool")
public func PyObject_RichCompareBool_(_ a: CObject?, _ b: CObject?, _ op: Int32) -> Int32 {
    if let a, let b, a == b {
        if op == Py_EQ { return 1 }
        if op == Py_NE { return 0 }
    }
    return capi(-1) { try Ops.isTrue(try Ops.richCompare(try arg(a), try arg(b), try compareOp(op))) ? 1 : 0 }
}

/// Py_hash_t PyObject_Hash(PyObject *o): -1 on error.
@_cdecl("PyObject_Hash")
public func PyObject_Hash_(_ o: CObject?) -> Int { capi(-1) { try PyObjectHooks.hash(try arg(o)) } }

/// int PyObject_IsTrue(PyObject *o): 1, 0, or -1 on error.
@_cdecl("PyObject_IsTrue")
public func PyObject_IsTrue_(_ o: CObject?) -> Int32 { capi(-1) { try Ops.isTrue(try arg(o)) ? 1 : 0 } }

/// int PyObject_Not(PyObject *o): 0, 1, or -1 on error.
@_cdecl("PyObject_Not")
public func PyObject_Not_(_ o: CObject?) -> Int32 { capi(-1) { try Ops.isTrue(try arg(o)) ? 0 : 1 } }

/// PyObject *PyObject_Type(PyObject *o): new reference to type(o).
@_cdecl("PyObject_Type")
public func PyObject_Type_(_ o: CObject?) -> CObject? { capiObject { try arg(o).type } }

/// Py_ssize_t PyObject_Size(PyObject *o): -1 on error.
@_cdecl("PyObject_Size")
public func PyObject_Size_(_ o: CObject?) -> Int { capi(-1) { try Ops.len(try arg(o)) } }

/// Py_ssize_t PyObject_Length(PyObject *o): PyObject_Size.
@_cdecl("PyObject_Length")
public func PyObject_Length_(_ o: CObject?) -> Int { PyObject_Size_(o) }

/// PyObject *PyObject_GetItem(PyObject *o, PyObject *key): new reference.
@_cdecl("PyObject_GetItem")
public func PyObject_GetItem_(_ o: CObject?, _ key: CObject?) -> CObject? {
    capiObject { try Ops.getItem(try arg(o), try arg(key)) }
}

/// int PyObject_SetItem(PyObject *o, PyObject *key, PyObject *v).
@_cdecl("PyObject_SetItem")
public func PyObject_SetItem_(_ o: CObject?, _ key: CObject?, _ v: CObject?) -> Int32 {
    capi(-1) {
        try Ops.setItem(try arg(o), try arg(key), try arg(v))
        if let o, let v = Bridge.object(o) as? PyDict { dictChanged(o, v) }
        return 0
    }
}

/// PyObject *PyObject_GetIter(PyObject *o): new reference.
@_cdecl("PyObject_GetIter")
public func PyObject_GetIter_(_ o: CObject?) -> CObject? { capiObject { try Ops.iter(try arg(o)) } }

/// PyObject *PyIter_Next(PyObject *o): new reference; NULL without exception at the end.
@_cdecl("PyIter_Next")
public func PyIter_Next_(_ o: CObject?) -> CObject? {
    capi(nil) { try Ops.next(try arg(o)).map(Bridge.newReference) }
}

/// int PyObject_IsInstance(PyObject *inst, PyObject *cls): 1, 0, or -1.
@_cdecl("PyObject_IsInstance")
public func PyObject_IsInstance_(_ inst: CObject?, _ cls: CObject?) -> Int32 {
    capi(-1) { try Ops.isInstance(try arg(inst), try arg(cls)) ? 1 : 0 }
}

/// int PyType_IsSubtype(PyTypeObject *a, PyTypeObject *b): never fails.
@_cdecl("PyType_IsSubtype")
public func PyType_IsSubtype_(_ a: UnsafeMutablePointer<PyTypeObject>?, _ b: UnsafeMutablePointer<PyTypeObject>?) -> Int32 {
    guard let a, let b else { return 0 }
    if a == b { return 1 }
    let ta = Bridge.object(UnsafeMutableRawPointer(a).assumingMemoryBound(to: CPythonABI.PyObject.self))
    let tb = Bridge.object(UnsafeMutableRawPointer(b).assumingMemoryBound(to: CPythonABI.PyObject.self))
    guard let x = ta as? PyType, let y = tb as? PyType else { return 0 }
    return x.isSubtype(of: y) ? 1 : 0
}

/// int PyCallable_Check(PyObject *o): 1 or 0.
@_cdecl("PyCallable_Check")
public func PyCallable_Check_(_ o: CObject?) -> Int32 {
    guard let o else { return 0 }
    return Ops.isCallable(Bridge.object(o)) ? 1 : 0
}

/// PyObject *PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs): new reference.
@_cdecl("PyObject_Call")
public func PyObject_Call_(_ callable: CObject?, _ args: CObject?, _ kwargs: CObject?) -> CObject? {
    capiObject {
        let f = try arg(callable)
        guard let t = try arg(args) as? PyTuple else {
            throw PythonError(PyExc.TypeError, "argument list must be a tuple")
        }
        var kw: [(String, PyObjects.PyObject)] = []
        if let kwargs, let d = Bridge.object(kwargs) as? PyDict {
            for (k, v) in d.items {
                guard let s = k as? PyStr else { throw PythonError(PyExc.TypeError, "keywords must be strings") }
                kw.append((s.value, v))
            }
        }
        return try callFromC(f, args: t.items, kwargs: kw)
    }
}

/// PyObject *PyObject_CallObject(PyObject *callable, PyObject *args): args may be NULL.
@_cdecl("PyObject_CallObject")
public func PyObject_CallObject_(_ callable: CObject?, _ args: CObject?) -> CObject? {
    capiObject {
        let items = try args.map { (try arg($0) as? PyTuple)?.items ?? [] } ?? []
        return try callFromC(try arg(callable), args: items, kwargs: [])
    }
}

/// PyObject *PyObject_CallNoArgs(PyObject *callable): new reference.
@_cdecl("PyObject_CallNoArgs")
public func PyObject_CallNoArgs_(_ callable: CObject?) -> CObject? {
    capiObject { try callFromC(try arg(callable), args: [], kwargs: []) }
}

/// PyObject *PyObject_CallOneArg(PyObject *callable, PyObject *arg): new reference.
@_cdecl("PyObject_CallOneArg")
public func PyObject_CallOneArg_(_ callable: CObject?, _ a: CObject?) -> CObject? {
    capiObject { try callFromC(try arg(callable), args: [try arg(a)], kwargs: []) }
}

/// PyObject *PyNumber_Add(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_Add")
public func PyNumber_Add_(_ a: CObject?, _ b: CObject?) -> CObject? {
    capiObject { try Ops.binaryOp(try arg(a), try arg(b), .add) }
}

/// PyObject *PyNumber_Subtract(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_Subtract")
public func PyNumber_Subtract_(_ a: CObject?, _ b: CObject?) -> CObject? {
    capiObject { try Ops.binaryOp(try arg(a), try arg(b), .sub) }
}

/// PyObject *PyNumber_Multiply(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_Multiply")
public func PyNumber_Multiply_(_ a: CObject?, _ b: CObject?) -> CObject? {
    capiObject { try Ops.binaryOp(try arg(a), try arg(b), .mul) }
}

/// PyObject *PyNumber_Index(PyObject *o): new reference to an int.
@_cdecl("PyNumber_Index")
public func PyNumber_Index_(_ o: CObject?) -> CObject? { capiObject { try Ops.index(try arg(o)) } }

/// PyObject *PyImport_ImportModule(const char *name): new reference.
@_cdecl("PyImport_ImportModule")
public func PyImport_ImportModule_(_ name: UnsafePointer<CChar>?) -> CObject? {
    capiObject { try Importer.importModule(text(name)) }
}

/// PyObject *PyImport_Import(PyObject *name): new reference.
@_cdecl("PyImport_Import")
public func PyImport_Import_(_ name: CObject?) -> CObject? {
    capiObject { try Importer.importModule(try nameArg(name)) }
}

/// PyObject *PyObject_Init(PyObject *op, PyTypeObject *type): sets type and refcount 1.
@_cdecl("PyObject_Init")
public func PyObject_Init_(_ op: CObject?, _ type: UnsafeMutablePointer<PyTypeObject>?) -> CObject? {
    guard let op else { return PyErr_NoMemory() }
    op.pointee.ob_type = type
    op.pointee.ob_refcnt = 1
    return op
}

/// PyObject *_PyObject_New(PyTypeObject *type): new reference to an uninitialised instance.
@_cdecl("_PyObject_New")
public func _PyObject_New_(_ type: UnsafeMutablePointer<PyTypeObject>?) -> CObject? {
    guard let type, let raw = swpy_alloc_object(type.pointee.tp_basicsize) else { return PyErr_NoMemory() }
    return PyObject_Init_(raw.assumingMemoryBound(to: CPythonABI.PyObject.self), type)
}

/// PyObject *PySequence_GetItem(PyObject *o, Py_ssize_t i): new reference; negative i counts
/// from the end.
@_cdecl("PySequence_GetItem")
public func PySequence_GetItem_(_ o: CObject?, _ i: Int) -> CObject? {
    capiObject { try Ops.getItem(try arg(o), PyInt.make(i)) }
}

/// Py_ssize_t PySequence_Size(PyObject *o): -1 on error.
@_cdecl("PySequence_Size")
public func PySequence_Size_(_ o: CObject?) -> Int {
    capi(-1) {
        let obj = try arg(o)
        if obj is PyDict { throw PythonError(PyExc.TypeError, "dict is not a sequence") }
        return try Ops.len(obj)
    }
}

/// int PySequence_Check(PyObject *o): 1 for sequences (not dicts), 0 otherwise; never fails.
@_cdecl("PySequence_Check")
public func PySequence_Check_(_ o: CObject?) -> Int32 {
    guard let o else { return 0 }
    let obj = Bridge.object(o)
    if obj is PyDict { return 0 }
    return obj.type.lookup("__getitem__") != nil || obj is PyTuple || obj is PyList || obj is PyStr || obj is PyBytes ? 1 : 0
}

/// int PyMapping_Check(PyObject *o): 1 if o supports subscripting; never fails.
@_cdecl("PyMapping_Check")
public func PyMapping_Check_(_ o: CObject?) -> Int32 {
    guard let o else { return 0 }
    let obj = Bridge.object(o)
    return obj.type.lookup("__getitem__") != nil || obj is PyDict || obj is PyTuple || obj is PyList || obj is PyStr ? 1 : 0
}
