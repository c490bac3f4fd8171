import CPythonABI
import PyObjects
import PyVM

// str and bytes.

func decodeUTF8(_ p: UnsafePointer<CChar>, _ n: Int) throws -> String {
    let buf = UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: n)
    guard let s = String(validating: buf, as: UTF8.self), !LoneSurrogate.contains(s) else {
        // The runtime's codec raises CPython's UnicodeDecodeError (or the shadow-range ValueError).
        let r = try Ops.callMethod(PyBytes(Array(buf)), "decode", [PyStr("utf-8")])
        return (r as? PyStr)?.value ?? ""
    }
    return s
}

func strObject(_ op: CObject?) throws -> PyStr {
    guard let op, let s = Bridge.object(op) as? PyStr else {
        throw PythonError(PyExc.TypeError, "bad argument type for built-in operation")
    }
    return s
}

/// PyObject *PyUnicode_FromString(const char *u): new reference; UnicodeDecodeError on bad UTF-8.
@_cdecl("PyUnicode_FromString")
public func PyUnicode_FromString_(_ u: UnsafePointer<CChar>?) -> CObject? {
    capi(nil) {
        guard let u else { throw PythonError(PyExc.SystemError, "bad argument to internal function") }
        return Bridge.newReference(PyStr(try decodeUTF8(u, strlen(u))))
    }
}

/// PyObject *PyUnicode_FromStringAndSize(const char *u, Py_ssize_t size): new reference.
@_cdecl("PyUnicode_FromStringAndSize")
public func PyUnicode_FromStringAndSize_(_ u: UnsafePointer<CChar>?, _ size: Int) -> CObject? {
    capi(nil) {
        if size < 0 { throw PythonError(PyExc.SystemError, "Negative size passed to PyUnicode_FromStringAndSize") }
        guard let u else {
            if size == 0 { return Bridge.newReference(PyStr("")) }
            throw PythonError(PyExc.SystemError, "NULL string with positive size with NULL passed to PyUnicode_FromStringAndSize")
        }
        return Bridge.newReference(PyStr(try decodeUTF8(u, size)))
    }
}

/// PyObject *PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors): new reference.
@_cdecl("PyUnicode_DecodeUTF8")
public func PyUnicode_DecodeUTF8_(_ s: UnsafePointer<CChar>?, _ size: Int, _ errors: UnsafePointer<CChar>?) -> CObject? {
    // The error handler matters: _pickle reads str with surrogatepass.
    errors == nil ? PyUnicode_FromStringAndSize_(s, size) : decode(s, size, "utf-8", errors)
}

/// PyObject *PyUnicode_InternFromString(const char *v): new reference to an interned string.
@_cdecl("PyUnicode_InternFromString")
public func PyUnicode_InternFromString_(_ u: UnsafePointer<CChar>?) -> CObject? {
    capi(nil) {
        guard let u else { throw PythonError(PyExc.SystemError, "bad argument to internal function") }
        return Bridge.newReference(PyStr.intern(try decodeUTF8(u, strlen(u))))
    }
}

/// const char *PyUnicode_AsUTF8AndSize(PyObject *s, Py_ssize_t *size): borrowed buffer cached in s.
@_cdecl("PyUnicode_AsUTF8AndSize")
public func PyUnicode_AsUTF8AndSize_(_ op: CObject?, _ size: UnsafeMutablePointer<Py_ssize_t>?) -> UnsafePointer<CChar>? {
    capi(nil) {
        let s = try strObject(op)
        // A lone surrogate has no UTF-8: str.encode raises CPython's UnicodeEncodeError.
        if LoneSurrogate.contains(s.value) { _ = try Ops.callMethod(s, "encode", []) }
        return UnicodeMirror.utf8(op!, size: size)
    }
}

/// const char *PyUnicode_AsUTF8(PyObject *s): borrowed buffer cached in s.
@_cdecl("PyUnicode_AsUTF8")
public func PyUnicode_AsUTF8_(_ op: CObject?) -> UnsafePointer<CChar>? { PyUnicode_AsUTF8AndSize_(op, nil) }

