/// `str`. Stored as a Swift string; code-point indexing goes through `scalars`.
///
/// Lone surrogates (legal in Python, not in Swift strings) are stored as shadow scalars: see
/// LoneSurrogate.swift.
public final class PyStr: PyObject {
    public let value: String
    private var cachedScalars: [Unicode.Scalar]?
    /// Precomputed hash of the interned string, or nil until first asked.
    public var cachedHash: Int?

    public init(_ value: String, type: PyType = HotTypes.str) {
        self.value = value
        super.init(type: type)
    }

    /// The code points, computed once.
    public var scalars: [Unicode.Scalar] {
        if let s = cachedScalars { return s }
        let s = Array(value.unicodeScalars)
        cachedScalars = s
        return s
    }

    /// `len(s)`: the number of code points.
    public var count: Int { value.utf8.count == value.unicodeScalars.count ? value.utf8.count : scalars.count }

    /// Whether two strings have the same code points. (Swift's `==` is canonical equivalence,
    /// which would make "é" and "e\u{301}" equal.)
    @inlinable public static func sameText(_ a: String, _ b: String) -> Bool {
        var x = a, y = b
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.baseAddress == q.baseAddress || p.elementsEqual(q)) } }
    }

    /// Code-point order of two strings as -1, 0 or 1 (UTF-8 byte order is code-point order).
    public static func compareText(_ a: String, _ b: String) -> Int {
        var x = a, y = b
        return x.withUTF8 { p in
            y.withUTF8 { q in
                let n = min(p.count, q.count)
                for i in 0..<n where p[i] != q[i] {
                    // A lone surrogate's shadow (F4 8D ..) must sort as U+D800..U+DFFF.
                    if p[i] >= 0x80 && q[i] >= 0x80 { return compareScalarsAt(p, q, i) }
                    return p[i] < q[i] ? -1 : 1
                }
                return p.count < q.count ? -1 : (p.count == q.count ? 0 : 1)
            }
        }
    }

    /// Orders the scalars around the first differing byte `i` (same start in both) by code point.
    private static func compareScalarsAt(_ p: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i
        while j > 0 && p[j] & 0xC0 == 0x80 { j -= 1 }
        func scalar(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
            var it = b[j...].makeIterator()
            var dec = UTF8()
            if case .scalarValue(let u) = dec.decode(&it) { return LoneSurrogate.codePoint(u) }
            return 0
        }
        let x = scalar(p), y = scalar(q)
        return x < y ? -1 : (x == y ? 0 : 1)
    }

    /// Interned strings (identifiers, attribute names), shared so that `is` holds between them.
    nonisolated(unsafe) private static var interned = InternTable()
    public static func intern(_ s: String) -> PyStr { interned.intern(s) }
}

/// The table of interned strings. Runtime code interns names on hot paths (every dunder
/// lookup by Swift name), and a Swift `Dictionary<String, _>` pays a seeded SipHash per lookup
/// (~30% of a method-heavy benchmark); this open-addressing table hashes the UTF-8 bytes with
/// FNV-1a instead, which for identifier-sized strings is a few nanoseconds.
struct InternTable {
    private var slots: [PyStr?] = Array(repeating: nil, count: 1024)
    private var hashes: [UInt64] = Array(repeating: 0, count: 1024)
    private var used = 0

    @inline(__always) static func fnv(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        var copy = s
        copy.withUTF8 { bytes in
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        }
        return h | 1  // never 0, which marks an empty slot
    }

    mutating func intern(_ s: String) -> PyStr {
        let h = InternTable.fnv(s)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while let existing = slots[i] {
            if hashes[i] == h && existing.value == s { return existing }
            i = (i + 1) & mask
        }
        let v = PyStr(s)
        slots[i] = v
        hashes[i] = h
        used += 1
        if used * 2 > slots.count { grow() }
        return v
    }

    private mutating func grow() {
        let old = zip(slots, hashes).compactMap { s, h in s.map { ($0, h) } }
        let n = slots.count * 2
        slots = Array(repeating: nil, count: n)
        hashes = Array(repeating: 0, count: n)
        for (v, h) in old {
            var i = Int(truncatingIfNeeded: h) & (n - 1)
            while slots[i] != nil { i = (i + 1) & (n - 1) }
            slots[i] = v
            hashes[i] = h
        }
    }
}

/// `bytes`.
public final class PyBytes: PyObject {
    public let value: [UInt8]
    public init(_ value: [UInt8]) {
        self.value = value
        super.init(type: PyTypes.bytes)
    }
}

/// `bytearray`.
public final class PyByteArray: PyObject {
    public var value: [UInt8]
    /// Buffers exported to C (PyObject_GetBuffer) and not yet released: while any is held,
    /// the storage may not change size.
    public var exports = 0
    /// Raises CPython's BufferError if resizing is not allowed now.
    @inline(__always) public func checkResizable() throws {
        if exports > 0 { throw PythonError(PyExc.BufferError, "Existing exports of data: object cannot be re-sized") }
    }
    public init(_ value: [UInt8]) {
        self.value = value
        super.init(type: PyTypes.bytearray)
    }
}
