// The parser: a hand-written recursive descent over the token stream, one method per rule of
// CPython 3.11's PEG grammar (`Grammar/python.gram`), named after the rule in Swift spelling
// (`star_expressions` → `starExpressions`). Statements are in Parser+Statements.swift,
// expressions in Parser+Expressions.swift, string literals and f-strings in Parser+Strings.swift.

/// Parses a whole file (`exec` mode). Throws `SyntaxErrorInfo`.
public func parseModule(source: [UInt8], filename: String) throws -> Module {
    let p = try Parser(source: source, filename: filename)
    return try p.reportingTokenizerErrors { try p.file() }
}

/// Parses a single expression (`eval` mode), as `compile(..., "eval")` does. Like CPython's
/// compile, leading indentation is an error: the `eval()` builtin strips leading spaces and tabs
/// from string input before compiling. Throws `SyntaxErrorInfo`.
public func parseExpression(source: [UInt8], filename: String) throws -> ExpressionModule {
    let p = try Parser(source: source, filename: filename)
    return try p.reportingTokenizerErrors { try p.evalInput() }
}

/// Parses one interactive statement (`single` mode). Throws `SyntaxErrorInfo`.
public func parseInteractive(source: [UInt8], filename: String) throws -> Interactive {
    let p = try Parser(source: source, filename: filename)
    return try p.reportingTokenizerErrors { try p.interactive() }
}

/// Convenience: parse Swift text as a module.
public func parseModule(_ source: String, filename: String = "<unknown>") throws -> Module {
    try parseModule(source: Array(source.utf8), filename: filename)
}

final class Parser {
    let tokenizer: Tokenizer
    let filename: String
    var tokens: [Token] = []
    var pos = 0
    /// Set while a call argument is parsed: there `a.b = 1` gets invalid_kwarg's message instead.
    var suppressEqualsHint = false
    /// Expressions written inside parentheses: `(a): int` is not a "simple" annotation target and
    /// `(yield)` / `(a)` behave differently from their bare forms in a few rules.
    var parenthesized = Set<ObjectIdentifier>()
    /// Recursion guard so that pathological nesting is an error, not a stack overflow.
    var depth = 0
    static let maxDepth = 3000
    /// Line/column shift applied to positions while parsing an f-string replacement field.
    var shift: (line: Int, col: Int)? = nil
    /// Set once the tokenizer has thrown, so its error is not looked for again.
    var tokenizerFailed = false
    /// Bracket nesting of the current position (CPython's token `level`), for error hints.
    var level = 0

    init(source: [UInt8], filename: String) throws {
        self.filename = filename
        self.tokenizer = try Tokenizer(source: source, filename: filename)
    }

    // MARK: token access

    /// The token `k` ahead of the current one, fetched from the tokenizer if needed.
    @inline(__always) func peek(_ k: Int = 0) throws -> Token {
        while pos + k >= tokens.count {
            if let last = tokens.last, last.kind == .endmarker { return last }
            do {
                tokens.append(try tokenizer.next())
            } catch {
                tokenizerFailed = true
                throw error
            }
        }
        return tokens[pos + k]
    }

    @discardableResult func advance() throws -> Token {
        let t = try peek()
        if pos < tokens.count { pos += 1 }
        return t
    }

    /// The most recently consumed token that is not NEWLINE/INDENT/DEDENT: where CPython ends
    /// a node (so a compound statement ends at its body's last token, even a trailing ';').
    var last: Token {
        var i = pos - 1
        while i > 0, tokens[i].kind == .newline || tokens[i].kind == .indent || tokens[i].kind == .dedent
                || tokens[i].kind == .endmarker {
            i -= 1
        }
        return tokens[i]
    }

    func at(_ op: String) throws -> Bool {
        let t = try peek()
        return (t.kind == .op || t.kind == .name) && t.text == op
    }

    func atKeyword(_ kw: String) throws -> Bool {
        let t = try peek()
        return t.kind == .name && t.text == kw
    }

