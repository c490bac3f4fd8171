import PyObjects
import PyCompiler
import PySyntax

/// `ast.parse` / `compile(..., PyCF_ONLY_AST)`: the front end's tree as instances of the `_ast`
/// node classes, field for field as CPython builds them (optional fields present and None,
/// lists always present, location attributes on the nodes that have them). It walks the tree
/// in the order of ASTDump.swift, the front end's textual proof of the same tree.
struct AstBuilder {
    let classes: PyDict
    /// The instances of the operator and context classes, shared by every tree as in CPython.
    nonisolated(unsafe) static var singletons: [String: PyObject] = [:]

    init() throws {
        guard let m = try Importer.importModule("_ast") as? PyModule else {
            throw PythonError(PyExc.SystemError, "_ast is not a module")
        }
        classes = m.dict
    }

    mutating func node(_ name: String, _ fields: [(String, PyObject)], _ loc: SourceRange?) throws -> PyObject {
        guard let cls = classes.getItem(string: name) as? PyType else {
            throw PythonError(PyExc.SystemError, "_ast has no node class \(name)")
        }
        let o = PyObject(type: cls)
        let d = PyDict()
        for (k, v) in fields { d.setItem(string: k, v) }
        if let l = loc {
            d.setItem(string: "lineno", PyInt.make(l.lineno))
            d.setItem(string: "col_offset", PyInt.make(l.colOffset))
            d.setItem(string: "end_lineno", PyInt.make(l.endLineno))
            d.setItem(string: "end_col_offset", PyInt.make(l.endColOffset))
        }
        o.instanceDict = d
        return o
    }

    mutating func singleton(_ name: String) throws -> PyObject {
        if let s = Self.singletons[name], s.type === classes.getItem(string: name) { return s }
        let s = try node(name, [], nil)
        Self.singletons[name] = s
        return s
    }

    func str(_ s: String?) -> PyObject { s.map { PyStr($0) } ?? pyNone }
    mutating func list(_ items: [PyObject]) -> PyObject { PyList(items) }
    mutating func stmts(_ s: [Stmt]) throws -> PyObject { PyList(try s.map { try stmt($0) }) }
    mutating func exprs(_ e: [Expr]) throws -> PyObject { PyList(try e.map { try expr($0) }) }
    mutating func opt(_ e: Expr?) throws -> PyObject { try e.map { try expr($0) } ?? pyNone }

    mutating func module(_ m: Module) throws -> PyObject {
        let ignores = try m.typeIgnores.map { try node("TypeIgnore", [("lineno", PyInt.make($0.lineno)), ("tag", PyStr($0.tag))], nil) }
        return try node("Module", [("body", try stmts(m.body)), ("type_ignores", PyList(ignores))], nil)
    }

    mutating func expression(_ m: ExpressionModule) throws -> PyObject {
        try node("Expression", [("body", try expr(m.body))], nil)
    }

    mutating func interactive(_ m: Interactive) throws -> PyObject {
        try node("Interactive", [("body", try stmts(m.body))], nil)
    }

