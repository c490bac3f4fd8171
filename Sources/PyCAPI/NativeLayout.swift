import CPythonABI
import PyObjects
import PyVM

/// C types deriving from builtin types (issue 6): `tp_base = &PyDict_Type` with fields after
/// the dict's layout, an exception type extending `PyBaseExceptionObject`, a list, an int.
///
/// An instance is a runtime object of the builtin's class (the truth for its contents) whose
/// mirror has the C type's full `tp_basicsize` (the extra fields live there). The builtin's
/// `tp_new` (`swpy_builtin_new`) makes both. While the runtime holds the object the mirror is
/// *pinned*: the runtime object holds one unit of `ob_refcnt` and the header does not retain
/// it, so when the runtime's last reference goes the unit is given back and the type's
/// `tp_dealloc` runs at once, as for any C object. If C still holds the object then, it lives
/// on as an ordinary mirror of a copy of the object (a Swift object cannot outlive its
/// deinit), which the header retains.
enum NativeLayout {
    /// Pinned objects made during the current outermost C call that the runtime may not have
    /// received yet: kept alive until the call returns (see `sweep`).
    nonisolated(unsafe) static var nursery: [PyObjects.PyObject] = []

    /// The size of the mirror of an object of C type `t` whose builtin layout takes `size`.
    static func size(_ size: Int, _ t: CType) -> Int { max(size, t.pointee.tp_basicsize) }

    static func install() {
        PyObject.nativeLayoutHook = died
        FloatHooks.nativeValue = nativeFloatValue
        // int has no tp_init of its own (object's accepts the constructor's arguments).
        Mirrors.staticType(&PyLong_Type).pointee.tp_new = swpy_builtin_new
        for t in [Mirrors.staticType(&PyList_Type), Mirrors.staticType(&PyDict_Type)] {
            t.pointee.tp_new = swpy_builtin_new
            t.pointee.tp_init = swpy_builtin_init
            t.pointee.tp_traverse = swpy_builtin_traverse
            t.pointee.tp_clear = swpy_builtin_clear
        }
    }

    /// Gives an exception type paired at start-up the same slots.
    static func installException(_ t: CType) {
        t.pointee.tp_new = swpy_builtin_new
        t.pointee.tp_init = swpy_builtin_init
        t.pointee.tp_traverse = swpy_builtin_traverse
        t.pointee.tp_clear = swpy_builtin_clear
    }

    /// The builtin whose layout instances of `cls` extend.
    static func builtinBase(_ cls: PyType) -> PyType? {
        for b in cls.mro where b === PyTypes.int || b === PyTypes.list || b === PyTypes.dict || b === PyExc.BaseException {
            return b
        }
        return nil
    }

    /// A new instance of `cls` made by the runtime's constructor of its builtin base: empty
    /// for containers (tp_init fills them), from the arguments otherwise.
    static func make(_ cls: PyType, _ args: [PyObjects.PyObject], _ kwargs: [(String, PyObjects.PyObject)]) throws -> PyObjects.PyObject {
        guard let base = builtinBase(cls) else {
            throw PythonError(PyExc.TypeError, "cannot create '\(cls.name)' instances")
        }
        let container = base === PyTypes.list || base === PyTypes.dict
        guard let ctor = cls.mro.lazy.filter({ !$0.flags.contains(.extensionType) })
            .compactMap({ Classes.constructors[ObjectIdentifier($0)] }).first else {
            throw PythonError(PyExc.TypeError, "cannot create '\(cls.name)' instances")
        }
        let obj = try ctor(cls, container ? [] : args, container ? [] : kwargs)
        // Instances of C types have no __dict__ (Python subclasses do).
        if !cls.flags.contains(.heapType) { obj.instanceDict = nil }
        return obj
    }

