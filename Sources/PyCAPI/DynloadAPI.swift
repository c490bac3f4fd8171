import CPythonABI
import Foundation
import PyObjects
import PyVM

/// C-API pieces that CPython's own lib-dynload modules need (pyexpat, _elementtree, _csv,
/// _pickle): getset descriptors as CPython makes them, memoryviews of raw memory.
enum GetSetDescriptors {
    /// The descriptor of one PyGetSetDef on `type`: a getter, a setter that also deletes
    /// (set(obj, NULL)), and CPython's message when the attribute has no setter.
    static func make(_ type: PyType, _ def: PyGetSetDef) -> PyProperty {
        let name = String(cString: def.name)
        var getter: PyBuiltinFunction?
        if let get = def.get {
            getter = PyBuiltinFunction(name: name) { args, _ in
                guard let obj = args.first else { throw PythonError(PyExc.TypeError, "getter needs an instance") }
                return try Bridge.callIntoC {
                    try CFunctions.takeResult(get(Bridge.borrowed(obj), def.closure), of: "\(type.name).\(name)")
                }
            }
        }
        let readonly = PythonError(PyExc.AttributeError, "attribute '\(name)' of '\(type.messageName)' objects is not writable")
        func store(_ obj: PyObjects.PyObject, _ value: PyObjects.PyObject?) throws -> PyObjects.PyObject {
            guard let set = def.set else { throw readonly }
            let rc = Bridge.callIntoC { set(Bridge.borrowed(obj), value.map { Bridge.borrowed($0) }, def.closure) }
            if rc < 0 { throw Errors.afterFailure("\(type.name).\(name)") }
            return pyNone
        }
        let setter = PyBuiltinFunction(name: name) { args, _ in
            guard args.count == 2 else { throw PythonError(PyExc.TypeError, "setter needs a value") }
            return try store(args[0], args[1])
        }
        let deleter = PyBuiltinFunction(name: name) { args, _ in
            guard args.count == 1 else { throw PythonError(PyExc.TypeError, "deleter needs an instance") }
            return try store(args[0], nil)
        }
        let doc: PyObjects.PyObject = def.doc.map { PyStr(String(cString: $0)) } ?? pyNone
        return PyProperty(fget: getter, fset: setter, fdel: deleter, doc: doc)
    }
}

/// PyObject *PyDescr_NewGetSet(PyTypeObject *type, PyGetSetDef *getset): a new reference.
@_cdecl("PyDescr_NewGetSet")
public func PyDescr_NewGetSet_(_ t: CType?, _ def: UnsafeMutablePointer<PyGetSetDef>?) -> CObject? {
    capi(nil) {
        guard let t, let def else { throw badInternalCall() }
        guard let type = Bridge.object(ExtensionTypes.cObject(t)) as? PyType else { throw badInternalCall() }
        let descr = GetSetDescriptors.make(type, def.pointee)
        // The mirror has PyGetSetDescrObject's layout, since C reads PyDescr_NAME(descr):
        // PyObject_HEAD, d_type (16), d_name (24), d_qualname (32), d_getset (40).
        let op = Mirrors.allocate(48, type: Mirrors.cTypeFor(descr.type))
        let raw = UnsafeMutableRawPointer(op)
        raw.storeBytes(of: UnsafeMutableRawPointer(t), toByteOffset: 16, as: UnsafeMutableRawPointer?.self)
        raw.storeBytes(of: UnsafeMutableRawPointer(Bridge.newReference(PyStr(String(cString: def.pointee.name)))),
                       toByteOffset: 24, as: UnsafeMutableRawPointer?.self)
        raw.storeBytes(of: nil, toByteOffset: 32, as: UnsafeMutableRawPointer?.self)
        raw.storeBytes(of: UnsafeMutableRawPointer(def), toByteOffset: 40, as: UnsafeMutableRawPointer?.self)
        // Linked to its runtime object as Bridge.newReference links a fresh mirror.
        descr.bridgeHandle = raw
        swpy_header_of(op).pointee.runtime_object = Unmanaged.passRetained(descr).toOpaque()
        op.pointee.ob_refcnt = 1
        return op
    }
}

