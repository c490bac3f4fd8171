#if canImport(Glibc)
import Glibc
#endif
import CPythonABI
import PyCompiler
import PyObjects
import PyVM

// Errors beyond the indicator basics, type readiness, vectorcall fallbacks, buffers and the
// thread-state calls that CPython's own modules make.

/// PyObject *PyErr_SetFromErrno(PyObject *type): sets type(errno, strerror(errno)); returns NULL.
@_cdecl("PyErr_SetFromErrno")
public func PyErr_SetFromErrno_(_ type: CObject?) -> CObject? {
    let code = errno
    let message = String(cString: strerror(code))
    let t = (type.map { Bridge.object($0) as? PyType } ?? nil) ?? PyExc.OSError
    // Calling the type lets OSError pick the errno's subclass (FileNotFoundError...).
    do {
        let e = try Ops.call(t, args: [PyInt.make(Int(code)), PyStr(message)])
        Errors.set(PythonError(e as? PyBaseException ?? PyBaseException(type: t, args: [PyInt.make(Int(code)), PyStr(message)])))
    } catch {
        Errors.set(error)
    }
    return nil
}

/// PyObject *PyErr_NewException(const char *name, PyObject *base, PyObject *dict): new
/// reference to a new exception class named "module.Name".
@_cdecl("PyErr_NewException")
public func PyErr_NewException_(_ name: UnsafePointer<CChar>?, _ base: CObject?, _ dict: CObject?) -> CObject? {
    capiObject {
        let full = text(name)
        guard let dot = full.lastIndex(of: ".") else {
            throw PythonError(PyExc.SystemError, "PyErr_NewException: name must be module.class")
        }
        let namespace = PyDict()
        if let dict, let d = Bridge.object(dict) as? PyDict { for (k, v) in d.items { try namespace.set(k, v) } }
        if namespace.getItem(string: "__module__") == nil {
            namespace.setItem(string: "__module__", PyStr(String(full[..<dot])))
        }
        let bases: [PyType]
        switch base.map(Bridge.object) {
        case nil: bases = [PyExc.Exception]
        case let t as PyType: bases = [t]
        case let tuple as PyTuple: bases = tuple.items.compactMap { $0 as? PyType }
        default: throw badInternalCall()
        }
        return try Classes.createClass(name: String(full[full.index(after: dot)...]), bases: bases, namespace: namespace)
    }
}

/// PyObject *PyErr_NewExceptionWithDoc(const char *name, const char *doc, PyObject *base, PyObject *dict).
@_cdecl("PyErr_NewExceptionWithDoc")
public func PyErr_NewExceptionWithDoc_(_ name: UnsafePointer<CChar>?, _ doc: UnsafePointer<CChar>?,
                                       _ base: CObject?, _ dict: CObject?) -> CObject? {
    guard let cls = PyErr_NewException_(name, base, dict) else { return nil }
    if let doc, let t = Bridge.object(cls) as? PyType { t.dict.setItem(string: "__doc__", PyStr(String(cString: doc))) }
    return cls
}

/// int PyErr_WarnEx(PyObject *category, const char *message, Py_ssize_t stacklevel): 0, or -1
/// if the warning was turned into an error. Warnings go to stderr as CPython's default filter
/// shows them (without source context until the warnings module runs).
@_cdecl("PyErr_WarnEx")
public func PyErr_WarnEx_(_ category: CObject?, _ message: UnsafePointer<CChar>?, _ stacklevel: Int) -> Int32 {
    let name = category.map { (Bridge.object($0) as? PyType)?.name ?? "Warning" } ?? "RuntimeWarning"
    fputs("\(name): \(text(message))\n", stderr)
    return 0
}

/// void PyErr_NormalizeException(PyObject **exc, PyObject **val, PyObject **tb): makes *val an
/// instance of *exc.
@_cdecl("PyErr_NormalizeException")
public func PyErr_NormalizeException_(_ exc: UnsafeMutablePointer<CObject?>?, _ val: UnsafeMutablePointer<CObject?>?,
                                      _ tb: UnsafeMutablePointer<CObject?>?) {
    guard let exc, let val, let type = exc.pointee else { return }
    PyErr_Restore(type, val.pointee, tb?.pointee)
    guard let error = Errors.fetch() else { return }
    exc.pointee = Bridge.newReference(error.exception.type)
    val.pointee = Bridge.newReference(error.exception)
}

