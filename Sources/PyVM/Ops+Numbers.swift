import PyObjects
import PyCompiler
import BigInt
import Foundation

extension Ops {
    /// `a OP b` for the binary operators, with `__op__`/`__rop__` dispatch for Python classes.
    public static func binaryOp(_ a: PyObject, _ b: PyObject, _ op: BinaryOperator) throws -> PyObject {
        let aHeap = a.type.hasDictBehaviour, bHeap = b.type.hasDictBehaviour
        if aHeap || bHeap {
            // str % x and bytes % x format before x's __rmod__ runs (their nb_remainder comes
            // first unless x's type derives from theirs): '%e' % ndarray formats the array.
            if op == .mod, !aHeap, a is PyStr || a is PyBytes || a is PyByteArray, !b.type.isSubtype(of: a.type),
               let v = try Sequences.binary(a, b, op) { return v }
            let names = DunderNames.binary[Int(op.rawValue)]
            if let v = try heapBinary(a, b, names.0, names.1) { return v }
        }
        if let v = try Numbers.binary(a, b, op) { return v }
        if let v = try Sequences.binary(a, b, op) { return v }
        if op == .or, let u = PyUnionType.make(a, b) { return u }
        let names = DunderNames.binary[Int(op.rawValue)]
        if !aHeap, let f = a.type.lookup(names.0), !(f is PyMethodDescriptor) {
            let v = try call(bindDescriptor(f, a, a.type), args: [b])
            if v !== PyNotImplemented.shared { return v }
        }
        if !bHeap, let f = b.type.lookup(names.1), !(f is PyMethodDescriptor) {
            let v = try call(bindDescriptor(f, b, b.type), args: [a])
            if v !== PyNotImplemented.shared { return v }
        }
        throw binaryTypeError(a, b, op)
    }

    /// The Python classes' `__op__`/`__rop__` for `a OP b`, nil when neither handles it. The right
    /// operand goes first when its type is a subclass that overrides the reflected method.
    static func heapBinary(_ a: PyObject, _ b: PyObject, _ name: String, _ rname: String) throws -> PyObject? {
        try heapBinary(a, b, PyStr.intern(name), PyStr.intern(rname))
    }

    static func heapBinary(_ a: PyObject, _ b: PyObject, _ name: PyStr, _ rname: PyStr) throws -> PyObject? {
        let aHeap = a.type.hasDictBehaviour, bHeap = b.type.hasDictBehaviour
        let fa = aHeap ? heapLookup(a.type, name) : nil
        let rb = bHeap && a.type !== b.type ? heapLookup(b.type, rname) : nil
        if let r = rb, b.type.isSubtype(of: a.type), heapLookup(a.type, rname) !== r {
            let v = try call(r, args: [b, a])
            if v !== PyNotImplemented.shared { return v }
            if let f = fa {
                let v2 = try call(f, args: [a, b])
                if v2 !== PyNotImplemented.shared { return v2 }
            }
            return nil
        }
        if let f = fa {
            let v = try call(f, args: [a, b])
            if v !== PyNotImplemented.shared { return v }
        }
        if let r = rb {
            let v = try call(r, args: [b, a])
            if v !== PyNotImplemented.shared { return v }
        }
        return nil
    }

    /// `divmod(a, b)`.
    public static func divmod(_ a: PyObject, _ b: PyObject) throws -> PyObject {
        if a.type.hasDictBehaviour || b.type.hasDictBehaviour,
           let v = try heapBinary(a, b, "__divmod__", "__rdivmod__") { return v }
        let numeric = { (o: PyObject) in o is PyInt || o is PyFloat }
        guard numeric(a) && numeric(b) else {
            throw PythonError(PyExc.TypeError,
                "unsupported operand type(s) for divmod(): '\(a.type.name)' and '\(b.type.name)'")
        }
        do {
            return PyTuple([try binaryOp(a, b, .floorDiv), try binaryOp(a, b, .mod)])
        } catch let e as PythonError where e.exception.type === PyExc.ZeroDivisionError {
            if a is PyFloat || b is PyFloat { throw PythonError(PyExc.ZeroDivisionError, "float divmod()") }
            throw PythonError(PyExc.ZeroDivisionError, "integer division or modulo by zero")
        }
    }