/// Gives a heap type made by PyType_FromSpec its runtime type now, and C the type's namespace
/// in tp_dict (_blake2 and pyexpat store class attributes and descriptors straight into it).
@_cdecl("swpy_expose_heap_type_dict")
public func swpy_expose_heap_type_dict(_ t: CType) {
    guard t.pointee.tp_dict == nil, let type = Bridge.object(ExtensionTypes.cObject(t)) as? PyType else { return }
    type.dict.type = PyTypes.dict
    t.pointee.tp_dict = Bridge.newReference(type.dict)  // held by the type for its lifetime
}

/// PyObject *PyMemoryView_FromMemory(char *mem, Py_ssize_t size, int flags): a view of memory
/// the caller keeps alive; PyBUF_READ (0x100) makes it read-only.
@_cdecl("PyMemoryView_FromMemory")
public func PyMemoryView_FromMemory_(_ mem: UnsafeMutablePointer<CChar>?, _ size: Py_ssize_t, _ flags: Int32) -> CObject? {
    capiObject {
        guard let mem, size >= 0 else { throw badInternalCall() }
        let f = ForeignBuffer(base: UnsafeMutableRawPointer(mem), length: size, readonly: flags & 0x200 == 0,
                              format: "B", itemSize: 1) {}
        return MemoryViews.view(of: f, owner: pyNone)
    }
}

enum StrSubtypes {
    /// (Referenced from this file only: elsewhere Swift emits a second C entry point.)
    static func giveNew(_ t: CType) { t.pointee.tp_new = swpy_str_subtype_new }
    static func giveObjectNew(_ t: CType) { t.pointee.tp_new = swpy_object_like_new }
}

/// tp_new of heap types inheriting object's: PyType_GenericNew, after object.__new__'s check
/// that arguments go to an __init__ of some class ("xxlimited.Xxo() takes no arguments").
@_cdecl("swpy_object_like_new")
public func swpy_object_like_new(_ t: CType?, _ args: CObject?, _ kwargs: CObject?) -> CObject? {
    guard let t else { return nil }
    let count = (args.map { PyTuple_Size($0) } ?? 0) + (kwargs.map { PyDict_Size($0) } ?? 0)
    if count > 0, let type = Bridge.object(ExtensionTypes.cObject(t)) as? PyType,
       type.lookup("__init__") == nil || type.lookup("__init__") === PyTypes.object.dict.getItem(string: "__init__") {
        Errors.set(PythonError(PyExc.TypeError, "\(type.messageName)() takes no arguments"))
        return nil
    }
    return PyType_GenericNew(t, args, kwargs)
}

/// tp_new of C types deriving from str: `str.__new__(type, *args, **kwargs)`, a runtime str
/// of the C subtype.
@_cdecl("swpy_str_subtype_new")
public func swpy_str_subtype_new(_ t: CType?, _ args: CObject?, _ kwargs: CObject?) -> CObject? {
    capiObject {
        guard let t, let type = Bridge.object(ExtensionTypes.cObject(t)) as? PyType else { throw badInternalCall() }
        let positional = args.map { (Bridge.object($0) as? PyTuple)?.items ?? [] } ?? []
        var keywords: [(String, PyObjects.PyObject)] = []
        if let kwargs, let d = Bridge.object(kwargs) as? PyDict {
            for (k, v) in d.items { keywords.append(((k as? PyStr)?.value ?? "", v)) }
        }
        guard let strNew = PyTypes.str.dict.getItem(string: "__new__") else { throw badInternalCall() }
        return try Ops.call((strNew as? PyStaticMethod)?.function ?? strNew, args: [type] + positional, kwargs: keywords)
    }
}
