import PyObjects
import PyCompiler
import BigInt
import Foundation

/// Methods of `float`, `float(str)` parsing, `float.hex`/`fromhex` and correctly rounded `round`.
enum FloatMethods {
    /// The value of a float receiver: a runtime float, or a C object whose type derives from
    /// float (NumPy's float64), whose value only its C block holds.
    static func v(_ o: PyObject) -> Double {
        if let f = o as? PyFloat { return f.value }
        return FloatHooks.nativeValue?(o) ?? .nan
    }

    /// The operand of a float dunder as a double, or nil for NotImplemented.
    static func operand(_ o: PyObject) throws -> Double? {
        if let f = o as? PyFloat { return f.value }
        if let d = FloatHooks.nativeValue?(o) { return d }
        if let i = o as? PyInt { return try Numbers.toDouble(i) }
        return nil
    }

    // MARK: parsing

    /// `float(text)`: the decimal forms CPython accepts (underscores between digits, Unicode
    /// digits and whitespace, inf/nan spellings); nil when invalid.
    static func parse(_ text: String) -> Double? {
        var c = Array(IntMethods.asciiForm(text).utf8)[...]
        while let f = c.first, IntMethods.isParseSpace(f) { c = c.dropFirst() }
        while let l = c.last, IntMethods.isParseSpace(l) { c = c.dropLast() }
        var negative = false
        if let f = c.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { negative = f == UInt8(ascii: "-"); c = c.dropFirst() }
        let word = String(decoding: c, as: UTF8.self).lowercased()
        if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
        if word == "nan" { return negative ? -Double.nan : .nan }
        // digits [. digits] [e [sign] digits], with single underscores only between digits.
        var cleaned: [UInt8] = []
        var i = c.startIndex
        func isDigit(_ x: UInt8) -> Bool { x >= 48 && x <= 57 }
        func digits() -> Int {
            var n = 0
            while i < c.endIndex {
                if isDigit(c[i]) { cleaned.append(c[i]); n += 1; i += 1; continue }
                if c[i] == UInt8(ascii: "_") && n > 0 && i + 1 < c.endIndex && isDigit(c[i + 1]) { i += 1; continue }
                break
            }
            return n
        }
        var mantissa = digits()
        if i < c.endIndex && c[i] == UInt8(ascii: ".") {
            cleaned.append(UInt8(ascii: "."))
            i += 1
            mantissa += digits()
        }
        if mantissa == 0 { return nil }
        if i < c.endIndex && (c[i] | 0x20) == UInt8(ascii: "e") {
            cleaned.append(UInt8(ascii: "e"))
            i += 1
            if i < c.endIndex && (c[i] == UInt8(ascii: "+") || c[i] == UInt8(ascii: "-")) { cleaned.append(c[i]); i += 1 }
            if digits() == 0 { return nil }
        }
        if i != c.endIndex { return nil }
        guard let d = Double(String(decoding: cleaned, as: UTF8.self)) else { return nil }
        return negative ? -d : d
    }

    // MARK: hex

    static func hex(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let sign = d.sign == .minus ? "-" : ""
        if d == 0 { return sign + "0x0.0p+0" }
        let frac = d.significandBitPattern
        var digits = String(frac, radix: 16)
        digits = String(repeating: "0", count: 13 - digits.count) + digits
        if d.isSubnormal { return sign + "0x0." + digits + "p-1022" }
        let e = Int(d.exponentBitPattern) - 1023
        return sign + "0x1." + digits + "p" + (e < 0 ? "-" : "+") + String(abs(e))
    }

