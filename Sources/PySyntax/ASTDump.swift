// `ast.dump` of CPython 3.11, byte for byte: the proof that the front end agrees with CPython.
//
// Rules being reproduced: every field is printed as `name=value` in ASDL order; optional fields
// holding None are left out; lists are always printed (`[]` when empty); with
// `include_attributes` the location attributes follow the fields; leaves use Python's `repr`.

/// `ast.dump(module, include_attributes=...)` as CPython 3.11 prints it (one line).
public func dumpAST(_ mod: Module, includeAttributes: Bool) -> String {
    var d = ASTDumper(attrs: includeAttributes)
    return d.node("Module", [("body", d.stmts(mod.body)), ("type_ignores", "[" + mod.typeIgnores.map {
        "TypeIgnore(lineno=\($0.lineno), tag=\(pyRepr($0.tag)))"
    }.joined(separator: ", ") + "]")], nil)
}

/// `ast.dump` of an `eval`-mode tree.
public func dumpAST(_ mod: ExpressionModule, includeAttributes: Bool) -> String {
    var d = ASTDumper(attrs: includeAttributes)
    return d.node("Expression", [("body", d.expr(mod.body))], nil)
}

/// `ast.dump` of a `single`-mode tree.
public func dumpAST(_ mod: Interactive, includeAttributes: Bool) -> String {
    var d = ASTDumper(attrs: includeAttributes)
    return d.node("Interactive", [("body", d.stmts(mod.body))], nil)
}

/// `ast.dump` of one expression node.
public func dumpAST(_ e: Expr, includeAttributes: Bool) -> String {
    var d = ASTDumper(attrs: includeAttributes)
    return d.expr(e)
}

struct ASTDumper {
    let attrs: Bool

    /// `Name(field=value, ...)`; nil values are omitted, as ast.dump omits None defaults.
    func node(_ name: String, _ fields: [(String, String?)], _ loc: SourceRange?) -> String {
        var parts: [String] = []
        for (k, v) in fields { if let v = v { parts.append("\(k)=\(v)") } }
        if attrs, let l = loc {
            parts.append("lineno=\(l.lineno)")
            parts.append("col_offset=\(l.colOffset)")
            parts.append("end_lineno=\(l.endLineno)")
            parts.append("end_col_offset=\(l.endColOffset)")
        }
        return name + "(" + parts.joined(separator: ", ") + ")"
    }

    func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
    mutating func stmts(_ s: [Stmt]) -> String { list(s.map { stmt($0) }) }
    mutating func exprs(_ e: [Expr]) -> String { list(e.map { expr($0) }) }
    mutating func opt(_ e: Expr?) -> String? { e.map { expr($0) } }
    func str(_ s: String?) -> String? { s.map { pyRepr($0) } }