    static func binaryTypeError(_ a: PyObject, _ b: PyObject, _ op: BinaryOperator) -> PythonError {
        if op == .add, let s = a as? PyStr, s.type === PyTypes.str || !(b is PyStr) {
            return PythonError(PyExc.TypeError, "can only concatenate str (not \"\(b.type.name)\") to str")
        }
        if op == .add, a is PyList {
            return PythonError(PyExc.TypeError, "can only concatenate list (not \"\(b.type.name)\") to list")
        }
        if op == .add, a is PyTuple {
            return PythonError(PyExc.TypeError, "can only concatenate tuple (not \"\(b.type.name)\") to tuple")
        }
        if op == .mul, a is PyStr || a is PyList || a is PyTuple || a is PyBytes {
            return PythonError(PyExc.TypeError, "can't multiply sequence by non-int of type '\(b.type.name)'")
        }
        if op == .mul, b is PyStr || b is PyList || b is PyTuple || b is PyBytes {
            return PythonError(PyExc.TypeError, "can't multiply sequence by non-int of type '\(a.type.name)'")
        }
        let sym = op == .pow ? "** or pow()" : op.symbol
        return PythonError(PyExc.TypeError, "unsupported operand type(s) for \(sym): '\(a.type.messageName)' and '\(b.type.messageName)'")
    }

    /// `a OP= b`: tries `__iop__` first, then the binary operator. Lists extend in place.
    public static func inplaceOp(_ a: PyObject, _ b: PyObject, _ op: BinaryOperator) throws -> PyObject {
        if a.type.hasDictBehaviour, let f = heapLookup(a.type, DunderNames.binary[Int(op.rawValue)].2) {
            let v = try call(f, args: [a, b])
            if v !== PyNotImplemented.shared { return v }
        }
        if let l = a as? PyList, !a.type.flags.contains(.heapType) || heapLookup(a.type, "__iadd__") == nil {
            if op == .add {
                l.items.append(contentsOf: try toArray(b))
                return l
            }
            if op == .mul, let n = (b as? PyInt)?.intValue {
                l.items = try Sequences.repeated(l.items, max(n, 0))
                return l
            }
        }
        if let ba = a as? PyByteArray, op == .add {
            try ba.checkResizable()
            if let o = b as? PyBytes { ba.value.append(contentsOf: o.value); return ba }
            if let o = b as? PyByteArray { ba.value.append(contentsOf: o.value); return ba }
        }
        if let s = a as? PySet, let o = b as? PySet, !s.isFrozen {
            switch op {
            case .or: for e in o.elements { try s.add(e) }; return s
            case .and:
                for e in s.elements where !(try o.contains(e)) { try s.remove(e) }
                return s
            case .sub: for e in o.elements { try s.remove(e) }; return s
            case .xor:
                for e in o.elements { if try s.contains(e) { try s.remove(e) } else { try s.add(e) } }
                return s
            default: break
            }
        }
        if let d = a as? PyDict, op == .or, !d.type.hasDictBehaviour || b is PyDict {
            try dictUpdate(d, b)
            return d
        }
        do {
            return try binaryOp(a, b, op)
        } catch let e as PythonError where e.exception.type === PyExc.TypeError {
            if let msg = (e.exception.args.items.first as? PyStr)?.value, msg.hasPrefix("unsupported operand type(s) for ") {
                let sym = op == .pow ? "**=" : op.symbol + "="
                throw PythonError(PyExc.TypeError, "unsupported operand type(s) for \(sym): '\(a.type.messageName)' and '\(b.type.messageName)'")
            }
            throw e
        }
    }

    /// `-a`, `+a`, `~a`, `not a`.
    public static func unaryOp(_ a: PyObject, _ op: UnaryOperator) throws -> PyObject {
        if op == .not { return pyBool(!(try isTrue(a))) }
        let name: String
        switch op {
        case .negative: name = "__neg__"
        case .positive: name = "__pos__"
        case .invert: name = "__invert__"
        case .not: name = ""
        }
        if a.type.hasDictBehaviour, let f = heapLookup(a.type, name) {
            return try call(f, args: [a])
        }
        return try nativeUnary(a, op, name: name)
    }