    /// The new reference C receives for a runtime object just made by `make`.
    static func pin(_ obj: PyObjects.PyObject) -> CObject {
        let op = Bridge.newReference(obj)
        // Only objects whose C type extends the builtin's layout need the pin; a plain
        // builtin (or a Python subclass of one) is an ordinary mirror.
        guard let cls = Bridge.object(ExtensionTypes.cObject(op.pointee.ob_type)) as? PyType, needsPin(cls) else { return op }
        let header = swpy_header_of(op)!
        if let raw = header.pointee.runtime_object { Unmanaged<PyObjects.PyObject>.fromOpaque(raw).release() }
        header.pointee.runtime_object = Unmanaged.passUnretained(obj).toOpaque()
        header.pointee.flags |= UInt32(SWPY_FLAG_PINNED | SWPY_FLAG_C_NATIVE | SWPY_FLAG_RUNTIME_SHARE | SWPY_FLAG_NATIVE_LAYOUT)
        op.pointee.ob_refcnt += 1
        obj.type.flags.insert(.nativeLayout)
        nursery.append(obj)
        return op
    }

    /// The runtime receives again an object only C held (an ordinary mirror since): pinned
    /// again, so that its tp_dealloc runs when the runtime's last reference goes.
    static func repin(_ op: CObject, _ obj: PyObjects.PyObject) {
        let header = swpy_header_of(op)!
        Unmanaged.passUnretained(obj).release()  // the header's retain; the caller holds obj
        header.pointee.flags |= UInt32(SWPY_FLAG_PINNED | SWPY_FLAG_C_NATIVE | SWPY_FLAG_RUNTIME_SHARE)
        op.pointee.ob_refcnt += 1
    }

    /// Whether instances of `cls` carry state in C beyond their builtin's layout: `cls` is,
    /// or derives from, an extension type.
    static func needsPin(_ cls: PyType) -> Bool {
        cls.mro.contains { $0.flags.contains(.extensionType) }
    }

    /// The runtime object of a pinned mirror died (its deinit).
    static func died(_ obj: PyObjects.PyObject) {
        guard let handle = obj.bridgeHandle else { return }
        let op = handle.assumingMemoryBound(to: CPythonABI.PyObject.self)
        let header = swpy_header_of(op)!
        guard header.pointee.flags & UInt32(SWPY_FLAG_PINNED) != 0 else { return }
        header.pointee.flags &= ~UInt32(SWPY_FLAG_PINNED | SWPY_FLAG_C_NATIVE | SWPY_FLAG_RUNTIME_SHARE)
        if op.pointee.ob_refcnt > 1 {
            // C still holds it: an ordinary mirror of a copy from now on.
            let copy = duplicate(obj)
            copy.bridgeHandle = handle
            header.pointee.runtime_object = Unmanaged.passRetained(copy).toOpaque()
            op.pointee.ob_refcnt -= 1
        } else {
            header.pointee.runtime_object = nil
            Bridge.decref(op)  // the type's tp_dealloc runs now
        }
    }

    /// A new runtime object with `obj`'s type and contents.
    static func duplicate(_ obj: PyObjects.PyObject) -> PyObjects.PyObject {
        let copy: PyObjects.PyObject
        switch obj {
        case let d as PyDict:
            let n = PyDict(type: d.type)
            for (k, v) in d.items { try? n.set(k, v) }
            copy = n
        case let l as PyList: copy = PyList(l.items, type: l.type)
        case let e as PyBaseException:
            let n = PyBaseException(type: e.type, args: e.args.items)
            n.traceback = e.traceback; n.cause = e.cause; n.context = e.context
            n.suppressContext = e.suppressContext
            copy = n
        case let i as PyInt: copy = PyInt(i.bigValue, type: i.type)
        default: copy = PyObjects.PyObject(type: obj.type)
        }
        copy.instanceDict = obj.instanceDict
        return copy
    }

    /// After the outermost C call: pinned objects the runtime received stay pinned; those only
    /// C holds become ordinary mirrors; those nobody holds die.
    static func sweep() {
        let batch = nursery
        nursery = []
        for var obj in batch {
            guard isKnownUniquelyReferenced(&obj), let handle = obj.bridgeHandle else { continue }
            let op = handle.assumingMemoryBound(to: CPythonABI.PyObject.self)
            let header = swpy_header_of(op)!
            guard header.pointee.flags & UInt32(SWPY_FLAG_PINNED) != 0, op.pointee.ob_refcnt > 1 else { continue }
            header.pointee.flags &= ~UInt32(SWPY_FLAG_PINNED | SWPY_FLAG_C_NATIVE | SWPY_FLAG_RUNTIME_SHARE)
            header.pointee.runtime_object = Unmanaged.passRetained(obj).toOpaque()
            op.pointee.ob_refcnt -= 1
        }
    }
}

