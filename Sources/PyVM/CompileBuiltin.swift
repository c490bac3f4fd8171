import PyObjects
import PyCompiler
import PySyntax

extension Builtins {
    /// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: source text
    /// to a code object (AST objects are not supported).
    static func compileBuiltin(_ a: [PyObject], _ k: [(String, PyObject)]) throws -> PyObject {
        let args = Args("compile", a, k)
        try args.check(min: 3, max: 6, keywords: ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"])
        let source = args[0] ?? args.keyword("source")!
        let filenameObj = args[1] ?? args.keyword("filename")!
        let modeObj = args[2] ?? args.keyword("mode")!
        let src: [UInt8]
        if let s = source as? PyStr { src = Array(s.value.utf8) } else if let b = source as? PyBytes { src = b.value } else {
            throw PythonError(PyExc.TypeError, "compile() arg 1 must be a string, bytes or AST object")
        }
        let filename = try Ops.str(filenameObj).value
        guard let mode = (modeObj as? PyStr)?.value, ["exec", "eval", "single"].contains(mode) else {
            throw PythonError(PyExc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
        }
        do {
            if mode == "eval" {
                var trimmed = src[...]
                while let f = trimmed.first, f == 32 || f == 9 { trimmed = trimmed.dropFirst() }
                let e = try parseExpression(source: Array(trimmed), filename: filename)
                return try compileExpression(e, filename: filename)
            }
            return try compileSource(src, filename: filename)
        } catch let info as SyntaxErrorInfo {
            throw PythonError(Errors.syntaxError(info))
        }
    }
}