    mutating func stmt(_ s: Stmt) throws -> PyObject {
        let l = s.loc
        switch s.kind {
        case let .functionDef(name, args, body, decos, returns, tc), let .asyncFunctionDef(name, args, body, decos, returns, tc):
            var isAsync = false
            if case .asyncFunctionDef = s.kind { isAsync = true }
            return try node(isAsync ? "AsyncFunctionDef" : "FunctionDef", [
                ("name", PyStr(name)), ("args", try arguments(args)), ("body", try stmts(body)),
                ("decorator_list", try exprs(decos)), ("returns", try opt(returns)), ("type_comment", str(tc)),
            ], l)
        case let .classDef(name, bases, keywords, body, decos):
            return try node("ClassDef", [
                ("name", PyStr(name)), ("bases", try exprs(bases)), ("keywords", PyList(try keywords.map { try keyword($0) })),
                ("body", try stmts(body)), ("decorator_list", try exprs(decos)),
            ], l)
        case let .return(value):
            return try node("Return", [("value", try opt(value))], l)
        case let .delete(targets):
            return try node("Delete", [("targets", try exprs(targets))], l)
        case let .assign(targets, value, tc):
            return try node("Assign", [("targets", try exprs(targets)), ("value", try expr(value)), ("type_comment", str(tc))], l)
        case let .augAssign(target, op, value):
            return try node("AugAssign", [("target", try expr(target)), ("op", try singleton(Self.opName(op))),
                                          ("value", try expr(value))], l)
        case let .annAssign(target, ann, value, simple):
            return try node("AnnAssign", [("target", try expr(target)), ("annotation", try expr(ann)),
                                          ("value", try opt(value)), ("simple", PyInt.make(simple))], l)
        case let .for(target, iter, body, orelse, tc), let .asyncFor(target, iter, body, orelse, tc):
            var isAsync = false
            if case .asyncFor = s.kind { isAsync = true }
            return try node(isAsync ? "AsyncFor" : "For", [
                ("target", try expr(target)), ("iter", try expr(iter)), ("body", try stmts(body)),
                ("orelse", try stmts(orelse)), ("type_comment", str(tc)),
            ], l)
        case let .while(test, body, orelse):
            return try node("While", [("test", try expr(test)), ("body", try stmts(body)), ("orelse", try stmts(orelse))], l)
        case let .if(test, body, orelse):
            return try node("If", [("test", try expr(test)), ("body", try stmts(body)), ("orelse", try stmts(orelse))], l)
        case let .with(items, body, tc), let .asyncWith(items, body, tc):
            var isAsync = false
            if case .asyncWith = s.kind { isAsync = true }
            return try node(isAsync ? "AsyncWith" : "With", [
                ("items", PyList(try items.map { try withItem($0) })), ("body", try stmts(body)), ("type_comment", str(tc)),
            ], l)
        case let .match(subject, cases):
            return try node("Match", [("subject", try expr(subject)), ("cases", PyList(try cases.map { try matchCase($0) }))], l)
        case let .raise(exc, cause):
            return try node("Raise", [("exc", try opt(exc)), ("cause", try opt(cause))], l)
        case let .try(body, handlers, orelse, finalbody), let .tryStar(body, handlers, orelse, finalbody):
            var isStar = false
            if case .tryStar = s.kind { isStar = true }
            return try node(isStar ? "TryStar" : "Try", [
                ("body", try stmts(body)), ("handlers", PyList(try handlers.map { try handler($0) })),
                ("orelse", try stmts(orelse)), ("finalbody", try stmts(finalbody)),
            ], l)
        case let .assert(test, msg):
            return try node("Assert", [("test", try expr(test)), ("msg", try opt(msg))], l)
        case let .import(names):
            return try node("Import", [("names", PyList(try names.map { try alias($0) }))], l)
        case let .importFrom(module, names, level):
            return try node("ImportFrom", [("module", str(module)), ("names", PyList(try names.map { try alias($0) })),
                                           ("level", level.map { PyInt.make($0) } ?? pyNone)], l)
        case let .global(names):
            return try node("Global", [("names", PyList(names.map { PyStr($0) }))], l)
        case let .nonlocal(names):
            return try node("Nonlocal", [("names", PyList(names.map { PyStr($0) }))], l)
        case let .expr(value):
            return try node("Expr", [("value", try expr(value))], l)
        case .pass: return try node("Pass", [], l)
        case .break: return try node("Break", [], l)
        case .continue: return try node("Continue", [], l)
        }
    }

