import Foundation

// The tokenizer: UTF-8 bytes in, Python tokens out, on demand.
//
// It follows CPython's tokenizer behaviour: INDENT/DEDENT from a stack of indentation columns
// (tabs to multiples of 8, checked against a tabs-as-one count for TabError), NEWLINE only
// outside brackets and never for blank lines, backslash continuation, and errors with the same
// messages and positions. Tokens are produced lazily because CPython reports a tokenizer error
// only when the parser actually reaches it; an earlier syntax error wins.

/// The token categories the parser sees (comments and NL are skipped).
public enum TokenKind: Equatable, Sendable {
    case name, number, string, op, newline, indent, dedent, endmarker
}

/// One token. Lines are 1-based, columns are 0-based UTF-8 byte offsets; `start`/`end` are byte
/// indexes into the source.
public struct Token: Sendable {
    public var kind: TokenKind
    /// The source text of the token (for NEWLINE/INDENT/DEDENT/ENDMARKER: "").
    public var text: String
    public var lineno: Int
    public var col: Int
    public var endLineno: Int
    public var endCol: Int
    public var start: Int
    public var end: Int
}

/// Streams tokens out of a UTF-8 source. Create it, then call `next()` until `.endmarker`.
public final class Tokenizer {
    let src: [UInt8]
    let filename: String
    var pos = 0
    var line = 1
    var lineStart = 0
    var atBOL = true
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var pending: [Token] = []
    /// Open brackets: the character, its line and byte column.
    var parens: [(ch: UInt8, line: Int, col: Int)] = []
    /// Whether the last significant token was NEWLINE (or nothing yet), to decide if EOF needs one.
    var lastWasNewline = true
    /// Line of the innermost bracket still open at end of input, once that error was raised.
    var unclosedLine: Int? = nil

    /// Normalises newlines (`\r\n` and lone `\r` become `\n`, as CPython's universal newlines do),
    /// skips a UTF-8 BOM and rejects invalid UTF-8 and NUL bytes.
    public init(source: [UInt8], filename: String) throws {
        self.filename = filename
        var s = source
        var bom = false
        if s.count >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF { s.removeFirst(3); bom = true }
        if s.contains(13) {
            var out: [UInt8] = []
            out.reserveCapacity(s.count)
            var i = 0
            while i < s.count {
                if s[i] == 13 {
                    out.append(10)
                    if i + 1 < s.count && s[i + 1] == 10 { i += 1 }
                } else {
                    out.append(s[i])
                }
                i += 1
            }
            s = out
        }
        if let enc = Tokenizer.codingCookie(s) {
            if bom && Tokenizer.normalEncodingName(enc) != "utf-8" {
                throw SyntaxErrorInfo(msg: "encoding problem: \(Tokenizer.normalEncodingName(enc)) with BOM",
                                      filename: filename, lineno: 0, offset: -1)
            }
            s = try Tokenizer.transcode(s, encoding: enc, filename: filename)
        }
        self.src = s
        try validateUTF8()
        if s.contains(0) {
            throw SyntaxErrorInfo(msg: "source code cannot contain null bytes", filename: filename, lineno: 0, offset: 0)
        }
    }

