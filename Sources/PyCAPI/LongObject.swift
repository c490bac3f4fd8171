import BigInt
import CPythonABI
import PyCompiler
import PyObjects
import PyVM

// int, bool and float: creation and conversion.

/// The runtime object behind `op` as an exact integer, using `__index__` for other types.
func integerValue(_ op: CObject?) throws -> BigInt {
    guard let op else { throw PythonError(PyExc.SystemError, "bad argument to internal function") }
    let obj = Bridge.object(op)
    if let i = obj as? PyInt { return i.bigValue }
    if obj is PyFloat { throw PythonError(PyExc.TypeError, "'float' object cannot be interpreted as an integer") }
    let index = try Ops.index(obj)
    return index.bigValue
}

func longOverflow(_ what: String) -> PythonError {
    PythonError(PyExc.OverflowError, "Python int too large to convert to C \(what)")
}




/// PyObject *PyLong_FromUnsignedLong(unsigned long v): new reference.
@_cdecl("PyLong_FromUnsignedLong")
public func PyLong_FromUnsignedLong_(_ v: UInt) -> CObject? { Bridge.newReference(PyInt.make(BigInt(v))) }

/// PyObject *PyLong_FromUnsignedLongLong(unsigned long long v): new reference.
@_cdecl("PyLong_FromUnsignedLongLong")
public func PyLong_FromUnsignedLongLong_(_ v: UInt64) -> CObject? { Bridge.newReference(PyInt.make(BigInt(v))) }

/// PyObject *PyLong_FromSize_t(size_t v): new reference.
@_cdecl("PyLong_FromSize_t")
public func PyLong_FromSize_t_(_ v: UInt) -> CObject? { Bridge.newReference(PyInt.make(BigInt(v))) }

/// PyObject *PyLong_FromDouble(double v): new reference; OverflowError/ValueError for inf/nan.
@_cdecl("PyLong_FromDouble")
public func PyLong_FromDouble_(_ v: Double) -> CObject? {
    capi(nil) {
        if v.isNaN { throw PythonError(PyExc.ValueError, "cannot convert float NaN to integer") }
        if v.isInfinite { throw PythonError(PyExc.OverflowError, "cannot convert float infinity to integer") }
        return Bridge.newReference(PyInt.make(BigInt(v.rounded(.towardZero))))
    }
}

/// long PyLong_AsLong(PyObject *o): the slow path behind CShim/longs.c (big ints, __index__, errors).
@_cdecl("swpy_long_as_long_slow")
public func PyLong_AsLong_(_ op: CObject?) -> Int {
    capi(-1) {
        guard let v = Int(exactly: try integerValue(op)) else { throw longOverflow("long") }
        return v
    }
}

/// long long PyLong_AsLongLong(PyObject *o): the slow path of the C fast path in CShim/longs.c.
@_cdecl("swpy_long_as_long_long_slow")
public func PyLong_AsLongLong_(_ op: CObject?) -> Int64 { Int64(PyLong_AsLong_(op)) }

/// Py_ssize_t PyLong_AsSsize_t(PyObject *o): slow path; only ints (no __index__), as CPython.
@_cdecl("swpy_long_as_ssize_t_slow")
public func PyLong_AsSsize_t_(_ op: CObject?) -> Int {
    capi(-1) {
        guard let op, let i = Bridge.object(op) as? PyInt else {
            throw PythonError(PyExc.TypeError, "an integer is required")
        }
        guard let v = i.intValue else { throw longOverflow("ssize_t") }
        return v
    }
}

/// unsigned long PyLong_AsUnsignedLong(PyObject *o): (unsigned long)-1 on error.
@_cdecl("PyLong_AsUnsignedLong")
public func PyLong_AsUnsignedLong_(_ op: CObject?) -> UInt {
    capi(UInt.max) {
        guard let op, let i = Bridge.object(op) as? PyInt else {
            throw PythonError(PyExc.TypeError, "an integer is required")
        }
        let v = i.bigValue
        if v.sign == .minus { throw PythonError(PyExc.OverflowError, "can't convert negative value to unsigned int") }
        guard let u = UInt(exactly: v) else { throw longOverflow("unsigned long") }
        return u
    }
}

