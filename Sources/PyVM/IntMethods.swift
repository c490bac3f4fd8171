import PyObjects
import PyCompiler
import BigInt
import Foundation

/// Methods and attributes of `int` (and so of `bool`), and the parsing of `int(str, base)`.
enum IntMethods {
    static func v(_ o: PyObject) -> BigInt { (o as! PyInt).bigValue }

    /// A read-only attribute stored as a property whose getter is native, so that it shows in
    /// `dir()` and on the type like CPython's getset descriptors.
    static func getter(_ t: PyType, _ name: String, _ get: @escaping (PyObject) throws -> PyObject) {
        let f = PyBuiltinFunction(name: name) { a, _ in try get(a[0]) }
        let p = PyProperty(fget: f, fset: nil, fdel: nil, doc: nil)
        p.name = name
        t.dict.setItem(string: name, p)
    }

    /// `sys.get_int_max_str_digits()`: the limit on decimal digits in int<->str conversions.
    nonisolated(unsafe) static var maxStrDigits = 4300

    static func digitLimitError(has digits: Int) -> PythonError {
        PythonError(PyExc.ValueError, "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: "
            + "value has \(digits) digits; use sys.set_int_max_str_digits() to increase the limit")
    }

    /// The decimal string of a big int, enforcing the digit limit as `str()`/`repr()` do.
    static func decimalString(_ i: PyInt) throws -> String {
        guard let b = i.big else { return String(i.small) }
        // 4300 digits need more than 14_280 bits; smaller values cannot exceed the limit.
        if maxStrDigits > 0 && b.magnitude.bitWidth > Int(Double(maxStrDigits) * 3.3219) {
            let s = String(b)
            if s.count - (b < 0 ? 1 : 0) > maxStrDigits {
                throw PythonError(PyExc.ValueError, "Exceeds the limit (\(maxStrDigits) digits) for integer string "
                    + "conversion; use sys.set_int_max_str_digits() to increase the limit")
            }
            return s
        }
        return String(b)
    }

    /// Raises the digit-limit error when `v` has too many decimal digits (format(), %d).
    static func checkStrLimit(_ v: BigInt) throws {
        if maxStrDigits > 0 && v.magnitude.bitWidth > Int(Double(maxStrDigits) * 3.3219) {
            _ = try decimalString(PyInt.make(v))
        }
    }

