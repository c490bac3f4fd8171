import PyObjects
import PyCompiler
import PySyntax

/// `_symtable`: the front end's symbol table as the entries `symtable.py` reads (`type`, `id`,
/// `name`, `lineno`, `nested`, `children`, `symbols`, `varnames`).
enum SymtableModule {
    static let entryType = ModuleTypes.make("symtable entry", module: "_symtable", subclassable: false)

    static func make() -> PyModule {
        let b = ModuleBuilder("_symtable")
        let ints: [(String, Int)] = [
            ("USE", Scope.use), ("DEF_GLOBAL", Scope.defGlobal), ("DEF_NONLOCAL", Scope.defNonlocal),
            ("DEF_LOCAL", Scope.defLocal), ("DEF_PARAM", Scope.defParam), ("DEF_FREE", Scope.defFree),
            ("DEF_FREE_CLASS", Scope.defFreeClass), ("DEF_IMPORT", Scope.defImport), ("DEF_ANNOT", Scope.defAnnot),
            ("DEF_BOUND", Scope.defLocal | Scope.defParam | Scope.defImport),
            ("TYPE_FUNCTION", 0), ("TYPE_CLASS", 1), ("TYPE_MODULE", 2),
            ("SCOPE_OFF", Scope.scopeOff), ("SCOPE_MASK", Scope.scopeMask),
            ("LOCAL", 1), ("GLOBAL_EXPLICIT", 2), ("GLOBAL_IMPLICIT", 3), ("FREE", 4), ("CELL", 5),
        ]
        for (n, v) in ints { b.int(n, v) }
        ModuleTypes.def(entryType, "__repr__") { o, _, _ in
            let d = o.instanceDict!
            let name = (d.getItem(string: "name") as? PyStr)?.value ?? "?"
            let id = (d.getItem(string: "id") as? PyInt)?.intValue ?? 0
            let line = (d.getItem(string: "lineno") as? PyInt)?.intValue ?? 0
            return PyStr("<symtable entry \(name)(\(id)), line \(line)>")
        }
        b.fn("symtable") { a, k in
            try Args("symtable", a, k).check(min: 3, max: 3)
            let source: [UInt8]
            if let s = a[0] as? PyStr { source = Array(s.value.utf8) } else if let by = a[0] as? PyBytes { source = by.value } else {
                throw PythonError(PyExc.TypeError, "symtable() argument 'str' must be str, bytes or bytearray, not \(a[0].type.name)")
            }
            let filename = try ModArgs.str(a[1], "symtable", "argument 2")
            let mode = try ModArgs.str(a[2], "symtable", "argument 3")
            guard ["exec", "eval", "single"].contains(mode) else {
                throw PythonError(PyExc.ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'")
            }
            do {
                let module: Module
                if mode == "eval" {
                    let e = try parseExpression(source: BuiltinsExtra.stripLeadingBlanks(source), filename: filename)
                    module = Module(body: [Stmt(.expr(value: e.body), e.body.loc)])
                } else {
                    module = try parseModule(source: source, filename: filename)
                }
                return try entry(SymbolTable(module: module, filename: filename).top, nested: false)
            } catch let info as SyntaxErrorInfo {
                throw PythonError(Errors.syntaxError(info))
            }
        }
        return b.module
    }

    static func entry(_ s: Scope, nested: Bool) throws -> PyObject {
        let o = PyObject(type: entryType)
        let d = PyDict()
        let type: Int
        let name: String
        switch s.kind {
        case .module: type = 2; name = "top"
        case .classBody: type = 1; name = s.name
        case .annotation: type = 3; name = s.name
        case .lambda: type = 0; name = "lambda"
        case .function, .comprehension: type = 0; name = s.name
        }
        d.setItem(string: "type", PyInt.make(type))
        d.setItem(string: "id", PyInt.make(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(s).hashValue)) & Int.max))
        d.setItem(string: "name", PyStr(name))
        d.setItem(string: "lineno", PyInt.make(s.firstLine))
        d.setItem(string: "nested", PyInt.make(nested ? 1 : 0))
        let symbols = PyDict()
        for (n, f) in s.symbolFlags { symbols.setItem(string: n, PyInt.make(f)) }
        d.setItem(string: "symbols", symbols)
        d.setItem(string: "varnames", PyList(s.params.map { PyStr($0) }))
        let childNested = nested || s.kind == .function || s.kind == .lambda || s.kind == .comprehension
        d.setItem(string: "children", PyList(try s.children.map { try entry($0, nested: childNested) }))
        o.instanceDict = d
        return o
    }
}
