#if canImport(Glibc)
import Glibc
#endif
import BigInt
import CPythonABI
import PyObjects
import PyVM

/// Building C mirrors of runtime objects, runtime objects from C-built objects, and freeing
/// mirrors. One function per direction, switching on the layout.
enum Mirrors {
    /// Allocates a zeroed, header-prefixed block of `size` bytes typed as an object of `type`.
    static func allocate(_ size: Int, type: CType) -> CObject {
        guard let raw = swpy_alloc_object(size) else { fatalError("Swallow: out of memory") }
        let op = raw.assumingMemoryBound(to: CPythonABI.PyObject.self)
        op.pointee.ob_type = type
        return op
    }

    /// The address of one of the static type objects defined in CShim.
    static func staticType(_ t: inout PyTypeObject) -> CType {
        // SAFETY: `t` is always a C global (PyTuple_Type…); inout access to a global stored
        // variable passes its real, stable address, so the pointer outlives the closure.
        withUnsafeMutablePointer(to: &t) { $0 }
    }

    /// Creates the C mirror of a runtime object (refcount and header left to the caller).
    static func materialize(_ obj: PyObjects.PyObject) -> CObject {
        switch obj {
        case let b as PyBool:
            return swpy_singleton(b.value ? 4 : 3)
        case let i as PyInt:
            if let small = i.intValue, small != Int.min { return makeLong(small, type: cTypeFor(i.type)) }
            return makeLong(i.bigValue, type: cTypeFor(i.type))
        case let f as PyFloat:
            let op = allocate(MemoryLayout<PyFloatObject>.size, type: cTypeFor(f.type))
            op.withMemoryRebound(to: PyFloatObject.self, capacity: 1) { $0.pointee.ob_fval = f.value }
            return op
        case let c as PyComplex:
            let op = allocate(MemoryLayout<PyComplexObject>.size, type: cTypeFor(c.type))
            op.withMemoryRebound(to: PyComplexObject.self, capacity: 1) {
                $0.pointee.cval = Py_complex(real: c.real, imag: c.imag)
            }
            return op
        case let s as PyStr:
            return UnicodeMirror.make(s.value, type: cTypeFor(s.type))
        case let b as PyBytes:
            return makeBytes(b.value)
        case let b as PyByteArray:
            return ByteArraySync.make(b, type: cTypeFor(b.type))
        case let t as PyTuple:
            let n = t.items.count
            let op = allocate(MemoryLayout<PyTupleObject>.size - 8 + 8 * max(n, 1), type: cTypeFor(t.type))
            op.withMemoryRebound(to: PyVarObject.self, capacity: 1) { $0.pointee.ob_size = n }
            let items = tupleItems(op)
            for (i, item) in t.items.enumerated() { items[i] = Bridge.newReference(item) }
            return op
        case let l as PyList:
            let op = allocate(NativeLayout.size(MemoryLayout<PyListObject>.size, cTypeFor(l.type)), type: cTypeFor(l.type))
            swpy_header_of(op).pointee.flags |= UInt32(SWPY_FLAG_MUTABLE)
            ListSync.write(l, op)
            ListSync.register(op)
            return op
        case let d as PyDict:
            let op = allocate(NativeLayout.size(MemoryLayout<PyDictObject>.size, cTypeFor(d.type)), type: cTypeFor(d.type))
            swpy_header_of(op).pointee.flags |= UInt32(SWPY_FLAG_MUTABLE)
            refresh(d, op)
            return op
        case let st as PySet:
            // CPython's PySetObject (200 bytes): C reads `used` directly (PySet_GET_SIZE). The
            // hash table itself stays empty: items are reached through the API.
            let op = allocate(200, type: cTypeFor(st.type))
            swpy_header_of(op).pointee.flags |= UInt32(SWPY_FLAG_MUTABLE)
            let words = UnsafeMutableRawPointer(op).assumingMemoryBound(to: Int.self)
            words[4] = 7  // mask of the (empty) small table
            words[5] = Int(bitPattern: UnsafeMutableRawPointer(op) + 0x40)  // table = smalltable
            words[6] = -1  // hash (frozensets compute theirs on demand)
            refresh(st, op)
            return op
        case let m as PyModule:
            let op = allocate(MemoryLayout<PyModuleObject>.size, type: cTypeFor(m.type))
            op.withMemoryRebound(to: PyModuleObject.self, capacity: 1) { mo in
                mo.pointee.md_dict = Bridge.newReference(m.dict)
                mo.pointee.md_name = Bridge.newReference(PyStr(m.name))
                mo.pointee.md_def = m.extensionDef?.assumingMemoryBound(to: PyModuleDef.self)
                mo.pointee.md_state = m.extensionState
            }
            return op
        case let f as PyBuiltinFunction:
            let op = allocate(MemoryLayout<PyCFunctionObject>.size, type: Mirrors.staticType(&PyCFunction_Type))
            op.withMemoryRebound(to: PyCFunctionObject.self, capacity: 1) { fo in
                // The runtime's own functions get a definition of their own (C reads m_ml).
                fo.pointee.m_ml = f.methodDef?.assumingMemoryBound(to: PyMethodDef.self)
                    ?? swpy_runtime_method_def(f.name, f.doc)
                fo.pointee.m_self = f.boundSelf.map { Bridge.newReference($0) }
                fo.pointee.m_module = f.moduleName.map { Bridge.newReference(PyStr($0)) }
            }
            return op
        case let e as PyBaseException:
            let op = allocate(NativeLayout.size(MemoryLayout<PyBaseExceptionObject>.size, cTypeFor(e.type)), type: cTypeFor(e.type))
            op.withMemoryRebound(to: PyBaseExceptionObject.self, capacity: 1) { eo in
                eo.pointee.args = Bridge.newReference(e.args)
                eo.pointee.suppress_context = e.suppressContext ? 1 : 0
            }
            return op
        case let t as PyType:
            return TypeBridge.heapTypeMirror(t)
        case let s as PySlice:
            // CPython's layout: C reads the bounds straight from the struct (NumPy's indexing).
            let op = allocate(MemoryLayout<PySliceObject>.size, type: Mirrors.staticType(&PySlice_Type))
            op.withMemoryRebound(to: PySliceObject.self, capacity: 1) { so in
                so.pointee.start = Bridge.newReference(s.start)
                so.pointee.stop = Bridge.newReference(s.stop)
                so.pointee.step = Bridge.newReference(s.step)
            }
            return op
        default:
            // Any other runtime object: a zeroed block of its C type's size (C may read the
            // fields of a C base), at least an object header.
            let type = cTypeFor(obj.type)
            return allocate(max(MemoryLayout<CPythonABI.PyObject>.size, type.pointee.tp_basicsize), type: type)
        }
    }