    /// The builtin types' own unary operators (what `int.__neg__` does), then the type's dunder.
    static func nativeUnary(_ a: PyObject, _ op: UnaryOperator, name: String? = nil) throws -> PyObject {
        let name = name ?? (op == .negative ? "__neg__" : op == .positive ? "__pos__" : "__invert__")
        switch a {
        case let i as PyInt:
            let v = i is PyBool ? PyInt.make(i.small) : i
            switch op {
            case .negative:
                if let s = v.intValue, s != Int.min { return PyInt.make(-s) }
                return PyInt.make(-v.bigValue)
            case .positive:
                return PyInt.make(v.bigValue)
            default:
                if let s = v.intValue { return PyInt.make(~s) }
                return PyInt.make(-(v.bigValue) - 1)
            }
        case let f as PyFloat:
            switch op {
            case .negative: return PyFloat(-f.value)
            case .positive: return PyFloat(f.value)
            default: break
            }
        case let c as PyComplex:
            switch op {
            case .negative: return PyComplex(real: -c.real, imag: -c.imag)
            case .positive: return c
            default: break
            }
        default: break
        }
        if let f = a.type.lookup(name), !(f is PyMethodDescriptor) {
            return try call(bindDescriptor(f, a, a.type), args: [])
        }
        let sym = op == .negative ? "unary -" : op == .positive ? "unary +" : "unary ~"
        throw PythonError(PyExc.TypeError, "bad operand type for \(sym): '\(a.type.name)'")
    }

    /// `a OP b` for comparisons, returning whatever the comparison returns (usually a bool).
    /// As CPython: a right operand whose type is a proper subclass goes first, then the left
    /// operand, then the right; `==`/`!=` fall back to identity.
    public static func richCompare(_ a: PyObject, _ b: PyObject, _ op: CompareOperator) throws -> PyObject {
        let aHeap = a.type.hasDictBehaviour, bHeap = b.type.hasDictBehaviour
        if aHeap || bHeap {
            var checkedReverse = false
            if bHeap && a.type !== b.type && b.type.isSubtype(of: a.type) {
                checkedReverse = true
                if let v = try heapCompare(b, a, op.swapped) { return v }
            }
            if aHeap, let v = try heapCompare(a, b, op) { return v }
            if bHeap && !checkedReverse, let v = try heapCompare(b, a, op.swapped) { return v }
        }
        if let r = try Numbers.compare(a, b, op) { return pyBool(r) }
        if let r = try Sequences.compare(a, b, op) { return pyBool(r) }
        // Bound methods are equal when they bind the same function to the same object.
        if let x = a as? PyBoundMethod, let y = b as? PyBoundMethod, op == .eq || op == .ne {
            let same = try x.receiver === y.receiver && equal(x.function, y.function)
            return pyBool(op == .eq ? same : !same)
        }
        switch op {
        case .eq, .ne:
            var same = a === b
            if !same, let x = a as? PyBoundMethod, let y = b as? PyBoundMethod {
                same = try x.receiver === y.receiver && equal(x.function, y.function)
            }
            return pyBool(same == (op == .eq))
        default:
            throw PythonError(PyExc.TypeError,
                "'\(op.symbol)' not supported between instances of '\(a.type.name)' and '\(b.type.name)'")
        }
    }

    /// A Python class's comparison method for `x OP y`, nil for NotImplemented (or none defined);
    /// a class without `__ne__` inverts its `__eq__`.
    static func heapCompare(_ x: PyObject, _ y: PyObject, _ op: CompareOperator) throws -> PyObject? {
        if !x.type.hasDictBehaviour { return nil }
        if let f = heapLookup(x.type, DunderNames.compare[Int(op.rawValue)]) {
            let v = try call(f, args: [x, y])
            return v === PyNotImplemented.shared ? nil : v
        }
        if op == .ne, let eq = heapLookup(x.type, DunderNames.eq) {
            let v = try call(eq, args: [x, y])
            return v === PyNotImplemented.shared ? nil : pyBool(!(try isTrue(v)))
        }
        return nil
    }

    /// `a < b` etc. as a Swift Bool.
    public static func compareBool(_ a: PyObject, _ b: PyObject, _ op: CompareOperator) throws -> Bool {
        try isTrue(richCompare(a, b, op))
    }

