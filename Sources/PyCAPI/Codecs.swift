import CPythonABI
import Foundation
import PyObjects
import PyVM

// The codec functions of the str API, through the runtime's codecs (bytes.decode and
// str.encode), and the file-system converters used with the O& unit.

func cBytes(_ s: UnsafePointer<CChar>?, _ size: Int) -> PyBytes {
    guard let s, size > 0 else { return PyBytes([]) }
    return s.withMemoryRebound(to: UInt8.self, capacity: size) { PyBytes(Array(UnsafeBufferPointer(start: $0, count: size))) }
}

func decode(_ s: UnsafePointer<CChar>?, _ size: Int, _ encoding: String, _ errors: UnsafePointer<CChar>?) -> CObject? {
    decode(s, size, encoding, errorsText: errors.map { String(cString: $0) } ?? "strict")
}

func decode(_ s: UnsafePointer<CChar>?, _ size: Int, _ encoding: String, errorsText: String) -> CObject? {
    capiObject {
        if size < 0 { throw badInternalCall() }
        return try Ops.callMethod(cBytes(s, size), "decode", [PyStr(encoding), PyStr(errorsText)])
    }
}

func encode(_ u: CObject?, _ encoding: String, _ errors: String = "strict") -> CObject? {
    capiObject {
        let s = try arg(u)
        guard s is PyStr else { throw PythonError(PyExc.TypeError, "bad argument type for built-in operation") }
        return try Ops.callMethod(s, "encode", [PyStr(encoding), PyStr(errors)])
    }
}

/// PyObject *PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors)
@_cdecl("PyUnicode_Decode")
public func PyUnicode_Decode_(_ s: UnsafePointer<CChar>?, _ size: Int, _ encoding: UnsafePointer<CChar>?,
                              _ errors: UnsafePointer<CChar>?) -> CObject? {
    decode(s, size, encoding.map { String(cString: $0) } ?? "utf-8", errors)
}

@_cdecl("PyUnicode_DecodeASCII")
public func PyUnicode_DecodeASCII_(_ s: UnsafePointer<CChar>?, _ size: Int, _ errors: UnsafePointer<CChar>?) -> CObject? {
    decode(s, size, "ascii", errors)
}

@_cdecl("PyUnicode_DecodeLatin1")
public func PyUnicode_DecodeLatin1_(_ s: UnsafePointer<CChar>?, _ size: Int, _ errors: UnsafePointer<CChar>?) -> CObject? {
    decode(s, size, "latin-1", errors)
}

@_cdecl("PyUnicode_DecodeUnicodeEscape")
public func PyUnicode_DecodeUnicodeEscape_(_ s: UnsafePointer<CChar>?, _ size: Int, _ errors: UnsafePointer<CChar>?) -> CObject? {
    decode(s, size, "unicode_escape", errors)
}

@_cdecl("PyUnicode_DecodeRawUnicodeEscape")
public func PyUnicode_DecodeRawUnicodeEscape_(_ s: UnsafePointer<CChar>?, _ size: Int, _ errors: UnsafePointer<CChar>?) -> CObject? {
    decode(s, size, "raw_unicode_escape", errors)
}

@_cdecl("PyUnicode_DecodeUTF7")
public func PyUnicode_DecodeUTF7_(_ s: UnsafePointer<CChar>?, _ size: Int, _ errors: UnsafePointer<CChar>?) -> CObject? {
    decode(s, size, "utf-7", errors)
}

/// The UTF-16/32 decoders: *byteorder -1 little, 1 big, 0 (or NULL) from a BOM, as CPython.
func decodeWide(_ s: UnsafePointer<CChar>?, _ size: Int, _ errors: UnsafePointer<CChar>?,
                _ byteorder: UnsafeMutablePointer<Int32>?, bits: Int) -> CObject? {
    let order = byteorder?.pointee ?? 0
    let name = "utf-\(bits)" + (order < 0 ? "-le" : order > 0 ? "-be" : "")
    return decode(s, size, name, errors)
}

@_cdecl("PyUnicode_DecodeUTF16")
public func PyUnicode_DecodeUTF16_(_ s: UnsafePointer<CChar>?, _ size: Int, _ errors: UnsafePointer<CChar>?,
                                   _ byteorder: UnsafeMutablePointer<Int32>?) -> CObject? {
    decodeWide(s, size, errors, byteorder, bits: 16)
}

