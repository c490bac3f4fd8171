import PyObjects
import PyCompiler
import PySyntax

/// Builtins beyond the basic ones of `Builtins.install`: `compile`, `exec`/`eval` argument
/// handling, `aiter`/`anext`, and the argument binding helper builtins with keyword
/// parameters share.
enum BuiltinsExtra {
    static func install(into d: PyDict) {
        Classes.registerConstructor(PyTypes.module) { t, a, k in
            // A subclass's own __init__ decides what its arguments are (types.ModuleType
            // wrappers take the module they wrap); module.__init__ checks them.
            if t !== PyTypes.module && t.lookup("__init__") !== PyTypes.module.dict.getItem(string: "__init__") {
                return PyModule(name: (a.first as? PyStr)?.value ?? "?", doc: pyNone, type: t)
            }
            let a = try bind("module", a, k, names: ["name", "doc"], required: 1, defaults: [pyNone])
            guard let name = a[0] as? PyStr else {
                throw PythonError(PyExc.TypeError, "module() argument 'name' must be str, not \(a[0].type.name)")
            }
            return PyModule(name: name.value, doc: a[1], type: t)
        }
        BuiltinMethods.def(PyTypes.module, "__init__") { r, a, k in
            let a = try bind("module", a, k, names: ["name", "doc"], required: 1, defaults: [pyNone])
            guard let name = a[0] as? PyStr else {
                throw PythonError(PyExc.TypeError, "module() argument 'name' must be str, not \(a[0].type.name)")
            }
            guard let m = r as? PyModule else { throw PythonError(PyExc.TypeError, "descriptor '__init__' requires a 'module' object") }
            m.dict.setItem(string: "__name__", name)
            m.dict.setItem(string: "__doc__", a[1])
            for key in ["__package__", "__loader__", "__spec__"] where m.dict.getItem(string: key) == nil {
                m.dict.setItem(string: key, pyNone)
            }
            return pyNone
        }
        Builtins.fn(d, "compile") { a, k in try compile(a, k) }
        Builtins.fn(d, "breakpoint") { a, k in
            guard let hook = Runtime.sys.dict.getItem(string: "breakpointhook") else {
                throw PythonError(PyExc.RuntimeError, "lost sys.breakpointhook")
            }
            return try Ops.call(hook, args: a, kwargs: k)
        }
        Builtins.fn(d, "exec") { a, k in try execOrEval(a, k, isEval: false) }
        Builtins.fn(d, "eval") { a, k in try execOrEval(a, k, isEval: true) }
        for (name, value) in [("copyright", "Copyright (c) Python Software Foundation and contributors."),
                              ("credits", "Thanks to the CPython developers."),
                              ("license", "See https://www.python.org/psf/license/"),
                              ("help", "Type help() for interactive help (not available in Swallow).")] {
            Builtins.fn(d, name) { _, _ in
                try Stdio.write(Stdio.stdout, value + "\n")
                return pyNone
            }
        }
    }

