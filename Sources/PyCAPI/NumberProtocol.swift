import BigInt
import CPythonABI
import PyCompiler
import PyObjects
import PyVM

// The number protocol beyond +, -, * (ObjectProtocol.swift), and the private _PyLong helpers
// that CPython's own modules (math) call.

private func binary(_ a: CObject?, _ b: CObject?, _ op: BinaryOperator, inplace: Bool = false) -> CObject? {
    capiObject {
        inplace ? try Ops.inplaceOp(try arg(a), try arg(b), op) : try Ops.binaryOp(try arg(a), try arg(b), op)
    }
}

/// PyObject *PyNumber_TrueDivide(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_TrueDivide") public func PyNumber_TrueDivide_(_ a: CObject?, _ b: CObject?) -> CObject? { binary(a, b, .trueDiv) }
/// PyObject *PyNumber_FloorDivide(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_FloorDivide") public func PyNumber_FloorDivide_(_ a: CObject?, _ b: CObject?) -> CObject? { binary(a, b, .floorDiv) }
/// PyObject *PyNumber_Remainder(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_Remainder") public func PyNumber_Remainder_(_ a: CObject?, _ b: CObject?) -> CObject? { binary(a, b, .mod) }
/// PyObject *PyNumber_Lshift(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_Lshift") public func PyNumber_Lshift_(_ a: CObject?, _ b: CObject?) -> CObject? { binary(a, b, .lShift) }
/// PyObject *PyNumber_Rshift(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_Rshift") public func PyNumber_Rshift_(_ a: CObject?, _ b: CObject?) -> CObject? { binary(a, b, .rShift) }
/// PyObject *PyNumber_And(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_And") public func PyNumber_And_(_ a: CObject?, _ b: CObject?) -> CObject? { binary(a, b, .and) }
/// PyObject *PyNumber_Or(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_Or") public func PyNumber_Or_(_ a: CObject?, _ b: CObject?) -> CObject? { binary(a, b, .or) }
/// PyObject *PyNumber_Xor(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_Xor") public func PyNumber_Xor_(_ a: CObject?, _ b: CObject?) -> CObject? { binary(a, b, .xor) }
/// PyObject *PyNumber_MatrixMultiply(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_MatrixMultiply") public func PyNumber_MatrixMultiply_(_ a: CObject?, _ b: CObject?) -> CObject? { binary(a, b, .matMul) }
/// PyObject *PyNumber_InPlaceAdd(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_InPlaceAdd") public func PyNumber_InPlaceAdd_(_ a: CObject?, _ b: CObject?) -> CObject? { binary(a, b, .add, inplace: true) }
/// PyObject *PyNumber_InPlaceSubtract(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_InPlaceSubtract") public func PyNumber_InPlaceSubtract_(_ a: CObject?, _ b: CObject?) -> CObject? { binary(a, b, .sub, inplace: true) }
/// PyObject *PyNumber_InPlaceMultiply(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_InPlaceMultiply") public func PyNumber_InPlaceMultiply_(_ a: CObject?, _ b: CObject?) -> CObject? { binary(a, b, .mul, inplace: true) }

/// PyObject *PyNumber_Power(PyObject *a, PyObject *b, PyObject *c): new reference; c must be None
/// unless the three-argument form is wanted.
@_cdecl("PyNumber_Power")
public func PyNumber_Power_(_ a: CObject?, _ b: CObject?, _ c: CObject?) -> CObject? {
    capiObject {
        let mod = try arg(c)
        if mod is PyNone { return try Ops.binaryOp(try arg(a), try arg(b), .pow) }
        return try Ops.call(try Importer.importModule("builtins").getAttrChecked("pow"), args: [try arg(a), try arg(b), mod], kwargs: [])
    }
}

/// PyObject *PyNumber_Divmod(PyObject *a, PyObject *b): new reference.
@_cdecl("PyNumber_Divmod")
public func PyNumber_Divmod_(_ a: CObject?, _ b: CObject?) -> CObject? {
    capiObject { try Ops.call(try Importer.importModule("builtins").getAttrChecked("divmod"), args: [try arg(a), try arg(b)], kwargs: []) }
}