@_cdecl("PyUnicode_DecodeUTF32")
public func PyUnicode_DecodeUTF32_(_ s: UnsafePointer<CChar>?, _ size: Int, _ errors: UnsafePointer<CChar>?,
                                   _ byteorder: UnsafeMutablePointer<Int32>?) -> CObject? {
    decodeWide(s, size, errors, byteorder, bits: 32)
}

/// PyObject *PyUnicode_DecodeUTF8Stateful(s, size, errors, consumed): with consumed, an
/// incomplete sequence at the end is left for the next call.
@_cdecl("PyUnicode_DecodeUTF8Stateful")
public func PyUnicode_DecodeUTF8Stateful_(_ s: UnsafePointer<CChar>?, _ size: Int, _ errors: UnsafePointer<CChar>?,
                                          _ consumed: UnsafeMutablePointer<Int>?) -> CObject? {
    var n = size
    if let consumed, let s, size > 0 {
        let b = UnsafeRawPointer(s).assumingMemoryBound(to: UInt8.self)
        // Walk back over continuation bytes to the last lead byte; drop it if its sequence is cut.
        var i = size - 1, back = 0
        while i > 0 && back < 3 && b[i] & 0xC0 == 0x80 { i -= 1; back += 1 }
        let lead = b[i]
        let need = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 1
        if need > 1 && size - i < need { n = i }
        consumed.pointee = n
    } else {
        consumed?.pointee = size
    }
    return decode(s, n, "utf-8", errors)
}

@_cdecl("PyUnicode_DecodeFSDefaultAndSize")
public func PyUnicode_DecodeFSDefaultAndSize_(_ s: UnsafePointer<CChar>?, _ size: Int) -> CObject? {
    decode(s, size, "utf-8", errorsText: "surrogateescape")
}

@_cdecl("PyUnicode_DecodeFSDefault")
public func PyUnicode_DecodeFSDefault_(_ s: UnsafePointer<CChar>?) -> CObject? {
    guard let s else { return decode(nil, 0, "utf-8", nil) }
    return decode(s, strlen(s), "utf-8", errorsText: "surrogateescape")
}

@_cdecl("PyUnicode_DecodeLocaleAndSize")
public func PyUnicode_DecodeLocaleAndSize_(_ s: UnsafePointer<CChar>?, _ size: Int, _ errors: UnsafePointer<CChar>?) -> CObject? {
    decode(s, size, "utf-8", errorsText: errors.map { String(cString: $0) } ?? "surrogateescape")
}

@_cdecl("PyUnicode_EncodeFSDefault")
public func PyUnicode_EncodeFSDefault_(_ u: CObject?) -> CObject? { encode(u, "utf-8", "surrogateescape") }

@_cdecl("PyUnicode_EncodeLocale")
public func PyUnicode_EncodeLocale_(_ u: CObject?, _ errors: UnsafePointer<CChar>?) -> CObject? {
    encode(u, "utf-8", errors.map { String(cString: $0) } ?? "surrogateescape")
}

@_cdecl("PyUnicode_AsUTF16String")
public func PyUnicode_AsUTF16String_(_ u: CObject?) -> CObject? { encode(u, "utf-16") }

@_cdecl("PyUnicode_AsUTF32String")
public func PyUnicode_AsUTF32String_(_ u: CObject?) -> CObject? { encode(u, "utf-32") }

@_cdecl("PyUnicode_AsUnicodeEscapeString")
public func PyUnicode_AsUnicodeEscapeString_(_ u: CObject?) -> CObject? { encode(u, "unicode_escape") }

@_cdecl("PyUnicode_AsRawUnicodeEscapeString")
public func PyUnicode_AsRawUnicodeEscapeString_(_ u: CObject?) -> CObject? { encode(u, "raw_unicode_escape") }

/// PyObject *PyUnicode_FromEncodedObject(PyObject *obj, const char *encoding, const char *errors)
@_cdecl("PyUnicode_FromEncodedObject")
public func PyUnicode_FromEncodedObject_(_ o: CObject?, _ encoding: UnsafePointer<CChar>?, _ errors: UnsafePointer<CChar>?) -> CObject? {
    capiObject {
        let obj = try arg(o)
        if obj is PyStr { throw PythonError(PyExc.TypeError, "decoding str is not supported") }
        guard obj is PyBytes || obj is PyByteArray else {
            throw PythonError(PyExc.TypeError, "decoding to str: need a bytes-like object, \(obj.type.name) found")
        }
        return try Ops.callMethod(obj, "decode", [PyStr(encoding.map { String(cString: $0) } ?? "utf-8"),
                                                  PyStr(errors.map { String(cString: $0) } ?? "strict")])
    }
}