    static func fromHex(_ text: String) throws -> Double {
        let invalid = PythonError(PyExc.ValueError, "invalid hexadecimal floating-point string")
        var c = Array(text.utf8)[...]
        while let f = c.first, IntMethods.isParseSpace(f) { c = c.dropFirst() }
        while let l = c.last, IntMethods.isParseSpace(l) { c = c.dropLast() }
        var negative = false
        if let f = c.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { negative = f == UInt8(ascii: "-"); c = c.dropFirst() }
        let word = String(decoding: c, as: UTF8.self).lowercased()
        if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
        if word == "nan" { return negative ? -Double.nan : .nan }
        if c.count >= 2 && c.first == UInt8(ascii: "0") && (c[c.startIndex + 1] | 0x20) == UInt8(ascii: "x") { c = c.dropFirst(2) }
        var mant = BigInt(0)
        var exp = 0
        var ndigits = 0
        var seenPoint = false
        func hexValue(_ x: UInt8) -> Int? {
            switch x {
            case 48...57: return Int(x) - 48
            case 97...102: return Int(x) - 87
            case 65...70: return Int(x) - 55
            default: return nil
            }
        }
        while let f = c.first {
            if let h = hexValue(f) {
                mant = mant * 16 + BigInt(h)
                if seenPoint { exp -= 4 }
                ndigits += 1
            } else if f == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            c = c.dropFirst()
        }
        if ndigits == 0 { throw invalid }
        if let f = c.first, (f | 0x20) == UInt8(ascii: "p") {
            c = c.dropFirst()
            var eneg = false
            if let s = c.first, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { eneg = s == UInt8(ascii: "-"); c = c.dropFirst() }
            if c.isEmpty { throw invalid }
            var e = 0
            while let f = c.first, f >= 48 && f <= 57 {
                if e < 1_000_000_000 { e = e * 10 + Int(f) - 48 }
                c = c.dropFirst()
            }
            exp += eneg ? -e : e
        }
        if !c.isEmpty { throw invalid }
        if mant == 0 { return negative ? -0.0 : 0.0 }
        let width = mant.magnitude.bitWidth
        let top = width + exp - 1  // the binary exponent of the leading bit
        if top > 1023 { throw PythonError(PyExc.OverflowError, "hexadecimal value too large to represent as a float") }
        let lsb = max(top - 52, -1074)  // exponent of the last representable bit
        var q = mant
        var e = exp
        if exp < lsb {
            let shift = lsb - exp
            if shift > width + 1 {
                q = 0
            } else {
                q = mant >> shift
                let rem = mant - (q << shift)
                let half = BigInt(1) << (shift - 1)
                if rem > half || (rem == half && !q.isMultiple(of: 2)) { q += 1 }
            }
            e = lsb
        }
        let result = Double(sign: negative ? .minus : .plus, exponent: e, significand: Double(q))
        if result.isInfinite { throw PythonError(PyExc.OverflowError, "hexadecimal value too large to represent as a float") }
        return result
    }

    // MARK: rounding

    /// `round(x, ndigits)`: the double nearest to x rounded half-even at 10**-ndigits.
    static func round(_ x: Double, _ nd: PyObject?) throws -> PyObject {
        guard let nd = nd, nd !== pyNone else {
            if x.isNaN { throw PythonError(PyExc.ValueError, "cannot convert float NaN to integer") }
            if x.isInfinite { throw PythonError(PyExc.OverflowError, "cannot convert float infinity to integer") }
            let r = x.rounded(.toNearestOrEven)
            if let i = Int(exactly: r) { return PyInt.make(i) }
            return PyInt.make(BigInt(r))
        }
        let ni = try Ops.index(nd)
        guard let n = ni.intValue else { return PyFloat(ni.bigValue > 0 ? x : 0.0 * x) }
        if !x.isFinite || x == 0 { return PyFloat(x) }
        if n > 323 { return PyFloat(x) }
        if n < -308 { return PyFloat(0.0 * x) }
        let r: Double
        if n >= 0 {
            r = Double(String(format: "%.\(n)f", x)) ?? x
        } else {
            // Exact: x = num / 2**k; round num / (2**k * 10**-n) half-even.
            let (num, den) = ratio(x)
            let p = den * BigInt(10).power(-n)
            let (q0, rem) = Numbers.floorDivMod(num, p)
            var q = q0
            if rem * 2 > p || (rem * 2 == p && !q.isMultiple(of: 2)) { q += 1 }
            r = Double("\(q)e\(-n)") ?? x
        }
        if r.isInfinite { throw PythonError(PyExc.OverflowError, "rounded value too large to represent") }
        return PyFloat(r == 0 ? (x < 0 ? -0.0 : 0.0) : r)
    }

    /// The exact ratio num/den of a finite double (den a power of two).
    static func ratio(_ x: Double) -> (BigInt, BigInt) {
        if x == 0 { return (0, 1) }
        let m: BigInt
        var ex: Int
        if x.isSubnormal {
            m = BigInt(x.significandBitPattern); ex = -1074
        } else {
            m = BigInt(x.significandBitPattern | (1 << 52)); ex = Int(x.exponent) - 52
        }
        var num = x < 0 ? -m : m
        while ex < 0 && num.isMultiple(of: 2) { num /= 2; ex += 1 }
        if ex >= 0 { return (num << ex, 1) }
        return (num, BigInt(1) << -ex)
    }

    static func toInt(_ x: Double) throws -> PyInt {
        if x.isNaN { throw PythonError(PyExc.ValueError, "cannot convert float NaN to integer") }
        if x.isInfinite { throw PythonError(PyExc.OverflowError, "cannot convert float infinity to integer") }
        if let i = Int(exactly: x) { return PyInt.make(i) }
        return PyInt.make(BigInt(x))
    }

