import PyObjects
import BigInt

// Views of memory exported by C objects (bf_getbuffer: mmap, array, xxlimited.Xxo...).
// The C-API bridge installs `MemoryViews.exportForeign`, which calls the exporter's
// bf_getbuffer once and wraps the Py_buffer in a `ForeignBuffer`. As CPython's managed
// buffer, one export is shared by the view made from the object and every view derived from
// it (slices, casts, memoryview(view)); each live (unreleased) view counts as a user, and the
// export is given back (PyBuffer_Release, so the exporter's count drops: mmap.close() and
// resize() check it) when the last user is released or freed, never earlier. Reads and writes
// go straight to the exporter's memory.

/// A C exporter's buffer held by memoryviews (see above).
public final class ForeignBuffer {
    public let base: UnsafeMutableRawPointer?
    public let length: Int
    public let readonly: Bool
    public let format: String
    public let itemSize: Int
    let release: () -> Void
    var users = 0
    var done = false

    public init(base: UnsafeMutableRawPointer?, length: Int, readonly: Bool, format: String, itemSize: Int,
                release: @escaping () -> Void) {
        self.base = base
        self.length = length
        self.readonly = readonly
        self.format = format
        self.itemSize = itemSize
        self.release = release
    }

    func retain() { users += 1 }

    func drop() {
        users -= 1
        if users <= 0 && !done {
            done = true
            release()
        }
    }

    deinit { if !done { release() } }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: base == nil ? 0 : length) }
}

/// `memoryview` over bytes, bytearray or a C exporter's buffer, one dimension, format 'B' or a native format from `cast`: a window (start, step,
/// count) onto the underlying object's current bytes, so writes reach a bytearray.
public final class PyMemoryView: PyObject {
    public let obj: PyObject
    let start: Int
    let step: Int
    let count: Int
    /// The C export this view reads, when `obj` is a C exporter.
    let foreign: ForeignBuffer?
    /// Released views no longer hold the bytearray's export (which blocks resizing it).
    var released = false {
        didSet {
            guard released && !oldValue else { return }
            if let b = obj as? PyByteArray { b.exports -= 1 }
            foreign?.drop()
        }
    }

    init(obj: PyObject, start: Int, step: Int, count: Int, foreign: ForeignBuffer? = nil) {
        self.obj = obj
        self.start = start
        self.step = step
        self.count = count
        self.foreign = foreign
        super.init(type: MemoryViews.type)
        if let b = obj as? PyByteArray { b.exports += 1 }
        foreign?.retain()
    }

    deinit {
        if !released {
            if let b = obj as? PyByteArray { b.exports -= 1 }
            foreign?.drop()
        }
    }

    var readonly: Bool { (foreign.map { $0.readonly } ?? !(obj is PyByteArray)) || isReadonlyCopy }
    var isReadonlyCopy = false
    /// The struct format of the items (`cast` changes it) and their size in bytes. `start`
    /// and `step` are in bytes, `count` in items.
    var format = "B"
    var itemSize = 1

    /// A new view of the same memory with this view's format.
    func derived(start: Int, step: Int, count: Int) -> PyMemoryView {
        let v = PyMemoryView(obj: obj, start: start, step: step, count: count, foreign: foreign)
        v.isReadonlyCopy = isReadonlyCopy
        v.format = format
        v.itemSize = itemSize
        return v
    }

    /// The item at byte offset `offset`, decoded as `format` (native little-endian layout).
    func item(at offset: Int) -> PyObject {
        if let f = foreign { return item(at: offset, in: f.bytes) }
        return BytesMethods.bytes(obj).withUnsafeBytes { item(at: offset, in: $0) }
    }

    private func item(at offset: Int, in base: UnsafeRawBufferPointer) -> PyObject {
        if itemSize == 1 {
            let b = base[offset]
            switch format {
            case "b": return PyInt.make(Int(Int8(bitPattern: b)))
            case "c": return PyBytes([b])
            case "?": return pyBool(b != 0)
            default: return PyInt.make(Int(b))
            }
        }
        var raw: UInt64 = 0
        for k in 0..<itemSize { raw |= UInt64(base[offset + k]) << (8 * UInt64(k)) }
        switch format {
        case "f": return PyFloat(Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw))))
        case "d": return PyFloat(Double(bitPattern: raw))
        case "h": return PyInt.make(Int(Int16(truncatingIfNeeded: raw)))
        case "i": return PyInt.make(Int(Int32(truncatingIfNeeded: raw)))
        case "l", "q", "n": return PyInt.make(Int(Int64(bitPattern: raw)))
        case "L", "Q", "N":
            return raw <= UInt64(Int.max) ? PyInt.make(Int(raw)) : PyInt(BigInt(raw))
        default: return PyInt.make(Int(raw))
        }
    }

    /// Item sizes of the formats `cast` accepts (native sizes on x86_64 Linux).
    static let formatSizes: [String: Int] = [
        "B": 1, "b": 1, "c": 1, "?": 1, "H": 2, "h": 2, "I": 4, "i": 4, "f": 4,
        "L": 8, "l": 8, "Q": 8, "q": 8, "N": 8, "n": 8, "d": 8, "P": 8,
    ]

    /// What the C-API bridge needs to export this view to C as a `Py_buffer`: byte offset and
    /// stride into the underlying object, item count, item size, format, writability.
    public var exportLayout: (start: Int, step: Int, count: Int, itemSize: Int, format: String, readonly: Bool, released: Bool) {
        (start, step, count, itemSize, format, readonly, released)
    }

    func check() throws {
        if released { throw PythonError(PyExc.ValueError, "operation forbidden on released memoryview object") }
    }

    func bytes() throws -> [UInt8] {
        try check()
        if let f = foreign { return slice(f.bytes) }
        return BytesMethods.bytes(obj).withUnsafeBytes { slice($0) }
    }

    private func slice(_ base: UnsafeRawBufferPointer) -> [UInt8] {
        if step == itemSize { return Array(base[start..<(start + count * itemSize)]) }
        var out: [UInt8] = []
        out.reserveCapacity(count * itemSize)
        for i in 0..<count { out.append(contentsOf: base[(start + i * step)..<(start + i * step + itemSize)]) }
        return out
    }
}