    /// The C type object standing for a runtime type.
    static func cTypeFor(_ t: PyType) -> CType {
        if let raw = t.bridgeHandle { return raw.assumingMemoryBound(to: PyTypeObject.self) }
        _ = Bridge.borrowed(t)
        return t.bridgeHandle!.assumingMemoryBound(to: PyTypeObject.self)
    }

    /// Copies a module's extension data (def, state) into its mirror after it changed.
    static func syncModule(_ m: PyModule, _ op: CObject) {
        op.withMemoryRebound(to: PyModuleObject.self, capacity: 1) { mo in
            mo.pointee.md_def = m.extensionDef?.assumingMemoryBound(to: PyModuleDef.self)
            mo.pointee.md_state = m.extensionState
        }
    }

    // MARK: layouts

    /// The machine-word fast path of `makeLong`.
    static func makeLong(_ v: Int, type: CType) -> CObject {
        var mag = v.magnitude
        var digits: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var n = 0
        while mag != 0 {
            let d = UInt32(mag & 0x3FFF_FFFF)
            switch n { case 0: digits.0 = d; case 1: digits.1 = d; default: digits.2 = d }
            mag >>= 30
            n += 1
        }
        let op = allocate(MemoryLayout<PyVarObject>.size + 4 * max(n, 1), type: type)
        op.withMemoryRebound(to: PyVarObject.self, capacity: 1) { $0.pointee.ob_size = v < 0 ? -n : n }
        let d = (UnsafeMutableRawPointer(op) + MemoryLayout<PyVarObject>.size).assumingMemoryBound(to: UInt32.self)
        d[0] = digits.0
        if n > 1 { d[1] = digits.1 }
        if n > 2 { d[2] = digits.2 }
        return op
    }

