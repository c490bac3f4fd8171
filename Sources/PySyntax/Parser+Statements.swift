// Statement rules of the grammar.

extension Parser {
    /// statement: compound_stmt | simple_stmts
    func statement() throws -> [Stmt] {
        let t = try peek()
        if t.kind == .indent { throw try invalidSyntax() }
        if t.kind == .name {
            switch t.text {
            case "def": return [try functionDef(decorators: [], asyncTok: nil)]
            case "@": break
            case "class": return [try classDef(decorators: [])]
            case "if": return [try ifStmt()]
            case "while": return [try whileStmt()]
            case "for": return [try forStmt(asyncTok: nil)]
            case "try": return [try tryStmt()]
            case "with": return [try withStmt(asyncTok: nil)]
            case "async":
                let n = try peek(1)
                if n.kind == .name {
                    switch n.text {
                    case "def": try advance(); return [try functionDef(decorators: [], asyncTok: t)]
                    case "for": try advance(); return [try forStmt(asyncTok: t)]
                    case "with": try advance(); return [try withStmt(asyncTok: t)]
                    default: break
                    }
                }
            case "match":
                if let m = try matchStmt() { return [m] }
            default: break
            }
        }
        if t.kind == .op && t.text == "@" { return [try decorated()] }
        return try simpleStmts()
    }

    /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    func simpleStmts() throws -> [Stmt] {
        var out: [Stmt] = [try simpleStmt()]
        while try accept(";") != nil {
            if try peek().kind == .newline { break }
            out.append(try simpleStmt())
        }
        let t = try peek()
        if t.kind != .newline { throw try invalidSyntax() }
        try advance()
        return out
    }

    func simpleStmt() throws -> Stmt {
        let t = try peek()
        if t.kind == .name {
            switch t.text {
            case "pass": try advance(); return Stmt(.pass, startLoc(t))
            case "break": try advance(); return Stmt(.break, startLoc(t))
            case "continue": try advance(); return Stmt(.continue, startLoc(t))
            case "return":
                try advance()
                let v = try atExpressionStart() ? try starExpressions() : nil
                return Stmt(.return(value: v), range(from: t))
            case "raise":
                try advance()
                guard try atExpressionStart() else { return Stmt(.raise(exc: nil, cause: nil), range(from: t)) }
                let exc = try expression()
                var cause: Expr? = nil
                if try accept("from") != nil { cause = try expression() }
                return Stmt(.raise(exc: exc, cause: cause), range(from: t))
            case "global", "nonlocal":
                try advance()
                var names = [try expectName().text]
                while try accept(",") != nil { names.append(try expectName().text) }
                return Stmt(t.text == "global" ? .global(names: names) : .nonlocal(names: names), range(from: t))
            case "del": return try delStmt()
            case "assert":
                try advance()
                let test = try expression()
                var msg: Expr? = nil
                if try accept(",") != nil { msg = try expression() }
                return Stmt(.assert(test: test, msg: msg), range(from: t))
            case "import": return try importName()
            case "from": return try importFrom()
            default: break
            }
        }
        return try assignmentOrExpression()
    }

    /// Whether the current token can begin an expression (to decide optional operands).
    func atExpressionStart() throws -> Bool {
        let t = try peek()
        switch t.kind {
        case .number, .string: return true
        case .name:
            if !Parser.keywords.contains(t.text) { return true }
            return ["None", "True", "False", "not", "lambda", "await", "yield"].contains(t.text)
        case .op: return ["(", "[", "{", "-", "+", "~", "*", "...", "**"].contains(t.text)
        default: return false
        }
    }