public enum MemoryViews {
    /// Set by the C-API bridge: the buffer a C object exports (nil when it exports none).
    nonisolated(unsafe) public static var exportForeign: ((PyObject) throws -> ForeignBuffer?)?

    public static let type: PyType = {
        let t = PyType(name: "memoryview", bases: [PyTypes.object], flags: [])
        t.slots.repr = { o in "<memory at \(Repr.address(o))>" }
        return t
    }()

    /// A view of a C buffer on behalf of `owner` (PyMemoryView_FromMemory: None).
    public static func view(of f: ForeignBuffer, owner: PyObject) -> PyObject {
        let v = PyMemoryView(obj: owner, start: 0, step: f.itemSize, count: f.length / max(f.itemSize, 1), foreign: f)
        v.format = f.format
        v.itemSize = f.itemSize
        return v
    }

    static func construct(_ o: PyObject) throws -> PyMemoryView {
        switch o {
        case let b as PyBytes: return PyMemoryView(obj: b, start: 0, step: 1, count: b.value.count)
        case let b as PyByteArray: return PyMemoryView(obj: b, start: 0, step: 1, count: b.value.count)
        case let m as PyMemoryView:
            try m.check()
            return m.derived(start: m.start, step: m.step, count: m.count)
        default:
            if let f = try exportForeign?(o) { return view(of: f, owner: o) as! PyMemoryView }
            throw PythonError(PyExc.TypeError, "memoryview: a bytes-like object is required, not '\(o.type.name)'")
        }
    }

    static func index(_ m: PyMemoryView, _ key: PyObject) throws -> Int {
        guard key is PyInt || Ops.heapLookup(key.type, "__index__") != nil else {
            throw PythonError(PyExc.TypeError, "memoryview: invalid slice key")
        }
        var i = try Ops.indexInt(key)
        if i < 0 { i += m.count }
        guard i >= 0 && i < m.count else { throw PythonError(PyExc.IndexError, "index out of bounds on dimension 1") }
        return m.start + i * m.step
    }

    static func sliced(_ m: PyMemoryView, _ s: PySlice) throws -> PyMemoryView {
        let (start, stop, step) = try Sequences.sliceBounds(m.count, s)
        let n = step > 0 ? (start < stop ? (stop - start - 1) / step + 1 : 0) : (start > stop ? (start - stop - 1) / (-step) + 1 : 0)
        return m.derived(start: m.start + start * m.step, step: m.step * step, count: n)
    }

