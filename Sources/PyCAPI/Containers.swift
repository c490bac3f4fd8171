import CPythonABI
import PyObjects

// tuple, list and dict. Tuples and lists that C creates are filled in their C layout and only
// become runtime objects when the runtime first sees them; these functions therefore work on
// the C layout and keep the runtime object, when there is one, in step.

/// Whether the runtime has seen this C object (static objects count as seen: they are shared).
func hasRuntimeObject(_ op: CObject) -> Bool {
    swpy_has_header(op) == 0 || swpy_header_of(op).pointee.runtime_object != nil
}

func typeFlags(_ op: CObject) -> UInt { op.pointee.ob_type.pointee.tp_flags }

func badInternalCall() -> PythonError { PythonError(PyExc.SystemError, "bad argument to internal function") }

func tupleArg(_ op: CObject?) throws -> CObject {
    guard let op, typeFlags(op) & UInt(Py_TPFLAGS_TUPLE_SUBCLASS) != 0 else { throw badInternalCall() }
    return op
}

func listArg(_ op: CObject?) throws -> CObject {
    guard let op, typeFlags(op) & UInt(Py_TPFLAGS_LIST_SUBCLASS) != 0 else { throw badInternalCall() }
    return op
}

func dictArg(_ op: CObject?) throws -> PyDict {
    guard let op, let d = Bridge.object(op) as? PyDict else { throw badInternalCall() }
    return d
}

func indexError(_ what: String) -> PythonError { PythonError(PyExc.IndexError, "\(what) index out of range") }

/// PyObject *PyTuple_New(Py_ssize_t len): new reference, items NULL until C fills them.
@_cdecl("PyTuple_New")
public func PyTuple_New_(_ len: Int) -> CObject? {
    capi(nil) {
        if len < 0 { throw badInternalCall() }
        if len == 0 { return Bridge.newReference(PyTuple.empty) }
        let op = Mirrors.allocate(MemoryLayout<PyVarObject>.size + 8 * len, type: Mirrors.staticType(&PyTuple_Type))
        op.withMemoryRebound(to: PyVarObject.self, capacity: 1) { $0.pointee.ob_size = len }
        op.pointee.ob_refcnt = 1
        return op
    }
}

/// Py_ssize_t PyTuple_Size(PyObject *p): -1 on error.
@_cdecl("PyTuple_Size")
public func PyTuple_Size_(_ op: CObject?) -> Int { capi(-1) { Mirrors.varSize(try tupleArg(op)) } }

/// PyObject *PyTuple_GetItem(PyObject *p, Py_ssize_t pos): borrowed reference.
@_cdecl("PyTuple_GetItem")
public func PyTuple_GetItem_(_ op: CObject?, _ i: Int) -> CObject? {
    capi(nil) {
        let t = try tupleArg(op)
        guard i >= 0 && i < Mirrors.varSize(t) else { throw indexError("tuple") }
        return Mirrors.tupleItems(t)[i]
    }
}

/// int PyTuple_SetItem(PyObject *p, Py_ssize_t pos, PyObject *o): steals o; only for tuples
/// nobody else holds, as in CPython: one C reference and no runtime reference but the bridge's.
@_cdecl("PyTuple_SetItem")
public func PyTuple_SetItem_(_ op: CObject?, _ i: Int, _ item: CObject?) -> Int32 {
    guard let op, typeFlags(op) & UInt(Py_TPFLAGS_TUPLE_SUBCLASS) != 0, op.pointee.ob_refcnt == 1,
          TupleSync.onlyBridgeHolds(op) else {
        if let item { Bridge.decref(item) }
        Errors.set(badInternalCall())
        return -1
    }
    guard i >= 0 && i < Mirrors.varSize(op) else {
        if let item { Bridge.decref(item) }
        Errors.set(PythonError(PyExc.IndexError, "tuple assignment index out of range"))
        return -1
    }
    let items = Mirrors.tupleItems(op)
    let old = items[i]
    items[i] = item
    if let old { Bridge.decref(old) }
    TupleSync.refreshIfSeen(op)
    return 0
}

/// PyObject *PyList_New(Py_ssize_t len): new reference, items NULL until C fills them.
@_cdecl("PyList_New")
public func PyList_New_(_ len: Int) -> CObject? {
    capi(nil) {
        if len < 0 { throw badInternalCall() }
        let op = Mirrors.allocate(MemoryLayout<PyListObject>.size, type: Mirrors.staticType(&PyList_Type))
        op.withMemoryRebound(to: PyListObject.self, capacity: 1) { lo in
            let items = UnsafeMutablePointer<CObject?>.allocate(capacity: max(len, 1))
            items.initialize(repeating: nil, count: max(len, 1))
            lo.pointee.ob_item = UnsafeMutableRawPointer(items).assumingMemoryBound(to: Optional<UnsafeMutablePointer<CPythonABI.PyObject>>.self)
            lo.pointee.ob_base.ob_size = len
            lo.pointee.allocated = len
        }
        op.pointee.ob_refcnt = 1
        return op
    }
}