    /// The integer value of `o` for indexing (`__index__`).
    public static func index(_ o: PyObject) throws -> PyInt {
        if let i = o as? PyInt { return i }
        if let f = heapLookup(o.type, DunderNames.indexName) {
            let r = try call(f, args: [o])
            if let i = r as? PyInt { return i }
            throw PythonError(PyExc.TypeError, "__index__ returned non-int (type \(r.type.name))")
        }
        throw PythonError(PyExc.TypeError, "'\(o.type.messageName)' object cannot be interpreted as an integer")
    }

    /// `index(o)` as a machine word.
    public static func indexInt(_ o: PyObject) throws -> Int {
        let i = try index(o)
        guard let v = i.intValue else {
            throw PythonError(PyExc.OverflowError, "Python int too large to convert to C ssize_t")
        }
        return v
    }
}

/// Arithmetic on the builtin numeric types.
enum Numbers {
    static func toDouble(_ i: PyInt) throws -> Double {
        if let s = i.intValue { return Double(s) }
        let d = Double(i.bigValue)
        if d.isInfinite { throw PythonError(PyExc.OverflowError, "int too large to convert to float") }
        return d
    }

    /// nil: not a numeric pair this handles.
    static func binary(_ a: PyObject, _ b: PyObject, _ op: BinaryOperator) throws -> PyObject? {
        switch (a, b) {
        case let (x as PyInt, y as PyInt):
            return try intOp(x, y, op)
        case let (x as PyFloat, y as PyFloat):
            return try floatOp(x.value, y.value, op)
        case let (x as PyFloat, y as PyInt):
            if op == .lShift || op == .rShift || op == .and || op == .or || op == .xor || op == .matMul { return nil }
            return try floatOp(x.value, toDouble(y), op)
        case let (x as PyInt, y as PyFloat):
            if op == .lShift || op == .rShift || op == .and || op == .or || op == .xor || op == .matMul { return nil }
            return try floatOp(toDouble(x), y.value, op)
        case (is PyComplex, _), (_, is PyComplex):
            guard let x = complexParts(a), let y = complexParts(b) else { return nil }
            return try complexOp(x, y, op)
        default:
            return nil
        }
    }

    static func complexParts(_ o: PyObject) -> (Double, Double)? {
        switch o {
        case let c as PyComplex: return (c.real, c.imag)
        case let f as PyFloat: return (f.value, 0)
        case let i as PyInt: return ((try? toDouble(i)) ?? .infinity, 0)
        default: return nil
        }
    }

    static func complexOp(_ x: (Double, Double), _ y: (Double, Double), _ op: BinaryOperator) throws -> PyObject? {
        switch op {
        case .add: return PyComplex(real: x.0 + y.0, imag: x.1 + y.1)
        case .sub: return PyComplex(real: x.0 - y.0, imag: x.1 - y.1)
        case .mul: return PyComplex(real: x.0 * y.0 - x.1 * y.1, imag: x.0 * y.1 + x.1 * y.0)
        case .trueDiv:
            let q = try ComplexMethods.quot(x, y)
            return PyComplex(real: q.0, imag: q.1)
        case .pow:
            let p = try ComplexMethods.pow(x, y)
            return PyComplex(real: p.0, imag: p.1)
        default: return nil
        }
    }

