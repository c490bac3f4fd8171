import PyObjects
import PyCompiler
import PySyntax

extension Builtins {
    /// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: source text
    /// to a code object (AST objects are not supported).
    static func compileBuiltin(_ a: [PyObject], _ k: [(String, PyObject)]) throws -> PyObject {
        // One implementation, with CPython's argument handling and `single` mode.
        try BuiltinsExtra.compile(a, k)
    }
}
