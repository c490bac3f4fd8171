import PyObjects
import PyCompiler
import PySyntax
import Foundation

/// Printing uncaught exceptions the way CPython 3.11's default hook does.
public enum Traceback {
    nonisolated(unsafe) static var sourceCache: [String: [String]?] = [:]

    static func sourceLines(_ filename: String) -> [String]? {
        if let c = sourceCache[filename] { return c }
        var lines: [String]? = nil
        if let data = FileManager.default.contents(atPath: filename) {
            let text = String(decoding: data, as: UTF8.self)
            lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        }
        sourceCache[filename] = lines
        return lines
    }

    /// Registers source text for a pseudo-file (so `-c` code could show lines; CPython does not).
    public static func line(_ filename: String, _ n: Int) -> String? {
        guard let lines = sourceLines(filename), n >= 1, n <= lines.count else { return nil }
        var l = lines[n - 1]
        if l.hasSuffix("\r") { l.removeLast() }
        return l
    }

    static func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{0C}" }

    /// The text CPython prints for an uncaught exception (with its chain).
    public static func format(_ exc: PyBaseException) -> String {
        var ctx = PrintContext()
        return formatChain(exc, &ctx)
    }

    /// Nesting state while printing exception groups (traceback.py's _ExceptionPrintContext).
    struct PrintContext {
        var seen = Set<ObjectIdentifier>()
        var groupDepth = 0
        var needClose = false

        var indent: String { String(repeating: " ", count: 2 * groupDepth) }

