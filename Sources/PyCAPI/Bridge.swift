import CPythonABI
import PyObjects
import PyVM

/// A C object pointer, as extensions see it.
public typealias CObject = UnsafeMutablePointer<CPythonABI.PyObject>
public typealias CType = UnsafeMutablePointer<PyTypeObject>

/// The bridge between runtime objects (Swift) and C objects (CPython 3.11 layouts).
///
/// See `README.md` beside this file for the design: every object that crosses into C gets a
/// mirror with CPython's layout behind a `swpy_header`; the header retains the runtime object;
/// one unit of `ob_refcnt` is the runtime's share while the runtime can reach the object; a
/// sweep after each outermost C call drops the share of objects the runtime no longer holds.
public enum Bridge {
    /// Static C type objects and the runtime types they stand for, both ways.
    nonisolated(unsafe) static var typeForStatic: [UnsafeMutableRawPointer: PyType] = [:]

    /// Objects holding a runtime share, by age (see `sweep`).
    nonisolated(unsafe) static var young: [CObject] = []
    nonisolated(unsafe) static var old: [CObject] = []
    nonisolated(unsafe) static var oldSweepThreshold = 1024

    /// Depth of runtime→C transitions; the sweep runs when the outermost one returns.
    nonisolated(unsafe) static var cDepth = 0

    nonisolated(unsafe) private static var ready = false

