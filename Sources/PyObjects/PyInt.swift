import BigInt

/// `int`: arbitrary precision, with a machine-word fast path.
public class PyInt: PyObject {
    /// The value when it fits in a machine word; `big` is nil then.
    public let small: Int
    /// The value when it does not fit in a machine word.
    public let big: BigInt?

    public init(_ value: Int, type: PyType = HotTypes.int) {
        self.small = value
        self.big = nil
        super.init(type: type)
    }

    /// Normalises: values that fit in a word use the fast path.
    public init(_ value: BigInt, type: PyType = HotTypes.int) {
        if let v = Int(exactly: value) {
            self.small = v
            self.big = nil
        } else {
            self.small = 0
            self.big = value
        }
        super.init(type: type)
    }

    /// The exact value, widening if needed.
    public var bigValue: BigInt { big ?? BigInt(small) }
    /// The value if it fits in a machine word.
    public var intValue: Int? { big == nil ? small : nil }

    /// Cached small ints (-5…256) as in CPython, so that `is` and `id()` behave the same.
    /// A buffer behind a plain static (a `static let` costs a swift_once check on every call).
    nonisolated(unsafe) private static var cache: UnsafeMutablePointer<PyInt>?
    public static func make(_ v: Int) -> PyInt {
        if v >= -5 && v <= 256 { return (cache ?? makeCache())[v + 5] }
        return PyInt(v)
    }
    private static func makeCache() -> UnsafeMutablePointer<PyInt> {
        let p = UnsafeMutablePointer<PyInt>.allocate(capacity: 262)
        for (i, v) in (-5...256).enumerated() { (p + i).initialize(to: PyInt(v)) }
        cache = p
        return p
    }
    public static func make(_ v: BigInt) -> PyInt {
        if let s = Int(exactly: v) { return make(s) }
        return PyInt(v)
    }

    public var decimalString: String { big.map { String($0) } ?? String(small) }
}

/// `bool`: a subclass of int with exactly two instances.
public final class PyBool: PyInt {
    public static let `true` = PyBool(true)
    public static let `false` = PyBool(false)
    public var value: Bool { small != 0 }
    private init(_ b: Bool) { super.init(b ? 1 : 0, type: PyTypes.bool) }
}

/// `float`.
public final class PyFloat: PyObject {
    /// Immutable as Python sees it. Only the eval loop writes it, and only into a float that
    /// is the sole reference to a dead temporary (so that `a * b + c` allocates once).
    public var value: Double
    public init(_ value: Double) {
        self.value = value
        super.init(type: HotTypes.float)
    }
}
