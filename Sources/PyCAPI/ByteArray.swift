import CPythonABI
import Foundation
import PyObjects
import PyVM

/// bytearray: CPython's `PyByteArrayObject` (ob_alloc, ob_bytes, ob_start, ob_exports) as the
/// mirror, its storage a malloc'd block C writes through `PyByteArray_AS_STRING` or a buffer.
///
/// As with lists (`ListSync`), both sides may write, so the bridge keeps the contents both last
/// agreed on (the shadow) and syncs at the same points: when the bytearray is handed to C,
/// after C returns and around C's calls back into Python. If the C bytes moved away from the
/// shadow, C wrote and wins; else if the runtime value did, it is copied into the C block.
/// Exported buffers are counted on both sides (`ob_exports` and `PyByteArray.exports`), so
/// resizing while a buffer is held raises BufferError from C and from Python.
enum ByteArraySync {
    nonisolated(unsafe) static var shadows: [CObject: [UInt8]] = [:]

    static func isByteArray(_ op: CObject) -> Bool {
        let target = Mirrors.staticType(&PyByteArray_Type)
        var t: CType? = op.pointee.ob_type
        while let type = t {
            if type == target { return true }
            t = type.pointee.tp_base
        }
        return false
    }

    static func fields<T>(_ op: CObject, _ body: (UnsafeMutablePointer<PyByteArrayObject>) -> T) -> T {
        op.withMemoryRebound(to: PyByteArrayObject.self, capacity: 1, body)
    }

    /// The C contents (ob_start, ob_size).
    static func contents(_ op: CObject) -> [UInt8] {
        fields(op) { b in
            let n = b.pointee.ob_base.ob_size
            guard n > 0, let p = b.pointee.ob_start else { return [] }
            return p.withMemoryRebound(to: UInt8.self, capacity: n) { Array(UnsafeBufferPointer(start: $0, count: n)) }
        }
    }

    /// Whether the C contents equal `v` (no allocation).
    static func cEquals(_ op: CObject, _ v: [UInt8]) -> Bool {
        fields(op) { b in
            let n = b.pointee.ob_base.ob_size
            guard n == v.count else { return false }
            guard n > 0, let p = b.pointee.ob_start else { return true }
            return v.withUnsafeBufferPointer { memcmp(p, $0.baseAddress!, n) == 0 }
        }
    }

    static func make(_ ba: PyByteArray, type: CType) -> CObject {
        let op = Mirrors.allocate(MemoryLayout<PyByteArrayObject>.size, type: type)
        swpy_header_of(op).pointee.flags |= UInt32(SWPY_FLAG_MUTABLE)
        write(ba.value, op)
        shadows[op] = ba.value
        ListSync.touched.insert(op)
        return op
    }

    /// Makes the C block hold `n` bytes (plus the trailing NUL CPython keeps), preserving the
    /// first min(old, n) bytes; the block moves only if it must grow.
    static func resize(_ op: CObject, _ n: Int) {
        fields(op) { b in
            var start = b.pointee.ob_start.map { UnsafeMutableRawPointer($0) }
            let base = b.pointee.ob_bytes.map { UnsafeMutableRawPointer($0) }
            let old = b.pointee.ob_base.ob_size
            if let s = start, let base, s != base {
                // Drop the logical offset CPython's del b[:k] leaves, so ob_start == ob_bytes.
                memmove(base, s, min(old, n))
                start = base
            }
            var bytes = base
            if bytes == nil || n + 1 > b.pointee.ob_alloc {
                let alloc = n + 1 + n / 8
                guard let p = realloc(bytes, alloc) else { fatalError("Swallow: out of memory") }
                bytes = p
                b.pointee.ob_alloc = alloc
            }
            if n > old { memset(bytes! + old, 0, n - old) }
            bytes!.storeBytes(of: 0, toByteOffset: n, as: UInt8.self)
            b.pointee.ob_bytes = bytes!.assumingMemoryBound(to: CChar.self)
            b.pointee.ob_start = bytes!.assumingMemoryBound(to: CChar.self)
            b.pointee.ob_base.ob_size = n
        }
    }

    static func write(_ v: [UInt8], _ op: CObject) {
        resize(op, v.count)
        if v.isEmpty { return }
        fields(op) { b in
            v.withUnsafeBufferPointer { src in _ = memcpy(b.pointee.ob_start!, src.baseAddress!, v.count) }
        }
    }

    /// Brings `ba` and its mirror into agreement (see the type's comment).
    static func sync(_ ba: PyByteArray, _ op: CObject) {
        guard let shadow = shadows[op] else {
            write(ba.value, op)
            shadows[op] = ba.value
            return
        }
        if !cEquals(op, shadow) {
            let current = contents(op)
            ba.value = current
            shadows[op] = current
        } else if ba.value != shadow {
            write(ba.value, op)
            shadows[op] = ba.value
        }
    }

    /// Records a change made on both sides at once.
    static func agreed(_ ba: PyByteArray, _ op: CObject) { shadows[op] = ba.value }

    static func dealloc(_ op: CObject) {
        // C's last writes (after PyByteArray_FromStringAndSize, say) must reach the runtime
        // object, which lives on when its mirror goes.
        if let ba = runtime(op) { sync(ba, op) }
        shadows[op] = nil
        ListSync.touched.remove(op)
        ListSync.cHeld.remove(op)
        fields(op) { b in
            free(b.pointee.ob_bytes)
            b.pointee.ob_bytes = nil
            b.pointee.ob_start = nil
        }
    }