private func unary(_ o: CObject?, _ op: UnaryOperator) -> CObject? { capiObject { try Ops.unaryOp(try arg(o), op) } }
/// PyObject *PyNumber_Negative(PyObject *o): new reference.
@_cdecl("PyNumber_Negative") public func PyNumber_Negative_(_ o: CObject?) -> CObject? { unary(o, .negative) }
/// PyObject *PyNumber_Positive(PyObject *o): new reference.
@_cdecl("PyNumber_Positive") public func PyNumber_Positive_(_ o: CObject?) -> CObject? { unary(o, .positive) }
/// PyObject *PyNumber_Invert(PyObject *o): new reference.
@_cdecl("PyNumber_Invert") public func PyNumber_Invert_(_ o: CObject?) -> CObject? { unary(o, .invert) }

/// PyObject *PyNumber_Absolute(PyObject *o): new reference.
@_cdecl("PyNumber_Absolute")
public func PyNumber_Absolute_(_ o: CObject?) -> CObject? {
    capiObject { try Ops.call(try Importer.importModule("builtins").getAttrChecked("abs"), args: [try arg(o)], kwargs: []) }
}

/// PyObject *PyNumber_Long(PyObject *o): new reference (int(o)).
@_cdecl("PyNumber_Long")
public func PyNumber_Long_(_ o: CObject?) -> CObject? { capiObject { try Ops.call(PyTypes.int, args: [try arg(o)], kwargs: []) } }

/// PyObject *PyNumber_Float(PyObject *o): new reference (float(o)).
@_cdecl("PyNumber_Float")
public func PyNumber_Float_(_ o: CObject?) -> CObject? { capiObject { try Ops.call(PyTypes.float, args: [try arg(o)], kwargs: []) } }

/// PyObject *_PyNumber_Index(PyObject *o): new reference; like PyNumber_Index (int subclasses kept).
@_cdecl("_PyNumber_Index")
public func _PyNumber_Index_(_ o: CObject?) -> CObject? { capiObject { try Ops.index(try arg(o)) } }

/// int PyNumber_Check(PyObject *o): 1 for numbers (int, float, complex, or __index__/__float__/__int__).
@_cdecl("PyNumber_Check")
public func PyNumber_Check_(_ o: CObject?) -> Int32 {
    guard let o else { return 0 }
    let obj = Bridge.object(o)
    if obj is PyInt || obj is PyFloat || obj is PyComplex { return 1 }
    for name in ["__index__", "__int__", "__float__", "__complex__"] where obj.type.lookup(name) != nil { return 1 }
    return 0
}

/// int PyIndex_Check(PyObject *o): 1 if o has __index__ (ints do).
@_cdecl("PyIndex_Check")
public func PyIndex_Check_(_ o: CObject?) -> Int32 {
    guard let o else { return 0 }
    let obj = Bridge.object(o)
    return obj is PyInt || obj.type.lookup("__index__") != nil ? 1 : 0
}

/// Py_ssize_t PyNumber_AsSsize_t(PyObject *o, PyObject *exc): clamps on overflow when exc is NULL.
@_cdecl("PyNumber_AsSsize_t")
public func PyNumber_AsSsize_t_(_ o: CObject?, _ exc: CObject?) -> Int {
    capi(-1) {
        let v = try Ops.index(try arg(o)).bigValue
        if let s = Int(exactly: v) { return s }
        guard let exc else { return v.sign == .minus ? Int.min : Int.max }
        let t = Bridge.object(exc) as? PyType ?? PyExc.OverflowError
        throw PythonError(t, "cannot fit '\(try arg(o).type.name)' into an index-sized integer")
    }
}

func intObject(_ o: CObject?) throws -> PyInt {
    guard let i = try arg(o) as? PyInt else { throw badInternalCall() }
    return i
}

/// int _PyLong_Sign(PyObject *v): -1, 0 or 1.
@_cdecl("_PyLong_Sign")
public func _PyLong_Sign_(_ o: CObject?) -> Int32 {
    guard let i = try? intObject(o) else { return 0 }
    let v = i.bigValue
    return v.isZero ? 0 : (v.sign == .minus ? -1 : 1)
}

