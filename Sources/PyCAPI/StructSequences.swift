import CPythonABI
import PyObjects
import PyVM

// Struct sequences made from C (os.stat_result-like named tuples: psutil, CPython's own
// modules). The runtime type is a StructSeq type (tuple subclass, fields as attributes); an
// instance made by PyStructSequence_New is C memory shaped like CPython's: a tuple with room for
// all n_fields items and ob_size = n_in_sequence, filled by PyStructSequence_SetItem.

enum StructSequences {
    /// The runtime type described by `desc`.
    static func makeType(_ desc: UnsafeMutablePointer<PyStructSequence_Desc>) throws -> PyType {
        guard let cname = desc.pointee.name else { throw badInternalCall() }
        let full = String(cString: cname)
        var fields: [String] = []
        var f = desc.pointee.fields
        var unnamed = 0
        while let field = f, let n = field.pointee.name {
            if n == PyStructSequence_UnnamedField {
                unnamed += 1
                fields.append("unnamed field \(unnamed)")
            } else {
                fields.append(String(cString: n))
            }
            f = field + 1
        }
        let visible = Int(desc.pointee.n_in_sequence)
        guard visible >= 0, visible <= fields.count else { throw badInternalCall() }
        let dot = full.lastIndex(of: ".")
        let name = dot.map { String(full[full.index(after: $0)...]) } ?? full
        let module = dot.map { String(full[..<$0]) } ?? "builtins"
        let t = StructSeq.makeType(name, module: module, fields: fields, visible: visible)
        t.dict.setItem(string: "n_unnamed_fields", PyInt.make(unnamed))
        if let doc = desc.pointee.doc { t.dict.setItem(string: "__doc__", PyStr(String(cString: doc))) }
        return t
    }

    /// (n_fields, n_in_sequence) of a struct sequence type, nil for other types.
    static func sizes(_ t: PyType) -> (all: Int, visible: Int)? {
        for c in t.mro {
            if let info = StructSeq.fieldsByType[ObjectIdentifier(c)] { return (info.fields.count, info.visible) }
        }
        return nil
    }

    /// The runtime object of a C-built struct sequence: every field, the hidden ones included.
    static func wrap(_ op: CObject, _ t: PyType) -> PyObjects.PyObject? {
        guard let (all, _) = sizes(t) else { return nil }
        let items = Mirrors.tupleItems(op)
        return StructSeq.make(t, (0..<all).map { i in items[i].map(Bridge.object) ?? pyNone })
    }
}

/// PyTypeObject *PyStructSequence_NewType(PyStructSequence_Desc *desc): new reference.
@_cdecl("PyStructSequence_NewType")
public func PyStructSequence_NewType_(_ desc: UnsafeMutablePointer<PyStructSequence_Desc>?) -> UnsafeMutablePointer<PyTypeObject>? {
    let op = capiObject {
        guard let desc else { throw badInternalCall() }
        return try StructSequences.makeType(desc)
    }
    return op.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: PyTypeObject.self) }
}

/// int PyStructSequence_InitType2(PyTypeObject *type, PyStructSequence_Desc *desc): makes the
/// extension's (zeroed, static) type object a struct sequence type.
@_cdecl("PyStructSequence_InitType2")
public func PyStructSequence_InitType2_(_ type: UnsafeMutablePointer<PyTypeObject>?,
                                        _ desc: UnsafeMutablePointer<PyStructSequence_Desc>?) -> Int32 {
    capi(-1) {
        guard let type, let desc else { throw badInternalCall() }
        if Bridge.typeForStatic[UnsafeMutableRawPointer(type)] != nil { return 0 }  // already made
        let t = try StructSequences.makeType(desc)
        type.pointee.ob_base.ob_base.ob_type = Mirrors.staticType(&PyType_Type)
        type.pointee.tp_name = UnsafePointer(desc.pointee.name)
        type.pointee.tp_doc = UnsafePointer(desc.pointee.doc)
        type.pointee.tp_basicsize = MemoryLayout<PyTupleObject>.size - 8
        type.pointee.tp_itemsize = 8
        type.pointee.tp_flags = UInt(Py_TPFLAGS_READY) | UInt(1 << 26)  // a tuple subclass
        type.pointee.tp_base = Mirrors.staticType(&PyTuple_Type)
        type.pointee.tp_dealloc = swpy_mirror_dealloc
        type.pointee.tp_free = PyObject_Free
        Bridge.pair(static: type, with: t)
        t.dict.type = PyTypes.dict  // type namespaces are made without a type
        type.pointee.tp_dict = Bridge.newReference(t.dict)
        return 0
    }
}

/// void PyStructSequence_InitType(PyTypeObject *type, PyStructSequence_Desc *desc)
@_cdecl("PyStructSequence_InitType")
public func PyStructSequence_InitType_(_ type: UnsafeMutablePointer<PyTypeObject>?,
                                       _ desc: UnsafeMutablePointer<PyStructSequence_Desc>?) {
    if PyStructSequence_InitType2_(type, desc) < 0 {
        fatalError("Swallow: PyStructSequence_InitType: cannot initialize the type")
    }
}

/// PyObject *PyStructSequence_New(PyTypeObject *type): a new instance with every field NULL.
@_cdecl("PyStructSequence_New")
public func PyStructSequence_New_(_ type: UnsafeMutablePointer<PyTypeObject>?) -> CObject? {
    capi(nil) {
        guard let type, let t = Bridge.object(ExtensionTypes.cObject(type)) as? PyType,
              let (all, visible) = StructSequences.sizes(t) else { throw badInternalCall() }
        let op = Mirrors.allocate(MemoryLayout<PyVarObject>.size + 8 * max(all, 1), type: type)
        op.withMemoryRebound(to: PyVarObject.self, capacity: 1) { $0.pointee.ob_size = visible }
        op.pointee.ob_refcnt = 1
        return op
    }
}

/// void PyStructSequence_SetItem(PyObject *p, Py_ssize_t pos, PyObject *o): steals o.
@_cdecl("PyStructSequence_SetItem")
public func PyStructSequence_SetItem_(_ op: CObject?, _ i: Int, _ value: CObject?) {
    guard let op else { return }
    Mirrors.tupleItems(op)[i] = value
}

/// PyObject *PyStructSequence_GetItem(PyObject *p, Py_ssize_t pos): borrowed.
@_cdecl("PyStructSequence_GetItem")
public func PyStructSequence_GetItem_(_ op: CObject?, _ i: Int) -> CObject? {
    guard let op else { return nil }
    if swpy_has_header(op) != 0, swpy_header_of(op).pointee.runtime_object != nil,
       let tup = Bridge.object(op) as? PyTuple, i >= tup.items.count {
        // A hidden field of a runtime-made instance: kept by name in its dict.
        guard let info = StructSeq.fieldsByType[ObjectIdentifier(tup.type)], i < info.fields.count,
              let v = tup.instanceDict?.getItem(string: info.fields[i]) else { return nil }
        return Bridge.borrowed(v)
    }
    return Mirrors.tupleItems(op)[i]
}