    /// Consumes `op` (an operator or keyword) if it is next.
    func accept(_ op: String) throws -> Token? {
        if try at(op) { return try advance() }
        return nil
    }

    /// Consumes `op` or fails with CPython's generic error at the current token.
    @discardableResult func expect(_ op: String) throws -> Token {
        if let t = try accept(op) { return t }
        throw try invalidSyntax()
    }

    /// Consumes `op` or fails with "expected 'op'" (CPython's forced tokens, `&&':'`).
    @discardableResult func expectForced(_ op: String) throws -> Token {
        if let t = try accept(op) { return t }
        let t = try peek()
        throw error("expected '\(op)'", t)
    }

    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// Whether the current token is a plain identifier (not a keyword).
    func atName() throws -> Bool {
        let t = try peek()
        return t.kind == .name && !Parser.keywords.contains(t.text)
    }

    func expectName() throws -> Token {
        if try atName() { return try advance() }
        throw try invalidSyntax()
    }

    // MARK: positions

    func startLoc(_ t: Token) -> SourceRange {
        adjust(SourceRange(lineno: t.lineno, colOffset: t.col, endLineno: t.endLineno, endColOffset: t.endCol))
    }

    /// Range from token `t` to the last consumed token.
    func range(from t: Token) -> SourceRange {
        let l = last
        return adjust(SourceRange(lineno: t.lineno, colOffset: t.col, endLineno: l.endLineno, endColOffset: l.endCol))
    }

    /// Range from an already built location to the last consumed token.
    func range(fromLoc a: SourceRange) -> SourceRange {
        let l = last
        var e = adjust(SourceRange(lineno: l.endLineno, colOffset: l.endCol, endLineno: l.endLineno, endColOffset: l.endCol))
        e.lineno = a.lineno
        e.colOffset = a.colOffset
        return e
    }

    /// Inside an f-string replacement field, positions on the field's first line move right by
    /// the field's column in the source, and all lines move down (CPython 3.11's rule).
    func adjust(_ r: SourceRange) -> SourceRange {
        guard let s = shift else { return r }
        var r = r
        if r.lineno == 1 { r.colOffset += s.col }
        if r.endLineno == 1 { r.endColOffset += s.col }
        r.lineno += s.line - 1
        r.endLineno += s.line - 1
        return r
    }

    // MARK: errors

    /// The text of the source line `lineno`.
    func lineText(_ lineno: Int) -> String { tokenizer.lineText(lineno) }

    /// An error spanning token `t` (offsets converted to CPython's 1-based character columns).
    func error(_ msg: String, _ t: Token, kind: SyntaxErrorInfo.Kind = .syntaxError) -> SyntaxErrorInfo {
        tokenizer.error(msg, line: t.lineno, col: t.col, endLine: t.endLineno, endCol: t.endCol, kind: kind)
    }

    /// An error spanning an AST node's range.
    func error(_ msg: String, _ r: SourceRange) -> SyntaxErrorInfo {
        tokenizer.error(msg, line: r.lineno, col: r.colOffset, endLine: r.endLineno, endCol: r.endColOffset)
    }

    /// CPython's generic "invalid syntax", reported at the furthest token the parser fetched.
    func invalidSyntax() throws -> SyntaxErrorInfo {
        _ = try peek()
        var t = tokens[tokens.count - 1]
        if t.kind == .endmarker || t.kind == .dedent, tokens.count >= 2 {
            // At end of input CPython points just past the last real token.
            t = tokens[tokens.count - 2]
            if t.kind == .newline || t.kind == .dedent || t.kind == .indent {
                return eofError("invalid syntax")
            }
            return tokenizer.error("invalid syntax", line: t.endLineno, col: t.endCol)
        }
        if t.kind == .indent {
            var e = tokenizer.error("unexpected indent", line: t.lineno, col: max(t.col - 1, 0), kind: .indentationError)
            e.endOffset = -1
            return e
        }
        return error("invalid syntax", t)
    }

