import PyObjects
import PyCompiler
import Foundation

/// Arithmetic and comparison on exact `int` and `float` operands without going through the
/// generic dispatch (`Ops.binaryOp`): the eval loop tries these first. Each returns nil when
/// the operands or the operator are not covered, and the generic path then runs (it also
/// produces every error). The exact-type checks matter: subclasses may override dunders.
enum FastPaths {
    /// Object identity as one compare: `===` on `AnyObject?` is an out-of-line call when the
    /// optimiser gives up inlining in the (very large) eval loop; the bit casts are transparent.
    @inline(__always) static func same(_ a: AnyObject, _ b: AnyObject) -> Bool {
        unsafeBitCast(a, to: UInt.self) == unsafeBitCast(b, to: UInt.self)
    }
    @inline(__always) static func bits(_ o: AnyObject) -> UInt { unsafeBitCast(o, to: UInt.self) }

    /// Addresses of the immortal objects the eval loop tests for (hot builtin types and
    /// singletons), from one plain static: the eval loop copies it per frame run for free,
    /// where holding the objects themselves cost getter calls and reference counting.
    struct Hot {
        var int: UInt = 0, float: UInt = 0, function: UInt = 0, list: UInt = 0, tuple: UInt = 0
        var `true`: UInt = 0, `false`: UInt = 0, null: UInt = 0
    }
    nonisolated(unsafe) static var hot = Hot()
    @inline(never) static func loadHot() {
        hot = Hot(int: bits(HotTypes.int), float: bits(HotTypes.float), function: bits(HotTypes.function),
                  list: bits(HotTypes.list), tuple: bits(HotTypes.tuple),
                  true: bits(pyTrue), false: bits(pyFalse), null: bits(Runtime.null))
    }

    /// `a OP b` for two exact small ints or exact floats (either side may be a small int).
    /// The operands are the eval loop's own (popped) references: a float result is written
    /// into an operand that nothing else refers to instead of allocating a new float.
    @inline(__always)
    static func binary(_ a: inout PyObject, _ b: inout PyObject, _ op: Int32, int intType: UInt, float floatType: UInt) -> PyObject? {
        let at = a.type, bt = b.type
        if bits(at) == intType && bits(bt) == intType {
            let x = unsafeDowncast(a, to: PyInt.self), y = unsafeDowncast(b, to: PyInt.self)
            if x.big != nil || y.big != nil { return nil }
            switch op {
            case BinaryOperator.add.rawValue:
                let (r, o) = x.small.addingReportingOverflow(y.small)
                return o ? nil : PyInt.make(r)
            case BinaryOperator.sub.rawValue:
                let (r, o) = x.small.subtractingReportingOverflow(y.small)
                return o ? nil : PyInt.make(r)
            case BinaryOperator.mul.rawValue:
                let (r, o) = x.small.multipliedReportingOverflow(by: y.small)
                return o ? nil : PyInt.make(r)
            case BinaryOperator.and.rawValue: return PyInt.make(x.small & y.small)
            case BinaryOperator.or.rawValue: return PyInt.make(x.small | y.small)
            case BinaryOperator.xor.rawValue: return PyInt.make(x.small ^ y.small)
            case BinaryOperator.floorDiv.rawValue, BinaryOperator.mod.rawValue:
                // Floor semantics; leave y == 0 and the overflowing Int.min // -1 to the slow path.
                if y.small == 0 || (y.small == -1 && x.small == Int.min) { return nil }
                var q = x.small / y.small, m = x.small % y.small
                if m != 0 && ((m < 0) != (y.small < 0)) { q -= 1; m += y.small }
                return PyInt.make(op == BinaryOperator.floorDiv.rawValue ? q : m)
            default: return nil
            }
        }
        let x: Double, y: Double
        if bits(at) == floatType { x = unsafeDowncast(a, to: PyFloat.self).value }
        else if bits(at) == intType, let v = smallDouble(a) { x = v }
        else { return nil }
        if bits(bt) == floatType { y = unsafeDowncast(b, to: PyFloat.self).value }
        else if bits(bt) == intType, let v = smallDouble(b) { y = v }
        else { return nil }
        let r: Double
        switch op {
        case BinaryOperator.add.rawValue: r = x + y
        case BinaryOperator.sub.rawValue: r = x - y
        case BinaryOperator.mul.rawValue: r = x * y
        case BinaryOperator.trueDiv.rawValue:
            if y == 0 { return nil }
            r = x / y
        case BinaryOperator.pow.rawValue:
            // A positive base never needs the complex or error cases; overflow is left to the slow path.
            if !(x > 0) { return nil }
            r = pow(x, y)
            if !r.isFinite { return nil }
        default: return nil
        }
        if bits(at) == floatType && isKnownUniquelyReferenced(&a) && a.bridgeHandle == nil {
            unsafeDowncast(a, to: PyFloat.self).value = r
            return a
        }
        if bits(bt) == floatType && isKnownUniquelyReferenced(&b) && b.bridgeHandle == nil {
            unsafeDowncast(b, to: PyFloat.self).value = r
            return b
        }
        return PyFloat(r)
    }

