import PyObjects
import PyCompiler
import PySyntax

/// A `_tokenize.TokenizerIter`: the front end's tokens of a source string.
final class PyTokenizerIter: PyObject {
    var tokenizer: Tokenizer?
    var lines: [String] = []
    var done = false
}

/// `_tokenize`: `TokenizerIter(source)` yields CPython's C tokenizer view of each token,
/// `(string, exact_type, lineno, end_lineno, col_offset, end_col_offset, line)`, up to (not
/// including) ENDMARKER. Offsets are UTF-8 byte columns; INDENT/DEDENT have -1 columns; comments
/// and NL tokens are not produced. (3.11's `tokenize` module itself is pure Python.)
enum TokenizeModule {
    static let iterType = ModuleTypes.make("TokenizerIter", module: "_tokenize", subclassable: false)

    static func make() -> PyModule {
        let b = ModuleBuilder("_tokenize")
        ModuleTypes.ctor(iterType) { cls, a, k in
            try Args("tokenizeriter", a, k).check(min: 1, max: 1, keywords: ["source"])
            let src = a.first ?? k[0].1
            guard let s = src as? PyStr else {
                throw PythonError(PyExc.TypeError, "tokenizeriter() argument 'source' must be str, not \(src.type.name)")
            }
            let it = PyTokenizerIter(type: cls)
            do {
                it.tokenizer = try Tokenizer(source: Array(s.value.utf8), filename: "<string>")
            } catch let info as SyntaxErrorInfo {
                throw PythonError(Errors.syntaxError(info))
            }
            var lines = s.value.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
            if s.value.hasSuffix("\n") || s.value.isEmpty { lines.removeLast() }
            it.lines = lines
            return it
        }
        ModuleTypes.def(iterType, "__iter__") { o, _, _ in o }
        ModuleTypes.def(iterType, "__next__") { o, _, _ in
            let it = o as! PyTokenizerIter
            guard !it.done, let t = it.tokenizer else { throw PythonError(PyExc.StopIteration, args: []) }
            let tok: Token
            do { tok = try t.next() } catch let info as SyntaxErrorInfo {
                it.done = true
                throw PythonError(Errors.syntaxError(info))
            }
            let type: Int
            var cols = (tok.col, tok.endCol)
            switch tok.kind {
            case .name: type = 1
            case .number: type = 2
            case .string: type = 3
            case .newline: type = 4; cols = (tok.col, tok.col)  // an empty string at the line's end
            case .indent: type = 5; cols = (-1, -1)
            case .dedent: type = 6; cols = (-1, -1)
            case .op: type = try exactType(tok.text)
            case .endmarker:
                it.done = true
                throw PythonError(PyExc.StopIteration, args: [])
            }
            let line = tok.lineno >= 1 && tok.lineno <= it.lines.count ? it.lines[tok.lineno - 1] : ""
            return PyTuple([PyStr(type == 4 ? "" : tok.text), PyInt.make(type), PyInt.make(tok.lineno), PyInt.make(tok.endLineno),
                            PyInt.make(cols.0), PyInt.make(cols.1), PyStr(line)])
        }
        b.set("TokenizerIter", iterType)
        return b.module
    }

    /// The operator's exact token type, from the `token` module's table.
    nonisolated(unsafe) static var exactTypes: PyDict?
    static func exactType(_ text: String) throws -> Int {
        if exactTypes == nil {
            exactTypes = try Ops.getAttr(Importer.importModule("token"), "EXACT_TOKEN_TYPES") as? PyDict
        }
        if let v = try exactTypes?.get(PyStr(text)) as? PyInt, let i = v.intValue { return i }
        return 54  // OP
    }
}