    static func runtime(_ op: CObject) -> PyByteArray? {
        guard let raw = swpy_header_of(op).pointee.runtime_object else { return nil }
        return Unmanaged<PyObjects.PyObject>.fromOpaque(raw).takeUnretainedValue() as? PyByteArray
    }

    /// The bytearray argument of an API function, synced so that both sides agree.
    static func arg(_ op: CObject?) throws -> (CObject, PyByteArray) {
        guard let op, isByteArray(op), let ba = Bridge.object(op) as? PyByteArray else { throw badInternalCall() }
        sync(ba, op)
        return (op, ba)
    }
}

// MARK: - the buffer protocol of bytearray (PyByteArray_Type's tp_as_buffer)

@_cdecl("swpy_bytearray_getbuffer")
func swpy_bytearray_getbuffer(_ op: CObject?, _ view: UnsafeMutablePointer<Py_buffer>?, _ flags: Int32) -> Int32 {
    capi(-1) {
        guard let view else {
            throw PythonError(PyExc.BufferError, "bytearray_getbuffer: view==NULL argument is obsolete")
        }
        let (op, ba) = try ByteArraySync.arg(op)
        let ptr: UnsafeMutableRawPointer = ByteArraySync.fields(op) { b in
            b.pointee.ob_start.map { UnsafeMutableRawPointer($0) } ?? UnsafeMutableRawPointer(swpy_bytearray_empty()!)
        }
        if PyBuffer_FillInfo(view, op, ptr, Mirrors.varSize(op), 0, flags) < 0 { return -1 }
        ByteArraySync.fields(op) { $0.pointee.ob_exports += 1 }
        ba.exports += 1
        return 0
    }
}

@_cdecl("swpy_bytearray_releasebuffer")
func swpy_bytearray_releasebuffer(_ op: CObject?, _ view: UnsafeMutablePointer<Py_buffer>?) {
    guard let op else { return }
    ByteArraySync.fields(op) { $0.pointee.ob_exports -= 1 }
    if let ba = ByteArraySync.runtime(op) { ba.exports -= 1 }
}

// MARK: - PyByteArray_*

/// PyObject *PyByteArray_FromStringAndSize(const char *s, Py_ssize_t len): a new bytearray
/// holding a copy of s (zeroed if s is NULL, for C to fill).
@_cdecl("PyByteArray_FromStringAndSize")
public func PyByteArray_FromStringAndSize_(_ s: UnsafePointer<CChar>?, _ len: Int) -> CObject? {
    capiObject {
        if len < 0 {
            throw PythonError(PyExc.SystemError, "Negative size passed to PyByteArray_FromStringAndSize")
        }
        guard let s, len > 0 else { return PyByteArray([UInt8](repeating: 0, count: len)) }
        return s.withMemoryRebound(to: UInt8.self, capacity: len) { PyByteArray(Array(UnsafeBufferPointer(start: $0, count: len))) }
    }
}

/// PyObject *PyByteArray_FromObject(PyObject *o): bytearray(o).
@_cdecl("PyByteArray_FromObject")
public func PyByteArray_FromObject_(_ o: CObject?) -> CObject? {
    capiObject {
        guard let o else { throw badInternalCall() }
        return try Ops.call(PyTypes.bytearray, args: [Bridge.object(o)], kwargs: [])
    }
}

/// Py_ssize_t PyByteArray_Size(PyObject *o)
@_cdecl("PyByteArray_Size")
public func PyByteArray_Size_(_ o: CObject?) -> Int {
    capi(-1) { Mirrors.varSize(try ByteArraySync.arg(o).0) }
}

/// char *PyByteArray_AsString(PyObject *o): the C storage, which C may write.
@_cdecl("PyByteArray_AsString")
public func PyByteArray_AsString_(_ o: CObject?) -> UnsafeMutablePointer<CChar>? {
    capi(nil) {
        let (op, _) = try ByteArraySync.arg(o)
        return ByteArraySync.fields(op) { b in
            b.pointee.ob_base.ob_size > 0 ? b.pointee.ob_start : swpy_bytearray_empty()
        }
    }
}

/// int PyByteArray_Resize(PyObject *o, Py_ssize_t len): BufferError while a buffer is exported.
@_cdecl("PyByteArray_Resize")
public func PyByteArray_Resize_(_ o: CObject?, _ len: Int) -> Int32 {
    capi(-1) {
        let (op, ba) = try ByteArraySync.arg(o)
        if len < 0 {
            throw PythonError(PyExc.ValueError, "Can only resize to positive sizes, got \(len)")
        }
        if len == Mirrors.varSize(op) { return 0 }
        try ba.checkResizable()
        ByteArraySync.resize(op, len)
        ba.value = ByteArraySync.contents(op)
        ByteArraySync.agreed(ba, op)
        return 0
    }
}

/// PyObject *PyByteArray_Concat(PyObject *a, PyObject *b): a new bytearray a + b (any buffers).
@_cdecl("PyByteArray_Concat")
public func PyByteArray_Concat_(_ a: CObject?, _ b: CObject?) -> CObject? {
    capiObject {
        guard let a, let b else { throw badInternalCall() }
        func bytes(_ op: CObject) throws -> [UInt8] {
            var view = Py_buffer()
            if PyObject_GetBuffer_(op, &view, 0) < 0 {
                _ = Errors.fetch()
                throw PythonError(PyExc.TypeError, "can't concat \(Bridge.object(b).type.name) to \(Bridge.object(a).type.name)")
            }
            defer { PyBuffer_Release_(&view) }
            guard view.len > 0, let p = view.buf else { return [] }
            return Array(UnsafeRawBufferPointer(start: p, count: view.len))
        }
        return PyByteArray(try bytes(a) + bytes(b))
    }
}