    mutating func stmt(_ s: Stmt) -> String {
        let l = s.loc
        switch s.kind {
        case let .functionDef(name, args, body, decos, returns, tc), let .asyncFunctionDef(name, args, body, decos, returns, tc):
            var isAsync = false
            if case .asyncFunctionDef = s.kind { isAsync = true }
            return node(isAsync ? "AsyncFunctionDef" : "FunctionDef", [
                ("name", pyRepr(name)), ("args", arguments(args)), ("body", stmts(body)),
                ("decorator_list", exprs(decos)), ("returns", opt(returns)), ("type_comment", str(tc)),
            ], l)
        case let .classDef(name, bases, keywords, body, decos):
            return node("ClassDef", [
                ("name", pyRepr(name)), ("bases", exprs(bases)), ("keywords", list(keywords.map { keyword($0) })),
                ("body", stmts(body)), ("decorator_list", exprs(decos)),
            ], l)
        case let .return(value):
            return node("Return", [("value", opt(value))], l)
        case let .delete(targets):
            return node("Delete", [("targets", exprs(targets))], l)
        case let .assign(targets, value, tc):
            return node("Assign", [("targets", exprs(targets)), ("value", expr(value)), ("type_comment", str(tc))], l)
        case let .augAssign(target, op, value):
            return node("AugAssign", [("target", expr(target)), ("op", opName(op) + "()"), ("value", expr(value))], l)
        case let .annAssign(target, ann, value, simple):
            return node("AnnAssign", [("target", expr(target)), ("annotation", expr(ann)), ("value", opt(value)),
                                      ("simple", String(simple))], l)
        case let .for(target, iter, body, orelse, tc), let .asyncFor(target, iter, body, orelse, tc):
            var isAsync = false
            if case .asyncFor = s.kind { isAsync = true }
            return node(isAsync ? "AsyncFor" : "For", [
                ("target", expr(target)), ("iter", expr(iter)), ("body", stmts(body)), ("orelse", stmts(orelse)),
                ("type_comment", str(tc)),
            ], l)
        case let .while(test, body, orelse):
            return node("While", [("test", expr(test)), ("body", stmts(body)), ("orelse", stmts(orelse))], l)
        case let .if(test, body, orelse):
            return node("If", [("test", expr(test)), ("body", stmts(body)), ("orelse", stmts(orelse))], l)
        case let .with(items, body, tc), let .asyncWith(items, body, tc):
            var isAsync = false
            if case .asyncWith = s.kind { isAsync = true }
            return node(isAsync ? "AsyncWith" : "With", [
                ("items", list(items.map { withItem($0) })), ("body", stmts(body)), ("type_comment", str(tc)),
            ], l)
        case let .match(subject, cases):
            return node("Match", [("subject", expr(subject)), ("cases", list(cases.map { matchCase($0) }))], l)
        case let .raise(exc, cause):
            return node("Raise", [("exc", opt(exc)), ("cause", opt(cause))], l)
        case let .try(body, handlers, orelse, finalbody), let .tryStar(body, handlers, orelse, finalbody):
            var isStar = false
            if case .tryStar = s.kind { isStar = true }
            return node(isStar ? "TryStar" : "Try", [
                ("body", stmts(body)), ("handlers", list(handlers.map { handler($0) })), ("orelse", stmts(orelse)),
                ("finalbody", stmts(finalbody)),
            ], l)
        case let .assert(test, msg):
            return node("Assert", [("test", expr(test)), ("msg", opt(msg))], l)
        case let .import(names):
            return node("Import", [("names", list(names.map { alias($0) }))], l)
        case let .importFrom(module, names, level):
            return node("ImportFrom", [("module", str(module)), ("names", list(names.map { alias($0) })),
                                       ("level", level.map { String($0) })], l)
        case let .global(names):
            return node("Global", [("names", list(names.map { pyRepr($0) }))], l)
        case let .nonlocal(names):
            return node("Nonlocal", [("names", list(names.map { pyRepr($0) }))], l)
        case let .expr(value):
            return node("Expr", [("value", expr(value))], l)
        case .pass: return node("Pass", [], l)
        case .break: return node("Break", [], l)
        case .continue: return node("Continue", [], l)
        }
    }