    /// Binds positional and keyword arguments to `names` the way CPython's argument clinic
    /// does for builtins with keyword parameters; missing optional ones get `defaults`.
    static func bind(_ fname: String, _ a: [PyObject], _ k: [(String, PyObject)], names: [String], required: Int,
                     defaults: [PyObject]) throws -> [PyObject] {
        if a.count > names.count {
            throw PythonError(PyExc.TypeError,
                "\(fname)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(a.count + k.count) given)")
        }
        var out: [PyObject?] = a.map { Optional($0) } + Array(repeating: nil, count: names.count - a.count)
        for (key, v) in k {
            guard let i = names.firstIndex(of: key) else {
                throw PythonError(PyExc.TypeError, "'\(key)' is an invalid keyword argument for \(fname)()")
            }
            if out[i] != nil {
                throw PythonError(PyExc.TypeError, "argument for \(fname)() given by name ('\(key)') and position (\(i + 1))")
            }
            out[i] = v
        }
        for i in 0..<required where out[i] == nil {
            throw PythonError(PyExc.TypeError, "\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out.enumerated().map { i, v in v ?? defaults[i - required] }
    }

    /// The local namespace of the running code: the dict of module and class bodies, or a
    /// snapshot of a function's fast locals and cells (what `locals()` returns).
    static func currentLocals() -> PyDict {
        guard let f = Runtime.currentFrame else { return PyDict() }
        return localsOf(f)
    }

    static func localsOf(_ f: Frame) -> PyDict {
        if let l = f.locals { return l }
        let d = f.localsSnapshot ?? PyDict()
        f.localsSnapshot = d
        let code = f.code
        func update(_ name: String, _ value: PyObject?) {
            if let v = value { d.setItem(string: name, v) } else { _ = try? d.remove(PyStr(name)) }
        }
        for (i, n) in code.varnames.enumerated() { update(n, f.fast[i]) }
        let cellNames = code.cellvars + code.freevars
        for (i, n) in cellNames.enumerated() where i < f.cells.count { update(n, f.cells[i].value) }
        return d
    }

    /// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)` for string sources.
    static func compile(_ a: [PyObject], _ k: [(String, PyObject)]) throws -> PyObject {
        let a = try bind("compile", a, k, names: ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
                         required: 3, defaults: [PyInt.make(0), pyFalse, PyInt.make(-1), PyInt.make(-1)])
        let source: [UInt8]
        let isAST = try (Runtime.modules.getItem(string: "_ast") as? PyModule)?.dict.getItem(string: "AST")
            .map { try Ops.isInstance(a[0], $0) } ?? false
        if let s = a[0] as? PyStr { source = Array(s.value.utf8) } else if let b = a[0] as? PyBytes { source = b.value }
        else if let b = a[0] as? PyByteArray { source = b.value } else if let c = a[0] as? CodeObject { return c }
        else if isAST { source = [] } else {
            throw PythonError(PyExc.TypeError, "compile() arg 1 must be a string, bytes or AST object")
        }
        guard let filename = a[1] as? PyStr else {
            throw PythonError(PyExc.TypeError, "expected str, bytes or os.PathLike object, not \(a[1].type.name)")
        }
        guard let mode = a[2] as? PyStr else {
            throw PythonError(PyExc.TypeError, "compile() argument 'mode' must be str, not \(a[2].type.name)")
        }
        for i in [3, 5] where !(a[i] is PyInt) {
            throw PythonError(PyExc.TypeError, "'\(a[i].type.name)' object cannot be interpreted as an integer")
        }
        let flagBits = (a[3] as? PyInt)?.intValue ?? 0
        if isAST {
            // An ast tree: returned as it is for PyCF_ONLY_AST, else compiled.
            if flagBits & 0x400 != 0 { return a[0] }
            return try Builtins.compileAST(a[0], filename: filename.value, mode: mode.value, flags: flagBits)
        }
        if source.contains(0) { throw PythonError(PyExc.SyntaxError, "source code string cannot contain null bytes") }
        if flagBits & 0x400 != 0 {
            do {
                return try Builtins.parseToAST(source, filename: filename.value, mode: mode.value)
            } catch let info as SyntaxErrorInfo {
                throw PythonError(Errors.syntaxError(info))
            }
        }
        // The annotations future: asked for in flags, or inherited from the calling code.
        let flags = (a[3] as? PyInt)?.intValue ?? 0
        let dontInherit = try Ops.isTrue(a[4])
        let future = flags & Int(CodeObject.futureAnnotationsFlag) != 0 || (!dontInherit && inheritsFutureAnnotations())
        do {
            switch mode.value {
            case "exec": return try compileSource(source, filename: filename.value, futureAnnotations: future)
            case "eval":
                return try compileExpression(parseExpression(source: stripLeadingBlanks(source), filename: filename.value),
                                             filename: filename.value)
            case "single":
                let i = try parseInteractive(source: source, filename: filename.value)
                return try compileInteractive(Module(body: i.body), filename: filename.value, source: source,
                                              futureAnnotations: future)
            default:
                throw PythonError(PyExc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
            }
        } catch let info as SyntaxErrorInfo {
            throw PythonError(Errors.syntaxError(info))
        }
    }

    /// Whether the running code was compiled under `from __future__ import annotations`
    /// (exec and compile of source text inherit it).
    static func inheritsFutureAnnotations() -> Bool {
        (Runtime.currentFrame?.code.futureFlags ?? 0) & CodeObject.futureAnnotationsFlag != 0
    }

    static func stripLeadingBlanks(_ src: [UInt8]) -> [UInt8] {
        var trimmed = src[...]
        while let f = trimmed.first, f == 32 || f == 9 { trimmed = trimmed.dropFirst() }
        return Array(trimmed)
    }

    static func isMapping(_ o: PyObject) -> Bool {
        o is PyDict || o.type.lookup("__getitem__") != nil
    }

    static func execOrEval(_ a: [PyObject], _ k: [(String, PyObject)], isEval: Bool) throws -> PyObject {
        let name = isEval ? "eval" : "exec"
        // eval takes no keywords; exec takes only `closure` (3.11).
        if isEval {
            try Args(name, a, k).check(min: 1, max: 3)
        } else {
            if a.isEmpty { throw PythonError(PyExc.TypeError, "exec() takes at least 1 positional argument (0 given)") }
            if a.count > 3 { throw PythonError(PyExc.TypeError, "exec() takes at most 3 arguments (\(a.count) given)") }
            for (key, v) in k {
                if key != "closure" { throw PythonError(PyExc.TypeError, "'\(key)' is an invalid keyword argument for exec()") }
                if v !== pyNone && !(a[0] is CodeObject) {
                    throw PythonError(PyExc.TypeError, "closure can only be used when source is a code object")
                }
            }
        }
        let closureArg = k.first { $0.0 == "closure" }?.1 ?? pyNone
        let a = try bind(name, a, [], names: ["source", "globals", "locals"], required: 1, defaults: [pyNone, pyNone])
        let frame = Runtime.currentFrame
        var globals: PyDict
        var locals: PyDict
        if a[1] !== pyNone {
            guard let g = a[1] as? PyDict else {
                if !isEval { throw PythonError(PyExc.TypeError, "exec() globals must be a dict, not \(a[1].type.name)") }
                throw PythonError(PyExc.TypeError, isMapping(a[1]) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                                   : "globals must be a dict")
            }
            globals = g
        } else {
            globals = frame?.globals ?? PyDict()
        }
        if a[2] !== pyNone {
            guard let l = a[2] as? PyDict else {
                if !isMapping(a[2]) {
                    throw PythonError(PyExc.TypeError, isEval ? "locals must be a mapping" : "locals must be a mapping or None, not \(a[2].type.name)")
                }
                throw PythonError(PyExc.TypeError, "\(name)() locals must be a dict in Swallow, not \(a[2].type.name)")
            }
            locals = l
        } else if a[1] !== pyNone {
            locals = globals
        } else {
            locals = currentLocals()
        }
        // The code sees the builtins its globals name (a module or a dict), as in CPython.
        var builtins: PyDict = Runtime.builtins
        switch globals.getItem(string: "__builtins__") {
        case nil: globals.setItem(string: "__builtins__", Runtime.builtins)
        case let m as PyModule: builtins = m.dict
        case let d as PyDict: builtins = d
        default: break
        }
        let code: CodeObject
        if let c = a[0] as? CodeObject {
            if isEval && !c.freevars.isEmpty {
                throw PythonError(PyExc.TypeError, "code object passed to eval() may not contain free variables")
            }
            code = c
        } else {
            let src: [UInt8]
            if let s = a[0] as? PyStr { src = Array(s.value.utf8) } else if let b = a[0] as? PyBytes { src = b.value }
            else if let b = a[0] as? PyByteArray { src = b.value } else {
                throw PythonError(PyExc.TypeError, "\(name)() arg 1 must be a string, bytes or code object")
            }
            if src.contains(0) { throw PythonError(PyExc.SyntaxError, "source code string cannot contain null bytes") }
            do {
                if isEval {
                    let e = try parseExpression(source: stripLeadingBlanks(src), filename: "<string>")
                    code = try compileExpression(e, filename: "<string>")
                } else {
                    code = try compileSource(src, filename: "<string>", futureAnnotations: inheritsFutureAnnotations())
                }
            } catch let info as SyntaxErrorInfo {
                throw PythonError(Errors.syntaxError(info))
            }
        }
        let f = Frame(code: code, globals: globals, builtins: builtins, locals: locals)
        if !code.freevars.isEmpty || closureArg !== pyNone {
            // exec(code, closure=cells): the code's free variables come from the given cells.
            let cells = (closureArg as? PyTuple)?.items.compactMap { $0 as? PyCell } ?? []
            guard closureArg === pyNone || closureArg is PyTuple, cells.count == code.freevars.count,
                  (closureArg as? PyTuple)?.items.count ?? 0 == cells.count else {
                if code.freevars.isEmpty { throw PythonError(PyExc.TypeError, "cannot use a closure with this code object") }
                throw PythonError(PyExc.TypeError, "code object requires a closure of exactly length \(code.freevars.count)")
            }
            f.cells = code.cellvars.map { _ in PyCell() } + cells
        }
        let r = try Interpreter.run(f)
        return isEval ? r : pyNone
    }
}
