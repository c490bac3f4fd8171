import PyObjects
import PyCompiler
import Foundation

/// `_codecs`: the codec registry and the codecs CPython implements in C (UTF-8/16/32, Latin-1,
/// ASCII, the escape codecs and charmap), with the strict/ignore/replace/surrogateescape/
/// backslashreplace error handlers; other handlers come from `register_error`.
enum CodecsModule {
    nonisolated(unsafe) static var searchFunctions: [PyObject] = []
    /// CPython imports `encodings` (which registers the standard search function) at start-up;
    /// Swallow does it on the first lookup, whatever was registered before.
    nonisolated(unsafe) static var encodingsImported = false
    nonisolated(unsafe) static var cache: [String: PyObject] = [:]
    nonisolated(unsafe) static var errorHandlers: [String: PyObject] = [:]

    static func normalize(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: " ", with: "_")
    }

    static func lookup(_ encoding: String) throws -> PyObject {
        let key = normalize(encoding)
        if let c = cache[key] { return c }
        if !encodingsImported {
            encodingsImported = true
            _ = try? Importer.importModule("encodings")
        }
        for f in searchFunctions {
            let r = try Ops.call(f, args: [PyStr(key)])
            if r === pyNone { continue }
            guard let t = r as? PyTuple, t.items.count == 4 else {
                throw PythonError(PyExc.TypeError, "codec search functions must return 4-tuples")
            }
            cache[key] = r
            return r
        }
        throw PythonError(PyExc.LookupError, "unknown encoding: \(encoding)")
    }

    /// The codec's CodecInfo, refusing codecs that are not text encodings (str.encode/bytes.decode).
    static func textCodec(_ encoding: String) throws -> PyTuple {
        let info = try lookup(encoding) as! PyTuple
        if let flag = try Ops.getAttrOptional(info, PyStr.intern("_is_text_encoding")), !(try Ops.isTrue(flag)) {
            throw PythonError(PyExc.LookupError, "'\(encoding)' is not a text encoding; use codecs.encode() to handle arbitrary codecs")
        }
        return info
    }

    /// `str.encode` with a codec from the registry.
    static func encodeText(_ s: String, _ encoding: String, _ errors: String) throws -> [UInt8] {
        let r = try Ops.call(textCodec(encoding).items[0], args: [PyStr(s), PyStr(errors)])
        guard let t = r as? PyTuple, t.items.count == 2 else {
            throw PythonError(PyExc.TypeError, "encoder must return a tuple (object, integer)")
        }
        guard let b = t.items[0] as? PyBytes else {
            throw PythonError(PyExc.TypeError, "'\(encoding)' encoder returned '\(t.items[0].type.name)' instead of 'bytes'; use codecs.encode() to encode to arbitrary types")
        }
        return b.value
    }

    /// `bytes.decode` with a codec from the registry.
    static func decodeText(_ b: [UInt8], _ encoding: String, _ errors: String) throws -> String {
        let r = try Ops.call(textCodec(encoding).items[1], args: [PyBytes(b), PyStr(errors)])
        guard let t = r as? PyTuple, t.items.count == 2 else {
            throw PythonError(PyExc.TypeError, "decoder must return a tuple (object, integer)")
        }
        guard let s = t.items[0] as? PyStr else {
            throw PythonError(PyExc.TypeError, "'\(encoding)' decoder returned '\(t.items[0].type.name)' instead of 'str'; use codecs.decode() to decode to arbitrary types")
        }
        return s.value
    }

    static func data(_ o: PyObject) throws -> [UInt8] {
        if let b = ModArgs.bytes(o) { return b }
        if let s = o as? PyStr { return Array(s.value.utf8) }
        if let b = try? Ops.call(PyTypes.bytes, args: [o]) as? PyBytes { return b.value }
        throw PythonError(PyExc.TypeError, "a bytes-like object is required, not '\(o.type.name)'")
    }

    static func text(_ o: PyObject, _ fname: String) throws -> [Unicode.Scalar] {
        guard let s = o as? PyStr else {
            throw PythonError(PyExc.TypeError, "\(fname)() argument 1 must be str, not \(o.type.name)")
        }
        return Array(s.value.unicodeScalars)
    }

    static func errorsArg(_ a: [PyObject], _ i: Int) -> String {
        (i < a.count ? a[i] as? PyStr : nil)?.value ?? "strict"
    }

    static func makeString(_ u: [Unicode.Scalar]) -> PyStr {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: u)
        return PyStr(String(v))
    }

    static func decodeError(_ enc: String, _ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String) -> PythonError {
        let e = (try? Ops.call(PyExc.UnicodeDecodeError, args: [PyStr(enc), PyBytes(bytes), PyInt.make(start), PyInt.make(end), PyStr(reason)])) as? PyBaseException
        return e.map { PythonError($0) } ?? PythonError(PyExc.UnicodeDecodeError, reason)
    }

    static func encodeError(_ enc: String, _ text: [Unicode.Scalar], _ start: Int, _ end: Int, _ reason: String) -> PythonError {
        let e = (try? Ops.call(PyExc.UnicodeEncodeError, args: [PyStr(enc), makeString(text), PyInt.make(start), PyInt.make(end), PyStr(reason)])) as? PyBaseException
        return e.map { PythonError($0) } ?? PythonError(PyExc.UnicodeEncodeError, reason)
    }

    /// Applies a decode error handler for bytes[start..<end]; returns the replacement and where to resume.
    static func handleDecode(_ errors: String, _ enc: String, _ bytes: [UInt8], _ start: Int, _ end: Int,
                             _ reason: String) throws -> ([Unicode.Scalar], Int) {
        switch errors {
        case "strict": throw decodeError(enc, bytes, start, end, reason)
        case "ignore": return ([], end)
        case "replace": return (["\u{FFFD}"], end)
        case "surrogateescape":
            // Bytes 0x80..0xFF become lone surrogates U+DC80..U+DCFF; ASCII bytes cannot be escaped.
            if bytes[start..<end].contains(where: { $0 < 0x80 }) { throw decodeError(enc, bytes, start, end, reason) }
            return (bytes[start..<end].map { LoneSurrogate.scalar(0xDC00 + UInt32($0))! }, end)
        case "backslashreplace":
            return (Array(bytes[start..<end].map { String(format: "\\x%02x", $0) }.joined().unicodeScalars), end)
        default:
            guard let h = errorHandlers[errors] else {
                throw PythonError(PyExc.LookupError, "unknown error handler name '\(errors)'")
            }
            let exc = decodeError(enc, bytes, start, end, reason).exception
            let r = try Ops.toArray(Ops.call(h, args: [exc]))
            var pos = try Ops.indexInt(r[1])
            if pos < 0 { pos += bytes.count }
            return (Array(((r[0] as? PyStr)?.value ?? "").unicodeScalars), pos)
        }
    }

    static func handleEncode(_ errors: String, _ enc: String, _ text: [Unicode.Scalar], _ start: Int, _ end: Int,
                             _ reason: String, _ encodeOne: (Unicode.Scalar) -> [UInt8]?) throws -> ([UInt8], Int) {
        switch errors {
        case "strict": throw encodeError(enc, text, start, end, reason)
        case "ignore": return ([], end)
        case "replace": return (Array(repeating: UInt8(ascii: "?"), count: end - start), end)
        case "surrogateescape":
            var out: [UInt8] = []
            for c in text[start..<end] {
                let v = LoneSurrogate.codePoint(c)
                guard (0xDC80...0xDCFF).contains(v) else { throw encodeError(enc, text, start, end, reason) }
                out.append(UInt8(v - 0xDC00))
            }
            return (out, end)
        case "backslashreplace", "xmlcharrefreplace":
            var s = ""
            for c in text[start..<end] {
                let v = LoneSurrogate.codePoint(c)
                if errors == "xmlcharrefreplace" { s += "&#\(v);" } else {
                    s += v < 0x100 ? String(format: "\\x%02x", v) : v < 0x10000 ? String(format: "\\u%04x", v) : String(format: "\\U%08x", v)
                }
            }
            return (Array(s.utf8), end)
        default:
            guard let h = errorHandlers[errors] else {
                throw PythonError(PyExc.LookupError, "unknown error handler name '\(errors)'")
            }
            let exc = encodeError(enc, text, start, end, reason).exception
            let r = try Ops.toArray(Ops.call(h, args: [exc]))
            var pos = try Ops.indexInt(r[1])
            if pos < 0 { pos += text.count }
            if let b = ModArgs.bytes(r[0]) { return (b, pos) }
            var out: [UInt8] = []
            for c in ((r[0] as? PyStr)?.value ?? "").unicodeScalars {
                guard let e = encodeOne(c) else { throw encodeError(enc, text, start, end, reason) }
                out += e
            }
            return (out, pos)
        }
    }

    // MARK: codecs

    static func utf8Decode(_ b: [UInt8], _ errors: String, final: Bool) throws -> ([Unicode.Scalar], Int) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { out.append(Unicode.Scalar(c)); i += 1; continue }
            var need = 0, value: UInt32 = 0, minValue: UInt32 = 0
            if c >= 0xC2 && c <= 0xDF { need = 1; value = UInt32(c & 0x1F); minValue = 0x80 }
            else if c >= 0xE0 && c <= 0xEF { need = 2; value = UInt32(c & 0x0F); minValue = 0x800 }
            else if c >= 0xF0 && c <= 0xF4 { need = 3; value = UInt32(c & 0x07); minValue = 0x10000 }
            else {
                let (r, next) = try handleDecode(errors, "utf-8", b, i, i + 1, "invalid start byte")
                out += r; i = next; continue
            }
            var j = 1
            var bad = false
            while j <= need {
                if i + j >= b.count {
                    if !final { return (out, i) }
                    let (r, next) = try handleDecode(errors, "utf-8", b, i, b.count, "unexpected end of data")
                    out += r; i = next; bad = true; break
                }
                let cc = b[i + j]
                var ok = cc & 0xC0 == 0x80
                if j == 1 {
                    if c == 0xE0 && cc < 0xA0 { ok = false }
                    if c == 0xED && cc > 0x9F { ok = false }
                    if c == 0xF0 && cc < 0x90 { ok = false }
                    if c == 0xF4 && cc > 0x8F { ok = false }
                }
                if !ok && j == 1 && c == 0xED && errors == "surrogatepass" && cc >= 0xA0 && cc <= 0xBF
                    && i + 2 < b.count && b[i + 2] & 0xC0 == 0x80 {
                    // surrogatepass: ED A0..BF 80..BF is the UTF-8 form of a lone surrogate.
                    out.append(LoneSurrogate.scalar(0xD000 | UInt32(cc & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F))!)
                    i += 3; bad = true; break
                }
                if !ok {
                    let (r, next) = try handleDecode(errors, "utf-8", b, i, i + j, "invalid continuation byte")
                    out += r; i = next; bad = true; break
                }
                value = value << 6 | UInt32(cc & 0x3F)
                j += 1
            }
            if bad { continue }
            if value >= minValue, let s = Unicode.Scalar(value) {
                if LoneSurrogate.isShadow(s) { throw LoneSurrogate.unrepresentable(value) }
                out.append(s)
            }
            i += need + 1
        }
        return (out, i)
    }

    static func utf8Encode(_ t: [Unicode.Scalar], _ errors: String) throws -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < t.count {
            let c = t[i]
            if LoneSurrogate.isShadow(c) {
                var j = i + 1
                while j < t.count && LoneSurrogate.isShadow(t[j]) { j += 1 }
                if errors == "surrogatepass" {
                    for s in t[i..<j] {
                        let v = LoneSurrogate.codePoint(s)
                        out += [0xED, UInt8(0xA0 | ((v >> 6) & 0x1F)), UInt8(0x80 | (v & 0x3F))]
                    }
                    i = j; continue
                }
                let (r, next) = try handleEncode(errors, "utf-8", t, i, j, "surrogates not allowed") { Array(String($0).utf8) }
                out += r; i = next; continue
            }
            out += Array(String(c).utf8)
            i += 1
        }
        return out
    }

    static func singleByteEncode(_ t: [Unicode.Scalar], _ errors: String, limit: UInt32, _ enc: String) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(t.count)
        var i = 0
        while i < t.count {
            if t[i].value < limit { out.append(UInt8(t[i].value)); i += 1; continue }
            var j = i + 1
            while j < t.count && t[j].value >= limit { j += 1 }
            let (r, next) = try handleEncode(errors, enc, t, i, j, "ordinal not in range(\(limit))") {
                $0.value < limit ? [UInt8($0.value)] : nil
            }
            out += r; i = next
        }
        return out
    }

    static func asciiDecode(_ b: [UInt8], _ errors: String) throws -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < b.count {
            if b[i] < 128 { out.append(Unicode.Scalar(b[i])); i += 1; continue }
            let (r, next) = try handleDecode(errors, "ascii", b, i, i + 1, "ordinal not in range(128)")
            out += r; i = next
        }
        return out
    }

    /// UTF-16/32 with the given byte order (nil: read or write a BOM, little-endian default).
    static func wideDecode(_ b: [UInt8], _ errors: String, width: Int, little: Bool?, final: Bool) throws -> ([Unicode.Scalar], Int) {
        var le = little ?? true
        var i = 0
        let name = width == 2 ? "utf-16" : "utf-32"
        if little == nil && b.count >= width {
            if width == 2 && b[0] == 0xFF && b[1] == 0xFE { i = 2 } else if width == 2 && b[0] == 0xFE && b[1] == 0xFF { le = false; i = 2 }
            if width == 4 && b.starts(with: [0xFF, 0xFE, 0, 0]) { i = 4 } else if width == 4 && b.starts(with: [0, 0, 0xFE, 0xFF]) { le = false; i = 4 }
        }
        var out: [Unicode.Scalar] = []
        func unit(_ at: Int) -> UInt32 {
            var v: UInt32 = 0
            for k in 0..<width { v |= UInt32(b[at + k]) << (8 * UInt32(le ? k : width - 1 - k)) }
            return v
        }
        while i + width <= b.count {
            var v = unit(i)
            var used = width
            if width == 2 && (0xD800...0xDBFF).contains(v) {
                if i + 4 > b.count {
                    if !final { return (out, i) }
                    let (r, next) = try handleDecode(errors, name, b, i, b.count, "unexpected end of data")
                    out += r; i = next; continue
                }
                let lo = unit(i + 2)
                if (0xDC00...0xDFFF).contains(lo) { v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00); used = 4 } else {
                    let (r, next) = try handleDecode(errors, name, b, i, i + 2, "illegal UTF-16 surrogate")
                    out += r; i = next; continue
                }
            }
            guard let s = Unicode.Scalar(v) else {
                let (r, next) = try handleDecode(errors, name, b, i, i + width, width == 2 ? "illegal encoding" : "code point not in range(0x110000)")
                out += r; i = next; continue
            }
            out.append(s)
            i += used
        }
        if i < b.count && final {
            let (r, next) = try handleDecode(errors, name, b, i, b.count, "truncated data")
            out += r; i = next
        }
        return (out, i)
    }

    static func wideEncode(_ t: [Unicode.Scalar], width: Int, little: Bool?) -> [UInt8] {
        let le = little ?? true
        var out: [UInt8] = []
        func put(_ v: UInt32) {
            for k in 0..<width { out.append(UInt8((v >> (8 * UInt32(le ? k : width - 1 - k))) & 0xFF)) }
        }
        if little == nil { put(width == 2 ? 0xFEFF : 0xFEFF) }
        for c in t {
            if width == 2 && c.value >= 0x10000 {
                let v = c.value - 0x10000
                put(0xD800 + (v >> 10)); put(0xDC00 + (v & 0x3FF))
            } else {
                put(c.value)
            }
        }
        return out
    }

    static func escapeDecode(_ b: [UInt8], _ errors: String, unicode: Bool, raw: Bool) throws -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = 0
        let name = raw ? "rawunicodeescape" : "unicodeescape"
        func hex(_ from: Int, _ n: Int) -> UInt32? {
            guard from + n <= b.count else { return nil }
            var v: UInt32 = 0
            for k in from..<(from + n) {
                guard let d = Character(Unicode.Scalar(b[k])).hexDigitValue else { return nil }
                v = v * 16 + UInt32(d)
            }
            return v
        }
        while i < b.count {
            let c = b[i]
            if c != UInt8(ascii: "\\") || i + 1 >= b.count {
                if c == UInt8(ascii: "\\") && !raw {
                    if !unicode { out.append("\\"); i += 1; continue }
                    let (r, next) = try handleDecode(errors, name, b, i, b.count, "\\ at end of string")
                    out += r; i = next; continue
                }
                out.append(Unicode.Scalar(c)); i += 1; continue
            }
            let n = b[i + 1]
            if raw {
                if n == UInt8(ascii: "u") || n == UInt8(ascii: "U") {
                    let w = n == UInt8(ascii: "u") ? 4 : 8
                    if let v = hex(i + 2, w), let s = LoneSurrogate.scalar(v) { out.append(s); i += 2 + w; continue }
                    let (r, next) = try handleDecode(errors, name, b, i, min(b.count, i + 2 + w), "truncated \\\(w == 4 ? "u" : "U")XXXX escape")
                    out += r; i = next; continue
                }
                out.append("\\"); i += 1; continue
            }
            i += 2
            switch n {
            case UInt8(ascii: "\n"): break
            case UInt8(ascii: "\\"): out.append("\\")
            case UInt8(ascii: "'"): out.append("'")
            case UInt8(ascii: "\""): out.append("\"")
            case UInt8(ascii: "a"): out.append("\u{07}")
            case UInt8(ascii: "b"): out.append("\u{08}")
            case UInt8(ascii: "f"): out.append("\u{0C}")
            case UInt8(ascii: "n"): out.append("\n")
            case UInt8(ascii: "r"): out.append("\r")
            case UInt8(ascii: "t"): out.append("\t")
            case UInt8(ascii: "v"): out.append("\u{0B}")
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var v = UInt32(n - UInt8(ascii: "0"))
                var k = 0
                while k < 2 && i < b.count && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(b[i]) {
                    v = v * 8 + UInt32(b[i] - UInt8(ascii: "0")); i += 1; k += 1
                }
                out.append(Unicode.Scalar(unicode ? v : v & 0xFF) ?? "\u{FFFD}")
            case UInt8(ascii: "x"), UInt8(ascii: "u") where unicode, UInt8(ascii: "U") where unicode:
                let w = n == UInt8(ascii: "x") ? 2 : n == UInt8(ascii: "u") ? 4 : 8
                if let v = hex(i, w), let s = LoneSurrogate.scalar(v) { out.append(s); i += w } else {
                    if !unicode { throw PythonError(PyExc.ValueError, "invalid \\x escape at position \(i - 2)") }
                    let (r, next) = try handleDecode(errors, name, b, i - 2, min(b.count, i + w), "truncated \\\(Character(Unicode.Scalar(n)))\(String(repeating: "X", count: w)) escape")
                    out += r; i = next
                }
            default:
                out.append("\\"); out.append(Unicode.Scalar(n))
            }
        }
        return out
    }

    static func escapeEncode(_ t: [Unicode.Scalar], raw: Bool) -> [UInt8] {
        var s = ""
        for c in t {
            let v = LoneSurrogate.codePoint(c)
            if raw {
                if v >= 0x10000 { s += String(format: "\\U%08x", v) } else if v >= 0x100 { s += String(format: "\\u%04x", v) } else { s.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\\": s += "\\\\"
            case "\n": s += "\\n"
            case "\r": s += "\\r"
            case "\t": s += "\\t"
            default:
                if v < 0x20 || (v >= 0x7F && v < 0x100) { s += String(format: "\\x%02x", v) }
                else if v >= 0x10000 { s += String(format: "\\U%08x", v) }
                else if v >= 0x100 { s += String(format: "\\u%04x", v) }
                else { s.unicodeScalars.append(c) }
            }
        }
        return Array(s.utf8)
    }

    // MARK: the module

    static func make() -> PyModule {
        let b = ModuleBuilder("_codecs")
        b.fn("register") { a, _ in
            guard let f = a.first, Ops.isCallable(f) else { throw PythonError(PyExc.TypeError, "argument must be callable") }
            searchFunctions.append(f)
            return pyNone
        }
        b.fn("unregister") { a, _ in
            searchFunctions.removeAll { $0 === a[0] }
            cache = [:]
            return pyNone
        }
        b.fn("lookup") { a, _ in try lookup(try ModArgs.str(a.first, "lookup", "argument")) }
        b.fn("_forget_codec") { a, _ in cache[normalize((a.first as? PyStr)?.value ?? "")] = nil; return pyNone }
        for (name, isEncode) in [("encode", true), ("decode", false)] {
            b.fn(name) { a, k in
                guard let obj = ModArgs.arg(a, k, 0, "obj") else {
                    throw PythonError(PyExc.TypeError, "\(name)() missing required argument 'obj' (pos 1)")
                }
                let enc = (ModArgs.arg(a, k, 1, "encoding") as? PyStr)?.value ?? "utf-8"
                let errors = ModArgs.arg(a, k, 2, "errors") ?? PyStr("strict")
                let info = try lookup(enc) as! PyTuple
                let r = try Ops.call(info.items[isEncode ? 0 : 1], args: [obj, errors])
                guard let t = r as? PyTuple, t.items.count == 2 else {
                    throw PythonError(PyExc.TypeError, "\(isEncode ? "encoder" : "decoder") must return a tuple (object, integer)")
                }
                return t.items[0]
            }
        }
        b.fn("register_error") { a, _ in
            errorHandlers[try ModArgs.str(a.first, "register_error", "argument 1")] = a[1]
            return pyNone
        }
        b.fn("lookup_error") { a, _ in
            let name = try ModArgs.str(a.first, "lookup_error", "argument")
            if let h = errorHandlers[name] { return h }
            if ["strict", "ignore", "replace", "surrogateescape", "backslashreplace", "xmlcharrefreplace",
                "surrogatepass", "namereplace"].contains(name), let f = b.module.dict.getItem(string: name + "_errors") {
                return f
            }
            throw PythonError(PyExc.LookupError, "unknown error handler name '\(name)'")
        }
        for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace"] {
            b.fn(name + "_errors") { a, _ in
                guard let e = a.first as? PyBaseException else {
                    throw PythonError(PyExc.TypeError, "don't know how to handle \(a.first?.type.name ?? "None") in error callback")
                }
                if name == "strict" { throw PythonError(e) }
                let end = try Ops.getAttr(e, "end")
                let start = try Ops.indexInt(Ops.getAttr(e, "start")), stop = try Ops.indexInt(end)
                let obj = try Ops.getAttr(e, "object")
                if e.type.isSubtype(of: PyExc.UnicodeDecodeError) {
                    let bytes = try data(obj)
                    let (r, _) = try handleDecode(name, "", bytes, start, stop, "")
                    return PyTuple([makeString(r), end])
                }
                let text = try CodecsModule.text(obj, name)
                let (r, _) = try handleEncode(name, "", text, start, stop, "") { _ in nil }
                return PyTuple([PyStr(String(decoding: r, as: UTF8.self)), end])
            }
        }
        func final(_ a: [PyObject], _ i: Int) throws -> Bool { i < a.count ? try Ops.isTrue(a[i]) : false }
        // Decoders take (data, errors=None, final=False) and return (str, consumed).
        func decoder(_ name: String, _ body: @escaping ([UInt8], String, Bool) throws -> ([Unicode.Scalar], Int)) {
            b.fn(name) { a, _ in
                let bytes = try data(a.first ?? PyBytes([]))
                let (u, n) = try body(bytes, errorsArg(a, 1), try final(a, 2))
                return PyTuple([makeString(u), PyInt.make(n)])
            }
        }
        func encoder(_ name: String, _ body: @escaping ([Unicode.Scalar], String) throws -> [UInt8]) {
            b.fn(name) { a, _ in
                let t = try text(a.first ?? pyNone, name)
                return PyTuple([PyBytes(try body(t, errorsArg(a, 1))), PyInt.make(t.count)])
            }
        }
        decoder("utf_8_decode") { try utf8Decode($0, $1, final: $2) }
        encoder("utf_8_encode") { try utf8Encode($0, $1) }
        decoder("latin_1_decode") { b, _, _ in (b.map { Unicode.Scalar($0) }, b.count) }
        encoder("latin_1_encode") { try singleByteEncode($0, $1, limit: 256, "latin-1") }
        decoder("ascii_decode") { b, e, _ in (try asciiDecode(b, e), b.count) }
        encoder("ascii_encode") { try singleByteEncode($0, $1, limit: 128, "ascii") }
        for (suffix, little) in [("", nil), ("_le", true), ("_be", false)] as [(String, Bool?)] {
            decoder("utf_16\(suffix)_decode") { try wideDecode($0, $1, width: 2, little: little, final: $2) }
            decoder("utf_32\(suffix)_decode") { try wideDecode($0, $1, width: 4, little: little, final: $2) }
            encoder("utf_16\(suffix)_encode") { t, _ in wideEncode(t, width: 2, little: little) }
            encoder("utf_32\(suffix)_encode") { t, _ in wideEncode(t, width: 4, little: little) }
        }
        for width in [2, 4] {
            b.fn("utf_\(width * 8)_ex_decode") { a, _ in
                let bytes = try data(a[0])
                var little: Bool?
                var order = 0
                if width == 2 && bytes.starts(with: [0xFF, 0xFE]) || width == 4 && bytes.starts(with: [0xFF, 0xFE, 0, 0]) { little = nil; order = -1 }
                else if width == 2 && bytes.starts(with: [0xFE, 0xFF]) || width == 4 && bytes.starts(with: [0, 0, 0xFE, 0xFF]) { little = nil; order = 1 }
                else if a.count > 2 { let o = try Ops.indexInt(a[2]); little = o > 0 ? false : true; order = o }
                else { little = true }
                let (u, n) = try wideDecode(bytes, errorsArg(a, 1), width: width, little: little, final: try final(a, 3))
                return PyTuple([makeString(u), PyInt.make(n), PyInt.make(order)])
            }
        }
        decoder("unicode_escape_decode") { b, e, _ in (try escapeDecode(b, e, unicode: true, raw: false), b.count) }
        decoder("raw_unicode_escape_decode") { b, e, _ in (try escapeDecode(b, e, unicode: true, raw: true), b.count) }
        encoder("unicode_escape_encode") { t, _ in escapeEncode(t, raw: false) }
        encoder("raw_unicode_escape_encode") { t, _ in escapeEncode(t, raw: true) }
        b.fn("escape_decode") { a, _ in
            let bytes = try data(a[0])
            let u = try escapeDecode(bytes, errorsArg(a, 1), unicode: false, raw: false)
            return PyTuple([PyBytes(u.map { UInt8(truncatingIfNeeded: $0.value) }), PyInt.make(bytes.count)])
        }
        b.fn("escape_encode") { a, _ in
            let bytes = try data(a[0])
            let text = Array(bytes.map { Unicode.Scalar($0) })
            var out: [UInt8] = []
            for c in text {
                if c == "'" { out += Array("\\'".utf8); continue }
                out += escapeEncode([c], raw: false)
            }
            return PyTuple([PyBytes(out), PyInt.make(bytes.count)])
        }
        b.fn("charmap_build") { a, _ in
            let t = try text(a[0], "charmap_build")
            let d = PyDict()
            for (i, c) in t.enumerated() { try d.set(PyInt.make(Int(c.value)), PyInt.make(i)) }
            return d
        }
        b.fn("charmap_decode") { a, _ in
            let bytes = try data(a[0])
            let errors = errorsArg(a, 1)
            let mapping = a.count > 2 ? a[2] : pyNone
            if mapping === pyNone { return PyTuple([makeString(bytes.map { Unicode.Scalar($0) }), PyInt.make(bytes.count)]) }
            let table = (mapping as? PyStr).map { Array($0.value.unicodeScalars) }
            var out: [Unicode.Scalar] = []
            var i = 0
            while i < bytes.count {
                var mapped: [Unicode.Scalar]?
                if let t = table {
                    if Int(bytes[i]) < t.count && t[Int(bytes[i])] != "\u{FFFE}" { mapped = [t[Int(bytes[i])]] }
                } else {
                    let v = try? Ops.getItem(mapping, PyInt.make(Int(bytes[i])))
                    if let s = v as? PyStr { mapped = Array(s.value.unicodeScalars) }
                    else if let n = v as? PyInt, let s = Unicode.Scalar(UInt32(n.intValue ?? 0xFFFE)), s != "\u{FFFE}" { mapped = [s] }
                }
                if let m = mapped { out += m; i += 1; continue }
                let (r, next) = try handleDecode(errors, "charmap", bytes, i, i + 1, "character maps to <undefined>")
                out += r; i = next
            }
            return PyTuple([makeString(out), PyInt.make(bytes.count)])
        }
        b.fn("charmap_encode") { a, _ in
            let t = try text(a[0], "charmap_encode")
            let errors = errorsArg(a, 1)
            let mapping = a.count > 2 ? a[2] : pyNone
            if mapping === pyNone { return PyTuple([PyBytes(try singleByteEncode(t, errors, limit: 256, "latin-1")), PyInt.make(t.count)]) }
            func one(_ c: Unicode.Scalar) -> [UInt8]? {
                guard let v = try? Ops.getItem(mapping, PyInt.make(Int(c.value))), v !== pyNone else { return nil }
                if let n = v as? PyInt { return [UInt8(truncatingIfNeeded: n.intValue ?? 0)] }
                return ModArgs.bytes(v)
            }
            var out: [UInt8] = []
            var i = 0
            while i < t.count {
                if let e = one(t[i]) { out += e; i += 1; continue }
                let (r, next) = try handleEncode(errors, "charmap", t, i, i + 1, "character maps to <undefined>", one)
                out += r; i = next
            }
            return PyTuple([PyBytes(out), PyInt.make(t.count)])
        }
        return b.module
    }
}