    /// `str` → the ASCII form int()/float() parse: Unicode decimal digits become ASCII digits and
    /// Unicode whitespace becomes a space; other non-ASCII characters become "?" (invalid).
    static func asciiForm(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.isASCII { out.append(u); continue }
            if u.properties.numericType == .decimal, let n = u.properties.numericValue {
                out.append(Unicode.Scalar(UInt8(48 + Int(n))))
            } else if StrMethods.isSpace(u) {
                out.append(" ")
            } else {
                out.append("?")
            }
        }
        return String(out)
    }

    static func isParseSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }

    /// Parses `text` in `base` (0 = from the prefix) as `int()` does; nil when invalid.
    /// Throws only for the digit limit.
    static func parse(_ text: String, base: Int) throws -> BigInt? {
        var c = Array(asciiForm(text).utf8)[...]
        while let f = c.first, isParseSpace(f) { c = c.dropFirst() }
        while let l = c.last, isParseSpace(l) { c = c.dropLast() }
        var negative = false
        if let f = c.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { negative = f == UInt8(ascii: "-"); c = c.dropFirst() }
        var b = base
        var prefixed = false
        if c.count >= 2 && c.first == UInt8(ascii: "0") {
            let p = c[c.startIndex + 1] | 0x20
            let pb = p == UInt8(ascii: "x") ? 16 : p == UInt8(ascii: "o") ? 8 : p == UInt8(ascii: "b") ? 2 : 0
            if pb != 0 && (b == 0 || b == pb) { b = pb; prefixed = true; c = c.dropFirst(2) }
        }
        if b == 0 {
            b = 10
            // Base 0 rejects leading zeros unless the value is zero.
            if c.count > 1 && c.first == UInt8(ascii: "0") && !c.allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "_") }) { return nil }
        }
        if c.isEmpty { return nil }
        // Underscores: one between digits, or one right after a prefix.
        var digits: [UInt8] = []
        digits.reserveCapacity(c.count)
        var prevUnderscore = !prefixed
        for (i, ch) in c.enumerated() {
            if ch == UInt8(ascii: "_") {
                if prevUnderscore && !(i == 0 && prefixed) { return nil }
                if i == 0 && !prefixed { return nil }
                prevUnderscore = true
                continue
            }
            let d: Int
            switch ch {
            case 48...57: d = Int(ch) - 48
            case 97...122: d = Int(ch) - 87
            case 65...90: d = Int(ch) - 55
            default: return nil
            }
            if d >= b { return nil }
            digits.append(UInt8(d))
            prevUnderscore = false
        }
        if prevUnderscore || digits.isEmpty { return nil }
        if b & (b - 1) != 0 && maxStrDigits > 0 && digits.count > maxStrDigits {
            throw digitLimitError(has: digits.count)
        }
        if b & (b - 1) == 0 {
            // A power-of-two base packs digits straight into words: linear, where the chunked
            // multiply-add below is quadratic (int('0x' + 'c' * 65000, 16) took seconds).
            let bits = b.trailingZeroBitCount
            var words: [UInt] = []
            words.reserveCapacity(digits.count * bits / UInt.bitWidth + 1)
            var acc: UInt = 0, used = 0
            for d in digits.reversed() {
                acc |= UInt(d) << used
                used += bits
                if used >= UInt.bitWidth {
                    words.append(acc)
                    used -= UInt.bitWidth
                    acc = used > 0 ? UInt(d) >> (bits - used) : 0
                }
            }
            if used > 0 { words.append(acc) }
            let v = BigInt(sign: .plus, magnitude: BigUInt(words: words))
            return negative ? -v : v
        }
        // Accumulate in word-sized chunks of 12 digits (36**12 < 2**63).
        var v = BigInt(0)
        var k = 0
        while k < digits.count {
            let end = min(k + 12, digits.count)
            var chunk = 0, scale = 1
            for d in digits[k..<end] { chunk = chunk * b + Int(d); scale *= b }
            v = k == 0 ? BigInt(chunk) : v * BigInt(scale) + BigInt(chunk)
            k = end
        }
        return negative ? -v : v
    }

    /// `x >> n` rounding towards negative infinity, as Python's shift does.
    static func shiftRight(_ a: BigInt, _ n: Int) -> BigInt {
        if a >= 0 { return a >> n }
        return -((-a - 1) >> n) - 1
    }

    /// `a & b`, `a | b`, `a ^ b` with two's-complement semantics for negative values.
    static func bitwise(_ a: BigInt, _ b: BigInt, _ op: BinaryOperator) -> BigInt {
        let n = max(a.magnitude.bitWidth, b.magnitude.bitWidth) + 1
        let modulus = BigUInt(1) << n
        func tc(_ x: BigInt) -> BigUInt { x >= 0 ? x.magnitude : modulus - x.magnitude }
        let x = tc(a), y = tc(b)
        let r: BigUInt
        switch op {
        case .and: r = x & y
        case .or: r = x | y
        default: r = x ^ y
        }
        return r >> (n - 1) != 0 ? -BigInt(modulus - r) : BigInt(r)
    }

    /// `pow(base, exp, mod)` for ints, including negative exponents (modular inverse).
    static func powMod(_ base: BigInt, _ exp: BigInt, _ mod: BigInt) throws -> BigInt {
        if mod == 0 { throw PythonError(PyExc.ValueError, "pow() 3rd argument cannot be 0") }
        let m = mod.magnitude
        var b = BigInt(base.magnitude.quotientAndRemainder(dividingBy: m).remainder)
        if base < 0 && b != 0 { b = BigInt(m) - b }
        var e = exp
        if e < 0 {
            guard m > 1 else { return 0 }
            guard let inv = b.inverse(BigInt(m)) else {
                throw PythonError(PyExc.ValueError, "base is not invertible for the given modulus")
            }
            b = inv
            e = -e
        }
        var r = m == 1 ? BigInt(0) : b.power(e, modulus: BigInt(m))
        if r < 0 { r += BigInt(m) }
        // The result takes the sign of the modulus.
        if mod < 0 && r != 0 { r -= BigInt(m) }
        return r
    }

    /// `round(i, ndigits)` for ints: half-to-even at 10**-ndigits.
    static func round(_ i: BigInt, _ n: Int) -> BigInt {
        if n >= 0 { return i }
        let p = BigInt(10).power(-n)
        let (q, r) = Numbers.floorDivMod(i, p)
        var qq = q
        let twice = r * 2
        if twice > p || (twice == p && !q.isMultiple(of: 2)) { qq += 1 }
        return qq * p
    }

    static func toBytes(_ value: BigInt, length: Int, little: Bool, signed: Bool) throws -> [UInt8] {
        if length < 0 { throw PythonError(PyExc.ValueError, "length argument must be non-negative") }
        var v = value
        if v < 0 {
            if !signed { throw PythonError(PyExc.OverflowError, "can't convert negative int to unsigned") }
            if length == 0 || v < -(BigInt(1) << (8 * length - 1)) { throw PythonError(PyExc.OverflowError, "int too big to convert") }
            v += BigInt(1) << (8 * length)
        } else if v > 0 {
            let bits = v.magnitude.bitWidth
            if bits > 8 * length - (signed ? 1 : 0) { throw PythonError(PyExc.OverflowError, "int too big to convert") }
        }
        var bytes = [UInt8](repeating: 0, count: length)
        var mag = v.magnitude
        for i in 0..<length {
            bytes[i] = UInt8(truncatingIfNeeded: mag & 0xff)
            mag >>= 8
        }
        return little ? bytes : bytes.reversed()
    }

    static func byteOrder(_ o: PyObject?, _ fname: String) throws -> Bool {
        guard let o = o else { return false }
        guard let s = o as? PyStr else {
            throw PythonError(PyExc.TypeError, "\(fname)() argument 'byteorder' must be str, not \(o.type.name)")
        }
        if s.value == "little" { return true }
        if s.value == "big" { return false }
        throw PythonError(PyExc.ValueError, "byteorder must be either 'little' or 'big'")
    }

    /// Builds an instance of `cls` (int, bool or a subclass) from a value.
    static func make(_ cls: PyType, _ v: BigInt) throws -> PyObject {
        if cls === PyTypes.int { return PyInt.make(v) }
        if cls === PyTypes.bool { return pyBool(v != 0) }
        return try Ops.call(cls, args: [PyInt.make(v)])
    }

    static func install() {
        let t = PyTypes.int
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        func noArgs(_ name: String, _ a: [PyObject]) throws {
            if !a.isEmpty { throw PythonError(PyExc.TypeError, "int.\(name)() takes no arguments (\(a.count) given)") }
        }
        def("bit_length") { r, a, _ in
            try noArgs("bit_length", a)
            let m = v(r).magnitude
            return PyInt.make(m.bitWidth)
        }
        def("bit_count") { r, a, _ in
            try noArgs("bit_count", a)
            if let s = (r as! PyInt).intValue { return PyInt.make(s.magnitude.nonzeroBitCount) }
            return PyInt.make(v(r).magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        def("conjugate") { r, _, _ in PyInt.make(v(r)) }
        def("as_integer_ratio") { r, _, _ in PyTuple([PyInt.make(v(r)), PyInt.make(1)]) }
        for name in ["real", "numerator"] { getter(t, name) { PyInt.make(v($0)) } }
        getter(t, "imag") { _ in PyInt.make(0) }
        getter(t, "denominator") { _ in PyInt.make(1) }
        for name in ["__index__", "__int__", "__trunc__", "__floor__", "__ceil__", "__pos__"] {
            def(name) { r, _, _ in PyInt.make(v(r)) }
        }
        def("__float__") { r, _, _ in PyFloat(try Numbers.toDouble(r as! PyInt)) }
        def("__round__") { r, a, _ in
            guard let nd = a.first, nd !== pyNone else { return PyInt.make(v(r)) }
            let n = try Ops.index(nd)
            guard let small = n.intValue else { return PyInt.make(n.bigValue > 0 ? v(r) : 0) }
            return PyInt.make(round(v(r), small))
        }
        def("__getnewargs__") { r, _, _ in PyTuple([PyInt.make(v(r))]) }
        def("__sizeof__") { r, _, _ in PyInt.make(28 + 4 * max(0, (v(r).magnitude.bitWidth - 1) / 30)) }
        def("__abs__") { r, _, _ in PyInt.make(BigInt(v(r).magnitude)) }
        def("__pow__") { r, a, _ in
            try Args("__pow__", a, []).check(min: 1, max: 2)
            guard let e = a[0] as? PyInt else { return PyNotImplemented.shared }
            if a.count == 2 && a[1] !== pyNone {
                guard let m = a[1] as? PyInt else { return PyNotImplemented.shared }
                return PyInt.make(try powMod(v(r), e.bigValue, m.bigValue))
            }
            return try Ops.binaryOp(PyInt.make(v(r)), e, .pow)
        }
        def("__rpow__") { r, a, _ in
            try Args("__rpow__", a, []).check(min: 1, max: 2)
            guard let b = a[0] as? PyInt else { return PyNotImplemented.shared }
            if a.count == 2 && a[1] !== pyNone {
                guard let m = a[1] as? PyInt else { return PyNotImplemented.shared }
                return PyInt.make(try powMod(b.bigValue, v(r), m.bigValue))
            }
            return try Ops.binaryOp(b, PyInt.make(v(r)), .pow)
        }
        def("__divmod__") { r, a, _ in
            guard a.count == 1, let o = a[0] as? PyInt else { return PyNotImplemented.shared }
            return try divmod(r, o)
        }
        def("__rdivmod__") { r, a, _ in
            guard a.count == 1, let o = a[0] as? PyInt else { return PyNotImplemented.shared }
            return try divmod(o, r)
        }
        for (name, op) in [("__lt__", CompareOperator.lt), ("__le__", .le), ("__eq__", .eq), ("__ne__", .ne),
                           ("__gt__", .gt), ("__ge__", .ge)] {
            def(name) { r, a, _ in
                guard a.count == 1, a[0] is PyInt else { return PyNotImplemented.shared }
                return pyBool(try Numbers.compare(r, a[0], op)!)
            }
        }
        def("__format__") { r, a, _ in
            guard let s = a.first as? PyStr else {
                throw PythonError(PyExc.TypeError, "format() argument must be str, not \(a.first?.type.name ?? "nothing")")
            }
            return PyStr(try Formatting.format(r, s.value))
        }
        def("__repr__") { r, _, _ in PyStr(try decimalString(r as! PyInt)) }
        def("__str__") { r, _, _ in PyStr(try decimalString(r as! PyInt)) }
        def("to_bytes") { r, a, k in
            let args = Args("to_bytes", a, k)
            try args.check(min: 0, max: 2, keywords: ["length", "byteorder", "signed"])
            let length = try (args[0] ?? args.keyword("length")).map { try Ops.indexInt($0) } ?? 1
            let little = try byteOrder(args[1] ?? args.keyword("byteorder"), "to_bytes")
            let signed = try args.keyword("signed").map(Ops.isTrue) ?? false
            return PyBytes(try toBytes(v(r), length: length, little: little, signed: signed))
        }
        BuiltinMethods.classDef(t, "from_bytes") { cls, a, k in
            let args = Args("from_bytes", a, k)
            try args.check(min: 0, max: 2, keywords: ["bytes", "byteorder", "signed"])
            guard let src = args[0] ?? args.keyword("bytes") else {
                throw PythonError(PyExc.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)")
            }
            if src is PyStr || src is PyInt {
                throw PythonError(PyExc.TypeError, "cannot convert '\(src.type.messageName)' object to bytes")
            }
            let bytes = try Conversions.toBytes(src, encoding: nil)
            let little = try byteOrder(args[1] ?? args.keyword("byteorder"), "from_bytes")
            let signed = try args.keyword("signed").map(Ops.isTrue) ?? false
            var mag = BigUInt(0)
            for b in (little ? bytes.reversed() : bytes) { mag = (mag << 8) | BigUInt(b) }
            var value = BigInt(mag)
            if signed, let top = little ? bytes.last : bytes.first, top & 0x80 != 0 {
                value -= BigInt(1) << (8 * bytes.count)
            }
            return try make(cls as! PyType, value)
        }

        // bool's own operators keep bool results for &, |, ^.
        let b = PyTypes.bool
        for (name, op) in [("__and__", BinaryOperator.and), ("__or__", .or), ("__xor__", .xor)] {
            for n in [name, "__r" + name.dropFirst(2)] {
                BuiltinMethods.def(b, n) { r, a, _ in
                    guard a.count == 1, a[0] is PyInt else { return PyNotImplemented.shared }
                    return try Ops.binaryOp(r, a[0], op)
                }
            }
        }
        BuiltinMethods.def(b, "__repr__") { r, _, _ in PyStr((r as! PyBool).value ? "True" : "False") }
    }

    static func divmod(_ x: PyObject, _ y: PyObject) throws -> PyObject {
        let a = (x as! PyInt).bigValue, b = (y as! PyInt).bigValue
        if b == 0 { throw PythonError(PyExc.ZeroDivisionError, "integer division or modulo by zero") }
        let (q, r) = Numbers.floorDivMod(a, b)
        return PyTuple([PyInt.make(q), PyInt.make(r)])
    }
}
