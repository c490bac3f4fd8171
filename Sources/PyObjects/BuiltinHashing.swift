import BigInt

/// Hashing and equality of the builtin value types, with CPython's numeric hash so that
/// `hash(1) == hash(1.0) == hash(True)`.
public enum BuiltinHashing {
    /// 2**61 - 1, the modulus of CPython's numeric hash on 64-bit platforms.
    public static let modulus: Int = (1 << 61) - 1

    public static func hashInt(_ v: BigInt) -> Int {
        let m = BigInt(modulus)
        var r = Int(v.magnitude % m.magnitude)
        if v.sign == .minus { r = -r }
        return r == -1 ? -2 : r
    }

    public static func hashInt(_ v: Int) -> Int {
        if v == Int.min { return hashInt(BigInt(v)) }
        var r = abs(v) % modulus
        if v < 0 { r = -r }
        return r == -1 ? -2 : r
    }

    public static func hashFloat(_ d: Double) -> Int {
        if d.isNaN { return 0 }  // CPython hashes NaN by identity; 0 is a stable stand-in here.
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d == d.rounded(.towardZero), let i = Int(exactly: d) { return hashInt(i) }
        // Fold the mantissa 28 bits at a time, as the reduction modulo 2**61-1 requires.
        var (m, e) = (abs(d).significand, Int(abs(d).exponent) + 1)
        m /= 2
        var x: UInt64 = 0
        let mod = UInt64(modulus)
        while m != 0 {
            x = ((x << 28) & mod) | (x >> (61 - 28))
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= mod { x -= mod }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(e)) & mod) | (x >> UInt64(61 - e))
        var r = Int(x)
        if d < 0 { r = -r }
        return r == -1 ? -2 : r
    }

    public static func hash(_ o: PyObject) throws -> Int {
        switch o {
        case let i as PyInt: return i.big.map(hashInt) ?? hashInt(i.small)
        case let s as PyStr:
            if let h = s.cachedHash { return h }
            if s.value.isEmpty { return 0 }  // as in CPython
            // Hash the UTF-8 bytes: hashing a String would equate canonically equivalent texts.
            var hasher = Hasher()
            var text = s.value
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            var h = hasher.finalize()
            if h == -1 { h = -2 }
            s.cachedHash = h
            return h
        case let f as PyFloat: return hashFloat(f.value)
        case let b as PyBytes:
            var hasher = Hasher()
            hasher.combine(b.value)
            let h = hasher.finalize()
            return h == -1 ? -2 : h
        case let t as PyTuple: return try hashTuple(t.items)
        default:
            // Identity hash, as object.__hash__: the address shifted by 4.
            let addr = Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue))
            return (addr >> 4) | (addr << (Int.bitWidth - 4))
        }
    }

    /// The xxHash-based combination CPython 3.8+ uses for tuples.
    public static func hashTuple(_ items: [PyObject]) throws -> Int {
        let p1: UInt64 = 11400714785074694791, p2: UInt64 = 14029467366897019727
        let p5: UInt64 = 2870177450012600261
        var acc: UInt64 = p5
        for item in items {
            let lane = UInt64(bitPattern: Int64(try PyObjectHooks.hash(item)))
            acc = acc &+ lane &* p2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* p1
        }
        acc = acc &+ (UInt64(items.count) ^ (p5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(bitPattern: UInt(acc))
    }

    public static func equal(_ a: PyObject, _ b: PyObject) throws -> Bool {
        if a === b { return true }
        switch (a, b) {
        case let (x as PyInt, y as PyInt):
            if x.big == nil && y.big == nil { return x.small == y.small }
            return x.bigValue == y.bigValue
        case let (x as PyStr, y as PyStr): return x.value == y.value
        case let (x as PyFloat, y as PyFloat): return x.value == y.value
        case let (x as PyInt, y as PyFloat): return numericEqual(x, y.value)
        case let (x as PyFloat, y as PyInt): return numericEqual(y, x.value)
        case let (x as PyBytes, y as PyBytes): return x.value == y.value
        case let (x as PyTuple, y as PyTuple):
            guard x.items.count == y.items.count else { return false }
            for (p, q) in zip(x.items, y.items) where !(try PyObjectHooks.equal(p, q)) { return false }
            return true
        default: return false
        }
    }

    static func numericEqual(_ i: PyInt, _ d: Double) -> Bool {
        guard d.isFinite, d == d.rounded(.towardZero) else { return false }
        if let s = i.intValue, let di = Int(exactly: d) { return s == di }
        return i.bigValue == BigInt(d)
    }
}
