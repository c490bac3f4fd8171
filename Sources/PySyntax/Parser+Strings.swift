// String literals: implicit concatenation, escape decoding, and f-strings.
//
// In 3.11 an f-string is one STRING token; the parser splits it into literal text and
// replacement fields, and parses each field's expression with a nested parser whose positions
// are shifted to where the field sits in the source.

extension Parser {
    /// One piece of an f-string: literal text or a FormattedValue.
    enum FPart {
        case text(String)
        case value(Expr)
    }

    /// strings: STRING+
    func strings() throws -> Expr {
        var toks: [Token] = []
        while try peek().kind == .string { toks.append(try advance()) }
        let whole = range(from: toks[0])
        var sawBytes = false, sawStr = false, sawF = false
        var bytes: [UInt8] = []
        var parts: [FPart] = []
        let firstPrefix = Parser.prefix(of: toks[0])
        for t in toks {
            let prefix = Parser.prefix(of: t).lowercased()
            let isBytes = prefix.contains("b"), isRaw = prefix.contains("r"), isF = prefix.contains("f")
            if isBytes { sawBytes = true } else { sawStr = true }
            if sawBytes && sawStr {
                throw error("cannot mix bytes and nonbytes literals", whole)
            }
            let raw = Array(t.text.utf8)
            let q = raw[prefix.utf8.count]
            let qlen = raw.count >= prefix.utf8.count + 6 && raw[prefix.utf8.count + 1] == q && raw[prefix.utf8.count + 2] == q ? 3 : 1
            let bodyStart = prefix.utf8.count + qlen, bodyEnd = raw.count - qlen
            if isBytes {
                if raw[bodyStart..<bodyEnd].contains(where: { $0 >= 0x80 }) {
                    throw error("bytes can only contain ASCII literal characters", t)
                }
                bytes += isRaw ? Array(raw[bodyStart..<bodyEnd]) : try decodeBytesEscapes(raw[bodyStart..<bodyEnd], t)
            } else if isF {
                sawF = true
                var i = bodyStart
                parts += try fstringParts(t, raw, &i, bodyEnd, raw: isRaw, level: 0, whole: whole)
            } else {
                let s = isRaw ? String(decoding: raw[bodyStart..<bodyEnd], as: UTF8.self)
                              : try decodeStrEscapes(raw[bodyStart..<bodyEnd], t)
                parts.append(.text(s))
            }
        }
        if sawBytes { return Expr(.constant(value: .bytes(bytes), kind: nil), whole) }
        if !sawF {
            var s = ""
            for case .text(let x) in parts { s += x }
            return Expr(.constant(value: .str(s), kind: firstPrefix == "u" ? "u" : nil), whole)
        }
        return Expr(.joinedStr(values: joinParts(parts, loc: whole)), whole)
    }

    /// Merges adjacent literal text and drops empty literals, as CPython does. Text flushed
    /// before a replacement field gets `loc`; the trailing text gets `trailingLoc` (for a format
    /// spec that is the spec's own token: a 3.11 quirk reproduced on purpose).
    func joinParts(_ parts: [FPart], loc: SourceRange, trailingLoc: SourceRange? = nil) -> [Expr] {
        var out: [Expr] = []
        var pending: String? = nil
        func flush(_ l: SourceRange) {
            if let p = pending, !p.isEmpty { out.append(Expr(.constant(value: .str(p), kind: nil), l)) }
            pending = nil
        }
        for p in parts {
            switch p {
            case .text(let s): pending = (pending ?? "") + s
            case .value(let e): flush(loc); out.append(e)
            }
        }
        flush(trailingLoc ?? loc)
        return out
    }

    static func prefix(of t: Token) -> String {
        var s = ""
        for c in t.text.unicodeScalars {
            if c == "'" || c == "\"" { break }
            s.unicodeScalars.append(c)
        }
        return s
    }

    // MARK: f-strings

    /// f-string errors are reported where CPython's parser stood: the token after the literal.
    func fstringError(_ msg: String, _ t: Token) -> SyntaxErrorInfo {
        let at = tokens.last.map { $0.kind == .endmarker ? t : $0 } ?? t
        return error("f-string: " + msg, at)
    }

