import PyObjects
import PyCompiler
import Foundation

/// `complex`: construction and parsing, division and powers as CPython computes them, methods.
enum ComplexMethods {
    typealias C = (Double, Double)

    static func zeroPower() -> PythonError {
        PythonError(PyExc.ZeroDivisionError, "0.0 to a negative or complex power")
    }

    /// Smith's algorithm, as CPython's complex division uses (same rounding).
    static func quot(_ a: C, _ b: C) throws -> C {
        let abr = abs(b.0), abi = abs(b.1)
        if abr >= abi {
            if abr == 0 { throw PythonError(PyExc.ZeroDivisionError, "complex division by zero") }
            let ratio = b.1 / b.0
            let denom = b.0 + b.1 * ratio
            return ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
        } else if abi >= abr {
            let ratio = b.0 / b.1
            let denom = b.0 * ratio + b.1
            return ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
        }
        return (.nan, .nan)
    }

    static func prod(_ a: C, _ b: C) -> C { (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0) }

    static func pow(_ a: C, _ b: C) throws -> C {
        let r: C
        if b.1 == 0 && b.0 == b.0.rounded(.down) && abs(b.0) <= 100 {
            // Small integral exponents by repeated squaring.
            let n = Int(b.0)
            var acc: C = (1, 0), p = a
            var m = abs(n)
            while m > 0 {
                if m & 1 != 0 { acc = prod(acc, p) }
                p = prod(p, p)
                m >>= 1
            }
            if n < 0 {
                do { r = try quot((1, 0), acc) } catch { throw zeroPower() }
            } else {
                r = acc
            }
        } else {
            if b.0 == 0 && b.1 == 0 { return (1, 0) }
            if a.0 == 0 && a.1 == 0 {
                if b.1 != 0 || b.0 < 0 { throw zeroPower() }
                return (0, 0)
            }
            let vabs = hypot(a.0, a.1)
            var len = Foundation.pow(vabs, b.0)
            let at = atan2(a.1, a.0)
            var phase = at * b.0
            if b.1 != 0 {
                len /= exp(at * b.1)
                phase += b.1 * log(vabs)
            }
            r = (len * cos(phase), len * sin(phase))
        }
        if (r.0.isInfinite || r.1.isInfinite) && a.0.isFinite && a.1.isFinite && b.0.isFinite && b.1.isFinite {
            throw PythonError(PyExc.OverflowError, "complex exponentiation")
        }
        return r
    }

    static func magnitude(_ c: PyComplex) throws -> Double {
        let r = hypot(c.real, c.imag)
        if r.isInfinite && c.real.isFinite && c.imag.isFinite {
            throw PythonError(PyExc.OverflowError, "absolute value too large")
        }
        return r
    }

    // MARK: parsing

    /// Scans a float at `i` (sign, digits, point, exponent, or inf/infinity/nan); nil if none.
    static func scanFloat(_ c: [UInt8], _ i: Int) -> (Double, Int)? {
        var j = i
        var text = ""
        if j < c.count && (c[j] == UInt8(ascii: "+") || c[j] == UInt8(ascii: "-")) { text.append(Character(Unicode.Scalar(c[j]))); j += 1 }
        for word in ["infinity", "inf", "nan"] {
            let w = Array(word.utf8)
            if j + w.count <= c.count && zip(c[j..<(j + w.count)], w).allSatisfy({ ($0 | 0x20) == $1 }) {
                let v: Double = word == "nan" ? .nan : .infinity
                return (text == "-" ? -v : v, j + w.count)
            }
        }
        func isDigit(_ k: Int) -> Bool { k < c.count && c[k] >= 48 && c[k] <= 57 }
        var n = 0
        while isDigit(j) { text.append(Character(Unicode.Scalar(c[j]))); j += 1; n += 1 }
        if j < c.count && c[j] == UInt8(ascii: ".") {
            text.append("."); j += 1
            while isDigit(j) { text.append(Character(Unicode.Scalar(c[j]))); j += 1; n += 1 }
        }
        if n == 0 { return nil }
        if j < c.count && (c[j] | 0x20) == UInt8(ascii: "e") {
            var k = j + 1
            var e = "e"
            if k < c.count && (c[k] == UInt8(ascii: "+") || c[k] == UInt8(ascii: "-")) { e.append(Character(Unicode.Scalar(c[k]))); k += 1 }
            if isDigit(k) {
                while isDigit(k) { e.append(Character(Unicode.Scalar(c[k]))); k += 1 }
                text += e
                j = k
            }
        }
        guard let v = Double(text) else { return nil }
        return (v, j)
    }