    /// The PEP 263 declaration (`# -*- coding: name -*-`) on line 1, or on line 2 after a
    /// comment or blank line 1.
    static func codingCookie(_ s: [UInt8]) -> String? {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, b) in s.enumerated() where b == 10 {
            lines.append(s[start..<i])
            start = i + 1
            if lines.count == 2 { break }
        }
        if lines.count < 2 { lines.append(s[start...]) }
        func cookie(_ line: ArraySlice<UInt8>) -> String? {
            var i = line.startIndex
            while i < line.endIndex, line[i] == 32 || line[i] == 9 || line[i] == 12 { i += 1 }
            guard i < line.endIndex, line[i] == 35 else { return nil }
            let text = Array(line[i...])
            let key = Array("coding".utf8)
            var k = 0
            while k + key.count < text.count {
                if Array(text[k..<k + key.count]) == key, text[k + key.count] == 58 || text[k + key.count] == 61 {
                    var j = k + key.count + 1
                    while j < text.count, text[j] == 32 || text[j] == 9 { j += 1 }
                    var name: [UInt8] = []
                    while j < text.count, Tokenizer.isIdentChar(text[j]) || text[j] == 45 || text[j] == 46, text[j] < 128 {
                        name.append(text[j])
                        j += 1
                    }
                    return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
                }
                k += 1
            }
            return nil
        }
        if let c = cookie(lines[0]) { return c }
        let first = lines[0].drop(while: { $0 == 32 || $0 == 9 || $0 == 12 })
        if lines.count > 1, first.isEmpty || first.first == 35 { return cookie(lines[1]) }
        return nil
    }

    /// Re-encodes a source declared in another encoding as UTF-8 (CPython's columns are UTF-8
    /// offsets of the decoded text). Only the UTF-8 and Latin-1 families are supported.
    static func transcode(_ s: [UInt8], encoding: String, filename: String) throws -> [UInt8] {
        let e = encoding.lowercased().replacingOccurrences("_", "-")
        if e == "utf-8" || e == "utf8" || e.hasPrefix("utf-8-") || e == "ascii" || e == "us-ascii" { return s }
        let latin1: Set<String> = ["latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "iso-latin-1", "8859", "cp819", "iso-ir-100"]
        if latin1.contains(e) || e.hasPrefix("latin-1-") || e.hasPrefix("iso-8859-1-") {
            var out: [UInt8] = []
            out.reserveCapacity(s.count)
            for b in s {
                if b < 0x80 {
                    out.append(b)
                } else {
                    out.append(0xC0 | (b >> 6))
                    out.append(0x80 | (b & 0x3F))
                }
            }
            return out
        }
        let foundation: [String: String.Encoding] = [
            "cp1252": .windowsCP1252, "windows-1252": .windowsCP1252, "cp1250": .windowsCP1250,
            "windows-1250": .windowsCP1250, "cp1251": .windowsCP1251, "windows-1251": .windowsCP1251,
            "iso-8859-2": .isoLatin2, "latin-2": .isoLatin2, "latin2": .isoLatin2,
            "shift-jis": .shiftJIS, "euc-jp": .japaneseEUC, "utf-16": .utf16,
        ]
        if let fe = foundation[e], let text = String(bytes: s, encoding: fe) {
            return Array(text.utf8)
        }
        if let out = iconvToUTF8(s, from: encoding) { return out }
        throw SyntaxErrorInfo(msg: "unknown encoding: \(encoding)", filename: filename, lineno: 0, offset: -1)
    }

    /// The C library's converter, for the encodings not handled above (KOI8-R, ISO-8859-5…).
    static func iconvToUTF8(_ s: [UInt8], from encoding: String) -> [UInt8]? {
        let cd = iconv_open("UTF-8", encoding.uppercased().replacingOccurrences("_", "-"))
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = s
        var output = [UInt8](repeating: 0, count: s.count * 4 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { ib in
            output.withUnsafeMutableBufferPointer { ob in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(ib.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = ib.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(ob.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = ob.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return r == -1 || inLeft != 0 ? nil : ob.count - outLeft
            }
        }
        guard let n = written else { return nil }
        return Array(output[..<n])
    }

    /// CPython's tokenizer's normal form of an encoding name: the UTF-8 and Latin-1 families
    /// collapse to "utf-8" and "iso-8859-1"; anything else is returned unchanged.
    static func normalEncodingName(_ name: String) -> String {
        let head = String(name.prefix(12)).lowercased().replacingOccurrences("_", "-")
        if head == "utf-8" || head.hasPrefix("utf-8-") { return "utf-8" }
        for l in ["latin-1", "iso-8859-1", "iso-latin-1"] where head == l || head.hasPrefix(l + "-") {
            return "iso-8859-1"
        }
        return name
    }

    /// CPython reads files strictly as UTF-8 unless a coding cookie says otherwise; this reports
    /// the first bad byte like its file reader does.
    private func validateUTF8() throws {
        var i = 0
        var ln = 1
        let n = src.count
        while i < n {
            let b = src[i]
            if b < 0x80 {
                if b == 10 { ln += 1 }
                i += 1
                continue
            }
            var need = 0
            var minScalar: UInt32 = 0
            var scalar: UInt32 = 0
            if b & 0xE0 == 0xC0 { need = 1; scalar = UInt32(b & 0x1F); minScalar = 0x80 }
            else if b & 0xF0 == 0xE0 { need = 2; scalar = UInt32(b & 0x0F); minScalar = 0x800 }
            else if b & 0xF8 == 0xF0 { need = 3; scalar = UInt32(b & 0x07); minScalar = 0x10000 }
            var ok = need > 0 && i + need < n
            if ok {
                for k in 1...need {
                    let c = src[i + k]
                    if c & 0xC0 != 0x80 { ok = false; break }
                    scalar = (scalar << 6) | UInt32(c & 0x3F)
                }
                if ok && (scalar < minScalar || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF)) { ok = false }
            }
            if !ok {
                let hex = String(b, radix: 16)
                throw SyntaxErrorInfo(
                    msg: "Non-UTF-8 code starting with '\\x\(hex.count < 2 ? "0" + hex : hex)' in file \(filename) on line \(ln), but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    filename: filename, lineno: ln, offset: 0)
            }
            i += need + 1
        }
    }

    // MARK: errors

    /// The text of line `lineno` (1-based) including its newline if any.
    func lineText(_ lineno: Int) -> String {
        var ln = 1
        var i = 0
        while ln < lineno && i < src.count {
            if src[i] == 10 { ln += 1 }
            i += 1
        }
        var j = i
        while j < src.count && src[j] != 10 { j += 1 }
        if j < src.count { j += 1 }
        return String(decoding: src[i..<j], as: UTF8.self)
    }

    /// Byte index where line `lineno` starts.
    func lineStartIndex(_ lineno: Int) -> Int {
        var ln = 1
        var i = 0
        while ln < lineno && i < src.count {
            if src[i] == 10 { ln += 1 }
            i += 1
        }
        return i
    }

    /// The last line of the source and its length in bytes (where CPython reports EOF errors).
    func endPosition() -> (Int, Int) {
        var end = src.count
        if end > 0 && src[end - 1] == 10 { end -= 1 }
        var ln = 1
        var lineStart = 0
        for i in 0..<end where src[i] == 10 {
            ln += 1
            lineStart = i + 1
        }
        return (ln, end - lineStart)
    }

    /// Converts a byte column on a line into CPython's 1-based character offset.
    func charOffset(line lineno: Int, byteCol: Int) -> Int {
        let s = lineStartIndex(lineno)
        var chars = 0
        var i = s
        let stop = min(s + max(byteCol, 0), src.count)
        while i < stop {
            if src[i] & 0xC0 != 0x80 { chars += 1 }
            i += 1
        }
        return chars + 1
    }

    /// Builds an error at a byte position; `endCol` nil means same as start.
    func error(_ msg: String, line lineno: Int, col: Int, endLine: Int? = nil, endCol: Int? = nil,
               kind: SyntaxErrorInfo.Kind = .syntaxError) -> SyntaxErrorInfo {
        let off = charOffset(line: lineno, byteCol: col)
        let el = endLine ?? lineno
        let eo = endCol.map { charOffset(line: el, byteCol: $0) } ?? off
        return SyntaxErrorInfo(kind: kind, msg: msg, filename: filename, lineno: lineno, offset: off,
                               endLineno: el, endOffset: eo, text: lineText(lineno))
    }

    // MARK: scanning

    @inline(__always) func peekByte(_ k: Int = 0) -> UInt8 {
        let i = pos + k
        return i < src.count ? src[i] : 0
    }

    var col: Int { pos - lineStart }

    func makeToken(_ kind: TokenKind, from start: Int, line startLine: Int, col startCol: Int) -> Token {
        Token(kind: kind, text: String(decoding: src[start..<pos], as: UTF8.self), lineno: startLine, col: startCol,
              endLineno: line, endCol: col, start: start, end: pos)
    }

    /// Returns the next significant token; after `.endmarker` keeps returning `.endmarker`.
    public func next() throws -> Token {
        if !pending.isEmpty { return pending.removeFirst() }
        while true {
            if atBOL {
                atBOL = false
                if let t = try handleIndentation() { return t }
            }
            // Skip blanks between tokens.
            while pos < src.count, src[pos] == 32 || src[pos] == 9 || src[pos] == 12 { pos += 1 }
            if pos >= src.count { return try eof() }
            let c = src[pos]
            var commentCol: Int? = nil
            if c == 35 { // '#': comment runs to end of line
                commentCol = col
                while pos < src.count && src[pos] != 10 { pos += 1 }
                if pos >= src.count { continue }
            }
            if pos < src.count && src[pos] == 10 {
                // After a comment, CPython's NEWLINE token starts at the '#'.
                let startCol = commentCol ?? col
                let blank = lastWasNewline
                pos += 1
                let t = Token(kind: .newline, text: "\n", lineno: line, col: startCol, endLineno: line,
                              endCol: startCol + 1, start: pos - 1, end: pos)
                line += 1
                lineStart = pos
                if parens.isEmpty { atBOL = true }
                if !parens.isEmpty || blank { continue } // NL: not significant
                lastWasNewline = true
                return t
            }
            if c == 92 { // backslash continuation
                if pos + 1 >= src.count {
                    throw error("unexpected EOF while parsing", line: line, col: col + 1)
                }
                if src[pos + 1] != 10 {
                    throw error("unexpected character after line continuation character", line: line, col: col + 1)
                }
                pos += 2
                line += 1
                lineStart = pos
                if pos >= src.count {
                    throw error("unexpected EOF while parsing", line: line - 1, col: 0)
                }
                continue
            }
            lastWasNewline = false
            return try scanToken()
        }
    }

    /// Measures the indentation of a new logical line and queues INDENT/DEDENT tokens.
    private func handleIndentation() throws -> Token? {
        var colw = 0, alt = 0
        while pos < src.count {
            let b = src[pos]
            if b == 32 { colw += 1; alt += 1 }
            else if b == 9 { colw = (colw / 8 + 1) * 8; alt += 1 }
            else if b == 12 { colw = 0; alt = 0 }
            else { break }
            pos += 1
        }
        // Blank lines and comment-only lines do not affect indentation.
        if pos >= src.count || src[pos] == 35 || src[pos] == 10 { return nil }
        if src[pos] == 92 && pos + 1 < src.count && src[pos + 1] == 10 { return nil }
        if !parens.isEmpty { return nil }
        let tabErr = { self.error("inconsistent use of tabs and spaces in indentation", line: self.line, col: 0,
                                  endCol: -1, kind: .tabError) }
        let here = col
        if colw == indents.last! {
            if alt != altIndents.last! { throw fixEnd(tabErr()) }
        } else if colw > indents.last! {
            if alt <= altIndents.last! { throw fixEnd(tabErr()) }
            if indents.count >= 100 { // CPython's MAXINDENT
                var e = error("too many levels of indentation", line: line, col: 0, kind: .indentationError)
                e.endOffset = -1
                throw e
            }
            indents.append(colw)
            altIndents.append(alt)
            return Token(kind: .indent, text: "", lineno: line, col: here, endLineno: line, endCol: here, start: pos, end: pos)
        } else {
            while indents.count > 1 && colw < indents.last! {
                indents.removeLast()
                altIndents.removeLast()
                pending.append(Token(kind: .dedent, text: "", lineno: line, col: here, endLineno: line, endCol: here, start: pos, end: pos))
            }
            if colw != indents.last! {
                // CPython points at the end of the offending line.
                var eol = pos
                while eol < src.count && src[eol] != 10 { eol += 1 }
                var e = error("unindent does not match any outer indentation level", line: line, col: eol - lineStart,
                              kind: .indentationError)
                e.endOffset = -1
                throw e
            }
            if alt != altIndents.last! { throw fixEnd(tabErr()) }
            return pending.isEmpty ? nil : pending.removeFirst()
        }
        return nil
    }

    /// CPython reports TabError with offset 1 and end offset 0.
    private func fixEnd(_ e: SyntaxErrorInfo) -> SyntaxErrorInfo {
        var e = e
        e.offset = 1
        e.endOffset = 0
        return e
    }

    private func eof() throws -> Token {
        if let p = parens.last {
            unclosedLine = p.line
            var e = error("'\(String(UnicodeScalar(p.ch)))' was never closed", line: p.line, col: p.col)
            e.endOffset = 0
            throw e
        }
        if !lastWasNewline {
            lastWasNewline = true
            // CPython acts as if the file ended with a newline.
            return Token(kind: .newline, text: "", lineno: line, col: col, endLineno: line, endCol: col + 1, start: pos, end: pos)
        }
        if indents.count > 1 {
            indents.removeLast()
            altIndents.removeLast()
            return Token(kind: .dedent, text: "", lineno: line, col: 0, endLineno: line, endCol: 0, start: pos, end: pos)
        }
        return Token(kind: .endmarker, text: "", lineno: line, col: 0, endLineno: line, endCol: 0, start: pos, end: pos)
    }

    static func isIdentStart(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == 95 || b >= 128
    }
    static func isIdentChar(_ b: UInt8) -> Bool {
        isIdentStart(b) || (b >= 48 && b <= 57)
    }
    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    private func scanToken() throws -> Token {
        let start = pos, startLine = line, startCol = col
        let c = src[pos]
        if Tokenizer.isIdentStart(c) {
            while pos < src.count && Tokenizer.isIdentChar(src[pos]) { pos += 1 }
            // A string prefix directly followed by a quote starts a string.
            if pos < src.count && (src[pos] == 39 || src[pos] == 34) && pos - start <= 2 {
                let prefix = String(decoding: src[start..<pos], as: UTF8.self).lowercased()
                if ["r", "u", "b", "f", "br", "rb", "fr", "rf"].contains(prefix) {
                    return try scanString(start: start, line: startLine, col: startCol)
                }
            }
            var t = makeToken(.name, from: start, line: startLine, col: startCol)
            if c >= 128 || src[start..<pos].contains(where: { $0 >= 128 }) {
                try verifyIdentifier(start: start)
                // Python identifiers are compared after NFKC normalisation (PEP 3131).
                t.text = t.text.precomposedStringWithCompatibilityMapping
            }
            return t
        }
        if Tokenizer.isDigit(c) || (c == 46 && Tokenizer.isDigit(peekByte(1))) {
            return try scanNumber(start: start, line: startLine, col: startCol)
        }
        if c == 39 || c == 34 {
            return try scanString(start: start, line: startLine, col: startCol)
        }
        // Operators: longest match first.
        let three = pos + 3 <= src.count ? String(decoding: src[pos..<pos + 3], as: UTF8.self) : ""
        if Tokenizer.ops3.contains(three) {
            pos += 3
            return makeToken(.op, from: start, line: startLine, col: startCol)
        }
        let two = pos + 2 <= src.count ? String(decoding: src[pos..<pos + 2], as: UTF8.self) : ""
        if Tokenizer.ops2.contains(two) {
            pos += 2
            return makeToken(.op, from: start, line: startLine, col: startCol)
        }
        if Tokenizer.ops1.contains(c) {
            pos += 1
            switch c {
            case 40, 91, 123: // ( [ {
                if parens.count >= 200 {
                    throw error("too many nested parentheses", line: startLine, col: startCol)
                }
                parens.append((c, startLine, startCol))
            case 41, 93, 125: // ) ] }
                guard let open = parens.last else {
                    throw error("unmatched '\(String(UnicodeScalar(c)))'", line: startLine, col: startCol)
                }
                let want: UInt8 = open.ch == 40 ? 41 : open.ch == 91 ? 93 : 125
                if c != want {
                    var msg = "closing parenthesis '\(String(UnicodeScalar(c)))' does not match opening parenthesis '\(String(UnicodeScalar(open.ch)))'"
                    if open.line != startLine { msg += " on line \(open.line)" }
                    throw error(msg, line: startLine, col: startCol)
                }
                parens.removeLast()
            default: break
            }
            return makeToken(.op, from: start, line: startLine, col: startCol)
        }
        // Anything else is an invalid character; decode it to report it like CPython.
        let scalar = decodeScalar(at: pos)
        let v = scalar.value
        let hex = String(v, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if !Tokenizer.isPrintable(scalar) {
            throw error("invalid non-printable character \(code)", line: startLine, col: startCol)
        }
        if c < 128 { // stray ASCII ($ ? ` !) is an error token; the parser then says "invalid syntax"
            pos += 1
            let t = makeToken(.op, from: start, line: startLine, col: startCol)
            return t
        }
        throw error("invalid character '\(Character(scalar))' (\(code))", line: startLine, col: startCol)
    }

    static let ops3: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
    static let ops2: Set<String> = ["!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<",
                                    "<=", "==", ">=", ">>", "@=", "^=", "|="]
    static let ops1: Set<UInt8> = Set("%&()*+,-./:;<=>@[]^{|}~".utf8)

    func decodeScalar(at i: Int) -> Unicode.Scalar {
        var it = src[i...].makeIterator()
        var dec = UTF8()
        if case .scalarValue(let s) = dec.decode(&it) { return s }
        return "\u{FFFD}"
    }

    /// Python's str.isprintable for one character.
    static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        if s == " " { return true }
        if !isAssignedInPython311(s) { return false }
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// Python 3.11 uses Unicode 14.0; characters assigned later count as unassigned there.
    static func isAssignedInPython311(_ s: Unicode.Scalar) -> Bool {
        guard let age = s.properties.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }

    /// Non-ASCII identifiers must be XID_Start XID_Continue* (after NFKC, which we do not apply).
    private func verifyIdentifier(start: Int) throws {
        let s = String(decoding: src[start..<pos], as: UTF8.self)
        var first = true
        var byteOff = 0
        for u in s.unicodeScalars {
            var ok = first ? (u.properties.isXIDStart || u == "_") : u.properties.isXIDContinue
            if !Tokenizer.isAssignedInPython311(u) { ok = false }
            if !ok {
                let hex = String(u.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                let c0 = start - lineStart + byteOff
                if !Tokenizer.isPrintable(u) {
                    throw error("invalid non-printable character \(code)", line: line, col: c0)
                }
                throw error("invalid character '\(Character(u))' (\(code))", line: line, col: c0)
            }
            first = false
            byteOff += String(u).utf8.count
        }
    }

    // MARK: numbers

    private func scanNumber(start: Int, line startLine: Int, col startCol: Int) throws -> Token {
        func digits(_ isOK: (UInt8) -> Bool, kind: String) throws {
            while true {
                while pos < src.count && isOK(src[pos]) { pos += 1 }
                if peekByte() == 95 { // '_' must sit between digits
                    pos += 1
                    if !isOK(peekByte()) {
                        throw error("invalid \(kind) literal", line: line, col: col - 1)
                    }
                } else { return }
            }
        }
        let c = src[pos]
        let base = peekByte(1) | 0x20
        if c == 48 && (base == 120 || base == 111 || base == 98) {
            pos += 2
            let kind: String
            let ok: (UInt8) -> Bool
            switch base {
            case 120:
                kind = "hexadecimal"
                ok = { b in Tokenizer.isDigit(b) || (b | 0x20 >= 97 && b | 0x20 <= 102) }
            case 111:
                kind = "octal"
                ok = { b in b >= 48 && b <= 55 }
            default:
                kind = "binary"
                ok = { b in b == 48 || b == 49 }
            }
            if peekByte() == 95 { pos += 1 }
            if !ok(peekByte()) {
                if base != 120 && Tokenizer.isDigit(peekByte()) {
                    throw error("invalid digit '\(String(UnicodeScalar(peekByte())))' in \(kind) literal", line: line, col: col)
                }
                throw error("invalid \(kind) literal", line: line, col: col - 1)
            }
            try digits(ok, kind: kind)
            if base != 120 && Tokenizer.isDigit(peekByte()) {
                throw error("invalid digit '\(String(UnicodeScalar(peekByte())))' in \(kind) literal", line: line, col: col)
            }
            try verifyEnd(kind: kind)
            return makeToken(.number, from: start, line: startLine, col: startCol)
        }
        var isFloat = false
        if c != 46 {
            try digits(Tokenizer.isDigit, kind: "decimal")
        }
        let intEnd = pos
        if peekByte() == 46 {
            isFloat = true
            pos += 1
            if Tokenizer.isDigit(peekByte()) { try digits(Tokenizer.isDigit, kind: "decimal") }
        }
        if peekByte() | 0x20 == 101 { // exponent
            let save = pos
            pos += 1
            var signed = false
            if peekByte() == 43 || peekByte() == 45 { pos += 1; signed = true }
            if !Tokenizer.isDigit(peekByte()) {
                // CPython points at the 'e', or after the sign when there is one.
                throw error("invalid decimal literal", line: line, col: (signed ? pos : save) - lineStart - 1)
            }
            try digits(Tokenizer.isDigit, kind: "decimal")
            isFloat = true
        }
        if peekByte() | 0x20 == 106 { // imaginary
            pos += 1
            try verifyEnd(kind: "imaginary")
            return makeToken(.number, from: start, line: startLine, col: startCol)
        }
        if !isFloat && src[start] == 48 {
            // Only zeros may follow a leading zero in a decimal integer.
            let body = src[start..<intEnd].filter { $0 != 95 }
            if body.contains(where: { $0 != 48 }) {
                var e = error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                              line: startLine, col: startCol)
                e.endOffset = e.offset + 1
                throw e
            }
        }
        try verifyEnd(kind: "decimal")
        return makeToken(.number, from: start, line: startLine, col: startCol)
    }

    /// A number may not run straight into a name, except the keywords CPython tolerates (with a
    /// warning) such as `1if`.
    private func verifyEnd(kind: String) throws {
        let b = peekByte()
        guard Tokenizer.isIdentStart(b) else { return }
        let rest = src[pos...]
        for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
            if rest.starts(with: kw.utf8) { return }
        }
        throw error("invalid \(kind) literal", line: line, col: col - 1)
    }

    // MARK: strings

    private func scanString(start: Int, line startLine: Int, col startCol: Int) throws -> Token {
        // Skip the prefix; even raw strings let a backslash protect the quote here.
        while src[pos] != 39 && src[pos] != 34 { pos += 1 }
        let q = src[pos]
        let triple = peekByte(1) == q && peekByte(2) == q
        pos += triple ? 3 : 1
        while true {
            if pos >= src.count {
                if triple {
                    // A final newline does not start another line.
                    let detected = src.last == 10 ? line - 1 : line
                    throw error("unterminated triple-quoted string literal (detected at line \(detected))",
                                line: startLine, col: startCol)
                }
                throw error("unterminated string literal (detected at line \(line))", line: startLine, col: startCol)
            }
            let b = src[pos]
            if b == q {
                if !triple { pos += 1; break }
                if peekByte(1) == q && peekByte(2) == q { pos += 3; break }
                pos += 1
            } else if b == 92 {
                pos += 1
                if pos < src.count {
                    if src[pos] == 10 { line += 1; lineStart = pos + 1 }
                    pos += 1
                }
            } else if b == 10 {
                if !triple {
                    throw error("unterminated string literal (detected at line \(line))", line: startLine, col: startCol)
                }
                pos += 1
                line += 1
                lineStart = pos
            } else {
                pos += 1
            }
        }
        return makeToken(.string, from: start, line: startLine, col: startCol)
    }
}