    mutating func expr(_ e: Expr) -> String {
        let l = e.loc
        switch e.kind {
        case let .boolOp(op, values):
            return node("BoolOp", [("op", op == .and ? "And()" : "Or()"), ("values", exprs(values))], l)
        case let .namedExpr(target, value):
            return node("NamedExpr", [("target", expr(target)), ("value", expr(value))], l)
        case let .binOp(left, op, right):
            return node("BinOp", [("left", expr(left)), ("op", opName(op) + "()"), ("right", expr(right))], l)
        case let .unaryOp(op, operand):
            let n: String
            switch op {
            case .invert: n = "Invert"
            case .not: n = "Not"
            case .uAdd: n = "UAdd"
            case .uSub: n = "USub"
            }
            return node("UnaryOp", [("op", n + "()"), ("operand", expr(operand))], l)
        case let .lambda(args, body):
            return node("Lambda", [("args", arguments(args)), ("body", expr(body))], l)
        case let .ifExp(test, body, orelse):
            return node("IfExp", [("test", expr(test)), ("body", expr(body)), ("orelse", expr(orelse))], l)
        case let .dict(keys, values):
            return node("Dict", [("keys", list(keys.map { $0.map { expr($0) } ?? "None" })), ("values", exprs(values))], l)
        case let .set(elts):
            return node("Set", [("elts", exprs(elts))], l)
        case let .listComp(elt, gens):
            return node("ListComp", [("elt", expr(elt)), ("generators", list(gens.map { comprehension($0) }))], l)
        case let .setComp(elt, gens):
            return node("SetComp", [("elt", expr(elt)), ("generators", list(gens.map { comprehension($0) }))], l)
        case let .dictComp(key, value, gens):
            return node("DictComp", [("key", expr(key)), ("value", expr(value)),
                                     ("generators", list(gens.map { comprehension($0) }))], l)
        case let .generatorExp(elt, gens):
            return node("GeneratorExp", [("elt", expr(elt)), ("generators", list(gens.map { comprehension($0) }))], l)
        case let .await(value):
            return node("Await", [("value", expr(value))], l)
        case let .yield(value):
            return node("Yield", [("value", opt(value))], l)
        case let .yieldFrom(value):
            return node("YieldFrom", [("value", expr(value))], l)
        case let .compare(left, ops, comparators):
            return node("Compare", [("left", expr(left)), ("ops", list(ops.map { cmpName($0) + "()" })),
                                    ("comparators", exprs(comparators))], l)
        case let .call(fn, args, keywords):
            return node("Call", [("func", expr(fn)), ("args", exprs(args)), ("keywords", list(keywords.map { keyword($0) }))], l)
        case let .formattedValue(value, conversion, spec):
            return node("FormattedValue", [("value", expr(value)), ("conversion", String(conversion)),
                                           ("format_spec", opt(spec))], l)
        case let .joinedStr(values):
            return node("JoinedStr", [("values", exprs(values))], l)
        case let .constant(value, kind):
            return node("Constant", [("value", constantRepr(value)), ("kind", str(kind))], l)
        case let .attribute(value, attr, ctx):
            return node("Attribute", [("value", expr(value)), ("attr", pyRepr(attr)), ("ctx", ctxName(ctx))], l)
        case let .subscript(value, slice, ctx):
            return node("Subscript", [("value", expr(value)), ("slice", expr(slice)), ("ctx", ctxName(ctx))], l)
        case let .starred(value, ctx):
            return node("Starred", [("value", expr(value)), ("ctx", ctxName(ctx))], l)
        case let .name(id, ctx):
            return node("Name", [("id", pyRepr(id)), ("ctx", ctxName(ctx))], l)
        case let .list(elts, ctx):
            return node("List", [("elts", exprs(elts)), ("ctx", ctxName(ctx))], l)
        case let .tuple(elts, ctx):
            return node("Tuple", [("elts", exprs(elts)), ("ctx", ctxName(ctx))], l)
        case let .slice(lower, upper, step):
            return node("Slice", [("lower", opt(lower)), ("upper", opt(upper)), ("step", opt(step))], l)
        }
    }

    func ctxName(_ c: ExprContext) -> String {
        switch c {
        case .load: return "Load()"
        case .store: return "Store()"
        case .del: return "Del()"
        }
    }

