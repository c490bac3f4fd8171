/// `str`. Stored as a Swift string; code-point indexing goes through `scalars`.
///
/// Lone surrogates (legal in Python, not in Swift strings) are not representable yet; the
/// front end and codecs reject them for now.
public final class PyStr: PyObject {
    public let value: String
    private var cachedScalars: [Unicode.Scalar]?
    /// Precomputed hash of the interned string, or nil until first asked.
    public var cachedHash: Int?

    public init(_ value: String, type: PyType = PyTypes.str) {
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

    /// Interned strings (identifiers, attribute names), shared so that `is` holds between them.
    nonisolated(unsafe) private static var interned: [String: PyStr] = [:]
    public static func intern(_ s: String) -> PyStr {
        if let v = interned[s] { return v }
        let v = PyStr(s)
        interned[s] = v
        return v
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
    public init(_ value: [UInt8]) {
        self.value = value
        super.init(type: PyTypes.bytearray)
    }
}