    mutating func expr(_ e: Expr) throws -> PyObject {
        let l = e.loc
        switch e.kind {
        case let .boolOp(op, values):
            return try node("BoolOp", [("op", try singleton(op == .and ? "And" : "Or")), ("values", try exprs(values))], l)
        case let .namedExpr(target, value):
            return try node("NamedExpr", [("target", try expr(target)), ("value", try expr(value))], l)
        case let .binOp(left, op, right):
            return try node("BinOp", [("left", try expr(left)), ("op", try singleton(Self.opName(op))),
                                      ("right", try expr(right))], l)
        case let .unaryOp(op, operand):
            let n: String
            switch op {
            case .invert: n = "Invert"
            case .not: n = "Not"
            case .uAdd: n = "UAdd"
            case .uSub: n = "USub"
            }
            return try node("UnaryOp", [("op", try singleton(n)), ("operand", try expr(operand))], l)
        case let .lambda(args, body):
            return try node("Lambda", [("args", try arguments(args)), ("body", try expr(body))], l)
        case let .ifExp(test, body, orelse):
            return try node("IfExp", [("test", try expr(test)), ("body", try expr(body)), ("orelse", try expr(orelse))], l)
        case let .dict(keys, values):
            return try node("Dict", [("keys", PyList(try keys.map { try opt($0) })), ("values", try exprs(values))], l)
        case let .set(elts):
            return try node("Set", [("elts", try exprs(elts))], l)
        case let .listComp(elt, gens):
            return try node("ListComp", [("elt", try expr(elt)), ("generators", try comprehensions(gens))], l)
        case let .setComp(elt, gens):
            return try node("SetComp", [("elt", try expr(elt)), ("generators", try comprehensions(gens))], l)
        case let .dictComp(key, value, gens):
            return try node("DictComp", [("key", try expr(key)), ("value", try expr(value)),
                                         ("generators", try comprehensions(gens))], l)
        case let .generatorExp(elt, gens):
            return try node("GeneratorExp", [("elt", try expr(elt)), ("generators", try comprehensions(gens))], l)
        case let .await(value):
            return try node("Await", [("value", try expr(value))], l)
        case let .yield(value):
            return try node("Yield", [("value", try opt(value))], l)
        case let .yieldFrom(value):
            return try node("YieldFrom", [("value", try expr(value))], l)
        case let .compare(left, ops, comparators):
            return try node("Compare", [("left", try expr(left)), ("ops", PyList(try ops.map { try singleton(Self.cmpName($0)) })),
                                        ("comparators", try exprs(comparators))], l)
        case let .call(fn, args, keywords):
            return try node("Call", [("func", try expr(fn)), ("args", try exprs(args)),
                                     ("keywords", PyList(try keywords.map { try keyword($0) }))], l)
        case let .formattedValue(value, conversion, spec):
            return try node("FormattedValue", [("value", try expr(value)), ("conversion", PyInt.make(conversion)),
                                               ("format_spec", try opt(spec))], l)
        case let .joinedStr(values):
            return try node("JoinedStr", [("values", try exprs(values))], l)
        case let .constant(value, kind):
            return try node("Constant", [("value", constant(value)), ("kind", str(kind))], l)
        case let .attribute(value, attr, ctx):
            return try node("Attribute", [("value", try expr(value)), ("attr", PyStr(attr)), ("ctx", try context(ctx))], l)
        case let .subscript(value, slice, ctx):
            return try node("Subscript", [("value", try expr(value)), ("slice", try expr(slice)), ("ctx", try context(ctx))], l)
        case let .starred(value, ctx):
            return try node("Starred", [("value", try expr(value)), ("ctx", try context(ctx))], l)
        case let .name(id, ctx):
            return try node("Name", [("id", PyStr(id)), ("ctx", try context(ctx))], l)
        case let .list(elts, ctx):
            return try node("List", [("elts", try exprs(elts)), ("ctx", try context(ctx))], l)
        case let .tuple(elts, ctx):
            return try node("Tuple", [("elts", try exprs(elts)), ("ctx", try context(ctx))], l)
        case let .slice(lower, upper, step):
            return try node("Slice", [("lower", try opt(lower)), ("upper", try opt(upper)), ("step", try opt(step))], l)
        }
    }

    mutating func context(_ c: ExprContext) throws -> PyObject {
        switch c {
        case .load: return try singleton("Load")
        case .store: return try singleton("Store")
        case .del: return try singleton("Del")
        }
    }

    mutating func comprehensions(_ gens: [Comprehension]) throws -> PyObject {
        PyList(try gens.map { c in
            try node("comprehension", [("target", try expr(c.target)), ("iter", try expr(c.iter)), ("ifs", try exprs(c.ifs)),
                                       ("is_async", PyInt.make(c.isAsync))], nil)
        })
    }

    mutating func arguments(_ a: Arguments) throws -> PyObject {
        try node("arguments", [
            ("posonlyargs", PyList(try a.posonlyargs.map { try arg($0) })), ("args", PyList(try a.args.map { try arg($0) })),
            ("vararg", try a.vararg.map { try arg($0) } ?? pyNone), ("kwonlyargs", PyList(try a.kwonlyargs.map { try arg($0) })),
            ("kw_defaults", PyList(try a.kwDefaults.map { try opt($0) })),
            ("kwarg", try a.kwarg.map { try arg($0) } ?? pyNone), ("defaults", try exprs(a.defaults)),
        ], nil)
    }

    mutating func arg(_ a: Arg) throws -> PyObject {
        try node("arg", [("arg", PyStr(a.arg)), ("annotation", try opt(a.annotation)), ("type_comment", str(a.typeComment))], a.loc)
    }

    mutating func keyword(_ k: Keyword) throws -> PyObject {
        try node("keyword", [("arg", str(k.arg)), ("value", try expr(k.value))], k.loc)
    }

    mutating func alias(_ a: Alias) throws -> PyObject {
        try node("alias", [("name", PyStr(a.name)), ("asname", str(a.asname))], a.loc)
    }

    mutating func withItem(_ w: WithItem) throws -> PyObject {
        try node("withitem", [("context_expr", try expr(w.contextExpr)), ("optional_vars", try opt(w.optionalVars))], nil)
    }

    mutating func handler(_ h: ExceptHandler) throws -> PyObject {
        try node("ExceptHandler", [("type", try opt(h.type)), ("name", str(h.name)), ("body", try stmts(h.body))], h.loc)
    }

    mutating func matchCase(_ m: MatchCase) throws -> PyObject {
        try node("match_case", [("pattern", try pattern(m.pattern)), ("guard", try opt(m.guard_)), ("body", try stmts(m.body))], nil)
    }