/// PyObject *PyUnicode_AsUTF8String(PyObject *s): new reference to a bytes object.
@_cdecl("PyUnicode_AsUTF8String")
public func PyUnicode_AsUTF8String_(_ op: CObject?) -> CObject? {
    capi(nil) {
        let s = try strObject(op)
        if LoneSurrogate.contains(s.value) { return Bridge.newReference(try Ops.callMethod(s, "encode", [])) }
        return Bridge.newReference(PyBytes(Array(s.value.utf8)))
    }
}

/// Py_ssize_t PyUnicode_GetLength(PyObject *s): code points; -1 on error.
@_cdecl("PyUnicode_GetLength")
public func PyUnicode_GetLength_(_ op: CObject?) -> Int { capi(-1) { try strObject(op).count } }

/// int PyUnicode_CompareWithASCIIString(PyObject *s, const char *ascii): -1, 0 or 1; never fails.
@_cdecl("PyUnicode_CompareWithASCIIString")
public func PyUnicode_CompareWithASCIIString_(_ op: CObject?, _ ascii: UnsafePointer<CChar>?) -> Int32 {
    guard let op, let s = Bridge.object(op) as? PyStr else { return -1 }
    let a = Array(s.value.unicodeScalars.map(\.value))
    let b = Array(text(ascii).unicodeScalars.map(\.value))
    return a.lexicographicallyPrecedes(b) ? -1 : (a == b ? 0 : 1)
}

/// PyObject *PyUnicode_Concat(PyObject *left, PyObject *right): new reference.
@_cdecl("PyUnicode_Concat")
public func PyUnicode_Concat_(_ a: CObject?, _ b: CObject?) -> CObject? {
    capi(nil) { Bridge.newReference(PyStr(try strObject(a).value + strObject(b).value)) }
}

/// Checks the layout without wrapping: C may still be filling a fresh bytes object.
func bytesObject(_ op: CObject?) throws -> CObject {
    guard let op, op.pointee.ob_type.pointee.tp_flags & UInt(Py_TPFLAGS_BYTES_SUBCLASS) != 0 else {
        let name = op.map { String(cString: $0.pointee.ob_type.pointee.tp_name) } ?? "NULL"
        throw PythonError(PyExc.TypeError, "expected bytes, \(name) found")
    }
    return op
}

/// PyObject *PyBytes_FromStringAndSize(const char *v, Py_ssize_t len): new reference. With v NULL
/// the contents are left for C to fill before the runtime sees the object.
@_cdecl("PyBytes_FromStringAndSize")
public func PyBytes_FromStringAndSize_(_ v: UnsafePointer<CChar>?, _ len: Int) -> CObject? {
    capi(nil) {
        if len < 0 { throw PythonError(PyExc.SystemError, "Negative size passed to PyBytes_FromStringAndSize") }
        guard let v else {
            // Filled by C: built without a runtime object, wrapped when the runtime first sees it.
            let op = Mirrors.makeBytes([UInt8](repeating: 0, count: len))
            op.pointee.ob_refcnt = 1
            return op
        }
        let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(v).assumingMemoryBound(to: UInt8.self), count: len))
        return Bridge.newReference(PyBytes(bytes))
    }
}

/// PyObject *PyBytes_FromString(const char *v): new reference.
@_cdecl("PyBytes_FromString")
public func PyBytes_FromString_(_ v: UnsafePointer<CChar>?) -> CObject? {
    guard let v else { return PyBytes_FromStringAndSize_(nil, 0) }
    return PyBytes_FromStringAndSize_(v, strlen(v))
}

/// char *PyBytes_AsString(PyObject *o): the internal buffer (borrowed); NULL + TypeError otherwise.
@_cdecl("PyBytes_AsString")
public func PyBytes_AsString_(_ op: CObject?) -> UnsafeMutablePointer<CChar>? {
    capi(nil) {
        let b = try bytesObject(op)
        return UnsafeMutableRawPointer(Mirrors.bytesData(b)).assumingMemoryBound(to: CChar.self)
    }
}