        /// Prefixes every line of `text` with the group margin.
        func emit(_ text: String, margin: String = "|") -> String {
            if groupDepth == 0 { return text }
            let prefix = indent + margin + " "
            var out = ""
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                out += prefix + line + "\n"
            }
            return out
        }
    }

    static func formatChain(_ exc: PyBaseException, _ ctx: inout PrintContext) -> String {
        // The chain, outermost last, as (message leading to the next, exception).
        var chain: [(String?, PyBaseException)] = []
        var current: PyBaseException? = exc
        ctx.seen.insert(ObjectIdentifier(exc))
        while let e = current {
            var msg: String?
            var next: PyBaseException?
            if let cause = e.cause as? PyBaseException, !ctx.seen.contains(ObjectIdentifier(cause)) {
                msg = "\nThe above exception was the direct cause of the following exception:\n\n"
                next = cause
            } else if !e.suppressContext, let c = e.context as? PyBaseException, !ctx.seen.contains(ObjectIdentifier(c)) {
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n"
                next = c
            }
            if let n = next { ctx.seen.insert(ObjectIdentifier(n)) }
            chain.append((msg, e))
            current = next
        }
        var out = ""
        for (msg, e) in chain.reversed() {
            if let m = msg { out += ctx.emit(m) }
            out += formatOne(e, &ctx)
        }
        return out
    }

    static func formatOne(_ exc: PyBaseException, _ ctx: inout PrintContext) -> String {
        guard ExceptionGroups.isGroup(exc) else {
            var out = ""
            if exc.traceback != nil { out += ctx.emit("Traceback (most recent call last):\n") + ctx.emit(formatStack(exc)) }
            return out + ctx.emit(formatExceptionOnly(exc))
        }
        if ctx.groupDepth > 10 { return ctx.emit("... (max_group_depth is 10)\n") }
        let topLevel = ctx.groupDepth == 0
        if topLevel { ctx.groupDepth += 1 }
        var out = ""
        if exc.traceback != nil {
            out += ctx.emit("Exception Group Traceback (most recent call last):\n", margin: topLevel ? "+" : "|")
            out += ctx.emit(formatStack(exc))
        }
        out += ctx.emit(formatExceptionOnly(exc))
        let subs = ExceptionGroups.exceptions(exc)
        let n = subs.count <= 15 ? subs.count : 16
        ctx.needClose = false
        for i in 0..<n {
            let last = i == n - 1
            if last { ctx.needClose = true }
            let truncated = i >= 15
            let title = truncated ? "..." : "\(i + 1)"
            out += ctx.indent + (i == 0 ? "+-" : "  ") + "+---------------- \(title) ----------------\n"
            ctx.groupDepth += 1
            if !truncated, let sub = subs[i] as? PyBaseException {
                out += formatChain(sub, &ctx)
            } else {
                let remaining = subs.count - 15
                out += ctx.emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
            }
            if last && ctx.needClose {
                out += ctx.indent + "+------------------------------------\n"
                ctx.needClose = false
            }
            ctx.groupDepth -= 1
        }
        if topLevel { ctx.groupDepth = 0 }
        return out
    }

    /// The "File ..., line ..." entries of the exception's traceback.
    static func formatStack(_ exc: PyBaseException) -> String {
        var out = ""
        var tb = exc.traceback as? PyTracebackObject
        var last: (String, Int, String)?
        var repeatCount = 0
        func flushRepeats() {
            if repeatCount > 3 {
                let n = repeatCount - 3
                out += "  [Previous line repeated \(n) more time\(n == 1 ? "" : "s")]\n"
            }
        }
        while let t = tb {
            let key = (t.code.filename, t.line, t.code.name)
            if let l = last, l == key {
                repeatCount += 1
            } else {
                flushRepeats()
                repeatCount = 1
                last = key
            }
            if repeatCount <= 3 { out += formatEntry(t) }
            tb = t.next
        }
        flushRepeats()
        return out
    }

    static func formatEntry(_ t: PyTracebackObject) -> String {
        let code = t.code
        var out = "  File \"\(code.filename)\", line \(t.line), in \(code.name)\n"
        guard let text = line(code.filename, t.line) else { return out }
        let stripped = text.trimmingCharacters(in: .whitespaces)
        if stripped.isEmpty { return out }
        out += "    \(stripped)\n"
        if t.instructionIndex < code.positions.count {
            if let carets = caretLine(text, code.positions[t.instructionIndex], line: t.line) {
                out += carets + "\n"
            }
        }
        return out
    }

    /// Converts a UTF-8 byte offset in `text` to a character (code point) offset.
    static func charOffset(_ text: String, _ byteOffset: Int) -> Int {
        let bytes = Array(text.utf8)
        let b = min(max(byteOffset, 0), bytes.count)
        return String(decoding: bytes[0..<b], as: UTF8.self).unicodeScalars.count
    }

    static func caretLine(_ text: String, _ pos: CodePosition, line: Int) -> String? {
        guard Int(pos.line) == line, pos.col >= 0, pos.endCol >= 0 else { return nil }
        let scalars = Array(text.unicodeScalars)
        let indent = scalars.prefix { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }.count
        var trailing = scalars.count
        while trailing > indent, [" ", "\t", "\u{0C}", "\r"].contains(scalars[trailing - 1]) { trailing -= 1 }
        let strippedLen = trailing - indent
        let start = charOffset(text, Int(pos.col))
        var end: Int
        if pos.endLine != pos.line {
            end = trailing
        } else {
            end = charOffset(text, Int(pos.endCol))
        }
        if end <= start { return nil }
        var anchors: (Int, Int)?
        if pos.endLine == pos.line {
            let segment = String(String.UnicodeScalarView(scalars[start..<min(end, scalars.count)]))
            anchors = extractAnchors(segment)
        }
        if anchors == nil && end - start >= strippedLen { return nil }
        var s = String(repeating: " ", count: 4 + start - indent)
        for i in start..<end {
            if let (l, r) = anchors {
                s += (i - start >= l && i - start < r) ? "^" : "~"
            } else {
                s += "^"
            }
        }
        return s
    }

    /// For a binary operation or subscript: the character range of the operator / brackets.
    static func extractAnchors(_ segment: String) -> (Int, Int)? {
        guard let parsed = try? parseExpression(source: Array(("(" + segment + "\n)").utf8), filename: "<anchors>") else { return nil }
        let bytes = Array(segment.utf8)
        func charAt(_ byteCol: Int) -> Int { String(decoding: bytes[0..<min(max(byteCol, 0), bytes.count)], as: UTF8.self).unicodeScalars.count }
        // Column offsets are shifted by the '(' we added, on line 1.
        func col(_ c: Int, _ lineNo: Int) -> Int { lineNo == 1 ? c - 1 : c }
        let e = parsed.body
        switch e.kind {
        case let .binOp(left, _, right):
            guard left.loc.endLineno == 1, right.loc.lineno == 1 else { return nil }
            var i = col(left.loc.endColOffset, 1)
            let stop = col(right.loc.colOffset, 1)
            while i < stop {
                let c = bytes[i]
                if c == 32 || c == 9 || c == 12 || c == 10 || c == 13 || c == 92 { i += 1; continue }
                if c == 41 { i += 1; continue }  // ')' closing the left operand
                var r = i + 1
                if r < stop, !(bytes[r] == 32 || bytes[r] == 9) { r += 1 }
                return (charAt(i), charAt(r))
            }
            return nil
        case let .subscript(value, slice, _):
            guard value.loc.endLineno == 1, slice.loc.endLineno == 1 else { return nil }
            return (charAt(col(value.loc.endColOffset, 1)), charAt(col(slice.loc.endColOffset, 1) + 1))
        default:
            return nil
        }
    }

    /// The final `Type: message` part (and the SyntaxError location block).
    public static func formatExceptionOnly(_ exc: PyBaseException) -> String {
        var name = exc.type.qualname
        if let m = Repr.moduleOf(exc.type), m != "builtins", m != "__main__" {
            name = "\(m).\(name)"
        }
        var out = ""
        var msg: String
        if exc.type.isSubtype(of: PyExc.SyntaxError), let d = exc.instanceDict {
            let filename = (d.getItem(string: "filename") as? PyStr)?.value ?? "<string>"
            let lineno = (d.getItem(string: "lineno") as? PyInt)?.intValue ?? 0
            out += "  File \"\(filename)\", line \(lineno)\n"
            if let textObj = d.getItem(string: "text") as? PyStr {
                var text = textObj.value
                while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
                let scalars = Array(text.unicodeScalars)
                let indent = scalars.prefix { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }.count
                let stripped = String(String.UnicodeScalarView(scalars[indent...]))
                out += "    \(stripped)\n"
                if let offset = (d.getItem(string: "offset") as? PyInt)?.intValue {
                    var endOffset = (d.getItem(string: "end_offset") as? PyInt)?.intValue ?? offset
                    let endLine = (d.getItem(string: "end_lineno") as? PyInt)?.intValue ?? lineno
                    if endLine != lineno || endOffset <= offset { endOffset = offset + 1 }
                    let startCol = max(offset - 1 - indent, 0)
                    let width = min(max(endOffset - offset, 1), max(scalars.count - indent - startCol + 1, 1))
                    out += "    " + String(repeating: " ", count: startCol) + String(repeating: "^", count: width) + "\n"
                }
            }
            msg = ((d.getItem(string: "msg")).flatMap { try? Ops.str($0).value }) ?? ""
        } else {
            msg = (try? Ops.str(exc).value) ?? "<exception str() failed>"
            if let s = Suggestions.suggestion(for: exc) { msg += ". Did you mean: \(Repr.strRepr(s))?" }
        }
        out += msg.isEmpty ? name + "\n" : "\(name): \(msg)\n"
        if let notes = exc.instanceDict?.getItem(string: "__notes__") as? PyList {
            for n in notes.items { out += ((try? Ops.str(n).value) ?? "") + "\n" }
        }
        return out
    }

    /// Prints `exc` to stderr as an uncaught exception.
    public static func printException(_ exc: PyBaseException) {
        Stdio.flush(Stdio.stdout)
        let text = format(exc)
        try? Stdio.write(Stdio.stderr, text)
        Stdio.flush(Stdio.stderr)
    }
}
