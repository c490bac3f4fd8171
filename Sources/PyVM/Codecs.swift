import PyObjects

/// The built-in codecs (utf-8, latin-1, ascii) with CPython's error handlers and messages.
enum Codecs {
    enum Kind { case utf8, latin1, ascii }

    static func kind(_ encoding: String) throws -> Kind {
        switch encoding.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-") {
        case "utf-8", "utf8", "u8", "utf": return .utf8
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "latin", "l1": return .latin1
        case "ascii", "us-ascii", "646": return .ascii
        default: throw PythonError(PyExc.LookupError, "unknown encoding: \(encoding)")
        }
    }

    static func name(_ k: Kind) -> String {
        switch k {
        case .utf8: return "utf-8"
        case .latin1: return "latin-1"
        case .ascii: return "ascii"
        }
    }

    static func unknownHandler(_ errors: String) -> PythonError {
        PythonError(PyExc.LookupError, "unknown error handler name '\(errors)'")
    }

    /// A UnicodeEncodeError/UnicodeDecodeError with CPython's arguments (its message comes from them).
    static func unicodeError(_ type: PyType, encoding: String, object: PyObject, start: Int, end: Int,
                             reason: String) -> PythonError {
        ExceptionMethods.unicodeError(type, encoding, object, start, end, reason)
    }

    static func escape(_ v: UInt32) -> String {
        if v < 0x100 { return "\\x" + Repr.hex(v, 2) }
        if v < 0x10000 { return "\\u" + Repr.hex(v, 4) }
        return "\\U" + Repr.hex(v, 8)
    }

    static func encode(_ s: String, _ encoding: String, _ errors: String = "strict") throws -> [UInt8] {
        // Other codecs come from the codec registry (the encodings package), as in CPython.
        guard let k = try? kind(encoding) else { return try CodecsModule.encodeText(s, encoding, errors) }
        if k == .utf8 {
            if !LoneSurrogate.contains(s) { return Array(s.utf8) }
            return try CodecsModule.utf8Encode(Array(s.unicodeScalars), errors)
        }
        let limit: UInt32 = k == .latin1 ? 256 : 128
        let sc = Array(s.unicodeScalars)
        var out: [UInt8] = []
        out.reserveCapacity(sc.count)
        var i = 0
        while i < sc.count {
            let u = sc[i]
            if u.value < limit { out.append(UInt8(u.value)); i += 1; continue }
            var j = i
            while j < sc.count && sc[j].value >= limit { j += 1 }
            switch errors {
            case "strict":
                throw unicodeError(PyExc.UnicodeEncodeError,
                    encoding: name(k), object: PyStr(s), start: i, end: j, reason: "ordinal not in range(\(limit))")
            case "ignore": break
            case "replace": out += [UInt8](repeating: 63, count: j - i)
            case "xmlcharrefreplace": for x in sc[i..<j] { out += Array("&#\(LoneSurrogate.codePoint(x));".utf8) }
            case "backslashreplace": for x in sc[i..<j] { out += Array(escape(LoneSurrogate.codePoint(x)).utf8) }
            case "surrogateescape":
                for x in sc[i..<j] {
                    let v = LoneSurrogate.codePoint(x)
                    guard v >= 0xDC80 && v <= 0xDCFF else {
                        throw unicodeError(PyExc.UnicodeEncodeError, encoding: name(k), object: PyStr(s), start: i, end: j,
                                           reason: "ordinal not in range(\(limit))")
                    }
                    out.append(UInt8(v - 0xDC00))
                }
            case "namereplace":
                for x in sc[i..<j] {
                    if let n = x.properties.name { out += Array("\\N{\(n)}".utf8) } else { out += Array(escape(x.value).utf8) }
                }
            default: throw unknownHandler(errors)
            }
            i = j
        }
        return out
    }

    /// The length of the valid UTF-8 sequence at `i`, or the failing range and reason.
    static func utf8Step(_ b: [UInt8], _ i: Int) -> (Int, String?) {
        let c = b[i]
        if c < 0x80 { return (1, nil) }
        var need = 0
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return (1, "invalid start byte")
        }
        for k in 1...need {
            if i + k >= b.count { return (b.count - i, "unexpected end of data") }
            let x = b[i + k]
            let ok = k == 1 ? (x >= lo && x <= hi) : (x >= 0x80 && x <= 0xBF)
            if !ok { return (k, "invalid continuation byte") }
        }
        return (need + 1, nil)
    }

    static func decode(_ b: [UInt8], _ encoding: String, _ errors: String = "strict", object: PyObject? = nil) throws -> String {
        guard let k = try? kind(encoding) else { return try CodecsModule.decodeText(b, encoding, errors) }
        if k == .latin1 { return String(String.UnicodeScalarView(b.map { Unicode.Scalar($0) })) }
        if k == .utf8, let s = String(validating: b, as: UTF8.self) {
            if LoneSurrogate.contains(s) { throw LoneSurrogate.unrepresentable(LoneSurrogate.codePoints(s).first { $0 > 0x10D7FF && $0 < 0x10E000 } ?? 0) }
            return s
        }
        if k == .ascii && b.allSatisfy({ $0 < 0x80 }) { return String(decoding: b, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < b.count {
            let (n, bad): (Int, String?) = k == .utf8 ? utf8Step(b, i) : (1, b[i] < 0x80 ? nil : "ordinal not in range(128)")
            if bad == nil {
                let piece = String(decoding: b[i..<(i + n)], as: UTF8.self).unicodeScalars
                if let u = piece.first, LoneSurrogate.isShadow(u) { throw LoneSurrogate.unrepresentable(u.value) }
                out.append(contentsOf: piece)
                i += n
                continue
            }
            // surrogatepass: ED A0..BF 80..BF is the UTF-8 form of a surrogate.
            if k == .utf8 && errors == "surrogatepass" && i + 2 < b.count && b[i] == 0xED
                && (0xA0...0xBF).contains(b[i + 1]) && (0x80...0xBF).contains(b[i + 2]) {
                let v = 0xD000 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                out.append(LoneSurrogate.scalar(v)!)
                i += 3
                continue
            }
            switch errors {
            case "strict":
                let reason = bad!
                throw unicodeError(PyExc.UnicodeDecodeError,
                    encoding: name(k), object: object ?? PyBytes(b), start: i, end: i + n, reason: reason)
            case "ignore": break
            case "replace": out.append("\u{FFFD}")
            case "backslashreplace":
                for x in b[i..<(i + n)] { out.append(contentsOf: ("\\x" + Repr.hex(UInt32(x), 2)).unicodeScalars) }
            case "surrogateescape":
                // Bytes 0x80..0xFF become U+DC80..U+DCFF; an ASCII byte cannot be escaped.
                for x in b[i..<(i + n)] {
                    guard x >= 0x80 else {
                        throw unicodeError(PyExc.UnicodeDecodeError, encoding: name(k), object: object ?? PyBytes(b),
                                           start: i, end: i + n, reason: bad!)
                    }
                    out.append(LoneSurrogate.scalar(0xDC00 + UInt32(x))!)
                }
            case "surrogatepass":
                throw unicodeError(PyExc.UnicodeDecodeError, encoding: name(k), object: object ?? PyBytes(b),
                                   start: i, end: i + n, reason: bad!)
            default: throw unknownHandler(errors)
            }
            i += n
        }
        return String(out)
    }
}