/// long PyLong_AsLongAndOverflow(PyObject *o, int *overflow): overflow set to ±1 instead of raising.
@_cdecl("PyLong_AsLongAndOverflow")
public func PyLong_AsLongAndOverflow_(_ op: CObject?, _ overflow: UnsafeMutablePointer<Int32>?) -> Int {
    overflow?.pointee = 0
    return capi(-1) {
        let v = try integerValue(op)
        if let s = Int(exactly: v) { return s }
        overflow?.pointee = v.sign == .minus ? -1 : 1
        return -1
    }
}

/// double PyLong_AsDouble(PyObject *o): -1.0 on error.
@_cdecl("PyLong_AsDouble")
public func PyLong_AsDouble_(_ op: CObject?) -> Double {
    capi(-1.0) {
        guard let op, let i = Bridge.object(op) as? PyInt else {
            throw PythonError(PyExc.TypeError, "an integer is required")
        }
        let d = Double(i.bigValue)
        if d.isInfinite { throw PythonError(PyExc.OverflowError, "int too large to convert to float") }
        return d
    }
}

/// PyObject *PyBool_FromLong(long v): new reference to True or False.
@_cdecl("PyBool_FromLong")
public func PyBool_FromLong_(_ v: Int) -> CObject? { Bridge.newReference(pyBool(v != 0)) }


/// double PyFloat_AsDouble(PyObject *o): slow path behind CShim/longs.c (ints, errors).
@_cdecl("swpy_float_as_double_slow")
public func PyFloat_AsDouble_(_ op: CObject?) -> Double {
    capi(-1.0) {
        guard let op else { throw PythonError(PyExc.SystemError, "bad argument to internal function") }
        switch Bridge.object(op) {
        case let f as PyFloat: return f.value
        case let i as PyInt:
            let d = Double(i.bigValue)
            if d.isInfinite { throw PythonError(PyExc.OverflowError, "int too large to convert to float") }
            return d
        case let other:
            // CPython's order: a float subtype's own value (NumPy's float64 is a C object), then
            // __float__, then __index__.
            if let d = nativeFloatValue(other) { return d }
            if let m = Ops.lookupSpecial(other, "__float__") {
                let r = try Ops.call(m, args: [])
                guard let f = r as? PyFloat else {
                    throw PythonError(PyExc.TypeError, "\(other.type.messageName).__float__ returned non-float (type \(r.type.messageName))")
                }
                return f.value
            }
            if Ops.lookupSpecial(other, "__index__") != nil {
                let d = Double(try Ops.index(other).bigValue)
                if d.isInfinite { throw PythonError(PyExc.OverflowError, "int too large to convert to float") }
                return d
            }
            throw PythonError(PyExc.TypeError, "must be real number, not \(other.type.messageName)")
        }
    }
}

/// long long PyLong_AsLongLongAndOverflow(PyObject *o, int *overflow).
@_cdecl("PyLong_AsLongLongAndOverflow")
public func PyLong_AsLongLongAndOverflow_(_ op: CObject?, _ overflow: UnsafeMutablePointer<Int32>?) -> Int64 {
    Int64(PyLong_AsLongAndOverflow_(op, overflow))
}

/// unsigned long long PyLong_AsUnsignedLongLong(PyObject *o): (unsigned long long)-1 on error.
@_cdecl("PyLong_AsUnsignedLongLong")
public func PyLong_AsUnsignedLongLong_(_ op: CObject?) -> UInt64 { UInt64(PyLong_AsUnsignedLong_(op)) }

/// PyLongObject *_PyLong_New(Py_ssize_t size): an int of `size` 30-bit digits for C to fill
/// (then it sets the sign in ob_size); the runtime reads it when it first receives it.
@_cdecl("_PyLong_New")
public func _PyLong_New_(_ size: Int) -> CObject? {
    if size < 0 || size > (1 << 40) {
        Errors.set(PythonError(PyExc.OverflowError, "too many digits in integer"))
        return nil
    }
    let op = Mirrors.allocate(MemoryLayout<PyVarObject>.size + 4 * max(size, 1), type: Mirrors.staticType(&PyLong_Type))
    op.withMemoryRebound(to: PyVarObject.self, capacity: 1) { $0.pointee.ob_size = size }
    op.pointee.ob_refcnt = 1
    return op
}