/// Py_ssize_t PyBytes_Size(PyObject *o): -1 on error.
@_cdecl("PyBytes_Size")
public func PyBytes_Size_(_ op: CObject?) -> Int { capi(-1) { Mirrors.varSize(try bytesObject(op)) } }

/// int PyBytes_AsStringAndSize(PyObject *o, char **buffer, Py_ssize_t *length): 0, or -1 on error.
@_cdecl("PyBytes_AsStringAndSize")
public func PyBytes_AsStringAndSize_(_ op: CObject?, _ buffer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                                     _ length: UnsafeMutablePointer<Py_ssize_t>?) -> Int32 {
    capi(-1) {
        let b = try bytesObject(op)
        let n = Mirrors.varSize(b)
        let data = UnsafeMutableRawPointer(Mirrors.bytesData(b)).assumingMemoryBound(to: CChar.self)
        if length == nil && strlen(data) != n {
            throw PythonError(PyExc.ValueError, "embedded null byte")
        }
        buffer?.pointee = data
        length?.pointee = n
        return 0
    }
}

/// Encodes a str to bytes with a codec whose every code point fits in `limit` (ASCII, Latin-1).
func encodeLimited(_ op: CObject?, limit: UInt32, codec: String) throws -> CObject {
    let s = try strObject(op)
    var out: [UInt8] = []
    out.reserveCapacity(s.value.utf8.count)
    for (i, c) in s.value.unicodeScalars.enumerated() {
        guard c.value < limit else {
            throw PythonError(PyExc.UnicodeEncodeError,
                              "'\(codec)' codec can't encode character '\\u{\(String(c.value, radix: 16))}' in position \(i): ordinal not in range(\(limit))")
        }
        out.append(UInt8(c.value))
    }
    return Bridge.newReference(PyBytes(out))
}

/// PyObject *PyUnicode_AsASCIIString(PyObject *s): new reference; UnicodeEncodeError past 127.
@_cdecl("PyUnicode_AsASCIIString")
public func PyUnicode_AsASCIIString_(_ op: CObject?) -> CObject? { capi(nil) { try encodeLimited(op, limit: 128, codec: "ascii") } }

/// PyObject *PyUnicode_AsLatin1String(PyObject *s): new reference; UnicodeEncodeError past 255.
@_cdecl("PyUnicode_AsLatin1String")
public func PyUnicode_AsLatin1String_(_ op: CObject?) -> CObject? { capi(nil) { try encodeLimited(op, limit: 256, codec: "latin-1") } }

/// PyObject *PyUnicode_AsEncodedString(PyObject *s, const char *encoding, const char *errors):
/// new reference; the UTF-8, ASCII and Latin-1 codecs (others through str.encode).
@_cdecl("PyUnicode_AsEncodedString")
public func PyUnicode_AsEncodedString_(_ op: CObject?, _ encoding: UnsafePointer<CChar>?, _ errors: UnsafePointer<CChar>?) -> CObject? {
    capi(nil) {
        let enc = encoding.map { String(cString: $0).lowercased().replacingOccurrences(of: "_", with: "-") } ?? "utf-8"
        switch enc {
        case "utf-8" where !LoneSurrogate.contains(try strObject(op).value), "utf8" where !LoneSurrogate.contains(try strObject(op).value):
            return Bridge.newReference(PyBytes(Array(try strObject(op).value.utf8)))
        case "ascii", "us-ascii": return try encodeLimited(op, limit: 128, codec: "ascii")
        case "latin-1", "latin1", "iso-8859-1": return try encodeLimited(op, limit: 256, codec: "latin-1")
        default:
            var args: [PyObjects.PyObject] = [PyStr(enc)]
            if let errors { args.append(PyStr(String(cString: errors))) }
            return Bridge.newReference(try callFromC(try Ops.getAttr(try strObject(op), "encode"), args: args, kwargs: []))
        }
    }
}