    static func parse(_ s: String) throws -> C {
        let bad = PythonError(PyExc.ValueError, "complex() arg is a malformed string")
        let raw = Array(IntMethods.asciiForm(s).utf8)
        // Underscores are allowed only between digits.
        var c: [UInt8] = []
        for (k, ch) in raw.enumerated() {
            if ch == UInt8(ascii: "_") {
                let digitBefore = k > 0 && raw[k - 1] >= 48 && raw[k - 1] <= 57
                let digitAfter = k + 1 < raw.count && raw[k + 1] >= 48 && raw[k + 1] <= 57
                if !(digitBefore && digitAfter) {
                    throw PythonError(PyExc.ValueError, "could not convert string to complex: \(Repr.strRepr(s))")
                }
                continue
            }
            c.append(ch)
        }
        var i = 0
        func skipSpace() { while i < c.count && IntMethods.isParseSpace(c[i]) { i += 1 } }
        func isJ(_ k: Int) -> Bool { k < c.count && (c[k] | 0x20) == UInt8(ascii: "j") }
        skipSpace()
        var bracket = false
        if i < c.count && c[i] == UInt8(ascii: "(") { bracket = true; i += 1; skipSpace() }
        var real = 0.0, imag = 0.0
        if let (x, end) = scanFloat(c, i) {
            i = end
            if i < c.count && (c[i] == UInt8(ascii: "+") || c[i] == UInt8(ascii: "-")) {
                real = x
                if let (y, end2) = scanFloat(c, i) {
                    imag = y
                    i = end2
                } else {
                    imag = c[i] == UInt8(ascii: "+") ? 1 : -1
                    i += 1
                }
                if !isJ(i) { throw bad }
                i += 1
            } else if isJ(i) {
                imag = x
                i += 1
            } else {
                real = x
            }
        } else {
            var sign = 1.0
            if i < c.count && (c[i] == UInt8(ascii: "+") || c[i] == UInt8(ascii: "-")) { sign = c[i] == UInt8(ascii: "-") ? -1 : 1; i += 1 }
            if !isJ(i) { throw bad }
            imag = sign
            i += 1
        }
        skipSpace()
        if bracket {
            if i >= c.count || c[i] != UInt8(ascii: ")") { throw bad }
            i += 1
            skipSpace()
        }
        if i != c.count { throw bad }
        return (real, imag)
    }