    /// CPython's int layout: 30-bit digits, least significant first, sign in ob_size.
    static func makeLong(_ v: BigInt, type: CType) -> CObject {
        var mag = v.magnitude
        var digits: [UInt32] = []
        let mask = BigUInt((1 << 30) - 1)
        while !mag.isZero {
            digits.append(UInt32(mag & mask))
            mag >>= 30
        }
        let op = allocate(MemoryLayout<PyVarObject>.size + 4 * max(digits.count, 1), type: type)
        op.withMemoryRebound(to: PyVarObject.self, capacity: 1) {
            $0.pointee.ob_size = v.sign == .minus ? -digits.count : digits.count
        }
        let d = (UnsafeMutableRawPointer(op) + MemoryLayout<PyVarObject>.size).assumingMemoryBound(to: UInt32.self)
        for (i, x) in digits.enumerated() { d[i] = x }
        return op
    }

    /// Reads a C int (any layout-compatible object, e.g. one written by C code).
    static func readLong(_ op: CObject) -> BigInt {
        let size = op.withMemoryRebound(to: PyVarObject.self, capacity: 1) { $0.pointee.ob_size }
        let d = (UnsafeMutableRawPointer(op) + MemoryLayout<PyVarObject>.size).assumingMemoryBound(to: UInt32.self)
        var mag = BigUInt(0)
        for i in stride(from: abs(size) - 1, through: 0, by: -1) { mag = (mag << 30) | BigUInt(d[i]) }
        return size < 0 ? -BigInt(mag) : BigInt(mag)
    }

    static func makeBytes(_ bytes: [UInt8]) -> CObject {
        let n = bytes.count
        let op = allocate(MemoryLayout<PyBytesObject>.size + n, type: staticType(&PyBytes_Type))
        op.withMemoryRebound(to: PyBytesObject.self, capacity: 1) {
            $0.pointee.ob_base.ob_size = n
            $0.pointee.ob_shash = -1
        }
        let data = bytesData(op)
        bytes.withUnsafeBufferPointer { src in
            if n > 0 { data.update(from: src.baseAddress!, count: n) }
        }
        data[n] = 0
        return op
    }

    static func bytesData(_ op: CObject) -> UnsafeMutablePointer<UInt8> {
        (UnsafeMutableRawPointer(op) + MemoryLayout<PyVarObject>.size + 8).assumingMemoryBound(to: UInt8.self)
    }

    static func tupleItems(_ op: CObject) -> UnsafeMutablePointer<CObject?> {
        (UnsafeMutableRawPointer(op) + MemoryLayout<PyVarObject>.size).assumingMemoryBound(to: CObject?.self)
    }

    static func varSize(_ op: CObject) -> Int {
        op.withMemoryRebound(to: PyVarObject.self, capacity: 1) { $0.pointee.ob_size }
    }

    /// Brings a mutable object's mirror up to date with the runtime object.
    static func refresh(_ obj: PyObjects.PyObject, _ op: CObject) {
        switch obj {
        case let l as PyList:
            ListSync.sync(l, op)
            ListSync.touched.insert(op)
        case let b as PyByteArray:
            ByteArraySync.sync(b, op)
            ListSync.touched.insert(op)
        case let st as PySet:
            let words = UnsafeMutableRawPointer(op).assumingMemoryBound(to: Int.self)
            words[2] = st.storage.count  // fill
            words[3] = st.storage.count  // used
        case let d as PyDict:
            op.withMemoryRebound(to: PyDictObject.self, capacity: 1) {
                $0.pointee.ma_used = d.count
                $0.pointee.ma_version_tag = d.version
            }
        default:
            break
        }
    }

    // MARK: C → runtime