/// int PyType_Ready(PyTypeObject *type): readies a static type defined by an extension (base,
/// inherited subclass flags, READY); the runtime type with its slots as dunders comes from
/// ExtensionTypes.
@_cdecl("PyType_Ready")
public func PyType_Ready_(_ t: UnsafeMutablePointer<PyTypeObject>?) -> Int32 {
    guard let t else { return -1 }
    if t.pointee.tp_flags & UInt(Py_TPFLAGS_READY) != 0 { return 0 }
    // As CPython: a type without a name (e.g. one of libpython's types the runtime does not
    // provide yet, such as PyContext_Type) is refused rather than crashing later on tp_name.
    if t.pointee.tp_name == nil {
        Errors.set(PythonError(PyExc.SystemError, "Type does not define the tp_name field."))
        return -1
    }
    if t.pointee.tp_base == nil && t != Mirrors.staticType(&PyBaseObject_Type) {
        t.pointee.tp_base = Mirrors.staticType(&PyBaseObject_Type)
    }
    if t.pointee.ob_base.ob_base.ob_type == nil { t.pointee.ob_base.ob_base.ob_type = Mirrors.staticType(&PyType_Type) }
    if let base = t.pointee.tp_base {
        if base.pointee.tp_flags & UInt(Py_TPFLAGS_READY) == 0 && PyType_Ready_(base) != 0 { return -1 }
        let inherited = base.pointee.tp_flags & UInt(0xFF00_0000)
        t.pointee.tp_flags |= inherited
        if t.pointee.tp_basicsize == 0 { t.pointee.tp_basicsize = base.pointee.tp_basicsize }
        if t.pointee.tp_free == nil { t.pointee.tp_free = base.pointee.tp_free }
        let objectType = Mirrors.staticType(&PyBaseObject_Type)
        if t.pointee.tp_flags & UInt(1 << 7) != 0 {  // Py_TPFLAGS_DISALLOW_INSTANTIATION
            t.pointee.tp_new = nil
        } else if t.pointee.tp_new == nil {
            // Inherited from the base; from object only by heap types (static types without
            // tp_new cannot be instantiated from Python, as in CPython).
            if base != objectType { t.pointee.tp_new = base.pointee.tp_new }
            // str has no C tp_new here: C subtypes of str (xxlimited.Str) build through str.__new__.
            if t.pointee.tp_new == nil && base == Mirrors.staticType(&PyUnicode_Type) { StrSubtypes.giveNew(t) }
            else if t.pointee.tp_new == nil && t.pointee.tp_flags & UInt(Py_TPFLAGS_HEAPTYPE) != 0 { StrSubtypes.giveObjectNew(t) }
        }
        if t.pointee.tp_init == nil && base != objectType { t.pointee.tp_init = base.pointee.tp_init }
        // A C subtype of a runtime type (pybind11's static property derives from property)
        // has runtime-made instances: their mirrors must be freed as mirrors.
        if t.pointee.tp_dealloc == nil && base != objectType { t.pointee.tp_dealloc = base.pointee.tp_dealloc }
        inheritCommonSlots(t, from: base)
    }
    if t.pointee.tp_alloc == nil { t.pointee.tp_alloc = PyType_GenericAlloc }
    if t.pointee.tp_free == nil { t.pointee.tp_free = PyObject_Free }
    if t.pointee.tp_dealloc == nil { t.pointee.tp_dealloc = swpy_instance_dealloc }
    t.pointee.tp_flags |= UInt(Py_TPFLAGS_READY)
    // Static types of extensions (not the builtin ones, paired at start-up) get their runtime
    // type and tp_dict now.
    if t.pointee.tp_flags & UInt(Py_TPFLAGS_HEAPTYPE) == 0 {
        TypeBridge.exposeDict(t)  // also when the runtime type was made before (tp_dict still NULL)
    } else if t.pointee.tp_flags & UInt(Py_TPFLAGS_HEAPTYPE) != 0 && t.pointee.tp_dict == nil,
              let type = Bridge.object(ExtensionTypes.cObject(t)) as? PyType {
        // Heap types made by C too: Cython stores its vtable capsule straight into tp_dict.
        type.dict.type = PyTypes.dict
        t.pointee.tp_dict = Bridge.newReference(type.dict)
    }
    // C walks tp_mro and tp_bases directly (Cython's __Pyx_MergeVtables); held for the process.
    if t.pointee.tp_mro == nil, let type = Bridge.typeForStatic[UnsafeMutableRawPointer(t)] {
        t.pointee.tp_mro = Bridge.newReference(PyTuple(type.mro.map { $0 as PyObjects.PyObject }))
        if t.pointee.tp_bases == nil {
            t.pointee.tp_bases = Bridge.newReference(PyTuple(type.bases.map { $0 as PyObjects.PyObject }))
        }
    }
    return 0
}