    static func install() {
        let t = type
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        func mv(_ o: PyObject) -> PyMemoryView { o as! PyMemoryView }
        BuiltinMethods.ctor(t) { _, a, k in
            let args = Args("memoryview", a, k)
            try args.check(min: 1, max: 1, keywords: ["object"])
            return try construct(args[0] ?? args.keyword("object")!)
        }
        func getter(_ name: String, _ get: @escaping (PyMemoryView) throws -> PyObject) {
            IntMethods.getter(t, name) { o in
                let m = mv(o)
                try m.check()
                return try get(m)
            }
        }
        getter("obj") { $0.obj }
        getter("readonly") { pyBool($0.readonly) }
        getter("format") { PyStr($0.format) }
        getter("itemsize") { PyInt.make($0.itemSize) }
        getter("ndim") { _ in PyInt.make(1) }
        getter("nbytes") { PyInt.make($0.count * $0.itemSize) }
        getter("shape") { PyTuple([PyInt.make($0.count)]) }
        getter("strides") { PyTuple([PyInt.make($0.step)]) }
        getter("suboffsets") { _ in PyTuple.empty }
        getter("contiguous") { pyBool($0.step == $0.itemSize || $0.count <= 1) }
        getter("c_contiguous") { pyBool($0.step == $0.itemSize || $0.count <= 1) }
        getter("f_contiguous") { pyBool($0.step == $0.itemSize || $0.count <= 1) }
        def("tobytes") { r, _, _ in PyBytes(try mv(r).bytes()) }
        def("tolist") { r, _, _ in
            let m = mv(r)
            try m.check()
            return PyList((0..<m.count).map { m.item(at: m.start + $0 * m.step) })
        }
        def("hex") { r, a, k in PyStr(try BytesMethods.hex(try mv(r).bytes(), a, k)) }
        def("release") { r, _, _ in mv(r).released = true; return pyNone }
        def("toreadonly") { r, _, _ in
            let m = mv(r)
            try m.check()
            let v = m.derived(start: m.start, step: m.step, count: m.count)
            v.isReadonlyCopy = true
            return v
        }
        def("cast") { r, a, _ in
            let m = mv(r)
            try m.check()
            guard a.count == 1, let f = a.first as? PyStr else {
                throw PythonError(PyExc.NotImplementedError, "memoryview.cast: Swallow supports one-dimensional casts only")
            }
            guard let size = PyMemoryView.formatSizes[f.value] else {
                throw PythonError(PyExc.ValueError,
                    "memoryview: destination format must be a native single character format prefixed with an optional '@'")
            }
            if m.step != m.itemSize && m.count > 1 {
                throw PythonError(PyExc.TypeError, "memoryview: casts are restricted to C-contiguous views")
            }
            let byteFormats: Set<String> = ["B", "b", "c"]
            if !byteFormats.contains(m.format) && !byteFormats.contains(f.value) {
                throw PythonError(PyExc.TypeError, "memoryview: cannot cast between two non-byte formats")
            }
            let nbytes = m.count * m.itemSize
            if nbytes % size != 0 {
                throw PythonError(PyExc.TypeError, "memoryview: length is not a multiple of itemsize")
            }
            let v = m.derived(start: m.start, step: size, count: nbytes / size)
            v.format = f.value
            v.itemSize = size
            return v
        }
        def("__enter__") { r, _, _ in try mv(r).check(); return r }
        def("__exit__") { r, _, _ in mv(r).released = true; return pyNone }
        def("__len__") { r, _, _ in try mv(r).check(); return PyInt.make(mv(r).count) }
        def("__getitem__") { r, a, _ in
            let m = mv(r)
            try m.check()
            if let s = a[0] as? PySlice { return try sliced(m, s) }
            return m.item(at: try index(m, a[0]))
        }
        def("__setitem__") { r, a, _ in
            let m = mv(r)
            try m.check()
            if m.readonly { throw PythonError(PyExc.TypeError, "cannot modify read-only memory") }
            if m.itemSize != 1 {
                throw PythonError(PyExc.NotImplementedError, "memoryview: Swallow writes through byte formats only")
            }
            // Bytes go to the bytearray or straight into the C exporter's memory.
            func store(_ at: Int, _ b: UInt8) {
                if let f = m.foreign { f.base?.storeBytes(of: b, toByteOffset: at, as: UInt8.self) }
                else { (m.obj as! PyByteArray).value[at] = b }
            }
            if let s = a[0] as? PySlice {
                let dest = try sliced(m, s)
                let src = try BytesMethods.buffer(a[1])
                if src.count != dest.count {
                    throw PythonError(PyExc.ValueError, "memoryview assignment: lvalue and rvalue have different structures")
                }
                for (k, b) in src.enumerated() { store(dest.start + k * dest.step, b) }
                return pyNone
            }
            let i = try index(m, a[0])
            guard let v = (a[1] as? PyInt)?.intValue, v >= 0 && v < 256 else {
                throw PythonError(PyExc.ValueError, "memoryview: invalid value for format 'B'")
            }
            store(i, UInt8(v))
            return pyNone
        }
        def("__iter__") { r, _, _ in
            let m = mv(r)
            try m.check()
            return try Ops.iter(PyList((0..<m.count).map { m.item(at: m.start + $0 * m.step) }))
        }
        def("__delitem__") { r, _, _ in
            try mv(r).check()
            throw PythonError(PyExc.TypeError, mv(r).readonly ? "cannot modify read-only memory" : "cannot delete memory")
        }
        def("__sizeof__") { _, _, _ in PyInt.make(184) }
        def("__hash__") { r, _, _ in
            let m = mv(r)
            try m.check()
            if !m.readonly { throw PythonError(PyExc.ValueError, "cannot hash writable memoryview object") }
            return PyInt.make(try BuiltinHashing.hash(PyBytes(try m.bytes())))
        }
        def("__eq__") { r, a, _ in
            guard let o = a.first, BytesMethods.isBytesLike(o) else { return PyNotImplemented.shared }
            if mv(r).released { return pyBool(r === o) }
            return pyBool(try mv(r).bytes() == BytesMethods.buffer(o))
        }
        def("__ne__") { r, a, _ in
            guard let o = a.first, BytesMethods.isBytesLike(o) else { return PyNotImplemented.shared }
            if mv(r).released { return pyBool(r !== o) }
            return pyBool(try mv(r).bytes() != BytesMethods.buffer(o))
        }
    }
}