    /// Builds the runtime object for a C object that C created (a tuple filled with
    /// PyTuple_SET_ITEM, a list, a string from PyUnicode_New…) or an extension instance.
    static func wrap(_ op: CObject) -> PyObjects.PyObject {
        let type = op.pointee.ob_type!
        let flags = type.pointee.tp_flags
        if type != staticType(&PyTuple_Type) && flags & UInt(1 << 26) != 0,
           let t = Bridge.object(ExtensionTypes.cObject(type)) as? PyType, let s = StructSequences.wrap(op, t) {
            return s
        }
        if type == staticType(&PyTuple_Type) || flags & UInt(1 << 26) != 0 {
            let n = varSize(op)
            let items = tupleItems(op)
            swpy_header_of(op).pointee.flags |= UInt32(SWPY_FLAG_C_FILLED)
            return PyTuple((0..<n).map { i in items[i].map(Bridge.object) ?? pyNone })
        }
        if type == staticType(&PyList_Type) || flags & UInt(1 << 25) != 0 {
            let list = PyList(ListSync.items(op).map { $0.map(Bridge.object) ?? pyNone })
            swpy_header_of(op).pointee.flags |= UInt32(SWPY_FLAG_MUTABLE)
            ListSync.register(op)
            return list
        }
        if type == staticType(&PyUnicode_Type) { return PyStr(UnicodeMirror.read(op)) }
        if type == staticType(&PyBytes_Type) {
            let n = varSize(op)
            return PyBytes(Array(UnsafeBufferPointer(start: bytesData(op), count: n)))
        }
        if type == staticType(&PyLong_Type) {
            let size = varSize(op)
            if abs(size) <= 2 {
                let d = (UnsafeMutableRawPointer(op) + MemoryLayout<PyVarObject>.size).assumingMemoryBound(to: UInt32.self)
                var mag = 0
                for i in stride(from: abs(size) - 1, through: 0, by: -1) { mag = (mag << 30) | Int(d[i]) }
                return PyInt.make(size < 0 ? -mag : mag)
            }
            return PyInt.make(readLong(op))
        }
        if type == staticType(&PyFloat_Type) {
            return PyFloat(op.withMemoryRebound(to: PyFloatObject.self, capacity: 1) { $0.pointee.ob_fval })
        }
        // A heap type made by C (PyType_FromSpec): its runtime type, for the life of the process.
        if flags & UInt(Py_TPFLAGS_TYPE_SUBCLASS) != 0 {
            swpy_header_of(op).pointee.flags |= UInt32(SWPY_FLAG_STATIC)
            op.pointee.ob_refcnt += 1 << 30
            return ExtensionTypes.runtimeType(for: UnsafeMutableRawPointer(op).assumingMemoryBound(to: PyTypeObject.self))
        }
        // An instance of an extension type: the C object is the truth, the runtime gets a proxy.
        swpy_header_of(op).pointee.flags |= UInt32(SWPY_FLAG_C_NATIVE)
        let runtimeType = Bridge.object(UnsafeMutableRawPointer(type).assumingMemoryBound(to: CPythonABI.PyObject.self)) as! PyType
        let proxy = CNativeObject(type: runtimeType)
        Subclassing.attachDict(proxy, op)
        return proxy
    }

    // MARK: freeing

    /// `tp_dealloc` of every mirror: releases what the mirror owns, then the block.
    static func dealloc(_ op: CObject) {
        let header = swpy_header_of(op)!
        if header.pointee.flags & UInt32(SWPY_FLAG_STATIC) != 0 {
            op.pointee.ob_refcnt = 1 << 30  // a static object must never die
            return
        }
        let type = op.pointee.ob_type!
        let flags = type.pointee.tp_flags
        if type == staticType(&PyTuple_Type) || flags & UInt(1 << 26) != 0 {
            let items = tupleItems(op)
            for i in 0..<varSize(op) { if let o = items[i] { Bridge.decref(o) } }
        } else if type == staticType(&PyList_Type) || flags & UInt(1 << 25) != 0 {
            // C's last writes must reach the runtime list, which lives on without the mirror.
            if let raw = header.pointee.runtime_object,
               let list = Unmanaged<PyObjects.PyObject>.fromOpaque(raw).takeUnretainedValue() as? PyList {
                ListSync.sync(list, op)
            }
            ListSync.unregister(op)
            op.withMemoryRebound(to: PyListObject.self, capacity: 1) { lo in
                if let items = lo.pointee.ob_item {
                    for i in 0..<lo.pointee.ob_base.ob_size { if let o = items[i] { Bridge.decref(o) } }
                    items.deallocate()
                }
            }
        } else if type == staticType(&PyUnicode_Type) {
            UnicodeMirror.release(op)
        } else if header.pointee.flags & UInt32(SWPY_FLAG_MUTABLE) != 0 && ByteArraySync.isByteArray(op) {
            ByteArraySync.dealloc(op)
        } else if type == staticType(&PyModule_Type) {
            op.withMemoryRebound(to: PyModuleObject.self, capacity: 1) {
                if let d = $0.pointee.md_dict { Bridge.decref(d) }
                if let n = $0.pointee.md_name { Bridge.decref(n) }
            }
        } else if type == staticType(&PySlice_Type) {
            op.withMemoryRebound(to: PySliceObject.self, capacity: 1) {
                for o in [$0.pointee.start, $0.pointee.stop, $0.pointee.step] { if let o { Bridge.decref(o) } }
            }
        } else if type == staticType(&PyCFunction_Type) {
            op.withMemoryRebound(to: PyCFunctionObject.self, capacity: 1) {
                if let s = $0.pointee.m_self { Bridge.decref(s) }
                if let m = $0.pointee.m_module { Bridge.decref(m) }
                swpy_runtime_method_def_free($0.pointee.m_ml)
            }
        } else if flags & UInt(1 << 30) != 0 {
            op.withMemoryRebound(to: PyBaseExceptionObject.self, capacity: 1) {
                for o in [$0.pointee.args, $0.pointee.dict, $0.pointee.notes, $0.pointee.traceback,
                          $0.pointee.context, $0.pointee.cause] {
                    if let o { Bridge.decref(o) }
                }
            }
        }
        if let raw = header.pointee.runtime_object {
            header.pointee.runtime_object = nil
            let obj = Unmanaged<PyObjects.PyObject>.fromOpaque(raw).takeRetainedValue()
            obj.bridgeHandle = nil
        }
        swpy_free_object(op)
    }
}

