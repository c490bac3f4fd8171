import CPythonABI
import PyObjects

/// Type objects across the boundary: runtime types for extensions' static types, and C type
/// objects for classes defined in Python (with an extension base's layout: `Subclassing`).
enum TypeBridge {
    /// A runtime type standing for a static `PyTypeObject` an extension defined.
    static func runtimeType(forStatic t: CType) -> PyType {
        _ = PyType_Ready_(t)
        // PyType_Ready made it already (to give C the type's dict in tp_dict).
        if let made = Bridge.typeForStatic[UnsafeMutableRawPointer(t)] { return made }
        return ExtensionTypes.runtimeType(for: t)
    }

    /// Gives a readied static type its runtime type now, and C the runtime type's namespace in
    /// tp_dict (CPython's own modules store class attributes straight into it, e.g. _datetime's
    /// `timedelta.resolution`).
    static func exposeDict(_ t: CType) {
        guard t.pointee.tp_dict == nil else { return }
        let type = Bridge.staticType(ExtensionTypes.cObject(t))
        // Type namespaces are made before `dict` exists, without a type; C needs a dict. (Changes
        // to a type namespace invalidate the type attribute cache by themselves.)
        type.dict.type = PyTypes.dict
        t.pointee.tp_dict = Bridge.newReference(type.dict)  // held by the type for the process
    }

    static func isMirrorDealloc(_ f: destructor) -> Bool {
        let mirror: destructor = swpy_mirror_dealloc
        return unsafeBitCast(f, to: UnsafeRawPointer.self) == unsafeBitCast(mirror, to: UnsafeRawPointer.self)
    }

    /// A heap type object for a runtime class, with the flags C type checks read.
    static func heapTypeMirror(_ t: PyType) -> CObject {
        let op = Mirrors.allocate(904, type: Mirrors.staticType(&PyType_Type))  // PyHeapTypeObject
        // Type objects of runtime classes live as long as the process (instances' ob_type
        // points at them without a counted reference).
        swpy_header_of(op).pointee.flags |= UInt32(SWPY_FLAG_STATIC)
        op.withMemoryRebound(to: PyTypeObject.self, capacity: 1) { to in
            to.pointee.tp_name = UnsafePointer(strdup(t.name))
            var flags = UInt(Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_READY | Py_TPFLAGS_BASETYPE)
            let subclassBits: [(PyType, UInt)] = [
                (PyTypes.int, 1 << 24), (PyTypes.list, 1 << 25), (PyTypes.tuple, 1 << 26),
                (PyTypes.bytes, 1 << 27), (PyTypes.str, 1 << 28), (PyTypes.dict, 1 << 29),
                (PyExc.BaseException, 1 << 30), (PyTypes.type, 1 << 31),
            ]
            for (base, bit) in subclassBits where t.isSubtype(of: base) { flags |= bit }
            to.pointee.tp_flags = flags
            to.pointee.tp_basicsize = t.isSubtype(of: PyExc.BaseException) ? MemoryLayout<PyBaseExceptionObject>.size : MemoryLayout<CPythonABI.PyObject>.size
            // A Python subclass of a C exception type keeps the C fields in its instances.
            if t.isSubtype(of: PyExc.BaseException), let base = t.mro.dropFirst().first(where: { $0.bridgeType != nil }) {
                let cBase = base.bridgeType!.assumingMemoryBound(to: PyTypeObject.self)
                to.pointee.tp_basicsize = max(to.pointee.tp_basicsize, cBase.pointee.tp_basicsize)
            }
            to.pointee.tp_dealloc = swpy_mirror_dealloc
            to.pointee.tp_free = PyObject_Free
            to.pointee.tp_new = { t, a, k in swpy_runtime_type_new(t, a, k) }
            // The class namespace, which C writes into (_decimal sets DecimalTuple.__module__).
            t.dict.type = PyTypes.dict
            to.pointee.tp_dict = Bridge.newReference(t.dict)
            if let first = t.bases.first {
                let base = Mirrors.cTypeFor(first)
                to.pointee.tp_base = base
                // Instances have at least the C base's layout: C code allocating one through
                // the base's tp_new (NumPy's array_new for a Python subclass of ndarray) and
                // writing the base's fields must stay inside the block.
                to.pointee.tp_basicsize = max(to.pointee.tp_basicsize, base.pointee.tp_basicsize)
                to.pointee.tp_itemsize = base.pointee.tp_itemsize
            }
            if let native = Subclassing.nativeBase(t) {
                Subclassing.inherit(to, t, from: native)
            } else if let first = t.bases.first, let b = to.pointee.tp_base,
                      first.mro.contains(where: { $0.flags.contains(.extensionType) }) {
                // A Python class over a C type deriving from a builtin: the C type's layout
                // and deallocation.
                to.pointee.tp_basicsize = max(to.pointee.tp_basicsize, b.pointee.tp_basicsize)
                if let d = b.pointee.tp_dealloc { to.pointee.tp_dealloc = d }
            }
            to.pointee.tp_alloc = PyType_GenericAlloc
        }
        // C reads and writes class attributes through tp_dict (_decimal's SignalDict, made by
        // calling type() from C): the class namespace, held by the type object.
        t.dict.type = PyTypes.dict
        op.withMemoryRebound(to: PyTypeObject.self, capacity: 1) { $0.pointee.tp_dict = Bridge.newReference(t.dict) }
        return op
    }
}