/// Copies the common slots a type leaves empty from its base, as PyType_Ready does.
func inheritCommonSlots(_ t: CType, from b: CType) {
    if t.pointee.tp_repr == nil { t.pointee.tp_repr = b.pointee.tp_repr }
    if t.pointee.tp_str == nil { t.pointee.tp_str = b.pointee.tp_str }
    if t.pointee.tp_hash == nil { t.pointee.tp_hash = b.pointee.tp_hash }
    if t.pointee.tp_getattro == nil { t.pointee.tp_getattro = b.pointee.tp_getattro }
    if t.pointee.tp_setattro == nil { t.pointee.tp_setattro = b.pointee.tp_setattro }
    if t.pointee.tp_richcompare == nil { t.pointee.tp_richcompare = b.pointee.tp_richcompare }
}

/// int _PyModule_Add(PyObject *mod, const char *name, PyObject *value): steals value, even on
/// error; value NULL means an error is already set.
@_cdecl("_PyModule_Add")
public func _PyModule_Add_(_ m: CObject?, _ name: UnsafePointer<CChar>?, _ value: CObject?) -> Int32 {
    let rc = PyModule_AddObjectRef_(m, name, value)
    if let value { Bridge.decref(value) }
    return rc
}

/// PyObject *_PyObject_LookupSpecialId(PyObject *self, _Py_Identifier *id): new reference to
/// the special method bound to self, or NULL without an exception when absent.
@_cdecl("_PyObject_LookupSpecialId")
public func _PyObject_LookupSpecialId_(_ o: CObject?, _ id: UnsafeMutablePointer<UnsafePointer<CChar>?>?) -> CObject? {
    capi(nil) {
        let obj = try arg(o)
        let name = text(id?.pointee)
        guard obj.type.lookup(name) != nil else { return nil }
        return Bridge.newReference(try Ops.getAttr(obj, name))
    }
}

/// PyObject *_PyObject_MakeTpCall(PyThreadState *ts, PyObject *callable, PyObject *const *args,
/// Py_ssize_t nargs, PyObject *keywords): the call behind PyObject_Vectorcall for callables
/// without vectorcall; keywords is a kwnames tuple (values follow the positionals) or a dict.
@_cdecl("_PyObject_MakeTpCall")
public func _PyObject_MakeTpCall_(_ ts: UnsafeMutableRawPointer?, _ callable: CObject?, _ args: UnsafePointer<CObject?>?,
                                  _ nargs: Int, _ keywords: CObject?) -> CObject? {
    capiObject {
        let f = try arg(callable)
        let n = nargs & ~(1 << 63)  // PY_VECTORCALL_ARGUMENTS_OFFSET may be set
        var positional: [PyObjects.PyObject] = []
        for i in 0..<n { positional.append(try arg(args?[i])) }
        var kw: [(String, PyObjects.PyObject)] = []
        if let keywords {
            switch Bridge.object(keywords) {
            case let names as PyTuple:
                for (j, k) in names.items.enumerated() {
                    kw.append(((k as? PyStr)?.value ?? "", try arg(args?[n + j])))
                }
            case let d as PyDict:
                for (k, v) in d.items { kw.append(((k as? PyStr)?.value ?? "", v)) }
            default: throw badInternalCall()
            }
        }
        return try callFromC(f, args: positional, kwargs: kw)
    }
}

/// PyObject *PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf,
/// PyObject *kwnames): exported for the limited API (3.11 inlines it otherwise).
@_cdecl("PyObject_Vectorcall")
public func PyObject_Vectorcall_(_ callable: CObject?, _ args: UnsafePointer<CObject?>?, _ nargsf: Int, _ kwnames: CObject?) -> CObject? {
    _PyObject_MakeTpCall_(nil, callable, args, nargsf, kwnames)
}

/// PyObject *_Py_CheckFunctionResult(PyThreadState *ts, PyObject *callable, PyObject *result,
/// const char *where): result, or NULL with SystemError when result and the indicator disagree.
@_cdecl("_Py_CheckFunctionResult")
public func _Py_CheckFunctionResult_(_ ts: UnsafeMutableRawPointer?, _ callable: CObject?, _ result: CObject?,
                                     _ where_: UnsafePointer<CChar>?) -> CObject? {
    let label = where_.map { String(cString: $0) } ?? callable.map { "\(Bridge.object($0).type.name) object" } ?? "?"
    if result == nil {
        if PyErr_Occurred() == nil {
            Errors.set(PythonError(PyExc.SystemError, "\(label) returned NULL without setting an exception"))
        }
        return nil
    }
    if PyErr_Occurred() != nil {
        Bridge.decref(result!)
        let cause = Errors.fetch()
        let e = PythonError(PyExc.SystemError, "\(label) returned a result with an exception set")
        e.exception.cause = cause?.exception
        Errors.set(e)
        return nil
    }
    return result
}