    func opName(_ op: Operator) -> String {
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

    func cmpName(_ op: CmpOp) -> String {
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

    mutating func arguments(_ a: Arguments) -> String {
        node("arguments", [
            ("posonlyargs", list(a.posonlyargs.map { arg($0) })), ("args", list(a.args.map { arg($0) })),
            ("vararg", a.vararg.map { arg($0) }), ("kwonlyargs", list(a.kwonlyargs.map { arg($0) })),
            ("kw_defaults", list(a.kwDefaults.map { $0.map { expr($0) } ?? "None" })),
            ("kwarg", a.kwarg.map { arg($0) }), ("defaults", exprs(a.defaults)),
        ], nil)
    }

    mutating func arg(_ a: Arg) -> String {
        node("arg", [("arg", pyRepr(a.arg)), ("annotation", opt(a.annotation)), ("type_comment", str(a.typeComment))], a.loc)
    }

    mutating func keyword(_ k: Keyword) -> String {
        node("keyword", [("arg", str(k.arg)), ("value", expr(k.value))], k.loc)
    }

    func alias(_ a: Alias) -> String {
        node("alias", [("name", pyRepr(a.name)), ("asname", str(a.asname))], a.loc)
    }

    mutating func withItem(_ w: WithItem) -> String {
        node("withitem", [("context_expr", expr(w.contextExpr)), ("optional_vars", opt(w.optionalVars))], nil)
    }

    mutating func comprehension(_ c: Comprehension) -> String {
        node("comprehension", [("target", expr(c.target)), ("iter", expr(c.iter)), ("ifs", exprs(c.ifs)),
                               ("is_async", String(c.isAsync))], nil)
    }

    mutating func handler(_ h: ExceptHandler) -> String {
        node("ExceptHandler", [("type", opt(h.type)), ("name", str(h.name)), ("body", stmts(h.body))], h.loc)
    }

    mutating func matchCase(_ m: MatchCase) -> String {
        node("match_case", [("pattern", pattern(m.pattern)), ("guard", opt(m.guard_)), ("body", stmts(m.body))], nil)
    }

    mutating func pattern(_ p: Pattern) -> String {
        let l = p.loc
        switch p.kind {
        case let .matchValue(value):
            return node("MatchValue", [("value", expr(value))], l)
        case let .matchSingleton(value):
            return node("MatchSingleton", [("value", constantRepr(value))], l)
        case let .matchSequence(patterns):
            return node("MatchSequence", [("patterns", list(patterns.map { pattern($0) }))], l)
        case let .matchMapping(keys, patterns, rest):
            return node("MatchMapping", [("keys", exprs(keys)), ("patterns", list(patterns.map { pattern($0) })),
                                         ("rest", str(rest))], l)
        case let .matchClass(cls, patterns, kwdAttrs, kwdPatterns):
            return node("MatchClass", [("cls", expr(cls)), ("patterns", list(patterns.map { pattern($0) })),
                                       ("kwd_attrs", list(kwdAttrs.map { pyRepr($0) })),
                                       ("kwd_patterns", list(kwdPatterns.map { pattern($0) }))], l)
        case let .matchStar(name):
            return node("MatchStar", [("name", str(name))], l)
        case let .matchAs(pat, name):
            return node("MatchAs", [("pattern", pat.map { pattern($0) }), ("name", str(name))], l)
        case let .matchOr(patterns):
            return node("MatchOr", [("patterns", list(patterns.map { pattern($0) }))], l)
        }
    }

    func constantRepr(_ v: ConstantValue) -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return i.digits
        case .float(let d): return pyFloatRepr(d)
        case .complex(let imag): return pyFloatRepr(imag, addDotZero: false) + "j"
        case .str(let s): return pyRepr(s)
        case .bytes(let b): return pyBytesRepr(b)
        case .ellipsis: return "Ellipsis"
        }
    }
}

// MARK: - Python repr of leaves