    /// Pairs the static C objects with the runtime's. Idempotent; call before loading any extension.
    public static func initialize() {
        if ready { return }
        ready = true
        swpy_gil_init()
        swpy_init_runtime_statics()
        var count = 0
        let builtins = swpy_static_types(&count)!
        let byName: [String: PyType] = [
            "object": PyTypes.object, "type": PyTypes.type, "int": PyTypes.int, "bool": PyTypes.bool,
            "float": PyTypes.float, "complex": PyTypes.complex, "bytes": PyTypes.bytes,
            "bytearray": PyTypes.bytearray, "str": PyTypes.str, "tuple": PyTypes.tuple,
            "list": PyTypes.list, "dict": PyTypes.dict, "set": PyTypes.set,
            "frozenset": PyTypes.frozenset, "slice": PyTypes.slice, "range": PyTypes.range,
            "module": PyTypes.module, "builtin_function_or_method": PyTypes.builtinFunction,
            "function": PyTypes.function, "method": PyTypes.method, "code": PyTypes.code,
            "NoneType": PyTypes.noneType, "NotImplementedType": PyTypes.notImplementedType,
            "ellipsis": PyTypes.ellipsisType,
        ]
        for i in 0..<count {
            let entry = builtins[i]
            if let t = byName[String(cString: entry.name)] { pair(static: entry.type, with: t) }
        }
        pairDataTypes()
        swpy_install_builtin_methods()
        NativeWeakRefs.install()
        CycleSupport.install()
        ForeignBuffers.install()
        NativeFinalizers.install()
        var excCount = 0
        let excs = swpy_exception_types(&excCount)!
        let known = Dictionary(PyExc.all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for i in 0..<excCount {
            let entry = excs[i]
            let name = String(cString: entry.name)
            let t: PyType
            if let k = known[name] {
                t = k
            } else {
                // Exceptions the runtime does not define yet get a runtime type from the C one.
                let base = typeForStatic[UnsafeMutableRawPointer(entry.type.pointee.tp_base)] ?? PyExc.Exception
                t = PyType(name: name, bases: [base], flags: [.baseType, .exception])
            }
            pair(static: entry.type, with: t)
            NativeLayout.installException(entry.type)
        }
        NativeLayout.install()
        for v in -5...256 {
            let op = swpy_small_int(v)!
            let obj = PyInt.make(v)
            // SAFETY: the small ints are static blocks with a header, never freed.
            swpy_header_of(op).pointee.runtime_object = Unmanaged.passRetained(obj).toOpaque()
            obj.bridgeHandle = UnsafeMutableRawPointer(op)
        }
        let singletons: [PyObjects.PyObject] = [PyNone.shared, PyNotImplemented.shared, PyEllipsis.shared,
                                      PyBool.false, PyBool.true]
        for (i, obj) in singletons.enumerated() {
            let op = swpy_singleton(Int32(i))!
            // SAFETY: the singletons are static blocks with a header; they are never freed, so
            // the runtime object is retained for the life of the process.
            swpy_header_of(op).pointee.runtime_object = Unmanaged.passRetained(obj).toOpaque()
            op.pointee.ob_refcnt = 1 << 30
            obj.bridgeHandle = UnsafeMutableRawPointer(op)
        }
    }

    /// libpython's type objects that CShim defines as zeroed data (data.gen.c) and the runtime
    /// has too get their fixed fields here and are paired, so C may use them directly (mypyc
    /// calls `&PySuper_Type`). The others stay nameless; PyType_Ready refuses them.
    static func pairDataTypes() {
        let byName: [String: PyType] = [
            "super": VMTypes.superType, "property": PyTypes.property,
            "staticmethod": PyTypes.staticmethod, "classmethod": PyTypes.classmethod,
            "weakref.ReferenceType": WeakRefs.refType, "weakref.ProxyType": WeakRefs.proxyType,
            "weakref.CallableProxyType": WeakRefs.callableProxyType,
            "Context": ContextVars.contextType, "ContextVar": ContextVars.varType, "Token": ContextVars.tokenType,
            "PickleBuffer": PickleBuffers.type, "instancemethod": InstanceMethods.type,
        ]
        var count = 0
        let entries = swpy_data_types(&count)!
        for i in 0..<count {
            let c = entries[i].type!
            guard let t = byName[String(cString: entries[i].name)], c.pointee.tp_name == nil else { continue }
            c.pointee.ob_base.ob_base.ob_refcnt = 1
            c.pointee.ob_base.ob_base.ob_type = Mirrors.staticType(&PyType_Type)
            let entryName = String(cString: entries[i].name)
            // tp_name is qualified by the module outside builtins ("_contextvars.Context").
            c.pointee.tp_name = UnsafePointer(strdup(entryName.contains(".") || (t.moduleName ?? "builtins") == "builtins"
                ? entryName : "\(t.moduleName!).\(t.name)"))
            c.pointee.tp_basicsize = MemoryLayout<CPythonABI.PyObject>.size
            c.pointee.tp_flags = UInt(Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE)
                | (t.flags.contains(.baseType) ? UInt(Py_TPFLAGS_BASETYPE) : 0)
            c.pointee.tp_base = Mirrors.staticType(&PyBaseObject_Type)
            c.pointee.tp_dealloc = swpy_mirror_dealloc
            c.pointee.tp_free = PyObject_Free
            pair(static: c, with: t)
        }
    }

    static func pair(static cType: CType, with type: PyType) {
        swpy_fill_builtin_slots(cType)
        // Static type objects are never freed; a count as high as the singletons' keeps C's
        // counting of them (Cython decrefs the metaclass it was given) from reaching zero.
        cType.pointee.ob_base.ob_base.ob_refcnt = 1 << 30
        typeForStatic[UnsafeMutableRawPointer(cType)] = type
        type.bridgeType = UnsafeMutableRawPointer(cType)
        type.bridgeHandle = UnsafeMutableRawPointer(cType)
    }

    // MARK: - Runtime → C

    /// The C object for `obj`, borrowed: valid while the runtime holds `obj` (and at least
    /// until the outermost C call returns). The runtime's share keeps it alive meanwhile.
    public static func borrowed(_ obj: PyObjects.PyObject) -> CObject {
        if let handle = obj.bridgeHandle {
            let op = handle.assumingMemoryBound(to: CPythonABI.PyObject.self)
            if swpy_has_header(op) == 0 { return op }  // static type objects
            if swpy_header_of(op).pointee.flags & UInt32(SWPY_FLAG_MUTABLE) != 0 { Mirrors.refresh(obj, op) }
            ensureShare(op)
            return op
        }
        let op = Mirrors.materialize(obj)
        obj.bridgeHandle = UnsafeMutableRawPointer(op)
        let header = swpy_header_of(op)!
        header.pointee.runtime_object = Unmanaged.passRetained(obj).toOpaque()
        if header.pointee.flags & UInt32(SWPY_FLAG_STATIC) != 0 {
            op.pointee.ob_refcnt = 1 << 30  // immortal (type objects of runtime classes)
            return op
        }
        header.pointee.flags |= UInt32(SWPY_FLAG_RUNTIME_SHARE)
        op.pointee.ob_refcnt = 1
        young.append(op)
        return op
    }

    /// A new reference to `obj`'s C object, owned by C (what API functions return). It takes
    /// no runtime share: a fresh object made for C starts at exactly 1, as in CPython.
    public static func newReference(_ obj: PyObjects.PyObject) -> CObject {
        if let handle = obj.bridgeHandle {
            let op = handle.assumingMemoryBound(to: CPythonABI.PyObject.self)
            if swpy_has_header(op) != 0 && swpy_header_of(op).pointee.flags & UInt32(SWPY_FLAG_MUTABLE) != 0 {
                Mirrors.refresh(obj, op)
            }
            op.pointee.ob_refcnt += 1
            return op
        }
        let op = Mirrors.materialize(obj)
        obj.bridgeHandle = UnsafeMutableRawPointer(op)
        let header = swpy_header_of(op)!
        header.pointee.runtime_object = Unmanaged.passRetained(obj).toOpaque()
        op.pointee.ob_refcnt = header.pointee.flags & UInt32(SWPY_FLAG_STATIC) != 0 ? 1 << 30 : 1
        // A C exception subclass's own fields live only in the mirror: unless the type's C block
        // already lives and dies with the runtime object (NativeLayout), the mirror lasts while
        // the runtime holds the object.
        if obj is PyBaseException && !obj.type.flags.contains(.nativeLayout) && Mirrors.hasOwnFields(op) { ensureShare(op) }
        return op
    }

    // MARK: - C → runtime

    /// The runtime object for a C object. Receiving a pointer takes no runtime share: once the
    /// runtime object exists it is the truth and ARC keeps it alive; only the proxy of a C-native
    /// object needs the share, since its state dies with the C object.
    public static func object(_ op: CObject) -> PyObjects.PyObject {
        guard swpy_has_header(op) != 0 else {
            if swpy_in_pyruntime(op) != 0 { return runtimeStatic(op) }
            let isType = op.pointee.ob_type.pointee.tp_flags & UInt(Py_TPFLAGS_TYPE_SUBCLASS) != 0
            return isType || op.pointee.ob_type == Mirrors.staticType(&PyModuleDef_Type) ? staticType(op) : staticInstance(op)
        }
        let header = swpy_header_of(op)!
        if let raw = header.pointee.runtime_object {
            let obj = Unmanaged<PyObjects.PyObject>.fromOpaque(raw).takeUnretainedValue()
            if header.pointee.flags & UInt32(SWPY_FLAG_C_FILLED) != 0 { TupleSync.refresh(obj, op) }
            if header.pointee.flags & UInt32(SWPY_FLAG_NATIVE_LAYOUT | SWPY_FLAG_PINNED) == UInt32(SWPY_FLAG_NATIVE_LAYOUT) {
                NativeLayout.repin(op, obj)
            }
            return obj
        }
        let obj = Mirrors.wrap(op)
        obj.bridgeHandle = UnsafeMutableRawPointer(op)
        if header.pointee.flags & UInt32(SWPY_FLAG_C_NATIVE) != 0 {
            // The proxy of a C object: the header points at it without retaining it, and the
            // proxy holds the runtime's share, dropped in its deinit. So the C object's
            // tp_dealloc runs as soon as the runtime's last reference goes, as in CPython.
            header.pointee.runtime_object = Unmanaged.passUnretained(obj).toOpaque()
            header.pointee.flags |= UInt32(SWPY_FLAG_RUNTIME_SHARE)
            op.pointee.ob_refcnt += 1
            return obj
        }
        header.pointee.runtime_object = Unmanaged.passRetained(obj).toOpaque()
        return obj
    }

    /// Takes over an owned reference from C: the reference becomes the runtime's share.
    public static func steal(_ op: CObject) -> PyObjects.PyObject {
        let obj = object(op)
        decref(op)
        return obj
    }

    @inline(__always) static func decref(_ op: CObject) {
        op.pointee.ob_refcnt -= 1
        if op.pointee.ob_refcnt == 0 { _Py_Dealloc(op) }
    }

    @inline(__always) static func incref(_ op: CObject) { op.pointee.ob_refcnt += 1 }

    /// Runtime objects for CPython's static objects inside `_PyRuntime` (global strings, small
    /// ints...), which carry no header: built from their C contents on first sight.
    nonisolated(unsafe) static var runtimeStatics: [UnsafeMutableRawPointer: PyObjects.PyObject] = [:]

    static func runtimeStatic(_ op: CObject) -> PyObjects.PyObject {
        let key = UnsafeMutableRawPointer(op)
        if let o = runtimeStatics[key] { return o }
        let obj: PyObjects.PyObject
        if op.pointee.ob_type == Mirrors.staticType(&PyUnicode_Type) {
            obj = PyStr.intern(UnicodeMirror.read(op))
        } else {
            obj = Mirrors.wrap(op)
        }
        runtimeStatics[key] = obj
        return obj
    }

    /// Proxies of header-less C objects, not retained: each removes itself when it dies.
    nonisolated(unsafe) static var headerless: [UnsafeMutableRawPointer: Unmanaged<CNativeObject>] = [:]

    /// The runtime proxy of an object without a swpy_header (not a type): a static object of an
    /// extension (a sentinel) or one it allocated with plain malloc and PyObject_Init (cffi's
    /// cdata). The proxy holds a reference while the runtime uses it, as for C objects.
    static func staticInstance(_ op: CObject) -> PyObjects.PyObject {
        let key = UnsafeMutableRawPointer(op)
        if let o = runtimeStatics[key] { return o }
        if let p = headerless[key] { return p.takeUnretainedValue() }
        let type = object(UnsafeMutableRawPointer(op.pointee.ob_type!).assumingMemoryBound(to: CPythonABI.PyObject.self))
        let proxy = CNativeObject(type: type as? PyType ?? PyTypes.object)
        proxy.bridgeHandle = key
        proxy.isHeaderless = true
        op.pointee.ob_refcnt += 1
        headerless[key] = Unmanaged.passUnretained(proxy)
        return proxy
    }

    /// The runtime type for a statically allocated C type object (builtin or an extension's).
    static func staticType(_ op: CObject) -> PyType {
        let key = UnsafeMutableRawPointer(op)
        if let t = typeForStatic[key] { return t }
        let t = TypeBridge.runtimeType(forStatic: UnsafeMutableRawPointer(op).assumingMemoryBound(to: PyTypeObject.self))
        typeForStatic[key] = t
        return t
    }

    /// Gives the runtime its share of `op`: used when the runtime starts holding an object it
    /// received from C (stored in a dict, a module, an attribute), as a CPython container would
    /// take a reference.
    static func ensureShare(_ op: CObject) {
        guard swpy_has_header(op) != 0 else { return }
        let header = swpy_header_of(op)!
        let flags = header.pointee.flags
        // A C object's proxy holds the share while it lives (see `object`).
        if flags & UInt32(SWPY_FLAG_RUNTIME_SHARE | SWPY_FLAG_STATIC | SWPY_FLAG_C_NATIVE) != 0 { return }
        header.pointee.flags = flags | UInt32(SWPY_FLAG_RUNTIME_SHARE)
        op.pointee.ob_refcnt += 1
        young.append(op)
    }

    // MARK: - The sweep

    /// Marks entry into C code from the runtime.
    /// Lists and bytearrays C holds may have been changed by Python since C last ran: C must
    /// see the changes (a buffer C keeps across calls reads the storage directly).
    @inline(__always) static func enterC() {
        if !ListSync.cHeld.isEmpty { ListSync.syncAll() }
        cDepth += 1
    }

    /// Marks the return from C code; the outermost return sweeps the young generation.
    @inline(__always) static func leaveC() {
        cDepth -= 1
        ListSync.syncAll()
        if cDepth == 0 && !young.isEmpty { sweepYoung() }
        if cDepth == 0 && !NativeLayout.nursery.isEmpty { NativeLayout.sweep() }
    }

    /// Whether the header's retain is the only strong reference to the runtime object.
    static func runtimeDropped(_ raw: UnsafeMutableRawPointer) -> Bool {
        var strong = Unmanaged<PyObjects.PyObject>.fromOpaque(raw).takeRetainedValue()
        let unique = isKnownUniquelyReferenced(&strong)
        _ = Unmanaged.passRetained(strong)
        return unique
    }

    /// Drops the runtime share of `op` if the runtime no longer holds it. Returns true if the
    /// share was dropped (the object leaves the generation lists).
    private static func dropShareIfUnreachable(_ op: CObject) -> Bool {
        let header = swpy_header_of(op)!
        guard header.pointee.flags & UInt32(SWPY_FLAG_RUNTIME_SHARE) != 0 else { return true }
        // Proxies of C objects are never listed: their deinit drops the share.
        if header.pointee.flags & UInt32(SWPY_FLAG_C_NATIVE) != 0 { return true }
        guard let raw = header.pointee.runtime_object, runtimeDropped(raw) else { return false }
        header.pointee.flags &= ~UInt32(SWPY_FLAG_RUNTIME_SHARE | SWPY_FLAG_OLD)
        decref(op)
        return true
    }

    static func sweepYoung() {
        let batch = young
        young = []
        for op in batch where !dropShareIfUnreachable(op) {
            swpy_header_of(op).pointee.flags |= UInt32(SWPY_FLAG_OLD)
            old.append(op)
        }
        if old.count > oldSweepThreshold { sweepOld() }
    }

    /// Sweeps long-lived objects; runs when the old generation doubles (and from gc.collect).
    public static func sweepOld() {
        let batch = old
        old = []
        for op in batch where !dropShareIfUnreachable(op) { old.append(op) }
        oldSweepThreshold = max(1024, old.count * 2)
    }

    /// Sweeps both generations until nothing more is released (cascades through containers).
    public static func collect() {
        var before = -1
        while before != young.count + old.count {
            before = young.count + old.count
            sweepYoung()
            sweepOld()
        }
    }
}

extension Bridge {
    /// `PyModuleDef_Type`, which tells a multi-phase `PyInit_*` result from a module.
    public static var moduleDefType: CType { Mirrors.staticType(&PyModuleDef_Type) }

    /// Runs C code called from the runtime (a module's init, a slot), sweeping afterwards.
    public static func callIntoC<T>(_ body: () throws -> T) rethrows -> T {
        enterC()
        defer { leaveC() }
        return try body()
    }

    /// Drops a reference the runtime took with `newReference`.
    public static func decrefPublic(_ op: CObject) { decref(op) }
}

extension Errors {
    /// The pending C error as a runtime exception, for the loader.
    public static func fetchForLoader() -> PythonError? { fetch() }
}

extension Bridge {
    /// How many objects currently hold a runtime share (for memory-bound tests and reports).
    public static var liveMirrorCount: Int { young.count + old.count }
}