/// int _PyUnicode_Ready(PyObject *s): compact strings are always ready.
@_cdecl("_PyUnicode_Ready")
public func _PyUnicode_Ready_(_ s: CObject?) -> Int32 { 0 }

/// int PyObject_GetBuffer(PyObject *o, Py_buffer *view, int flags): bytes objects export their
/// C storage read-only; other exporters come with the buffer protocol (issue 6).
@_cdecl("PyObject_GetBuffer")
public func PyObject_GetBuffer_(_ o: CObject?, _ view: UnsafeMutablePointer<Py_buffer>?, _ flags: Int32) -> Int32 {
    capi(-1) {
        guard let o, let view else { throw badInternalCall() }
        if o.pointee.ob_type.pointee.tp_flags & UInt(Py_TPFLAGS_BYTES_SUBCLASS) != 0 {
            if flags & 0x0001 != 0 {  // PyBUF_WRITABLE
                throw PythonError(PyExc.BufferError, "Object is not writable.")
            }
            Bridge.incref(o)
            view.pointee = Py_buffer(buf: UnsafeMutableRawPointer(Mirrors.bytesData(o)), obj: o, len: Mirrors.varSize(o),
                                     itemsize: 1, readonly: 1, ndim: 1,
                                     format: flags & 0x0004 != 0 ? unsignedByteFormat : nil,
                                     shape: nil, strides: nil, suboffsets: nil, internal: nil)
            // PyBUF_ND / PyBUF_STRIDES: shape and strides point into the view, as CPython's do.
            let fields = UnsafeMutableRawPointer(view)
            if flags & 0x0008 != 0 {
                view.pointee.shape = (fields + MemoryLayout<Py_buffer>.offset(of: \Py_buffer.len)!).assumingMemoryBound(to: Int.self)
            }
            if flags & 0x0010 != 0 {
                view.pointee.strides = (fields + MemoryLayout<Py_buffer>.offset(of: \Py_buffer.itemsize)!).assumingMemoryBound(to: Int.self)
            }
            return 0
        }
        if let getbuffer = o.pointee.ob_type.pointee.tp_as_buffer?.pointee.bf_getbuffer {
            return getbuffer(o, view, flags)
        }
        if let mv = Bridge.object(o) as? PyMemoryView { return try MemoryViewExport.get(o, mv, view, flags) }
        throw PythonError(PyExc.TypeError, "a bytes-like object is required, not '\(Bridge.object(o).type.name)'")
    }
}

/// The struct-module format of unsigned bytes, shared by every byte buffer (never freed).
nonisolated(unsafe) let unsignedByteFormat: UnsafeMutablePointer<CChar> = strdup("B")!

/// void PyBuffer_Release(Py_buffer *view): releases the exporter's reference.
@_cdecl("PyBuffer_Release")
public func PyBuffer_Release_(_ view: UnsafeMutablePointer<Py_buffer>?) {
    guard let view, let obj = view.pointee.obj else { return }
    if let release = obj.pointee.ob_type.pointee.tp_as_buffer?.pointee.bf_releasebuffer {
        release(obj, view)
    } else if view.pointee.internal != nil, Bridge.object(obj) is PyMemoryView {
        MemoryViewExport.release(view)
    }
    view.pointee.obj = nil
    Bridge.decref(obj)
}

/// int PyBuffer_IsContiguous(const Py_buffer *view, char order): one-dimensional buffers
/// without strides are contiguous in every order.
@_cdecl("PyBuffer_IsContiguous")
public func PyBuffer_IsContiguous_(_ view: UnsafePointer<Py_buffer>?, _ order: CChar) -> Int32 {
    guard let view else { return 0 }
    if view.pointee.suboffsets != nil { return 0 }
    if view.pointee.strides == nil || view.pointee.ndim <= 1 { return 1 }
    return 0
}

/// How many hooks sys.addaudithook installed (CShim's PySys_Audit calls them through sys.audit).
@_cdecl("swpy_audit_python_hook_count")
public func swpy_audit_python_hook_count() -> Int { SysModule.auditHooks.count }

/// The first PySys_AddAuditHook: from now on sys.audit runs the C hooks too.
@_cdecl("swpy_audit_c_hooks_added")
public func swpy_audit_c_hooks_added() {
    SysModule.cAuditHooks = { event, args in
        try Bridge.callIntoC {
            if swpy_run_c_audit_hooks(event.value, Bridge.borrowed(args)) < 0 {
                throw Errors.afterFailure("audit hook")
            }
        }
    }
}