    /// An error at end of input: CPython places it at the end of the last line.
    func eofError(_ msg: String, kind: SyntaxErrorInfo.Kind = .syntaxError) -> SyntaxErrorInfo {
        let (line, col) = tokenizer.endPosition()
        var e = tokenizer.error(msg, line: line, col: col, kind: kind)
        if kind == .indentationError { e.endOffset = -1 }
        return e
    }

    /// An error at token `t`, or at the end of input if `t` is the end marker or a final DEDENT.
    func errorAt(_ msg: String, _ t: Token, kind: SyntaxErrorInfo.Kind = .syntaxError) -> SyntaxErrorInfo {
        if t.kind == .endmarker || t.kind == .dedent && t.start >= tokenizer.src.count { return eofError(msg, kind: kind) }
        var e = error(msg, t, kind: kind)
        if t.kind == .dedent || t.kind == .indent {
            // These tokens have no column in CPython; it reports the tokenizer's position instead.
            e.offset -= 1
        }
        return e
    }

    func enter() throws {
        depth += 1
        if depth > Parser.maxDepth {
            let t = try peek()
            throw error("too many nested parentheses", t)
        }
    }

    func leave() { depth -= 1 }

    /// Runs a start rule. As in CPython, when the parser fails the rest of the source is still
    /// tokenized, and a tokenizer error found there (say, a bracket never closed) wins.
    func reportingTokenizerErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as SyntaxErrorInfo where !tokenizerFailed && e.msg != "unexpected indent" {
            do {
                while try tokenizer.next().kind != .endmarker {}
            } catch let t as SyntaxErrorInfo {
                // A bracket left open only matters if the parser had read past its line.
                if let open = tokenizer.unclosedLine {
                    if tokens.last.map({ $0.lineno <= open }) ?? true { throw e }
                    throw t
                }
                // Only errors CPython's tokenizer raises directly replace the parser's.
                if t.kind != .syntaxError || t.msg == "unexpected character after line continuation character"
                    || t.msg == "unexpected EOF while parsing" {
                    throw e
                }
                throw t
            }
            throw e
        }
    }

    /// A block opener's ':' — CPython says "expected ':'" only when the line ends instead.
    @discardableResult func expectColon() throws -> Token {
        if let t = try accept(":") { return t }
        let t = try peek()
        if t.kind == .newline { throw error("expected ':'", t) }
        throw try invalidSyntax()
    }

    // MARK: start rules

    /// file: [statements] ENDMARKER
    func file() throws -> Module {
        var body: [Stmt] = []
        while true {
            let t = try peek()
            if t.kind == .endmarker { break }
            if t.kind == .newline { try advance(); continue }
            body.append(contentsOf: try statement())
        }
        return Module(body: body, typeIgnores: [])
    }

    /// eval: expressions NEWLINE* ENDMARKER
    func evalInput() throws -> ExpressionModule {
        let e = try expressions()
        while try peek().kind == .newline || peek().kind == .dedent { try advance() }
        if try peek().kind != .endmarker { throw try invalidSyntax() }
        return ExpressionModule(body: e)
    }

    /// interactive: statement_newline — one statement (a line of simple statements or one
    /// compound statement), as `compile(..., "single")` accepts.
    func interactive() throws -> Interactive {
        while try peek().kind == .newline { try advance() }
        if try peek().kind == .endmarker {
            throw SyntaxErrorInfo(msg: "invalid syntax", filename: filename, lineno: 1, offset: 0, text: nil)
        }
        let body = try statement()
        let ending = tokens[pos - 1]
        while try peek().kind == .newline || peek().kind == .dedent { try advance() }
        let t = try peek()
        if t.kind != .endmarker {
            // CPython points at the end of the first statement.
            throw error("multiple statements found while compiling a single statement", ending.kind == .newline ? ending : t)
        }
        return Interactive(body: body)
    }
}