    mutating func pattern(_ p: Pattern) throws -> PyObject {
        let l = p.loc
        func pats(_ ps: [Pattern]) throws -> PyObject { PyList(try ps.map { try pattern($0) }) }
        switch p.kind {
        case let .matchValue(value):
            return try node("MatchValue", [("value", try expr(value))], l)
        case let .matchSingleton(value):
            return try node("MatchSingleton", [("value", constant(value))], l)
        case let .matchSequence(patterns):
            return try node("MatchSequence", [("patterns", try pats(patterns))], l)
        case let .matchMapping(keys, patterns, rest):
            return try node("MatchMapping", [("keys", try exprs(keys)), ("patterns", try pats(patterns)), ("rest", str(rest))], l)
        case let .matchClass(cls, patterns, kwdAttrs, kwdPatterns):
            return try node("MatchClass", [("cls", try expr(cls)), ("patterns", try pats(patterns)),
                                           ("kwd_attrs", PyList(kwdAttrs.map { PyStr($0) })),
                                           ("kwd_patterns", try pats(kwdPatterns))], l)
        case let .matchStar(name):
            return try node("MatchStar", [("name", str(name))], l)
        case let .matchAs(pat, name):
            return try node("MatchAs", [("pattern", try pat.map { try pattern($0) } ?? pyNone), ("name", str(name))], l)
        case let .matchOr(patterns):
            return try node("MatchOr", [("patterns", try pats(patterns))], l)
        }
    }

    static func opName(_ op: Operator) -> String {
        switch op {
        case .add: return "Add"
        case .sub: return "Sub"
        case .mult: return "Mult"
        case .matMult: return "MatMult"
        case .div: return "Div"
        case .mod: return "Mod"
        case .pow: return "Pow"
        case .lShift: return "LShift"
        case .rShift: return "RShift"
        case .bitOr: return "BitOr"
        case .bitXor: return "BitXor"
        case .bitAnd: return "BitAnd"
        case .floorDiv: return "FloorDiv"
        }
    }

    static func cmpName(_ op: CmpOp) -> String {
        switch op {
        case .eq: return "Eq"
        case .notEq: return "NotEq"
        case .lt: return "Lt"
        case .ltE: return "LtE"
        case .gt: return "Gt"
        case .gtE: return "GtE"
        case .is: return "Is"
        case .isNot: return "IsNot"
        case .in: return "In"
        case .notIn: return "NotIn"
        }
    }

    func constant(_ v: ConstantValue) -> PyObject {
        switch v {
        case .none: return pyNone
        case let .bool(b): return pyBool(b)
        case let .int(lit): return lit.value.map { PyInt.make($0) } ?? PyInt.fromDecimal(lit.digits)
        case let .float(d): return PyFloat(d)
        case let .complex(imag): return PyComplex(real: 0, imag: imag)
        case let .str(s): return PyStr(s)
        case let .bytes(b): return PyBytes(b)
        case .ellipsis: return PyEllipsis.shared
        }
    }
}

extension Builtins {
    /// compile(source, filename, mode, PyCF_ONLY_AST): the tree as `_ast` nodes.
    static func parseToAST(_ source: [UInt8], filename: String, mode: String) throws -> PyObject {
        var b = try AstBuilder()
        switch mode {
        case "exec": return try b.module(parseModule(source: source, filename: filename))
        case "eval": return try b.expression(parseExpression(source: BuiltinsExtra.stripLeadingBlanks(source), filename: filename))
        case "single": return try b.interactive(parseInteractive(source: source, filename: filename))
        case "func_type":
            throw PythonError(PyExc.ValueError, "compile() mode 'func_type' is not supported by Swallow")
        default:
            throw PythonError(PyExc.ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
        }
    }

    /// compile() of an `ast.AST` tree: Swallow compiles the source `ast.unparse` gives back
    /// (the code is the same; line numbers are those of the unparsed text).
    static func compileAST(_ tree: PyObject, filename: String, mode: String, flags: Int) throws -> PyObject {
        let ast = try Importer.importModule("ast")
        let expected: String
        switch mode {
        case "exec": expected = "Module"
        case "eval": expected = "Expression"
        case "single": expected = "Interactive"
        default: throw PythonError(PyExc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
        }
        let cls = try Ops.getAttr(ast, expected)
        if !(try Ops.isInstance(tree, cls)) {
            throw PythonError(PyExc.TypeError, "expected \(expected) node, got \(tree.type.name)")
        }
        var root = tree
        if mode == "single" {
            // unparse handles Module; an Interactive body unparses the same way.
            root = try Ops.call(try Ops.getAttr(ast, "Module"), args: [try Ops.getAttr(tree, "body"), PyList([])])
        }
        let text = try Ops.call(try Ops.getAttr(ast, "unparse"), args: [root])
        return try BuiltinsExtra.compile([text, PyStr(filename), PyStr(mode), PyInt.make(flags & ~0x400)], [])
    }
}