    /// An exact int's value as a Double when the conversion is exact (|v| <= 2**53).
    @inline(__always) static func smallDouble(_ o: PyObject) -> Double? {
        let i = unsafeDowncast(o, to: PyInt.self)
        if i.big != nil || i.small > 1 << 53 || i.small < -(1 << 53) { return nil }
        return Double(i.small)
    }

    /// The truth of `a OP b` for two exact small ints, two exact floats, or a float and an
    /// exact small int; nil when not covered.
    @inline(__always)
    static func compare(_ a: PyObject, _ b: PyObject, _ op: Int32, int intType: UInt, float floatType: UInt) -> Bool? {
        let at = a.type, bt = b.type
        if bits(at) == intType && bits(bt) == intType {
            let x = unsafeDowncast(a, to: PyInt.self), y = unsafeDowncast(b, to: PyInt.self)
            if x.big != nil || y.big != nil { return nil }
            switch op {
            case CompareOperator.lt.rawValue: return x.small < y.small
            case CompareOperator.le.rawValue: return x.small <= y.small
            case CompareOperator.eq.rawValue: return x.small == y.small
            case CompareOperator.ne.rawValue: return x.small != y.small
            case CompareOperator.gt.rawValue: return x.small > y.small
            case CompareOperator.ge.rawValue: return x.small >= y.small
            default: return nil
            }
        }
        let x: Double, y: Double
        if bits(at) == floatType { x = unsafeDowncast(a, to: PyFloat.self).value }
        else if bits(at) == intType && bits(bt) == floatType, let v = smallDouble(a) { x = v }
        else { return nil }
        if bits(bt) == floatType { y = unsafeDowncast(b, to: PyFloat.self).value }
        else if bits(bt) == intType, let v = smallDouble(b) { y = v }
        else { return nil }
        switch op {
        case CompareOperator.lt.rawValue: return x < y
        case CompareOperator.le.rawValue: return x <= y
        case CompareOperator.eq.rawValue: return x == y
        case CompareOperator.ne.rawValue: return x != y
        case CompareOperator.gt.rawValue: return x > y
        case CompareOperator.ge.rawValue: return x >= y
        default: return nil
        }
    }

    /// `o[i]` for an exact list or tuple and an exact int index in range.
    @inline(__always)
    static func item(_ o: PyObject, _ i: PyInt, list listType: UInt, tuple tupleType: UInt) -> PyObject? {
        if i.big != nil { return nil }
        if bits(o.type) == listType {
            let l = unsafeDowncast(o, to: PyList.self)
            let n = l.items.count
            let j = i.small < 0 ? i.small + n : i.small
            return j >= 0 && j < n ? l.items[j] : nil
        }
        if bits(o.type) == tupleType {
            let t = unsafeDowncast(o, to: PyTuple.self)
            let n = t.items.count
            let j = i.small < 0 ? i.small + n : i.small
            return j >= 0 && j < n ? t.items[j] : nil
        }
        return nil
    }

    /// `l[i] = v` for an exact list and an exact int index in range; false when not done.
    @inline(__always)
    static func setListItem(_ l: PyList, _ i: PyInt, _ v: PyObject) -> Bool {
        if i.big != nil { return false }
        let n = l.items.count
        let j = i.small < 0 ? i.small + n : i.small
        if j < 0 || j >= n { return false }
        l.items[j] = v
        return true
    }
}