/// tp_new of int, list, dict and the exceptions, for C types deriving from them: a runtime
/// object of the builtin's class with a mirror of the C type's size.
@_cdecl("swpy_builtin_new")
func swpy_builtin_new(_ type: CType?, _ args: CObject?, _ kwds: CObject?) -> CObject? {
    guard let type else { return nil }
    do {
        guard let cls = Bridge.object(ExtensionTypes.cObject(type)) as? PyType else {
            throw PythonError(PyExc.SystemError, "bad type")
        }
        let a = (args.map(Bridge.object) as? PyTuple)?.items ?? []
        var kw: [(String, PyObjects.PyObject)] = []
        if let kwds, let d = Bridge.object(kwds) as? PyDict {
            for (k, v) in d.items { if let s = k as? PyStr { kw.append((s.value, v)) } }
        }
        let obj = try NativeLayout.make(cls, a, kw)
        return NativeLayout.pin(obj)
    } catch {
        Errors.set(error)
        return nil
    }
}

/// tp_init of int, list, dict and the exceptions: the builtin's `__init__`.
@_cdecl("swpy_builtin_init")
func swpy_builtin_init(_ selfOp: CObject?, _ args: CObject?, _ kwds: CObject?) -> Int32 {
    capi(-1) {
        let obj = try arg(selfOp)
        guard let base = NativeLayout.builtinBase(obj.type), base !== PyTypes.int, let f = base.lookup("__init__") else { return 0 }
        let a = (args.map(Bridge.object) as? PyTuple)?.items ?? []
        var kw: [(String, PyObjects.PyObject)] = []
        if let kwds, let d = Bridge.object(kwds) as? PyDict {
            for (k, v) in d.items { if let s = k as? PyStr { kw.append((s.value, v)) } }
        }
        _ = try Ops.call(f, args: [obj] + a, kwargs: kw)
        return 0
    }
}

/// tp_clear of list, dict and the exceptions: empties the runtime object.
@_cdecl("swpy_builtin_clear")
func swpy_builtin_clear(_ op: CObject?) -> Int32 {
    guard let op else { return 0 }
    switch Bridge.object(op) {
    case let l as PyList: l.items = []
    case let d as PyDict: d.clear()
    case let e as PyBaseException:
        e.traceback = nil
        e.cause = nil
        e.context = nil
    default: break
    }
    return 0
}

/// C objects kept alive for their class's `__del__` (see `CNativeObject.deinit`).
enum NativeFinalizers {
    nonisolated(unsafe) static var queue: [(PyDict?, CObject)] = []

    static func install() {
        Finalizers.nativeStandIn = { (t: PyType, d: PyDict?) -> (object: PyObjects.PyObject, done: () -> Void)? in
            guard let i = queue.firstIndex(where: { entry in
                let sameDict = entry.0.map { ObjectIdentifier($0) } == d.map { ObjectIdentifier($0) }
                return sameDict && (Bridge.object(ExtensionTypes.cObject(entry.1.pointee.ob_type)) as? PyType) === t
            }) else { return nil }
            let op = queue.remove(at: i).1
            return (Bridge.object(op), { Bridge.decref(op) })
        }
    }
}

/// The value of a C object whose type derives from float (NumPy's float64): its PyFloatObject
/// block's ob_fval; nil for any other object.
func nativeFloatValue(_ o: PyObjects.PyObject) -> Double? {
    guard o is CNativeObject, o.type.isSubtype(of: PyTypes.float), let handle = o.bridgeHandle else { return nil }
    return handle.assumingMemoryBound(to: PyFloatObject.self).pointee.ob_fval
}