    /// Parses f-string text `raw[i..<end]` of token `t` into parts. At `level` 1 (a format spec)
    /// it stops before the closing '}'.
    func fstringParts(_ t: Token, _ raw: [UInt8], _ i: inout Int, _ end: Int, raw isRaw: Bool, level: Int,
                      whole: SourceRange) throws -> [FPart] {
        var parts: [FPart] = []
        let tokLoc = startLoc(t)
        let partLoc = whole
        while i < end {
            // Literal text up to a brace.
            var lit: [UInt8] = []
            var braceCh: UInt8 = 0
            while i < end {
                var ch = raw[i]
                i += 1
                if !isRaw && ch == 92 && i < end {
                    lit.append(ch)
                    ch = raw[i]
                    i += 1
                    if ch == 78 && i < end && raw[i] == 123 { // \N{...}: braces belong to the escape
                        lit.append(ch)
                        while i < end {
                            lit.append(raw[i])
                            i += 1
                            if raw[i - 1] == 125 { break }
                        }
                        continue
                    }
                    if ch != 123 && ch != 125 { lit.append(ch); continue }
                    lit.removeLast() // "\{" keeps the backslash as text, the brace acts
                    lit.append(92)
                }
                if ch == 123 || ch == 125 {
                    if level == 0 {
                        if i < end && raw[i] == ch { // doubled brace is a literal brace
                            lit.append(ch)
                            i += 1
                            continue
                        }
                        if ch == 125 { throw fstringError("single '}' is not allowed", t) }
                    }
                    i -= 1
                    braceCh = ch
                    break
                }
                lit.append(ch)
            }
            if !lit.isEmpty {
                let s = isRaw ? String(decoding: lit, as: UTF8.self) : try decodeStrEscapes(lit[...], t)
                parts.append(.text(s))
            }
            if braceCh == 0 { break }
            if braceCh == 125 { break } // end of a format spec; the caller consumes it
            // A replacement field.
            if level >= 2 { throw fstringError("expressions nested too deeply", t) }
            let braceAt = i
            i += 1
            let exprStart = i
            var quote: UInt8 = 0, quoteLen = 0
            var nest: [UInt8] = []
            while i < end {
                let ch = raw[i]
                if ch == 92 { throw error("f-string expression part cannot include a backslash", tokens.last.map { $0.kind == .endmarker ? t : $0 } ?? t) }
                if quote != 0 {
                    if ch == quote {
                        if quoteLen == 3 {
                            if i + 2 < end && raw[i + 1] == ch && raw[i + 2] == ch {
                                i += 3
                                quote = 0
                                continue
                            }
                        } else {
                            quote = 0
                        }
                    }
                    i += 1
                    continue
                }
                if ch == 39 || ch == 34 {
                    if i + 2 < end && raw[i + 1] == ch && raw[i + 2] == ch {
                        quote = ch; quoteLen = 3; i += 3; continue
                    }
                    quote = ch; quoteLen = 1; i += 1; continue
                }
                if ch == 91 || ch == 40 || ch == 123 {
                    nest.append(ch)
                } else if ch == 35 {
                    throw error("f-string expression part cannot include '#'", tokens.last.map { $0.kind == .endmarker ? t : $0 } ?? t)
                } else if nest.isEmpty && (ch == 33 || ch == 58 || ch == 125 || ch == 61 || ch == 60 || ch == 62) {
                    if i + 1 < end && raw[i + 1] == 61 && ch != 58 && ch != 125 {
                        i += 2 // != == <= >=
                        continue
                    }
                    if ch == 60 || ch == 62 { i += 1; continue }
                    break
                } else if ch == 93 || ch == 41 || ch == 125 {
                    guard let open = nest.popLast() else {
                        throw fstringError("unmatched '\(String(UnicodeScalar(ch)))'", t)
                    }
                    let want: UInt8 = open == 40 ? 41 : open == 91 ? 93 : 125
                    if ch != want {
                        throw fstringError("closing parenthesis '\(String(UnicodeScalar(ch)))' does not match opening parenthesis '\(String(UnicodeScalar(open)))'", t)
                    }
                }
                i += 1
            }
            if quote != 0 { throw fstringError("unterminated string", t) }
            if let open = nest.last { throw fstringError("unmatched '\(String(UnicodeScalar(open)))'", t) }
            if i >= end { throw fstringError("expecting '}'", t) }
            let exprBytes = Array(raw[exprStart..<i])
            if exprBytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 12 || $0 == 13 }) {
                if raw[i] == 61 { throw fstringError("expression required before '='", t) }
                if raw[i] == 33 { throw fstringError("expression required before '!'", t) }
                if raw[i] == 58 { throw fstringError("expression required before ':'", t) }
                throw fstringError("empty expression not allowed", t)
            }
            let value: Expr
            do {
                value = try compileFieldExpression(exprBytes, token: t, raw: raw, braceAt: braceAt)
            } catch var e as SyntaxErrorInfo {
                // CPython 3.11 prefixes errors inside replacement fields.
                if !e.msg.hasPrefix("f-string") { e.msg = "f-string: " + e.msg }
                throw e
            }
            // Self-documenting `{expr=}`: the text (with the '=' and following blanks) precedes it.
            var debugText: String? = nil
            if raw[i] == 61 {
                i += 1
                while i < end && (raw[i] == 32 || raw[i] == 9 || raw[i] == 10 || raw[i] == 12 || raw[i] == 13) { i += 1 }
                debugText = String(decoding: raw[exprStart..<i], as: UTF8.self)
            }
            var conversion = -1
            if i < end && raw[i] == 33 {
                i += 1
                guard i < end else { throw fstringError("expecting '}'", t) }
                let c = raw[i]
                guard c == 115 || c == 114 || c == 97 else {
                    throw fstringError("invalid conversion character: expected 's', 'r', or 'a'", t)
                }
                conversion = Int(c)
                i += 1
            }
            var spec: Expr? = nil
            if i < end && raw[i] == 58 {
                i += 1
                let specParts = try fstringParts(t, raw, &i, end, raw: isRaw, level: level + 1, whole: whole)
                let specLoc = tokLoc
                let specVals = joinParts(specParts, loc: whole, trailingLoc: tokLoc)
                spec = Expr(.joinedStr(values: specVals), specLoc)
            }
            if i >= end || raw[i] != 125 { throw fstringError("expecting '}'", t) }
            i += 1
            if let d = debugText {
                parts.append(.text(d))
                if conversion == -1 && spec == nil { conversion = 114 }
            }
            parts.append(.value(Expr(.formattedValue(value: value, conversion: conversion, formatSpec: spec), partLoc)))
        }
        return parts
    }

    /// Parses the expression of a replacement field as CPython 3.11 does: the text wrapped in
    /// parentheses, positions shifted to the field's place in the source.
    func compileFieldExpression(_ expr: [UInt8], token t: Token, raw: [UInt8], braceAt: Int) throws -> Expr {
        // Line and column of the '{' relative to the token.
        var lines = 0
        for k in 0..<braceAt where raw[k] == 10 { lines += 1 }
        var cols = 0
        var newlineAfterBrace = true
        var k = braceAt + 1
        while k < raw.count && raw[k] != 125 && raw[k] != 10 {
            if raw[k] != 32 && raw[k] != 9 && raw[k] != 12 { newlineAfterBrace = false; break }
            k += 1
        }
        if !newlineAfterBrace {
            var s = braceAt
            while s > 0 && raw[s] != 10 { s -= 1 }
            cols = braceAt - s
            if raw[s] == 10 { cols -= 1 }
        }
        let tl = startLoc(t)
        let sub = try Parser(source: [40] + expr + [41], filename: filename)
        // The token's column only counts when the field starts on the token's first line.
        sub.shift = (line: tl.lineno + lines, col: lines == 0 ? tl.colOffset + cols : cols)
        sub.depth = depth
        let e = try sub.starExpressions()
        let n = try sub.peek()
        if n.kind != .newline && n.kind != .endmarker { throw try sub.invalidSyntax() }
        return e
    }

    // MARK: escapes

    /// Decodes the escapes of a (non-raw) str literal body.
    func decodeStrEscapes(_ b: ArraySlice<UInt8>, _ t: Token) throws -> String {
        if !b.contains(92) { return String(decoding: b, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        var i = b.startIndex
        let end = b.endIndex
        func uerr(_ what: String) -> SyntaxErrorInfo {
            var e = error("(unicode error) 'unicodeescape' codec can't decode bytes: \(what)", t)
            e.offset = e.endOffset
            return e
        }
        while i < end {
            let c = b[i]
            if c != 92 {
                // Copy one UTF-8 sequence.
                var j = i + 1
                while j < end && b[j] & 0xC0 == 0x80 { j += 1 }
                out.append(contentsOf: String(decoding: b[i..<j], as: UTF8.self).unicodeScalars)
                i = j
                continue
            }
            i += 1
            guard i < end else { out.append("\\"); break }
            let e = b[i]
            i += 1
            switch e {
            case 10: break
            case 92: out.append("\\")
            case 39: out.append("'")
            case 34: out.append("\"")
            case 97: out.append("\u{07}")
            case 98: out.append("\u{08}")
            case 102: out.append("\u{0C}")
            case 110: out.append("\n")
            case 114: out.append("\r")
            case 116: out.append("\t")
            case 118: out.append("\u{0B}")
            case 48...55:
                var v = UInt32(e - 48)
                var n = 1
                while n < 3 && i < end && b[i] >= 48 && b[i] <= 55 { v = v * 8 + UInt32(b[i] - 48); i += 1; n += 1 }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            case 120, 117, 85:
                let n = e == 120 ? 2 : e == 117 ? 4 : 8
                var v: UInt32 = 0
                for _ in 0..<n {
                    guard i < end, let d = Parser.hexValue(b[i]) else {
                        throw uerr(e == 120 ? "truncated \\xXX escape" : e == 117 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape")
                    }
                    v = v * 16 + d
                    i += 1
                }
                if v > 0x10FFFF { throw uerr("illegal Unicode character") }
                // A lone surrogate is stored as its shadow scalar (see PyObjects' LoneSurrogate).
                guard let scalar = Unicode.Scalar(v) ?? Unicode.Scalar(v + 0x10_0000) else { throw uerr("illegal Unicode character") }
                out.append(scalar)
            case 78:
                guard i < end, b[i] == 123, let close = b[i...].firstIndex(of: 125) else {
                    throw uerr("malformed \\N character escape")
                }
                let name = String(decoding: b[(i + 1)..<close], as: UTF8.self)
                guard let s = UnicodeNames.lookup(name) else { throw uerr("unknown Unicode character name") }
                out.append(s)
                i = close + 1
            default:
                // Unknown escapes keep their backslash (CPython only warns).
                out.append("\\")
                i -= 1
            }
        }
        return String(out)
    }

    /// Decodes the escapes of a (non-raw) bytes literal body.
    func decodeBytesEscapes(_ b: ArraySlice<UInt8>, _ t: Token) throws -> [UInt8] {
        var out: [UInt8] = []
        var i = b.startIndex
        let end = b.endIndex
        while i < end {
            let c = b[i]
            i += 1
            if c != 92 { out.append(c); continue }
            guard i < end else { out.append(92); break }
            let e = b[i]
            i += 1
            switch e {
            case 10: break
            case 92: out.append(92)
            case 39: out.append(39)
            case 34: out.append(34)
            case 97: out.append(7)
            case 98: out.append(8)
            case 102: out.append(12)
            case 110: out.append(10)
            case 114: out.append(13)
            case 116: out.append(9)
            case 118: out.append(11)
            case 48...55:
                var v = Int(e - 48)
                var n = 1
                while n < 3 && i < end && b[i] >= 48 && b[i] <= 55 { v = v * 8 + Int(b[i] - 48); i += 1; n += 1 }
                out.append(UInt8(v & 0xFF))
            case 120:
                guard i + 1 < end, let h = Parser.hexValue(b[i]), let l = Parser.hexValue(b[i + 1]) else {
                    var er = error("(value error) invalid \\x escape at position \(i - 2 - b.startIndex)", t)
                    er.offset = er.endOffset
                    throw er
                }
                out.append(UInt8(h * 16 + l))
                i += 2
            default:
                out.append(92)
                i -= 1
            }
        }
        return out
    }

    static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 48...57: return UInt32(c - 48)
        case 97...102: return UInt32(c - 87)
        case 65...70: return UInt32(c - 55)
        default: return nil
        }
    }
}

/// Unicode character names for `\N{...}`, built on first use from the scalar properties.
enum UnicodeNames {
    /// Built once, thread-safely (static lets are initialised lazily and atomically).
    static let table: [String: Unicode.Scalar] = {
        var t: [String: Unicode.Scalar] = [:]
        for v in UInt32(0x20)...0x10FFFF {
            guard let s = Unicode.Scalar(v), Tokenizer.isAssignedInPython311(s) else { continue }
            if let n = s.properties.name { t[n] = s }
            if let a = s.properties.nameAlias { t[a] = s }
        }
        return t
    }()

    static func lookup(_ name: String) -> Unicode.Scalar? {
        table[name.uppercased()]
    }
}