/// size_t _PyLong_NumBits(PyObject *v): bits in |v|; (size_t)-1 with OverflowError if too many.
@_cdecl("_PyLong_NumBits")
public func _PyLong_NumBits_(_ o: CObject?) -> UInt { capi(UInt.max) { UInt(try intObject(o).bigValue.magnitude.bitWidth) } }

/// PyObject *_PyLong_Lshift(PyObject *a, size_t shiftby): new reference.
@_cdecl("_PyLong_Lshift")
public func _PyLong_Lshift_(_ o: CObject?, _ n: UInt) -> CObject? { capiObject { PyInt.make(try intObject(o).bigValue << Int(n)) } }

/// PyObject *_PyLong_Rshift(PyObject *a, size_t shiftby): new reference (floor shift).
@_cdecl("_PyLong_Rshift")
public func _PyLong_Rshift_(_ o: CObject?, _ n: UInt) -> CObject? {
    capiObject {
        let v = try intObject(o).bigValue
        if v.sign == .minus { return PyInt.make(-((-v - 1) >> Int(n)) - 1) }
        return PyInt.make(v >> Int(n))
    }
}

/// PyObject *_PyLong_GCD(PyObject *a, PyObject *b): new reference, non-negative.
@_cdecl("_PyLong_GCD")
public func _PyLong_GCD_(_ a: CObject?, _ b: CObject?) -> CObject? {
    capiObject { PyInt.make(BigInt(try intObject(a).bigValue.magnitude.greatestCommonDivisor(with: try intObject(b).bigValue.magnitude))) }
}

/// double _PyLong_Frexp(PyLongObject *a, Py_ssize_t *e): a == m * 2**e with 0.5 <= |m| < 1,
/// m correctly rounded; -1.0 with OverflowError if e overflows.
@_cdecl("_PyLong_Frexp")
public func _PyLong_Frexp_(_ o: CObject?, _ e: UnsafeMutablePointer<Int>?) -> Double {
    capi(-1.0) {
        let v = try intObject(o).bigValue
        if v.isZero { e?.pointee = 0; return 0 }
        let bits = v.magnitude.bitWidth
        // Keep 55 significant bits (two guard bits beyond a double's 53) and let the
        // conversion to Double round; the sticky bit keeps halfway cases honest.
        var mag = v.magnitude
        var exp = 0
        if bits > 55 {
            let shift = bits - 55
            let sticky = !(mag & ((BigUInt(1) << shift) - 1)).isZero
            mag >>= shift
            if sticky { mag |= 1 }
            exp = shift
        }
        var x = Double(mag)
        var (m, e2) = (x.significand, Int(x.exponent) + 1 + exp)
        m /= 2
        x = v.sign == .minus ? -m : m
        if m >= 1 { x /= 2; e2 += 1 }
        e?.pointee = e2
        return x
    }
}

/// int _PyLong_AsInt(PyObject *o): like PyLong_AsLong, for C int.
@_cdecl("_PyLong_AsInt")
public func _PyLong_AsInt_(_ o: CObject?) -> Int32 {
    capi(-1) {
        guard let v = Int32(exactly: try integerValue(o)) else {
            throw PythonError(PyExc.OverflowError, "Python int too large to convert to C int")
        }
        return v
    }
}

/// unsigned long PyLong_AsUnsignedLongMask(PyObject *o): the value modulo 2**64.
@_cdecl("PyLong_AsUnsignedLongMask")
public func PyLong_AsUnsignedLongMask_(_ o: CObject?) -> UInt {
    capi(UInt.max) {
        let v = try integerValue(o)
        let m = v.magnitude & BigUInt(UInt.max)
        let low = UInt(m)
        return v.sign == .minus ? (~low &+ 1) : low
    }
}

/// Py_complex PyComplex_AsCComplex(PyObject *o) and friends.
@_cdecl("PyComplex_FromDoubles")
public func PyComplex_FromDoubles_(_ real: Double, _ imag: Double) -> CObject? { Bridge.newReference(PyComplex(real: real, imag: imag)) }

/// PyObject *PyComplex_FromCComplex(Py_complex c): new reference.
@_cdecl("PyComplex_FromCComplex")
public func PyComplex_FromCComplex_(_ c: Py_complex) -> CObject? { PyComplex_FromDoubles_(c.real, c.imag) }