    /// assignment | star_expressions (an expression statement)
    func assignmentOrExpression() throws -> Stmt {
        let startTok = try peek()
        // NAME ':' expression ['=' annotated_rhs]: the "simple" annotated assignment.
        if try atName(), try peek(1).kind == .op, try peek(1).text == ":" {
            let n = try advance()
            let target = Expr(.name(id: n.text, ctx: .store), startLoc(n))
            try advance()
            let ann = try expression()
            var value: Expr? = nil
            if try accept("=") != nil { value = try annotatedRhs() }
            return Stmt(.annAssign(target: target, annotation: ann, value: value, simple: 1), range(from: startTok))
        }
        let first = try atKeyword("yield") ? try yieldExpr() : try starExpressions()
        let t = try peek()
        if t.kind == .op {
            if t.text == "=" {
                var targets: [Expr] = [first]
                var value = first
                while try accept("=") != nil {
                    value = try annotatedRhs()
                    targets.append(value)
                }
                targets.removeLast()
                do {
                    for tg in targets { try setContext(tg, .store) }
                } catch let e as SyntaxErrorInfo {
                    if let y = targets.first(where: { t in
                        if case .yield = t.kind { return !parenthesized.contains(ObjectIdentifier(t)) }
                        if case .yieldFrom = t.kind { return !parenthesized.contains(ObjectIdentifier(t)) }
                        return false
                    }) {
                        throw error("assignment to yield expression not possible", y.loc)
                    }
                    if targets.count == 1, let better = misplacedEquals(first, value: value) { throw better }
                    throw e
                }
                return Stmt(.assign(targets: targets, value: value, typeComment: nil), range(from: startTok))
            }
            if t.text == ":" {
                try advance()
                if case .name = first.kind {} else if !(try atExpressionStart()) {
                    // Not an annotation at all: CPython's first pass stopped at the ':'.
                    throw error("invalid syntax", t)
                }
                switch first.kind {
                case .name, .attribute, .subscript: break
                case .tuple: throw error("only single target (not tuple) can be annotated", first.loc)
                case .list: throw error("only single target (not list) can be annotated", first.loc)
                default: throw error("illegal target for annotation", first.loc)
                }
                try setContext(first, .store)
                let ann = try expression()
                var value: Expr? = nil
                if try accept("=") != nil { value = try annotatedRhs() }
                let simple = 0 // a bare name was handled above; here it was parenthesized
                return Stmt(.annAssign(target: first, annotation: ann, value: value, simple: simple), range(from: startTok))
            }
            if let op = Parser.augOps[t.text] {
                switch first.kind {
                case .name, .attribute, .subscript: break
                default:
                    throw error("'\(exprName(first))' is an illegal expression for augmented assignment", first.loc)
                }
                try setContext(first, .store)
                try advance()
                let value = try atKeyword("yield") ? try yieldExpr() : try starExpressions()
                return Stmt(.augAssign(target: first, op: op, value: value), range(from: startTok))
            }
        }
        try checkLegacyPrint(first)
        return Stmt(.expr(value: first), range(from: startTok))
    }

    /// `print x` / `exec code`: CPython's "Missing parentheses" hint (invalid_legacy_expression).
    func checkLegacyPrint(_ e: Expr) throws {
        guard case .name(let id, _) = e.kind, id == "print" || id == "exec",
              !parenthesized.contains(ObjectIdentifier(e)), try atExpressionStart(), !(try at("(")) else { return }
        let save = pos
        do {
            let b = try starExpressions()
            throw error("Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?", SourceRange(from: e.loc, to: b.loc))
        } catch let err as SyntaxErrorInfo where !err.msg.hasPrefix("Missing parentheses") && !tokenizerFailed {
            pos = save
        }
    }

    static let augOps: [String: Operator] = [
        "+=": .add, "-=": .sub, "*=": .mult, "@=": .matMult, "/=": .div, "%=": .mod, "&=": .bitAnd,
        "|=": .bitOr, "^=": .bitXor, "<<=": .lShift, ">>=": .rShift, "**=": .pow, "//=": .floorDiv,
    ]

    /// annotated_rhs: yield_expr | star_expressions
    func annotatedRhs() throws -> Expr {
        try atKeyword("yield") ? try yieldExpr() : try starExpressions()
    }