    static func intOp(_ x: PyInt, _ y: PyInt, _ op: BinaryOperator) throws -> PyObject? {
        if let a = x.intValue, let b = y.intValue {
            switch op {
            case .add:
                let (r, o) = a.addingReportingOverflow(b)
                if !o { return PyInt.make(r) }
            case .sub:
                let (r, o) = a.subtractingReportingOverflow(b)
                if !o { return PyInt.make(r) }
            case .mul:
                let (r, o) = a.multipliedReportingOverflow(by: b)
                if !o { return PyInt.make(r) }
            case .floorDiv:
                if b == 0 { throw PythonError(PyExc.ZeroDivisionError, "integer division or modulo by zero") }
                if !(a == Int.min && b == -1) {
                    var q = a / b
                    if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
                    return PyInt.make(q)
                }
            case .mod:
                if b == 0 { throw PythonError(PyExc.ZeroDivisionError, "integer modulo by zero") }
                if b == -1 { return PyInt.make(0) }
                var r = a % b
                if r != 0 && ((r < 0) != (b < 0)) { r += b }
                return PyInt.make(r)
            case .trueDiv:
                if b == 0 { throw PythonError(PyExc.ZeroDivisionError, "division by zero") }
                if a.magnitude < (1 << 53) && b.magnitude < (1 << 53) { return PyFloat(Double(a) / Double(b)) }
            // bool OP bool stays a bool for the bitwise operators.
            case .and: return x is PyBool && y is PyBool ? pyBool(a & b != 0) : PyInt.make(a & b)
            case .or: return x is PyBool && y is PyBool ? pyBool(a | b != 0) : PyInt.make(a | b)
            case .xor: return x is PyBool && y is PyBool ? pyBool(a ^ b != 0) : PyInt.make(a ^ b)
            case .rShift:
                if b < 0 { throw PythonError(PyExc.ValueError, "negative shift count") }
                return PyInt.make(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
            case .lShift:
                if b < 0 { throw PythonError(PyExc.ValueError, "negative shift count") }
                if b < 62 && a.magnitude < (UInt(1) << (62 - b)) { return PyInt.make(a << b) }
            case .pow:
                if b < 0 {
                    if a == 0 { throw PythonError(PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power") }
                    return PyFloat(Foundation.pow(Double(a), Double(b)))
                }
            case .matMul:
                return nil
            }
        }
        let a = x.bigValue, b = y.bigValue
        switch op {
        case .add: return PyInt.make(a + b)
        case .sub: return PyInt.make(a - b)
        case .mul: return PyInt.make(a * b)
        case .floorDiv:
            if b == 0 { throw PythonError(PyExc.ZeroDivisionError, "integer division or modulo by zero") }
            return PyInt.make(floorDivMod(a, b).0)
        case .mod:
            if b == 0 { throw PythonError(PyExc.ZeroDivisionError, "integer modulo by zero") }
            return PyInt.make(floorDivMod(a, b).1)
        case .trueDiv:
            if b == 0 { throw PythonError(PyExc.ZeroDivisionError, "division by zero") }
            return PyFloat(try bigTrueDiv(a, b))
        case .and, .or, .xor: return PyInt.make(IntMethods.bitwise(a, b, op))
        case .lShift:
            if b < 0 { throw PythonError(PyExc.ValueError, "negative shift count") }
            guard let s = Int(exactly: b), s < 1 << 32 else { throw PythonError(PyExc.OverflowError, "too many digits in integer") }
            return PyInt.make(a << s)
        case .rShift:
            if b < 0 { throw PythonError(PyExc.ValueError, "negative shift count") }
            guard let s = Int(exactly: b) else { return PyInt.make(a < 0 ? -1 : 0) }
            return PyInt.make(IntMethods.shiftRight(a, s))
        case .pow:
            if b < 0 {
                if a == 0 { throw PythonError(PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power") }
                return PyFloat(Foundation.pow(try toDouble(x), try toDouble(y)))
            }
            if b == 0 { return PyInt.make(1) }
            if a == 0 || a == 1 { return PyInt.make(a) }
            if a == -1 { return PyInt.make(b.isMultiple(of: 2) ? 1 : -1) }
            guard let e = Int(exactly: b) else { throw PythonError(PyExc.OverflowError, "exponent too large") }
            return PyInt.make(a.power(e))
        case .matMul:
            return nil
        }
    }

    static func floorDivMod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
        var (q, r) = a.quotientAndRemainder(dividingBy: b)
        if r != 0 && ((r < 0) != (b < 0)) {
            q -= 1
            r += b
        }
        return (q, r)
    }

    /// `a / b` for ints, correctly rounded (half-even) including subnormal results.
    static func bigTrueDiv(_ a: BigInt, _ b: BigInt) throws -> Double {
        let n = a.magnitude, d = b.magnitude
        if n == 0 { return (a < 0) != (b < 0) ? -0.0 : 0.0 }
        // e: the binary exponent of the quotient's leading bit.
        var e = n.bitWidth - d.bitWidth
        if e >= 0 ? n < d << e : n << -e < d { e -= 1 }
        if e > 1023 { throw PythonError(PyExc.OverflowError, "integer division result too large for a float") }
        let lsb = max(e - 52, -1074)
        let (q0, r) = lsb <= 0 ? (n << -lsb).quotientAndRemainder(dividingBy: d) : n.quotientAndRemainder(dividingBy: d << lsb)
        var q = q0
        let twice = r << 1
        let divisor = lsb <= 0 ? d : d << lsb
        if twice > divisor || (twice == divisor && q[bitAt: 0]) { q += 1 }
        let v = Double(sign: (a < 0) != (b < 0) ? .minus : .plus, exponent: lsb, significand: Double(UInt64(q)))
        if v.isInfinite { throw PythonError(PyExc.OverflowError, "integer division result too large for a float") }
        return v
    }

    static func floatOp(_ a: Double, _ b: Double, _ op: BinaryOperator) throws -> PyObject? {
        switch op {
        case .add: return PyFloat(a + b)
        case .sub: return PyFloat(a - b)
        case .mul: return PyFloat(a * b)
        case .trueDiv:
            if b == 0 { throw PythonError(PyExc.ZeroDivisionError, "float division by zero") }
            return PyFloat(a / b)
        case .floorDiv:
            if b == 0 { throw PythonError(PyExc.ZeroDivisionError, "float floor division by zero") }
            return PyFloat(floatDivMod(a, b).0)
        case .mod:
            if b == 0 { throw PythonError(PyExc.ZeroDivisionError, "float modulo") }
            return PyFloat(floatDivMod(a, b).1)
        case .pow:
            if a == 0 && b < 0 { throw PythonError(PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power") }
            if a < 0 && b != b.rounded() {
                let r = Foundation.pow(-a, b)
                let angle = Double.pi * b
                return PyComplex(real: r * cos(angle), imag: r * sin(angle))
            }
            let r = Foundation.pow(a, b)
            if r.isInfinite && a.isFinite && b.isFinite { throw PythonError(PyExc.OverflowError, "(34, 'Numerical result out of range')") }
            return PyFloat(r)
        default:
            return nil
        }
    }

    static func floatDivMod(_ a: Double, _ b: Double) -> (Double, Double) {
        var mod = fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) {
                mod += b
                div -= 1
            }
        } else {
            mod = b < 0 ? -0.0 : 0.0
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = Double(signOf: a / b, magnitudeOf: 0)
        }
        return (floordiv, mod)
    }

    /// Numeric comparisons; nil when the pair is not numeric.
    static func compare(_ a: PyObject, _ b: PyObject, _ op: CompareOperator) throws -> Bool? {
        let order: Int?  // -1, 0, 1, or nil for unordered (NaN)
        switch (a, b) {
        case let (x as PyInt, y as PyInt):
            if let p = x.intValue, let q = y.intValue { order = p < q ? -1 : (p == q ? 0 : 1) }
            else { let p = x.bigValue, q = y.bigValue; order = p < q ? -1 : (p == q ? 0 : 1) }
        case let (x as PyFloat, y as PyFloat):
            order = cmp(x.value, y.value)
        case let (x as PyInt, y as PyFloat):
            order = cmpIntFloat(x, y.value)
        case let (x as PyFloat, y as PyInt):
            order = cmpIntFloat(y, x.value).map { -$0 }
        case (is PyComplex, _), (_, is PyComplex):
            guard op == .eq || op == .ne, let x = complexParts(a), let y = complexParts(b) else { return nil }
            let eq = x.0 == y.0 && x.1 == y.1
            return op == .eq ? eq : !eq
        default:
            return nil
        }
        guard let o = order else { return op == .ne }
        switch op {
        case .lt: return o < 0
        case .le: return o <= 0
        case .eq: return o == 0
        case .ne: return o != 0
        case .gt: return o > 0
        case .ge: return o >= 0
        }
    }

    static func cmp(_ a: Double, _ b: Double) -> Int? {
        if a.isNaN || b.isNaN { return nil }
        return a < b ? -1 : (a == b ? 0 : 1)
    }

    static func cmpIntFloat(_ i: PyInt, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        if let s = i.intValue, s.magnitude < (1 << 53) { return cmp(Double(s), d) }
        let fl = d.rounded(.down)
        let bi = BigInt(fl)
        let v = i.bigValue
        if v < bi { return -1 }
        if v > bi { return 1 }
        return fl == d ? 0 : -1
    }
}