    static func install() {
        let t = PyTypes.float
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        def("hex") { r, _, _ in PyStr(hex(v(r))) }
        BuiltinMethods.classDef(t, "fromhex") { cls, a, _ in
            try Args("fromhex", a, []).check(min: 1, max: 1)
            guard let s = a[0] as? PyStr else {
                throw PythonError(PyExc.TypeError, "fromhex() argument must be str, not \(a[0].type.name)")
            }
            let d = try fromHex(s.value)
            return cls === PyTypes.float ? PyFloat(d) : try Ops.call(cls, args: [PyFloat(d)])
        }
        def("is_integer") { r, _, _ in
            let x = v(r)
            return pyBool(x.isFinite && x == x.rounded(.towardZero))
        }
        def("as_integer_ratio") { r, _, _ in
            let x = v(r)
            if x.isNaN { throw PythonError(PyExc.ValueError, "cannot convert NaN to integer ratio") }
            if x.isInfinite { throw PythonError(PyExc.OverflowError, "cannot convert Infinity to integer ratio") }
            let (n, d) = ratio(x)
            return PyTuple([PyInt.make(n), PyInt.make(d)])
        }
        def("conjugate") { r, _, _ in PyFloat(v(r)) }
        getter(t, "real") { PyFloat(v($0)) }
        getter(t, "imag") { _ in PyFloat(0) }
        def("__float__") { r, _, _ in PyFloat(v(r)) }
        def("__int__") { r, _, _ in try toInt(v(r)) }
        def("__trunc__") { r, _, _ in try toInt(v(r)) }
        def("__floor__") { r, _, _ in try toInt(v(r).rounded(.down)) }
        def("__ceil__") { r, _, _ in try toInt(v(r).rounded(.up)) }
        def("__round__") { r, a, _ in
            try Args("__round__", a, []).check(min: 0, max: 1)
            return try round(v(r), a.first)
        }
        def("__abs__") { r, _, _ in PyFloat(abs(v(r))) }
        def("__pos__") { r, _, _ in PyFloat(v(r)) }
        def("__neg__") { r, _, _ in PyFloat(-v(r)) }
        def("__getnewargs__") { r, _, _ in PyTuple([PyFloat(v(r))]) }
        def("__sizeof__") { _, _, _ in PyInt.make(24) }
        def("__divmod__") { r, a, _ in
            guard a.count == 1, let y = try operand(a[0]) else { return PyNotImplemented.shared }
            return try divmod(v(r), y)
        }
        def("__rdivmod__") { r, a, _ in
            guard a.count == 1, let y = try operand(a[0]) else { return PyNotImplemented.shared }
            return try divmod(y, v(r))
        }
        def("__pow__") { r, a, _ in
            try Args("__pow__", a, []).check(min: 1, max: 2)
            if a.count == 2 && a[1] !== pyNone {
                throw PythonError(PyExc.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
            }
            guard let y = try operand(a[0]) else { return PyNotImplemented.shared }
            return try Numbers.floatOp(v(r), y, .pow)!
        }
        def("__rpow__") { r, a, _ in
            try Args("__rpow__", a, []).check(min: 1, max: 2)
            guard let y = try operand(a[0]) else { return PyNotImplemented.shared }
            return try Numbers.floatOp(y, v(r), .pow)!
        }
        for (name, op) in [("__lt__", CompareOperator.lt), ("__le__", .le), ("__eq__", .eq), ("__ne__", .ne),
                           ("__gt__", .gt), ("__ge__", .ge)] {
            def(name) { r, a, _ in
                guard a.count == 1, a[0] is PyInt || a[0] is PyFloat else { return PyNotImplemented.shared }
                return pyBool(try Numbers.compare(r, a[0], op)!)
            }
        }
        def("__repr__") { r, _, _ in PyStr(Repr.floatRepr(v(r))) }
        def("__str__") { r, _, _ in PyStr(Repr.floatRepr(v(r))) }
        def("__format__") { r, a, _ in
            guard let s = a.first as? PyStr else {
                throw PythonError(PyExc.TypeError, "format() argument must be str, not \(a.first?.type.name ?? "nothing")")
            }
            return PyStr(try Formatting.format(PyFloat(v(r)), s.value))
        }
        BuiltinMethods.classDef(t, "__getformat__") { _, a, _ in
            guard let s = a.first as? PyStr else {
                throw PythonError(PyExc.TypeError, "__getformat__() argument must be str, not \(a.first?.type.name ?? "nothing")")
            }
            guard s.value == "double" || s.value == "float" else {
                throw PythonError(PyExc.ValueError, "__getformat__() argument 1 must be 'double' or 'float'")
            }
            return PyStr("IEEE, little-endian")
        }
    }

    static func getter(_ t: PyType, _ name: String, _ get: @escaping (PyObject) throws -> PyObject) {
        IntMethods.getter(t, name, get)
    }

    static func divmod(_ a: Double, _ b: Double) throws -> PyObject {
        if b == 0 { throw PythonError(PyExc.ZeroDivisionError, "float divmod()") }
        let (q, r) = Numbers.floatDivMod(a, b)
        return PyTuple([PyFloat(q), PyFloat(r)])
    }
}

/// Set by the C-API bridge: the value of a C object whose type derives from float (its runtime
/// stand-in is not a PyFloat), nil for anything else.
public enum FloatHooks {
    nonisolated(unsafe) public static var nativeValue: ((PyObject) -> Double?)?
}