/// PyObject *PyUnicode_FromOrdinal(int ordinal): new reference; ValueError outside range(0x110000).
@_cdecl("PyUnicode_FromOrdinal")
public func PyUnicode_FromOrdinal_(_ ordinal: Int32) -> CObject? {
    capi(nil) {
        guard ordinal >= 0 && ordinal < 0x110000 else {
            throw PythonError(PyExc.ValueError, "chr() arg not in range(0x110000)")
        }
        guard let scalar = LoneSurrogate.scalar(UInt32(ordinal)) else { throw LoneSurrogate.unrepresentable(UInt32(ordinal)) }
        return Bridge.newReference(PyStr(String(scalar)))
    }
}

/// PyObject *PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar): new reference to a compact string
/// that C fills (PyUnicode_WRITE / the data pointer) before the runtime sees it.
@_cdecl("PyUnicode_New")
public func PyUnicode_New_(_ size: Int, _ maxChar: UInt32) -> CObject? {
    capi(nil) {
        if size < 0 { throw PythonError(PyExc.SystemError, "Negative size passed to PyUnicode_New") }
        if maxChar > 0x10FFFF { throw PythonError(PyExc.SystemError, "invalid maximum character passed to PyUnicode_New") }
        let op = UnicodeMirror.allocateEmpty(length: size, maxChar: maxChar, type: Mirrors.staticType(&PyUnicode_Type))
        op.pointee.ob_refcnt = 1
        return op
    }
}

/// PyObject *PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size): new reference.
@_cdecl("PyUnicode_FromKindAndData")
public func PyUnicode_FromKindAndData_(_ kind: Int32, _ buffer: UnsafeRawPointer?, _ size: Int) -> CObject? {
    capi(nil) {
        guard size >= 0, kind == 1 || kind == 2 || kind == 4 else { throw PythonError(PyExc.SystemError, "invalid kind") }
        var scalars = String.UnicodeScalarView()
        for i in 0..<size {
            let c: UInt32
            switch kind {
            case 1: c = UInt32(buffer!.load(fromByteOffset: i, as: UInt8.self))
            case 2: c = UInt32(buffer!.load(fromByteOffset: 2 * i, as: UInt16.self))
            default: c = buffer!.load(fromByteOffset: 4 * i, as: UInt32.self)
            }
            if c < 0x110000 && LoneSurrogate.scalar(c) == nil { throw LoneSurrogate.unrepresentable(c) }
            guard let s = LoneSurrogate.scalar(c) else { throw PythonError(PyExc.ValueError, "character U+\(String(c, radix: 16)) is not in range [U+0000; U+10ffff]") }
            scalars.append(s)
        }
        return Bridge.newReference(PyStr(String(scalars)))
    }
}

/// Py_UCS4 PyUnicode_ReadChar(PyObject *s, Py_ssize_t index): (Py_UCS4)-1 with IndexError.
@_cdecl("PyUnicode_ReadChar")
public func PyUnicode_ReadChar_(_ op: CObject?, _ index: Int) -> UInt32 {
    capi(UInt32.max) {
        let s = try strObject(op)
        let scalars = s.scalars
        guard index >= 0 && index < scalars.count else { throw PythonError(PyExc.IndexError, "string index out of range") }
        return scalars[index].value
    }
}

/// PyObject *PyUnicode_Substring(PyObject *s, Py_ssize_t start, Py_ssize_t end): new reference.
@_cdecl("PyUnicode_Substring")
public func PyUnicode_Substring_(_ op: CObject?, _ start: Int, _ end: Int) -> CObject? {
    capi(nil) {
        let scalars = try strObject(op).scalars
        guard start >= 0, end >= 0 else { throw PythonError(PyExc.IndexError, "string index out of range") }
        let lo = min(start, scalars.count), hi = max(lo, min(end, scalars.count))
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[lo..<hi])
        return Bridge.newReference(PyStr(String(v)))
    }
}