    /// CPython's name for an expression kind in "cannot assign to …" messages.
    func exprName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let v, _):
            switch v {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    /// Marks `e` as an assignment (or deletion) target, rejecting what cannot be one with
    /// CPython's message and position.
    func setContext(_ e: Expr, _ ctx: ExprContext) throws {
        switch e.kind {
        case .name(let id, _):
            e.kind = .name(id: id, ctx: ctx)
        case .attribute(let v, let a, _):
            e.kind = .attribute(value: v, attr: a, ctx: ctx)
        case .subscript(let v, let s, _):
            e.kind = .subscript(value: v, slice: s, ctx: ctx)
        case .starred(let v, _):
            if ctx == .del { throw error("cannot delete starred", e.loc) }
            try setContext(v, ctx)
            e.kind = .starred(value: v, ctx: ctx)
        case .list(let elts, _):
            for x in elts { try setContext(x, ctx) }
            e.kind = .list(elts: elts, ctx: ctx)
        case .tuple(let elts, _):
            for x in elts { try setContext(x, ctx) }
            e.kind = .tuple(elts: elts, ctx: ctx)
        default:
            let what = exprName(e)
            if ctx == .del { throw error("cannot delete \(what)", e.loc) }
            throw error("cannot assign to \(what)", e.loc)
        }
    }

    /// CPython's `invalid_named_expression` hints for `target = value` where the target cannot
    /// be assigned: they look at the expression written just before the single '='.
    func misplacedEquals(_ target: Expr, value: Expr) -> SyntaxErrorInfo? {
        var e = target
        if case .tuple(let elts, _) = target.kind {
            // Only the element written just before the '=' can be a misplaced comparison.
            guard !isParenthesizedTuple(target), let lastElt = elts.last else { return nil }
            e = lastElt
        }
        var rhs = value
        if case .tuple(let elts, _) = value.kind, !isParenthesizedTuple(value), let f = elts.first { rhs = f }
        switch e.kind {
        case .name:
            return error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", SourceRange(from: e.loc, to: rhs.loc))
        case .list, .tuple, .generatorExp, .compare, .boolOp, .ifExp, .lambda, .starred:
            return nil
        case .unaryOp(let op, _) where op == .not:
            return nil
        case .constant(let v, _):
            switch v {
            case .none, .bool: return nil
            default: break
            }
        default: break
        }
        switch e.kind {
        case .attribute, .subscript: return nil
        default: return error("cannot assign to \(exprName(e)) here. Maybe you meant '==' instead of '='?", e.loc)
        }
    }

    /// Whether a tuple was written with its own parentheses (its range starts at '(').
    func isParenthesizedTuple(_ e: Expr) -> Bool {
        guard case .tuple(let elts, _) = e.kind, let f = elts.first else { return true }
        return f.loc.colOffset != e.loc.colOffset || f.loc.lineno != e.loc.lineno
    }

    /// del_stmt: 'del' del_targets &(';' | NEWLINE)
    func delStmt() throws -> Stmt {
        let t = try advance()
        var targets: [Expr] = []
        repeat {
            if try !atExpressionStart() { break }
            let e = try bitwiseOr()
            try setContext(e, .del)
            targets.append(e)
        } while try accept(",") != nil
        if targets.isEmpty { throw try invalidSyntax() }
        let n = try peek()
        if !(n.kind == .newline || (n.kind == .op && n.text == ";")) { throw try invalidSyntax() }
        return Stmt(.delete(targets: targets), range(from: t))
    }

    /// dotted_name: NAME ('.' NAME)*
    func dottedName() throws -> String {
        var s = try expectName().text
        while try at(".") {
            try advance()
            s += "." + (try expectName().text)
        }
        return s
    }

    /// import_name: 'import' dotted_as_names
    func importName() throws -> Stmt {
        let t = try advance()
        var names: [Alias] = []
        repeat {
            let s = try peek()
            let name = try dottedName()
            var asname: String? = nil
            if try accept("as") != nil { asname = try expectName().text }
            names.append(Alias(name: name, asname: asname, loc: range(from: s)))
        } while try accept(",") != nil
        return Stmt(.import(names: names), range(from: t))
    }

    /// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    ///            | 'from' ('.' | '...')+ 'import' import_from_targets
    func importFrom() throws -> Stmt {
        let t = try advance()
        var level = 0
        while true {
            if try accept(".") != nil { level += 1 } else if try accept("...") != nil { level += 3 } else { break }
        }
        var module: String? = nil
        if !(try atKeyword("import")) || level == 0 { module = try dottedName() }
        try expect("import")
        var names: [Alias] = []
        if let star = try accept("*") {
            names.append(Alias(name: "*", asname: nil, loc: startLoc(star)))
        } else {
            let paren = try accept("(") != nil
            repeat {
                if paren, try at(")") {
                    if names.isEmpty { throw error("invalid syntax", try peek()) }
                    break
                }
                if !paren, !names.isEmpty, try peek().kind == .newline {
                    throw error("trailing comma not allowed without surrounding parentheses", try peek())
                }
                let s = try expectName()
                var asname: String? = nil
                if try accept("as") != nil { asname = try expectName().text }
                names.append(Alias(name: s.text, asname: asname, loc: range(from: s)))
            } while try accept(",") != nil
            if paren {
                try expect(")")
            } else if last.text == "," {
                throw error("trailing comma not allowed without surrounding parentheses", last)
            }
            if names.isEmpty { throw try invalidSyntax() }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), range(from: t))
    }

    // MARK: blocks

    /// block: NEWLINE INDENT statements DEDENT | simple_stmts
    /// `what` names the owner for CPython's "expected an indented block after …" message.
    func block(_ what: String, line: Int) throws -> [Stmt] {
        if try peek().kind != .newline { return try simpleStmts() }
        try advance()
        let t = try peek()
        guard t.kind == .indent else {
            throw errorAt("expected an indented block after \(what) on line \(line)", t, kind: .indentationError)
        }
        try advance()
        try enter()
        defer { leave() }
        var body: [Stmt] = []
        while true {
            let n = try peek()
            if n.kind == .dedent { try advance(); break }
            if n.kind == .endmarker { break }
            body.append(contentsOf: try statement())
        }
        return body
    }

    /// A compound statement runs from its first token to the last token of its last block.
    func span(_ start: Token, _ lastBody: [Stmt]) -> SourceRange {
        range(from: start)
    }

    // MARK: compound statements

    /// decorators: ('@' named_expression NEWLINE)+, then a class or function definition.
    func decorated() throws -> Stmt {
        var decorators: [Expr] = []
        while try accept("@") != nil {
            decorators.append(try namedExpression())
            if try peek().kind != .newline { throw try invalidSyntax() }
            try advance()
        }
        let t = try peek()
        if t.kind == .name {
            if t.text == "def" { return try functionDef(decorators: decorators, asyncTok: nil) }
            if t.text == "class" { return try classDef(decorators: decorators) }
            if t.text == "async", try peek(1).text == "def" {
                try advance()
                return try functionDef(decorators: decorators, asyncTok: t)
            }
        }
        throw try invalidSyntax()
    }

    /// function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] &&':' block
    func functionDef(decorators: [Expr], asyncTok: Token?) throws -> Stmt {
        let defTok = try advance()
        let start = asyncTok ?? defTok
        let name = try expectName().text
        try expectForced("(")
        let args = try parameters(closer: ")", annotations: true)
        try expect(")")
        var returns: Expr? = nil
        if try accept("->") != nil { returns = try expression() }
        try expectForced(":")
        let body = try block("function definition", line: defTok.lineno)
        let kind: StmtKind = asyncTok != nil
            ? .asyncFunctionDef(name: name, args: args, body: body, decoratorList: decorators, returns: returns, typeComment: nil)
            : .functionDef(name: name, args: args, body: body, decoratorList: decorators, returns: returns, typeComment: nil)
        return Stmt(kind, span(start, body))
    }

    /// params / lambda_params: the parameter list up to `closer` (')' or ':').
    func parameters(closer: String, annotations: Bool) throws -> Arguments {
        var a = Arguments()
        var seenSlash = false, seenStar = false, seenDefault = false, bareStarTok: Token? = nil
        /// `star` : the `*args` parameter, whose annotation may be starred (`*args: *Ts`).
        func param(star: Bool = false) throws -> Arg {
            let n = try expectName()
            var ann: Expr? = nil
            if annotations, try accept(":") != nil { ann = star ? try starExpression() : try expression() }
            return Arg(arg: n.text, annotation: ann, loc: range(from: n))
        }
        /// `*args=…` / `**kwargs=…`: CPython's messages.
        func noDefault(_ what: String) throws {
            if let eq = try accept("=") { throw error("\(what) argument cannot have default value", eq) }
        }
        while !(try at(closer)) {
            if a.kwarg != nil {
                throw error("arguments cannot follow var-keyword argument", try peek())
            }
            if let s = try accept("/") {
                if seenSlash { throw error("/ may appear only once", s) }
                if seenStar { throw error("/ must be ahead of *", s) }
                if a.args.isEmpty { throw error("at least one argument must precede /", s) }
                a.posonlyargs = a.args
                a.args = []
                seenSlash = true
            } else if let s = try accept("*") {
                if seenStar { throw error("* argument may appear only once", s) }
                seenStar = true
                if try at(",") || at(closer) {
                    bareStarTok = s
                } else {
                    a.vararg = try param(star: true)
                    try noDefault("var-positional")
                }
            } else if try accept("**") != nil {
                a.kwarg = try param()
                try noDefault("var-keyword")
            } else {
                let p = try param()
                var dflt: Expr? = nil
                if try accept("=") != nil {
                    level += 1
                    defer { level -= 1 }
                    dflt = try expression()
                }
                if seenStar {
                    a.kwonlyargs.append(p)
                    a.kwDefaults.append(dflt)
                } else {
                    a.args.append(p)
                    if let d = dflt {
                        a.defaults.append(d)
                        seenDefault = true
                    } else if seenDefault {
                        throw error("non-default argument follows default argument", p.loc)
                    }
                }
            }
            if try accept(",") == nil { break }
        }
        if let s = bareStarTok, a.kwonlyargs.isEmpty {
            throw error("named arguments must follow bare *", s)
        }
        return a
    }

    /// class_def_raw: 'class' NAME ['(' [arguments] ')'] &&':' block
    func classDef(decorators: [Expr]) throws -> Stmt {
        let t = try advance()
        let name = try expectName().text
        var bases: [Expr] = [], keywords: [Keyword] = []
        if try accept("(") != nil {
            (bases, keywords) = try callArguments()
            try expect(")")
        }
        try expectColon()
        let body = try block("class definition", line: t.lineno)
        return Stmt(.classDef(name: name, bases: bases, keywords: keywords, body: body, decoratorList: decorators),
                    span(t, body))
    }

    /// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
    func ifStmt() throws -> Stmt {
        let t = try advance() // 'if' or 'elif'
        let test = try namedExpression()
        try expectColon()
        let body = try block("'\(t.text)' statement", line: t.lineno)
        var orelse: [Stmt] = []
        if try atKeyword("elif") {
            orelse = [try ifStmt()]
        } else if try atKeyword("else") {
            orelse = try elseBlock()
        }
        return Stmt(.if(test: test, body: body, orelse: orelse), span(t, orelse.isEmpty ? body : orelse))
    }

    /// else_block: 'else' &&':' block
    func elseBlock() throws -> [Stmt] {
        let e = try advance()
        try expectForced(":")
        return try block("'else' statement", line: e.lineno)
    }

    /// while_stmt: 'while' named_expression ':' block [else_block]
    func whileStmt() throws -> Stmt {
        let t = try advance()
        let test = try namedExpression()
        try expectColon()
        let body = try block("'while' statement", line: t.lineno)
        let orelse = try atKeyword("else") ? try elseBlock() : []
        return Stmt(.while(test: test, body: body, orelse: orelse), span(t, orelse.isEmpty ? body : orelse))
    }

    /// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
    func forStmt(asyncTok: Token?) throws -> Stmt {
        let t = try advance()
        let target = try starTargets()
        try expect("in")
        let iter = try starExpressions()
        try expectColon()
        let body = try block("'for' statement", line: t.lineno)
        let orelse = try atKeyword("else") ? try elseBlock() : []
        let kind: StmtKind = asyncTok != nil
            ? .asyncFor(target: target, iter: iter, body: body, orelse: orelse, typeComment: nil)
            : .for(target: target, iter: iter, body: body, orelse: orelse, typeComment: nil)
        return Stmt(kind, span(asyncTok ?? t, orelse.isEmpty ? body : orelse))
    }

    /// star_targets: star_target (',' star_target)* [','] — parsed as expressions at the
    /// bitwise-or level (so `in` is left alone), then checked and marked Store.
    func starTargets() throws -> Expr {
        let start = try peek()
        var elts: [Expr] = []
        var sawComma = false
        repeat {
            if !elts.isEmpty { sawComma = true }
            if !(try atExpressionStart()) { break }
            let e: Expr
            if let s = try accept("*") {
                let v = try bitwiseOr()
                e = Expr(.starred(value: v, ctx: .store), range(from: s))
            } else {
                e = try bracketed { try bitwiseOr() }
            }
            elts.append(e)
        } while try accept(",") != nil
        if elts.isEmpty { throw try invalidSyntax() }
        let result: Expr
        if elts.count == 1 && !sawComma {
            result = elts[0]
        } else {
            result = Expr(.tuple(elts: elts, ctx: .store), range(from: start))
        }
        try setContext(result, .store)
        return result
    }

    /// with_stmt: ['async'] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block
    func withStmt(asyncTok: Token?) throws -> Stmt {
        let t = try advance()
        var items: [WithItem] = []
        var parsedParen = false
        if try at("(") {
            // Try the parenthesised item list first; fall back to an ordinary expression.
            let save = pos, saveParen = parenthesized
            do {
                try advance()
                var its: [WithItem] = []
                repeat {
                    if try at(")") { break }
                    its.append(try withItem())
                } while try accept(",") != nil
                try expect(")")
                if try at(":") {
                    items = its
                    parsedParen = true
                } else {
                    pos = save
                    parenthesized = saveParen
                }
            } catch {
                if tokenizerFailed { throw error }
                pos = save
                parenthesized = saveParen
            }
        }
        if !parsedParen {
            repeat { items.append(try withItem()) } while try accept(",") != nil
        }
        try expectColon()
        let body = try block("'with' statement", line: t.lineno)
        let kind: StmtKind = asyncTok != nil
            ? .asyncWith(items: items, body: body, typeComment: nil)
            : .with(items: items, body: body, typeComment: nil)
        return Stmt(kind, span(asyncTok ?? t, body))
    }

    /// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
    func withItem() throws -> WithItem {
        let e = try expression()
        var vars: Expr? = nil
        if try accept("as") != nil {
            let v: Expr
            if let s = try accept("*") {
                v = Expr(.starred(value: try bitwiseOr(), ctx: .store), range(from: s))
            } else {
                v = try bitwiseOr()
            }
            do {
                try setContext(v, .store)
            } catch {
                // CPython names the bad target only when the item ends properly.
                if !(try at(",") || at(")") || at(":")) { throw try invalidSyntax() }
                throw error
            }
            vars = v
        }
        return WithItem(contextExpr: e, optionalVars: vars)
    }

    /// try_stmt: 'try' &&':' block (finally_block | except_block+ [else] [finally] | except_star_block+ …)
    func tryStmt() throws -> Stmt {
        let t = try advance()
        try expectForced(":")
        let body = try block("'try' statement", line: t.lineno)
        var handlers: [ExceptHandler] = []
        var star: Bool? = nil
        while try atKeyword("except") {
            let e = try advance()
            let isStar = try accept("*") != nil
            if let s = star, s != isStar {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", e)
            }
            star = isStar
            var type: Expr? = nil
            var name: String? = nil
            if !(try at(":")) {
                type = try expression()
                if try at(",") {
                    // `except A, B:` is Python 2 syntax.
                    let first = type!
                    var elts = [first]
                    while try accept(",") != nil { elts.append(try expression()) }
                    throw error("multiple exception types must be parenthesized",
                                SourceRange(from: first.loc, to: elts.last!.loc))
                }
                if try accept("as") != nil { name = try expectName().text }
            } else if isStar {
                throw error("expected one or more exception types", try peek())
            }
            try expectColon()
            let hb = try block(isStar ? "'except*' statement" : "'except' statement", line: e.lineno)
            handlers.append(ExceptHandler(type: type, name: name, body: hb, loc: span(e, hb)))
        }
        var orelse: [Stmt] = []
        if !handlers.isEmpty, try atKeyword("else") { orelse = try elseBlock() }
        var finalbody: [Stmt] = []
        if try atKeyword("finally") {
            let f = try advance()
            try expectForced(":")
            finalbody = try block("'finally' statement", line: f.lineno)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw errorAt("expected 'except' or 'finally' block", try peek())
        }
        let r = range(from: t)
        let kind: StmtKind = star == true
            ? .tryStar(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
            : .try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
        return Stmt(kind, r)
    }
}