/// The runtime proxy of an instance of an extension type (its state lives in C). It holds the
/// runtime's share of the C object and gives it back when the runtime lets go of it.
public final class CNativeObject: PyObjects.PyObject {
    /// The C object has no swpy_header (see Bridge.staticInstance).
    var isHeaderless = false

    deinit {
        guard let handle = bridgeHandle else { return }
        let op = handle.assumingMemoryBound(to: CPythonABI.PyObject.self)
        if isHeaderless {
            Bridge.headerless.removeValue(forKey: handle)
            Bridge.decref(op)
            return
        }
        let header = swpy_header_of(op)!
        header.pointee.runtime_object = nil
        header.pointee.flags &= ~UInt32(SWPY_FLAG_RUNTIME_SHARE)
        if type.flags.contains(.hasFinalizer) {
            if header.pointee.flags & UInt32(SWPY_FLAG_FINALIZED) == 0 {
                // A Python subclass's __del__ is queued (PyObject's deinit); it must see the
                // object, so the share passes to the queue until it has run.
                header.pointee.flags |= UInt32(SWPY_FLAG_FINALIZED)
                NativeFinalizers.queue.append((instanceDict, op))
                return
            }
            // It ran already (on a later proxy of the same object): never again.
            type = PyTypes.object
        }
        Bridge.decref(op)
    }
}

@_cdecl("swpy_mirror_dealloc")
func swpy_mirror_dealloc(_ op: CObject) {
    Mirrors.dealloc(op)
}

extension Mirrors {
    /// Method defs for builtins written in Swift, one per name: C reads `m_ml` of any
    /// PyCFunction (Cython's fast calls test its METH_O / METH_NOARGS flags). VARARGS|KEYWORDS
    /// sends C through tp_call; calling `ml_meth` itself raises SystemError.
    nonisolated(unsafe) static var runtimeMethodDefs: [String: UnsafeMutablePointer<PyMethodDef>] = [:]

    static func runtimeMethodDef(_ name: String) -> UnsafeMutablePointer<PyMethodDef> {
        if let d = runtimeMethodDefs[name] { return d }
        let d = UnsafeMutablePointer<PyMethodDef>.allocate(capacity: 1)
        let meth: @convention(c) (CObject?, CObject?, CObject?) -> CObject? = { _, _, _ in
            Errors.set(PythonError(PyExc.SystemError, "a builtin function of Swallow cannot be called through ml_meth"))
            return nil
        }
        d.initialize(to: PyMethodDef(ml_name: UnsafePointer(strdup(name)), ml_meth: unsafeBitCast(meth, to: PyCFunction.self),
                                     ml_flags: Int32(METH_VARARGS | METH_KEYWORDS), ml_doc: nil))
        runtimeMethodDefs[name] = d
        return d
    }
}