/// Py_ssize_t PyList_Size(PyObject *list): -1 on error.
@_cdecl("PyList_Size")
public func PyList_Size_(_ op: CObject?) -> Int { capi(-1) { Mirrors.varSize(try listArg(op)) } }

/// PyObject *PyList_GetItem(PyObject *list, Py_ssize_t index): borrowed reference.
@_cdecl("PyList_GetItem")
public func PyList_GetItem_(_ op: CObject?, _ i: Int) -> CObject? {
    capi(nil) {
        let l = try listArg(op)
        guard i >= 0 && i < Mirrors.varSize(l) else { throw indexError("list") }
        return l.withMemoryRebound(to: PyListObject.self, capacity: 1) { $0.pointee.ob_item[i] }
    }
}

/// int PyList_SetItem(PyObject *list, Py_ssize_t index, PyObject *item): steals item.
@_cdecl("PyList_SetItem")
public func PyList_SetItem_(_ op: CObject?, _ i: Int, _ item: CObject?) -> Int32 {
    capi(-1) {
        guard let l = try? listArg(op) else {
            if let item { Bridge.decref(item) }
            throw badInternalCall()
        }
        guard i >= 0 && i < Mirrors.varSize(l) else {
            if let item { Bridge.decref(item) }
            throw PythonError(PyExc.IndexError, "list assignment index out of range")
        }
        ListSync.syncBeforeAPI(l)
        l.withMemoryRebound(to: PyListObject.self, capacity: 1) { lo in
            let old = lo.pointee.ob_item[i]
            lo.pointee.ob_item[i] = item
            if let old { Bridge.decref(old) }
        }
        if hasRuntimeObject(l), let list = Bridge.object(l) as? PyList {
            list.items[i] = item.map(Bridge.object) ?? pyNone
        }
        ListSync.agreed(l)
        return 0
    }
}

/// int PyList_Append(PyObject *list, PyObject *item): 0, or -1 on error; item is not stolen.
@_cdecl("PyList_Append")
public func PyList_Append_(_ op: CObject?, _ item: CObject?) -> Int32 {
    capi(-1) {
        let l = try listArg(op)
        guard let item else { throw badInternalCall() }
        ListSync.syncBeforeAPI(l)
        l.withMemoryRebound(to: PyListObject.self, capacity: 1) { lo in
            let n = lo.pointee.ob_base.ob_size
            if n + 1 > lo.pointee.allocated {
                let cap = max(4, (n + 1) * 3 / 2)
                let grown = UnsafeMutablePointer<CObject?>.allocate(capacity: cap)
                grown.initialize(repeating: nil, count: cap)
                if let old = lo.pointee.ob_item {
                    for k in 0..<n { grown[k] = old[k] }
                    old.deallocate()
                }
                lo.pointee.ob_item = UnsafeMutableRawPointer(grown).assumingMemoryBound(to: Optional<UnsafeMutablePointer<CPythonABI.PyObject>>.self)
                lo.pointee.allocated = cap
            }
            Bridge.incref(item)
            lo.pointee.ob_item[n] = item
            lo.pointee.ob_base.ob_size = n + 1
        }
        if hasRuntimeObject(l), let list = Bridge.object(l) as? PyList { list.items.append(Bridge.object(item)) }
        ListSync.agreed(l)
        return 0
    }
}

/// PyObject *PyList_AsTuple(PyObject *list): new reference.
@_cdecl("PyList_AsTuple")
public func PyList_AsTuple_(_ op: CObject?) -> CObject? {
    capi(nil) {
        guard let op, let l = Bridge.object(try listArg(op)) as? PyList else { throw badInternalCall() }
        return Bridge.newReference(PyTuple(l.items))
    }
}

/// PyObject *PyDict_New(void): new reference.
@_cdecl("PyDict_New")
public func PyDict_New_() -> CObject? { Bridge.newReference(PyDict()) }

/// Keeps a dict mirror's ma_used / ma_version_tag in step after a mutation through the API.
func dictChanged(_ op: CObject?, _ d: PyDict) {
    if let op { Mirrors.refresh(d, op) }
}

/// int PyDict_SetItem(PyObject *p, PyObject *key, PyObject *val): 0 or -1; no reference stolen.
@_cdecl("PyDict_SetItem")
public func PyDict_SetItem_(_ op: CObject?, _ key: CObject?, _ value: CObject?) -> Int32 {
    capi(-1) {
        let d = try dictArg(op)
        guard let key, let value else { throw badInternalCall() }
        try d.set(Bridge.object(key), Bridge.object(value))
        Bridge.ensureShare(key)
        Bridge.ensureShare(value)
        dictChanged(op, d)
        return 0
    }
}

/// int PyDict_SetItemString(PyObject *p, const char *key, PyObject *val).
@_cdecl("PyDict_SetItemString")
public func PyDict_SetItemString_(_ op: CObject?, _ key: UnsafePointer<CChar>?, _ value: CObject?) -> Int32 {
    capi(-1) {
        let d = try dictArg(op)
        guard let value else { throw badInternalCall() }
        try d.set(PyStr.intern(text(key)), Bridge.object(value))
        Bridge.ensureShare(value)
        dictChanged(op, d)
        return 0
    }
}