/// Python's `repr(str)`.
public func pyRepr(_ s: String) -> String {
    let hasSingle = s.unicodeScalars.contains("'"), hasDouble = s.unicodeScalars.contains("\"")
    let q: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(q)
    func hex(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }
    for c in s.unicodeScalars {
        if c == q || c == "\\" {
            out.append("\\"); out.append(c)
        } else if c == "\t" {
            out.append(contentsOf: "\\t".unicodeScalars)
        } else if c == "\n" {
            out.append(contentsOf: "\\n".unicodeScalars)
        } else if c == "\r" {
            out.append(contentsOf: "\\r".unicodeScalars)
        } else if c.value < 0x20 || c.value == 0x7F {
            out.append(contentsOf: ("\\x" + hex(c.value, 2)).unicodeScalars)
        } else if c.value < 0x7F || Tokenizer.isPrintable(c) {
            out.append(c)
        } else if c.value <= 0xFF {
            out.append(contentsOf: ("\\x" + hex(c.value, 2)).unicodeScalars)
        } else if c.value <= 0xFFFF {
            out.append(contentsOf: ("\\u" + hex(c.value, 4)).unicodeScalars)
        } else if c.value & 0xFFFF_F800 == 0x10_D800 {
            // The shadow of a lone surrogate (PyObjects' LoneSurrogate).
            out.append(contentsOf: ("\\u" + hex(c.value - 0x10_0000, 4)).unicodeScalars)
        } else {
            out.append(contentsOf: ("\\U" + hex(c.value, 8)).unicodeScalars)
        }
    }
    out.append(q)
    return String(out)
}

/// Python's `repr(bytes)`.
public func pyBytesRepr(_ b: [UInt8]) -> String {
    let q: UInt8 = b.contains(39) && !b.contains(34) ? 34 : 39
    var out = "b" + String(UnicodeScalar(q))
    for c in b {
        if c == q || c == 92 {
            out += "\\" + String(UnicodeScalar(c))
        } else if c == 9 {
            out += "\\t"
        } else if c == 10 {
            out += "\\n"
        } else if c == 13 {
            out += "\\r"
        } else if c < 0x20 || c >= 0x7F {
            let h = String(c, radix: 16)
            out += "\\x" + (h.count < 2 ? "0" + h : h)
        } else {
            out += String(UnicodeScalar(c))
        }
    }
    return out + String(UnicodeScalar(q))
}

/// Python's `repr(float)`: shortest round-tripping digits, fixed notation for decimal exponents
/// in [-4, 16), else scientific with a two-digit minimum exponent. `addDotZero: false` gives the
/// form used inside complex reprs (`2j`, not `2.0j`).
public func pyFloatRepr(_ d: Double, addDotZero: Bool = true) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return (d.sign == .minus ? "-0" : "0") + (addDotZero ? ".0" : "") }
    // Swift's description is also shortest round-trip; take its digits and exponent.
    var s = "\(d.magnitude)"
    var exp = 0
    if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        exp = Int(s[s.index(after: e)...]) ?? 0
        s = String(s[..<e])
    }
    var digits = ""
    var pointAt = s.count
    for (i, ch) in s.enumerated() {
        if ch == "." { pointAt = i } else { digits.append(ch) }
    }
    var decpt = pointAt + exp
    // Normalise: strip leading zeros (moving the point) and trailing zeros.
    while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); decpt -= 1 }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    let sign = d.sign == .minus ? "-" : ""
    if decpt > -4 && decpt <= 16 {
        var out: String
        if decpt <= 0 {
            out = "0." + String(repeating: "0", count: -decpt) + digits
        } else if decpt >= digits.count {
            out = digits + String(repeating: "0", count: decpt - digits.count)
            if addDotZero { out += ".0" }
        } else {
            let i = digits.index(digits.startIndex, offsetBy: decpt)
            out = String(digits[..<i]) + "." + String(digits[i...])
        }
        return sign + out
    }
    var mant = String(digits.first!)
    if digits.count > 1 { mant += "." + digits.dropFirst() }
    let e = decpt - 1
    let eStr = String(abs(e))
    return sign + mant + "e" + (e < 0 ? "-" : "+") + (eStr.count < 2 ? "0" + eStr : eStr)
}