/// PyObject *PyUnicode_FromObject(PyObject *obj): an exact str equal to obj (a str or subclass).
@_cdecl("PyUnicode_FromObject")
public func PyUnicode_FromObject_(_ o: CObject?) -> CObject? {
    capiObject {
        let obj = try arg(o)
        guard let s = obj as? PyStr else {
            throw PythonError(PyExc.TypeError, "Can't convert '\(obj.type.name)' object to str implicitly")
        }
        return s.type === PyTypes.str ? s : PyStr(s.value)
    }
}

@_cdecl("PyUnicode_GetDefaultEncoding")
public func PyUnicode_GetDefaultEncoding_() -> UnsafePointer<CChar> { UnsafePointer(defaultEncodingName) }
nonisolated(unsafe) let defaultEncodingName: UnsafeMutablePointer<CChar> = strdup("utf-8")!

@_cdecl("PyUnicode_IsIdentifier")
public func PyUnicode_IsIdentifier_(_ u: CObject?) -> Int32 {
    capi(-1) { try Ops.isTrue(try Ops.callMethod(try arg(u), "isidentifier", [])) ? 1 : 0 }
}

@_cdecl("PyUnicode_Partition")
public func PyUnicode_Partition_(_ s: CObject?, _ sep: CObject?) -> CObject? {
    capiObject { try Ops.callMethod(try arg(s), "partition", [try arg(sep)]) }
}

@_cdecl("PyUnicode_RPartition")
public func PyUnicode_RPartition_(_ s: CObject?, _ sep: CObject?) -> CObject? {
    capiObject { try Ops.callMethod(try arg(s), "rpartition", [try arg(sep)]) }
}

@_cdecl("PyUnicode_RSplit")
public func PyUnicode_RSplit_(_ s: CObject?, _ sep: CObject?, _ maxsplit: Int) -> CObject? {
    capiObject { try Ops.callMethod(try arg(s), "rsplit", [sep.map(Bridge.object) ?? pyNone, PyInt.make(maxsplit)]) }
}

@_cdecl("PyUnicode_Translate")
public func PyUnicode_Translate_(_ s: CObject?, _ table: CObject?, _ errors: UnsafePointer<CChar>?) -> CObject? {
    capiObject { try Ops.callMethod(try arg(s), "translate", [try arg(table)]) }
}

/// void PyUnicode_InternImmortal(PyObject **p): interns (immortality is not modelled).
@_cdecl("PyUnicode_InternImmortal")
public func PyUnicode_InternImmortal_(_ p: UnsafeMutablePointer<CObject?>?) { PyUnicode_InternInPlace_(p) }

/// Py_UCS4 *PyUnicode_AsUCS4Copy(PyObject *u): a PyMem_Malloc'd, NUL-terminated copy.
@_cdecl("PyUnicode_AsUCS4Copy")
public func PyUnicode_AsUCS4Copy_(_ u: CObject?) -> UnsafeMutablePointer<UInt32>? {
    capi(nil) {
        guard let s = try arg(u) as? PyStr else { throw PythonError(PyExc.TypeError, "bad argument type for built-in operation") }
        let scalars = Array(s.value.unicodeScalars)
        guard let raw = PyMem_Malloc(4 * (scalars.count + 1)) else { throw PythonError(PyExc.MemoryError, args: []) }
        let p = raw.assumingMemoryBound(to: UInt32.self)
        for (i, c) in scalars.enumerated() { p[i] = c.value }
        p[scalars.count] = 0
        return p
    }
}

/// Py_UCS4 *PyUnicode_AsUCS4(PyObject *u, Py_UCS4 *buffer, Py_ssize_t buflen, int copy_null)
@_cdecl("PyUnicode_AsUCS4")
public func PyUnicode_AsUCS4_(_ u: CObject?, _ buffer: UnsafeMutablePointer<UInt32>?, _ buflen: Int, _ copyNull: Int32) -> UnsafeMutablePointer<UInt32>? {
    capi(nil) {
        guard let s = try arg(u) as? PyStr, let buffer, buflen >= 0 else { throw badInternalCall() }
        let scalars = Array(s.value.unicodeScalars)
        let need = scalars.count + (copyNull != 0 ? 1 : 0)
        if buflen < need {
            throw PythonError(PyExc.SystemError, "string is longer than the buffer")
        }
        for (i, c) in scalars.enumerated() { buffer[i] = c.value }
        if copyNull != 0 { buffer[scalars.count] = 0 }
        return buffer
    }
}