    /// `complex(real, imag)`.
    static func construct(_ t: PyType, _ a: [PyObject], _ k: [(String, PyObject)]) throws -> PyObject {
        let args = Args("complex", a, k)
        try args.check(min: 0, max: 2, keywords: ["real", "imag"])
        let r = args[0] ?? args.keyword("real")
        let i = args[1] ?? args.keyword("imag")
        func make(_ re: Double, _ im: Double) -> PyObject {
            let c = PyComplex(real: re, imag: im)
            if t !== PyTypes.complex { c.type = t; c.instanceDict = PyDict() }
            return c
        }
        if let s = r as? PyStr {
            if i != nil { throw PythonError(PyExc.TypeError, "complex() can't take second arg if first is a string") }
            let (re, im) = try parse(s.value)
            return make(re, im)
        }
        if i is PyStr { throw PythonError(PyExc.TypeError, "complex() second arg can't be a string") }
        var cr: C = (0, 0), ci: C = (0, 0)
        var crComplex = false, ciComplex = false
        if let r = r {
            if let m = r.type.lookup("__complex__"), !(r is PyComplex) {
                let v = try Ops.call(Ops.bindDescriptor(m, r, r.type), args: [])
                guard let c = v as? PyComplex else {
                    throw PythonError(PyExc.TypeError, "__complex__ returned non-complex (type \(v.type.name))")
                }
                cr = (c.real, c.imag); crComplex = true
            } else if let c = r as? PyComplex {
                cr = (c.real, c.imag); crComplex = true
            } else {
                cr.0 = try realValue(r, "complex() first argument must be a string or a number, not '\(r.type.name)'")
            }
        }
        if let i = i {
            if let c = i as? PyComplex {
                ci = (c.real, c.imag); ciComplex = true
            } else {
                ci.0 = try realValue(i, "complex() second argument must be a number, not '\(i.type.name)'")
            }
        } else {
            ci.0 = cr.1
        }
        if ciComplex { cr.0 -= ci.1 }
        if crComplex && i != nil { ci.0 += cr.1 }
        return make(cr.0, ci.0)
    }

    static func realValue(_ o: PyObject, _ message: String) throws -> Double {
        if o is PyFloat || o is PyInt || o.type.lookup("__float__") != nil || o.type.lookup("__index__") != nil {
            return try Conversions.toFloat(o)
        }
        throw PythonError(PyExc.TypeError, message)
    }

    static func install() {
        let t = PyTypes.complex
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        func z(_ o: PyObject) -> PyComplex { o as! PyComplex }
        BuiltinMethods.ctor(t, construct)
        def("conjugate") { r, _, _ in PyComplex(real: z(r).real, imag: -z(r).imag) }
        IntMethods.getter(t, "real") { PyFloat(z($0).real) }
        IntMethods.getter(t, "imag") { PyFloat(z($0).imag) }
        def("__abs__") { r, _, _ in PyFloat(try magnitude(z(r))) }
        def("__neg__") { r, _, _ in PyComplex(real: -z(r).real, imag: -z(r).imag) }
        def("__pos__") { r, _, _ in PyComplex(real: z(r).real, imag: z(r).imag) }
        def("__bool__") { r, _, _ in pyBool(z(r).real != 0 || z(r).imag != 0) }
        def("__hash__") { r, _, _ in PyInt.make(try Ops.hash(r)) }
        def("__repr__") { r, _, _ in PyStr(Repr.complexRepr(z(r))) }
        def("__sizeof__") { _, _, _ in PyInt.make(32) }
        def("__complex__") { r, _, _ in PyComplex(real: z(r).real, imag: z(r).imag) }
        def("__getnewargs__") { r, _, _ in PyTuple([PyFloat(z(r).real), PyFloat(z(r).imag)]) }
        def("__format__") { r, a, _ in
            guard let s = a.first as? PyStr else { throw PythonError(PyExc.TypeError, "format() argument must be str") }
            return PyStr(try Formatting.format(r, s.value))
        }
        let ops: [(String, BinaryOperator)] = [("add", .add), ("sub", .sub), ("mul", .mul), ("truediv", .trueDiv), ("pow", .pow)]
        for (stem, op) in ops {
            def("__\(stem)__") { r, a, _ in
                guard let o = a.first, Numbers.complexParts(o) != nil else { return PyNotImplemented.shared }
                return try Ops.binaryOp(r, o, op)
            }
            def("__r\(stem)__") { r, a, _ in
                guard let o = a.first, Numbers.complexParts(o) != nil else { return PyNotImplemented.shared }
                return try Ops.binaryOp(o, r, op)
            }
        }
        for (name, op) in [("__eq__", CompareOperator.eq), ("__ne__", .ne)] {
            def(name) { r, a, _ in
                guard let o = a.first, Numbers.complexParts(o) != nil else { return PyNotImplemented.shared }
                return pyBool(try Numbers.compare(r, o, op)!)
            }
        }
    }
}

