// The error every stage of the front end throws.

/// A compile-time error with the fields CPython's `SyntaxError` carries.
public struct SyntaxErrorInfo: Error, Equatable, CustomStringConvertible {
    /// Which Python exception class this is.
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
    }

    public var kind: Kind
    public var msg: String
    public var filename: String
    /// 1-based line, as `SyntaxError.lineno`.
    public var lineno: Int
    /// 1-based column (in characters of the line, as CPython reports it), as `SyntaxError.offset`.
    public var offset: Int
    public var endLineno: Int
    public var endOffset: Int
    /// The offending source line (with its newline, as CPython keeps it), or nil if unknown.
    public var text: String?

    public init(kind: Kind = .syntaxError, msg: String, filename: String, lineno: Int, offset: Int,
                endLineno: Int? = nil, endOffset: Int? = nil, text: String? = nil) {
        self.kind = kind
        self.msg = msg
        self.filename = filename
        self.lineno = lineno
        self.offset = offset
        self.endLineno = endLineno ?? lineno
        self.endOffset = endOffset ?? offset
        self.text = text
    }

    public var description: String {
        "\(kind.rawValue): \(msg) (\(filename), line \(lineno), offset \(offset))"
    }
}
