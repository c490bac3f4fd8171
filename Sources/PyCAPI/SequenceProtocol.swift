import CPythonABI
import PyCompiler
import PyObjects
import PyVM

// Lists beyond the basics, and the sequence protocol.

/// The runtime list behind a list C object (wrapping one C is still filling).
func runtimeList(_ op: CObject?) throws -> (CObject, PyList) {
    let l = try listArg(op)
    guard let list = Bridge.object(l) as? PyList else { throw badInternalCall() }
    ListSync.syncBeforeAPI(l)  // C's direct writes since the last sync come first
    return (l, list)
}

/// Rebuilds a list's C items after the runtime list changed.
func listChanged(_ op: CObject, _ list: PyList) { ListSync.sync(list, op) }

/// int PyList_Insert(PyObject *list, Py_ssize_t index, PyObject *item): 0 or -1; no steal.
@_cdecl("PyList_Insert")
public func PyList_Insert_(_ op: CObject?, _ index: Int, _ item: CObject?) -> Int32 {
    capi(-1) {
        let (l, list) = try runtimeList(op)
        guard let item else { throw badInternalCall() }
        let n = list.items.count
        var i = index < 0 ? index + n : index
        i = max(0, min(i, n))
        list.items.insert(Bridge.object(item), at: i)
        listChanged(l, list)
        return 0
    }
}

/// PyObject *PyList_GetSlice(PyObject *list, Py_ssize_t low, Py_ssize_t high): new reference.
@_cdecl("PyList_GetSlice")
public func PyList_GetSlice_(_ op: CObject?, _ low: Int, _ high: Int) -> CObject? {
    capiObject {
        let (_, list) = try runtimeList(op)
        let n = list.items.count
        let lo = max(0, min(low, n)), hi = max(lo, min(high, n))
        return PyList(Array(list.items[lo..<hi]))
    }
}

/// int PyList_SetSlice(PyObject *list, Py_ssize_t low, Py_ssize_t high, PyObject *itemlist):
/// itemlist NULL deletes the slice.
@_cdecl("PyList_SetSlice")
public func PyList_SetSlice_(_ op: CObject?, _ low: Int, _ high: Int, _ items: CObject?) -> Int32 {
    capi(-1) {
        let (l, list) = try runtimeList(op)
        let replacement = try items.map { try Ops.toArray(Bridge.object($0)) } ?? []
        let n = list.items.count
        let lo = max(0, min(low, n)), hi = max(lo, min(high, n))
        list.items.replaceSubrange(lo..<hi, with: replacement)
        listChanged(l, list)
        return 0
    }
}

/// int PyList_Reverse(PyObject *list).
@_cdecl("PyList_Reverse")
public func PyList_Reverse_(_ op: CObject?) -> Int32 {
    capi(-1) {
        let (l, list) = try runtimeList(op)
        list.items.reverse()
        listChanged(l, list)
        return 0
    }
}

/// int PyList_Sort(PyObject *list): list.sort().
@_cdecl("PyList_Sort")
public func PyList_Sort_(_ op: CObject?) -> Int32 {
    capi(-1) {
        let (l, list) = try runtimeList(op)
        _ = try Ops.callMethod(list, "sort", [])
        listChanged(l, list)
        return 0
    }
}

/// PyObject *PySequence_Tuple(PyObject *o): new reference to tuple(o).
@_cdecl("PySequence_Tuple")
public func PySequence_Tuple_(_ o: CObject?) -> CObject? {
    capiObject {
        let obj = try arg(o)
        if let t = obj as? PyTuple, t.type === PyTypes.tuple { return t }
        return PyTuple(try Ops.toArray(obj))
    }
}

/// PyObject *PySequence_List(PyObject *o): new reference to list(o).
@_cdecl("PySequence_List")
public func PySequence_List_(_ o: CObject?) -> CObject? { capiObject { PyList(try Ops.toArray(try arg(o))) } }

/// PyObject *PySequence_Fast(PyObject *o, const char *m): o itself if a list or tuple, else
/// list(o); TypeError(m) if not iterable.
@_cdecl("PySequence_Fast")
public func PySequence_Fast_(_ o: CObject?, _ message: UnsafePointer<CChar>?) -> CObject? {
    capiObject {
        let obj = try arg(o)
        if obj is PyList || obj is PyTuple { return obj }
        do { return PyList(try Ops.toArray(obj)) } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.TypeError) {
            throw PythonError(PyExc.TypeError, text(message))
        }
    }
}

/// int PySequence_Contains(PyObject *o, PyObject *value): 1, 0 or -1.
@_cdecl("PySequence_Contains")
public func PySequence_Contains_(_ o: CObject?, _ v: CObject?) -> Int32 {
    capi(-1) { try Ops.contains(try arg(o), try arg(v)) ? 1 : 0 }
}

/// int PySequence_SetItem(PyObject *o, Py_ssize_t i, PyObject *v): no steal.
@_cdecl("PySequence_SetItem")
public func PySequence_SetItem_(_ o: CObject?, _ i: Int, _ v: CObject?) -> Int32 {
    capi(-1) {
        try Ops.setItem(try arg(o), PyInt.make(i), try arg(v))
        if let o, let l = Bridge.object(o) as? PyList { listChanged(o, l) }
        return 0
    }
}

/// PyObject *PyMapping_Keys(PyObject *o): new reference to a list.
@_cdecl("PyMapping_Keys")
public func PyMapping_Keys_(_ o: CObject?) -> CObject? {
    capiObject { PyList(try Ops.toArray(try Ops.callMethod(try arg(o), "keys", []))) }
}

/// PyObject *PyMapping_Items(PyObject *o): new reference to a list.
@_cdecl("PyMapping_Items")
public func PyMapping_Items_(_ o: CObject?) -> CObject? {
    capiObject { PyList(try Ops.toArray(try Ops.callMethod(try arg(o), "items", []))) }
}

/// PyObject *PyMapping_GetItemString(PyObject *o, const char *key): new reference.
@_cdecl("PyMapping_GetItemString")
public func PyMapping_GetItemString_(_ o: CObject?, _ key: UnsafePointer<CChar>?) -> CObject? {
    capiObject { try Ops.getItem(try arg(o), PyStr(text(key))) }
}

/// int PyObject_DelItem(PyObject *o, PyObject *key).
@_cdecl("PyObject_DelItem")
public func PyObject_DelItem_(_ o: CObject?, _ key: CObject?) -> Int32 {
    capi(-1) {
        try Ops.delItem(try arg(o), try arg(key))
        if let o, let d = Bridge.object(o) as? PyDict { dictChanged(o, d) }
        return 0
    }
}