/// Py_ssize_t PyUnicode_AsWideChar(PyObject *u, wchar_t *w, Py_ssize_t size): characters
/// copied (the NUL too when it fits); with w NULL, the size needed including the NUL.
@_cdecl("PyUnicode_AsWideChar")
public func PyUnicode_AsWideChar_(_ u: CObject?, _ w: UnsafeMutablePointer<Int32>?, _ size: Int) -> Int {
    capi(-1) {
        guard let s = try arg(u) as? PyStr else { throw badInternalCall() }
        let scalars = Array(s.value.unicodeScalars)
        guard let w else { return scalars.count + 1 }
        let n = min(size, scalars.count + 1)
        for i in 0..<n { w[i] = i < scalars.count ? Int32(bitPattern: scalars[i].value) : 0 }
        return min(size, scalars.count)
    }
}

/// wchar_t *PyUnicode_AsWideCharString(PyObject *u, Py_ssize_t *size): PyMem_Malloc'd copy.
@_cdecl("PyUnicode_AsWideCharString")
public func PyUnicode_AsWideCharString_(_ u: CObject?, _ size: UnsafeMutablePointer<Int>?) -> UnsafeMutablePointer<Int32>? {
    capi(nil) {
        guard let s = try arg(u) as? PyStr else { throw badInternalCall() }
        let scalars = Array(s.value.unicodeScalars)
        if size == nil && scalars.contains(where: { $0.value == 0 }) {
            throw PythonError(PyExc.ValueError, "embedded null character")
        }
        guard let raw = PyMem_Malloc(4 * (scalars.count + 1)) else { throw PythonError(PyExc.MemoryError, args: []) }
        let p = raw.assumingMemoryBound(to: Int32.self)
        for (i, c) in scalars.enumerated() { p[i] = Int32(bitPattern: c.value) }
        p[scalars.count] = 0
        size?.pointee = scalars.count
        return p
    }
}

// MARK: O& converters for paths

/// The path protocol: str and bytes as they are, else __fspath__ (which must give one).
func fspath(_ o: PyObjects.PyObject) throws -> PyObjects.PyObject {
    if o is PyStr || o is PyBytes { return o }
    if let f = o.type.lookup("__fspath__") {
        let r = try Ops.call(try Ops.getAttr(o, "__fspath__"), args: [])
        _ = f
        if r is PyStr || r is PyBytes { return r }
        throw PythonError(PyExc.TypeError, "expected \(o.type.name).__fspath__() to return str or bytes, not \(r.type.name)")
    }
    throw PythonError(PyExc.TypeError, "expected str, bytes or os.PathLike object, not \(o.type.name)")
}

let cleanupSupported: Int32 = 0x20000

/// int PyUnicode_FSConverter(PyObject *obj, void *result): a bytes path in *result.
@_cdecl("PyUnicode_FSConverter")
public func PyUnicode_FSConverter_(_ o: CObject?, _ result: UnsafeMutableRawPointer?) -> Int32 {
    let slot = result?.assumingMemoryBound(to: Optional<CObject>.self)
    guard let o else {
        if let slot, let old = slot.pointee { Bridge.decref(old); slot.pointee = nil }
        return 1
    }
    return capi(0) {
        var p = try fspath(Bridge.object(o))
        if let s = p as? PyStr { p = try Ops.callMethod(s, "encode", [PyStr("utf-8"), PyStr("surrogateescape")]) }
        if let b = p as? PyBytes, b.value.contains(0) { throw PythonError(PyExc.ValueError, "embedded null byte") }
        slot?.pointee = Bridge.newReference(p)
        return cleanupSupported
    }
}

/// int PyUnicode_FSDecoder(PyObject *obj, void *result): a str path in *result.
@_cdecl("PyUnicode_FSDecoder")
public func PyUnicode_FSDecoder_(_ o: CObject?, _ result: UnsafeMutableRawPointer?) -> Int32 {
    let slot = result?.assumingMemoryBound(to: Optional<CObject>.self)
    guard let o else {
        if let slot, let old = slot.pointee { Bridge.decref(old); slot.pointee = nil }
        return 1
    }
    return capi(0) {
        var p = try fspath(Bridge.object(o))
        if let b = p as? PyBytes { p = try Ops.callMethod(b, "decode", [PyStr("utf-8"), PyStr("surrogateescape")]) }
        if let s = p as? PyStr, s.value.unicodeScalars.contains(where: { $0.value == 0 }) {
            throw PythonError(PyExc.ValueError, "embedded null character")
        }
        slot?.pointee = Bridge.newReference(p)
        return cleanupSupported
    }
}