/// Py_complex PyComplex_AsCComplex(PyObject *o): real -1.0 with an exception on error.
@_cdecl("PyComplex_AsCComplex")
public func PyComplex_AsCComplex_(_ o: CObject?) -> Py_complex {
    capi(Py_complex(real: -1, imag: 0)) {
        let obj = try arg(o)
        if let c = obj as? PyComplex { return Py_complex(real: c.real, imag: c.imag) }
        if obj.type.lookup("__complex__") != nil, let c = try Ops.callMethod(obj, "__complex__", []) as? PyComplex {
            return Py_complex(real: c.real, imag: c.imag)
        }
        let d = PyFloat_AsDouble_(o)
        if d == -1.0, let e = Errors.fetch() { throw e }
        return Py_complex(real: d, imag: 0)
    }
}

/// double PyComplex_RealAsDouble(PyObject *o).
@_cdecl("PyComplex_RealAsDouble")
public func PyComplex_RealAsDouble_(_ o: CObject?) -> Double { PyComplex_AsCComplex_(o).real }

/// double PyComplex_ImagAsDouble(PyObject *o).
@_cdecl("PyComplex_ImagAsDouble")
public func PyComplex_ImagAsDouble_(_ o: CObject?) -> Double {
    guard let o, let c = Bridge.object(o) as? PyComplex else { return 0 }
    return c.imag
}

extension PyObjects.PyObject {
    /// An attribute that must exist (module functions looked up by the bridge).
    func getAttrChecked(_ name: String) throws -> PyObjects.PyObject { try Ops.getAttr(self, name) }
}

/// int _PyLong_AsByteArray(PyLongObject *v, unsigned char *bytes, size_t n, int little_endian,
/// int is_signed): two's complement into n bytes; -1 with OverflowError if it does not fit.
@_cdecl("_PyLong_AsByteArray")
public func _PyLong_AsByteArray_(_ o: CObject?, _ bytes: UnsafeMutablePointer<UInt8>?, _ n: Int,
                                 _ littleEndian: Int32, _ isSigned: Int32) -> Int32 {
    capi(-1) {
        var v = try intObject(o).bigValue
        guard let bytes else { throw badInternalCall() }
        if v.sign == .minus && isSigned == 0 { throw PythonError(PyExc.OverflowError, "can't convert negative int to unsigned") }
        let bits = n * 8
        if isSigned != 0 {
            let limit = BigInt(1) << (bits - 1)
            guard v >= -limit && v < limit else { throw PythonError(PyExc.OverflowError, "int too big to convert") }
            if v.sign == .minus { v += BigInt(1) << bits }
        } else {
            guard v < BigInt(1) << bits else { throw PythonError(PyExc.OverflowError, "int too big to convert") }
        }
        var mag = v.magnitude
        for i in 0..<n {
            let byte = UInt8(truncatingIfNeeded: UInt(mag & 0xff))
            bytes[littleEndian != 0 ? i : n - 1 - i] = byte
            mag >>= 8
        }
        return 0
    }
}

/// PyObject *_PyLong_FromByteArray(const unsigned char *bytes, size_t n, int little_endian,
/// int is_signed): new reference.
@_cdecl("_PyLong_FromByteArray")
public func _PyLong_FromByteArray_(_ bytes: UnsafePointer<UInt8>?, _ n: Int, _ littleEndian: Int32, _ isSigned: Int32) -> CObject? {
    capiObject {
        guard let bytes, n > 0 else { return PyInt.make(0) }
        var mag = BigUInt(0)
        for i in 0..<n {
            let byte = bytes[littleEndian != 0 ? n - 1 - i : i]
            mag = (mag << 8) | BigUInt(byte)
        }
        var v = BigInt(mag)
        let top = bytes[littleEndian != 0 ? n - 1 : 0]
        if isSigned != 0 && top & 0x80 != 0 { v -= BigInt(1) << (8 * n) }
        return PyInt.make(v)
    }
}

/// unsigned long long PyLong_AsUnsignedLongLongMask(PyObject *o): the value modulo 2**64.
@_cdecl("PyLong_AsUnsignedLongLongMask")
public func PyLong_AsUnsignedLongLongMask_(_ o: CObject?) -> UInt64 { UInt64(PyLong_AsUnsignedLongMask_(o)) }