/// PyObject *PyDict_GetItemWithError(PyObject *p, PyObject *key): borrowed; NULL without an
/// exception when absent.
@_cdecl("PyDict_GetItemWithError")
public func PyDict_GetItemWithError_(_ op: CObject?, _ key: CObject?) -> CObject? {
    capi(nil) {
        let d = try dictArg(op)
        guard let key else { throw badInternalCall() }
        return try d.get(Bridge.object(key)).map(Bridge.borrowed)
    }
}

/// PyObject *PyDict_GetItem(PyObject *p, PyObject *key): borrowed; errors are swallowed.
@_cdecl("PyDict_GetItem")
public func PyDict_GetItem_(_ op: CObject?, _ key: CObject?) -> CObject? {
    guard let op, let key, let d = Bridge.object(op) as? PyDict else { return nil }
    return (try? d.get(Bridge.object(key)))?.map(Bridge.borrowed) ?? nil
}

/// PyObject *PyDict_GetItemString(PyObject *p, const char *key): borrowed; errors swallowed.
@_cdecl("PyDict_GetItemString")
public func PyDict_GetItemString_(_ op: CObject?, _ key: UnsafePointer<CChar>?) -> CObject? {
    guard let op, let d = Bridge.object(op) as? PyDict else { return nil }
    return d.getItem(string: text(key)).map(Bridge.borrowed)
}

/// int PyDict_DelItem(PyObject *p, PyObject *key): KeyError when absent.
@_cdecl("PyDict_DelItem")
public func PyDict_DelItem_(_ op: CObject?, _ key: CObject?) -> Int32 {
    capi(-1) {
        let d = try dictArg(op)
        guard let key else { throw badInternalCall() }
        let k = Bridge.object(key)
        guard try d.remove(k) != nil else { throw PythonError(PyExc.KeyError, args: [k]) }
        dictChanged(op, d)
        return 0
    }
}

/// int PyDict_DelItemString(PyObject *p, const char *key).
@_cdecl("PyDict_DelItemString")
public func PyDict_DelItemString_(_ op: CObject?, _ key: UnsafePointer<CChar>?) -> Int32 {
    capi(-1) {
        let d = try dictArg(op)
        let k = PyStr.intern(text(key))
        guard try d.remove(k) != nil else { throw PythonError(PyExc.KeyError, args: [k]) }
        dictChanged(op, d)
        return 0
    }
}

/// Py_ssize_t PyDict_Size(PyObject *p).
@_cdecl("PyDict_Size")
public func PyDict_Size_(_ op: CObject?) -> Int { capi(-1) { try dictArg(op).count } }

/// int PyDict_Contains(PyObject *p, PyObject *key): 1, 0, or -1 on error.
@_cdecl("PyDict_Contains")
public func PyDict_Contains_(_ op: CObject?, _ key: CObject?) -> Int32 {
    capi(-1) {
        let d = try dictArg(op)
        guard let key else { throw badInternalCall() }
        return try d.get(Bridge.object(key)) != nil ? 1 : 0
    }
}

/// int PyDict_Next(PyObject *p, Py_ssize_t *ppos, PyObject **pkey, PyObject **pvalue):
/// borrowed key and value; *ppos is an opaque position (here: the entry slot + 1).
@_cdecl("PyDict_Next")
public func PyDict_Next_(_ op: CObject?, _ pos: UnsafeMutablePointer<Py_ssize_t>?,
                         _ key: UnsafeMutablePointer<CObject?>?, _ value: UnsafeMutablePointer<CObject?>?) -> Int32 {
    guard let op, let pos, let d = Bridge.object(op) as? PyDict else { return 0 }
    var i = pos.pointee
    let entries = d.entries
    while i < entries.count {
        if let e = entries[i] {
            key?.pointee = Bridge.borrowed(e.key)
            value?.pointee = Bridge.borrowed(e.value)
            pos.pointee = i + 1
            return 1
        }
        i += 1
    }
    pos.pointee = i
    return 0
}

/// PyObject *PyDict_Keys(PyObject *p): new reference to a list.
@_cdecl("PyDict_Keys")
public func PyDict_Keys_(_ op: CObject?) -> CObject? { capiObject { PyList(try dictArg(op).items.map(\.key)) } }

/// PyObject *PyDict_Values(PyObject *p): new reference to a list.
@_cdecl("PyDict_Values")
public func PyDict_Values_(_ op: CObject?) -> CObject? { capiObject { PyList(try dictArg(op).items.map(\.value)) } }

/// PyObject *PyDict_Items(PyObject *p): new reference to a list of (key, value) tuples.
@_cdecl("PyDict_Items")
public func PyDict_Items_(_ op: CObject?) -> CObject? {
    capiObject { PyList(try dictArg(op).items.map { PyTuple([$0.key, $0.value]) }) }
}
