import PySyntax

/// Annotations under `from __future__ import annotations` are stored as strings. CPython
/// unparses the expression; Swallow takes the expression's source text (the same for
/// annotations written in the usual style) and, for a string literal, its repr.
struct AnnotationText {
    /// The source split into lines of UTF-8 bytes (AST column offsets count bytes).
    let lines: [[UInt8]]

    init(source: [UInt8]) {
        lines = source.split(separator: 10, omittingEmptySubsequences: false).map { line in
            line.last == 13 ? Array(line.dropLast()) : Array(line)
        }
    }

    func text(of e: Expr) -> String {
        if case let .constant(.str(s), _) = e.kind { return AnnotationText.repr(s) }
        let r = e.loc
        guard r.lineno >= 1, r.endLineno <= lines.count, r.lineno <= r.endLineno else { return "" }
        var bytes: [UInt8] = []
        for n in r.lineno...r.endLineno {
            let line = lines[n - 1]
            let start = n == r.lineno ? min(r.colOffset, line.count) : 0
            let end = n == r.endLineno ? min(r.endColOffset, line.count) : line.count
            var part = Array(line[start..<max(start, end)])
            // Continuation lines join with their indentation dropped.
            if n != r.lineno { part = Array(part.drop { $0 == 32 || $0 == 9 }) }
            bytes += part
        }
        return AnnotationText.normalizeSpacing(String(decoding: bytes, as: UTF8.self))
    }

    /// Spacing as CPython's unparser writes it, for the common cases: runs of blanks become
    /// one, none inside brackets' edges or before commas. Text with string literals is kept.
    static func normalizeSpacing(_ s: String) -> String {
        if s.contains("'") || s.contains("\"") { return s }
        var out = ""
        for ch in s {
            if ch == " " || ch == "\t" {
                if let last = out.last, last != " ", !"([{".contains(last) { out.append(" ") }
                continue
            }
            if ",)]}".contains(ch), out.last == " " { out.removeLast() }
            out.append(ch)
        }
        if out.last == " " { out.removeLast() }
        return out
    }

    /// Python's repr of a string (single quotes unless the text has some and no double ones).
    static func repr(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for ch in s.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(ch) == quote { out += "\\" + String(quote) }
                else if ch.value < 0x20 || ch.value == 0x7f { out += String(format: "\\x%02x", ch.value) }
                else { out.unicodeScalars.append(ch) }
            }
        }
        return out + String(quote)
    }
}
