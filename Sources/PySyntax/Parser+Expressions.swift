// Expression rules of the grammar, from the loosest (`star_expressions`) to `atom`.

extension Parser {
    /// expressions: expression (',' expression)* [','] (the `eval` start rule)
    func expressions() throws -> Expr {
        let start = try peek()
        let first = try expression()
        guard try at(",") else { return first }
        var elts = [first]
        while try accept(",") != nil {
            if !(try atExpressionStart()) { break }
            elts.append(try expression())
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    /// star_expressions: star_expression (',' star_expression)* [',']
    func starExpressions() throws -> Expr {
        let start = try peek()
        let first = try starExpression()
        guard try at(",") else { return first }
        var elts = [first]
        while try accept(",") != nil {
            if !(try atExpressionStart()) { break }
            elts.append(try starExpression())
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    /// star_expression: '*' bitwise_or | expression
    func starExpression() throws -> Expr {
        if let s = try accept("*") {
            let v = try bitwiseOr()
            return Expr(.starred(value: v, ctx: .load), range(from: s))
        }
        return try expression()
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    func starNamedExpression() throws -> Expr {
        if let s = try accept("*") {
            let v = try bitwiseOr()
            return Expr(.starred(value: v, ctx: .load), range(from: s))
        }
        return try namedExpression()
    }

    /// named_expression: NAME ':=' ~ expression | expression !':='
    func namedExpression() throws -> Expr {
        if try atName(), try peek(1).kind == .op, try peek(1).text == ":=" {
            let n = try advance()
            try advance()
            let target = Expr(.name(id: n.text, ctx: .store), startLoc(n))
            let value = try expression()
            return Expr(.namedExpr(target: target, value: value), range(from: n))
        }
        let startTok = try peek()
        let e = try expression()
        if try at(":=") {
            throw error("cannot use assignment expressions with \(exprName(e))", e.loc)
        }
        if !suppressEqualsHint, try at("=") { try misplacedEqualsInNamedExpression(e, startTok) }
        return e
    }

    /// CPython's `invalid_named_expression`: `if x = 1:` and the like, where '==' or ':=' was meant.
    func misplacedEqualsInNamedExpression(_ e: Expr, _ startTok: Token) throws {
        switch e.kind {
        case .compare, .boolOp, .ifExp, .lambda, .namedExpr, .starred, .list, .tuple, .generatorExp,
             .listComp:
            return
        case .unaryOp(let op, _) where op == .not: return
        case .constant(let v, _):
            switch v { case .none, .bool: return; default: break }
        default: break
        }
        if startTok.kind == .op && startTok.text == "[" { return }
        let saved = pos
        try advance()
        guard let rhs = try? bitwiseOr(), !(try at("=")), !(try at(":=")) else { pos = saved; return }
        if case .name = e.kind, startTok.kind == .name {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", SourceRange(from: e.loc, to: rhs.loc))
        }
        throw error("cannot assign to \(exprName(e)) here. Maybe you meant '==' instead of '='?", e.loc)
    }

    /// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    func expression() throws -> Expr {
        if level > 0 { return try bracketed { try plainExpression() } }
        return try plainExpression()
    }

    /// expression without the missing-comma check (CPython's `expression_without_invalid`).
    func plainExpression() throws -> Expr {
        try enter()
        defer { leave() }
        if try atKeyword("lambda") { return try lambdef() }
        let start = try peek()
        let body = try disjunction()
        guard try atKeyword("if") else { return body }
        try advance()
        let test = try disjunction()
        guard try accept("else") != nil else {
            if try at(":") { throw try invalidSyntax() }
            throw error("expected 'else' after 'if' expression", range(fromLoc: body.loc))
        }
        let orelse = try expression()
        return Expr(.ifExp(test: test, body: body, orelse: orelse), range(from: start))
    }

    /// lambdef: 'lambda' [lambda_params] ':' expression
    func lambdef() throws -> Expr {
        let t = try advance()
        let args = try parameters(closer: ":", annotations: false)
        try expect(":")
        let body = try expression()
        return Expr(.lambda(args: args, body: body), range(from: t))
    }

    /// disjunction: conjunction ('or' conjunction)+ | conjunction
    func disjunction() throws -> Expr {
        let start = try peek()
        let first = try conjunction()
        guard try atKeyword("or") else { return first }
        var values = [first]
        while try accept("or") != nil { values.append(try conjunction()) }
        return Expr(.boolOp(op: .or, values: values), range(from: start))
    }

    /// conjunction: inversion ('and' inversion)+ | inversion
    func conjunction() throws -> Expr {
        let start = try peek()
        let first = try inversion()
        guard try atKeyword("and") else { return first }
        var values = [first]
        while try accept("and") != nil { values.append(try inversion()) }
        return Expr(.boolOp(op: .and, values: values), range(from: start))
    }

    /// inversion: 'not' inversion | comparison
    func inversion() throws -> Expr {
        if let t = try accept("not") {
            try enter()
            defer { leave() }
            let operand = try inversion()
            return Expr(.unaryOp(op: .not, operand: operand), range(from: t))
        }
        return try comparison()
    }

    /// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    func comparison() throws -> Expr {
        let start = try peek()
        let left = try bitwiseOr()
        var ops: [CmpOp] = []
        var comparators: [Expr] = []
        while true {
            let t = try peek()
            var op: CmpOp? = nil
            if t.kind == .op {
                switch t.text {
                case "==": op = .eq
                case "!=": op = .notEq
                case "<": op = .lt
                case "<=": op = .ltE
                case ">": op = .gt
                case ">=": op = .gtE
                default: break
                }
                if op != nil { try advance() }
            } else if t.kind == .name {
                if t.text == "in" { op = .in; try advance() }
                else if t.text == "is" {
                    try advance()
                    op = try accept("not") != nil ? .isNot : .is
                } else if t.text == "not", try peek(1).text == "in", try peek(1).kind == .name {
                    try advance(); try advance()
                    op = .notIn
                }
            }
            guard let o = op else { break }
            ops.append(o)
            comparators.append(try bitwiseOr())
        }
        if ops.isEmpty { return left }
        return Expr(.compare(left: left, ops: ops, comparators: comparators), range(from: start))
    }

    /// A left-associative binary level: `next (op next)*`.
    private func binaryLevel(_ table: [String: Operator], _ next: () throws -> Expr) throws -> Expr {
        let start = try peek()
        var left = try next()
        while true {
            let t = try peek()
            guard t.kind == .op, let op = table[t.text] else { break }
            try advance()
            let right = try next()
            left = Expr(.binOp(left: left, op: op, right: right), range(from: start))
        }
        return left
    }

    /// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    func bitwiseOr() throws -> Expr { try binaryLevel(["|": .bitOr], bitwiseXor) }
    /// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    func bitwiseXor() throws -> Expr { try binaryLevel(["^": .bitXor], bitwiseAnd) }
    /// bitwise_and: bitwise_and '&' shift_expr | shift_expr
    func bitwiseAnd() throws -> Expr { try binaryLevel(["&": .bitAnd], shiftExpr) }
    /// shift_expr: shift_expr ('<<' | '>>') sum | sum
    func shiftExpr() throws -> Expr { try binaryLevel(["<<": .lShift, ">>": .rShift], sum) }
    /// sum: sum ('+' | '-') term | term
    func sum() throws -> Expr { try binaryLevel(["+": .add, "-": .sub], term) }
    /// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
    func term() throws -> Expr {
        try binaryLevel(["*": .mult, "/": .div, "//": .floorDiv, "%": .mod, "@": .matMult], factor)
    }

    /// factor: '+' factor | '-' factor | '~' factor | power
    func factor() throws -> Expr {
        let t = try peek()
        if t.kind == .op, let op: UnaryOp = t.text == "+" ? .uAdd : t.text == "-" ? .uSub : t.text == "~" ? .invert : nil {
            try advance()
            try enter()
            defer { leave() }
            let operand = try factor()
            return Expr(.unaryOp(op: op, operand: operand), range(from: t))
        }
        return try power()
    }

    /// power: await_primary '**' factor | await_primary
    func power() throws -> Expr {
        let start = try peek()
        let base = try awaitPrimary()
        guard try accept("**") != nil else { return base }
        let exp = try factor()
        return Expr(.binOp(left: base, op: .pow, right: exp), range(from: start))
    }

    /// await_primary: 'await' primary | primary
    func awaitPrimary() throws -> Expr {
        if let t = try accept("await") {
            let v = try primary()
            return Expr(.await(value: v), range(from: t))
        }
        return try primary()
    }

    /// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    func primary() throws -> Expr {
        let start = try peek()
        var e = try atom()
        while true {
            let t = try peek()
            guard t.kind == .op else { break }
            if t.text == "." {
                try advance()
                let n = try expectName()
                e = Expr(.attribute(value: e, attr: n.text, ctx: .load), range(from: start))
            } else if t.text == "(" {
                try advance()
                let (args, kws) = try callArguments(openParen: t)
                try expect(")")
                e = Expr(.call(func: e, args: args, keywords: kws), range(from: start))
            } else if t.text == "[" {
                try advance()
                let s = try slices()
                try expect("]")
                e = Expr(.subscript(value: e, slice: s, ctx: .load), range(from: start))
            } else {
                break
            }
        }
        return e
    }

    /// arguments: args [','] &')' — positional, `*x`, `name=x`, `**x`, or a lone generator.
    /// `openParen` is given for calls, where `f(x for x in y)` makes a generator argument.
    func callArguments(openParen: Token? = nil) throws -> ([Expr], [Keyword]) {
        level += 1
        defer { level -= 1 }
        var args: [Expr] = []
        var kws: [Keyword] = []
        var sawKeyword = false, sawDoubleStar = false
        var count = 0
        while !(try at(")")) {
            count += 1
            let t = try peek()
            if t.kind == .op && t.text == "*" {
                try advance()
                let v = try expression()
                if sawDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking", range(from: t))
                }
                args.append(Expr(.starred(value: v, ctx: .load), range(from: t)))
            } else if t.kind == .op && t.text == "**" {
                try advance()
                let v = try expression()
                kws.append(Keyword(arg: nil, value: v, loc: range(from: t)))
                sawDoubleStar = true
            } else if t.kind == .name, !Parser.keywords.contains(t.text) || ["True", "False", "None"].contains(t.text),
                      try peek(1).kind == .op, try peek(1).text == "=" {
                if Parser.keywords.contains(t.text) {
                    if ["True", "False", "None"].contains(t.text) {
                        throw error("cannot assign to \(t.text)", t)
                    }
                    throw try invalidSyntax()
                }
                try advance()
                let eq = try advance()
                let v = try bracketed { try expression() }
                if try atComprehensionFor() {
                    throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", SourceRange(from: startLoc(t), to: startLoc(eq)))
                }
                kws.append(Keyword(arg: t.text, value: v, loc: range(from: t)))
                sawKeyword = true
            } else {
                suppressEqualsHint = true
                defer { suppressEqualsHint = false }
                var e = try bracketed { try namedExpression() }
                suppressEqualsHint = false
                if try atKeyword("for") || (atKeyword("async") && peek(1).text == "for") {
                    // Class bases take no bare generator: plain invalid syntax at 'for'.
                    if openParen == nil { throw error("invalid syntax", try peek()) }
                    let gens = try forIfClauses()
                    let closes = try at(")")
                    let only = count == 1 && closes
                    if !only || openParen == nil {
                        throw error("Generator expression must be parenthesized", range(fromLoc: e.loc))
                    }
                    e = Expr(.generatorExp(elt: e, generators: gens), range(from: openParen!))
                    // The generator's range includes the call's closing parenthesis.
                    e.loc = adjustEnd(e.loc, try peek())
                } else if try at("=") {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                range(fromLoc: e.loc))
                }
                if sawDoubleStar || sawKeyword {
                    // CPython reports these at the last token it read, after the remaining arguments.
                    let at = try skimRemainingArguments()
                    throw error(sawDoubleStar ? "positional argument follows keyword argument unpacking"
                                              : "positional argument follows keyword argument", at)
                }
                args.append(e)
            }
            if try accept(",") == nil { break }
        }
        return (args, kws)
    }

    /// Parses what is left of an argument list, ignoring its meaning, and returns the furthest
    /// token read: where CPython reports argument-order errors.
    func skimRemainingArguments() throws -> Token {
        while try accept(",") != nil {
            do {
                if try accept("*") != nil || accept("**") != nil {
                    _ = try expression()
                } else if try atName(), try peek(1).text == "=" {
                    try advance(); try advance()
                    _ = try expression()
                } else {
                    _ = try namedExpression()
                }
            } catch {
                if tokenizerFailed { throw error }
                break
            }
        }
        _ = try peek()
        return tokens[tokens.count - 1]
    }

    /// Parses one element inside brackets, then applies CPython's `invalid_expression` hint: two
    /// expressions side by side there mean "invalid syntax. Perhaps you forgot a comma?".
    func bracketed(_ parse: () throws -> Expr) throws -> Expr {
        let startIdx = pos
        let a = try parse()
        guard level > 0 else { return a }
        let t = try peek()
        var startsExpr = false
        switch t.kind {
        case .number, .string: startsExpr = true
        case .name: startsExpr = !Parser.keywords.contains(t.text) || ["None", "True", "False", "lambda", "not", "await"].contains(t.text)
        case .op: startsExpr = t.text == "{" || t.text == "..."
        default: break
        }
        guard startsExpr else { return a }
        switch a.kind {
        case .ifExp, .lambda, .namedExpr, .starred, .slice, .yield, .yieldFrom: return a
        case .name(let id, _) where id == "print" || id == "exec": return a
        default: break
        }
        let first = tokens[startIdx]
        if first.kind == .name {
            if ["match", "case", "_"].contains(first.text) { return a }
            if startIdx + 1 < tokens.count, tokens[startIdx + 1].kind == .string { return a }
        }
        let save = pos
        let b: Expr
        do {
            b = try plainExpression()
        } catch {
            if tokenizerFailed { throw error }
            pos = save
            return a
        }
        throw self.error("invalid syntax. Perhaps you forgot a comma?", SourceRange(from: a.loc, to: b.loc))
    }

    /// Applies the f-string shift to an end position taken from a token.
    func adjustEnd(_ r: SourceRange, _ t: Token) -> SourceRange {
        var x = adjust(SourceRange(lineno: t.endLineno, colOffset: t.endCol, endLineno: t.endLineno, endColOffset: t.endCol))
        x.lineno = r.lineno
        x.colOffset = r.colOffset
        return x
    }

    /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
    func slices() throws -> Expr {
        level += 1
        defer { level -= 1 }
        let start = try peek()
        let first = try bracketed { try sliceItem() }
        guard try at(",") else {
            // A lone starred item still makes a tuple (`a[*b]`).
            if case .starred = first.kind { return Expr(.tuple(elts: [first], ctx: .load), range(from: start)) }
            return first
        }
        var elts = [first]
        while try accept(",") != nil {
            if try at("]") { break }
            elts.append(try bracketed { try sliceItem() })
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression (or a starred item)
    func sliceItem() throws -> Expr {
        let start = try peek()
        if let s = try accept("*") {
            let v = try bitwiseOr()
            return Expr(.starred(value: v, ctx: .load), range(from: s))
        }
        var lower: Expr? = nil
        if !(try at(":")) {
            let e = try namedExpression()
            guard try at(":") else { return e }
            lower = e
        }
        try expect(":")
        var upper: Expr? = nil, step: Expr? = nil
        if !(try at(":") || at("]") || at(",")) { upper = try expression() }
        if try accept(":") != nil {
            if !(try at("]") || at(",")) { step = try expression() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
    }

    /// for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
    func forIfClauses() throws -> [Comprehension] {
        var gens: [Comprehension] = []
        while true {
            var isAsync = 0
            if try atKeyword("async"), try peek(1).text == "for" {
                try advance()
                isAsync = 1
            }
            guard try accept("for") != nil else { break }
            let target = try starTargets()
            try expect("in")
            let iter = try disjunction()
            var ifs: [Expr] = []
            while try accept("if") != nil { ifs.append(try disjunction()) }
            gens.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return gens
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    func yieldExpr() throws -> Expr {
        let t = try advance()
        if try accept("from") != nil {
            let v = try expression()
            return Expr(.yieldFrom(value: v), range(from: t))
        }
        if try atExpressionStart() && !(at("**")) {
            let v = try starExpressions()
            return Expr(.yield(value: v), range(from: t))
        }
        return Expr(.yield(value: nil), range(from: t))
    }

    func atComprehensionFor() throws -> Bool {
        try atKeyword("for") || (atKeyword("async") && peek(1).text == "for")
    }

    /// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp
    ///     | list | listcomp | dict | set | dictcomp | setcomp | '...'
    func atom() throws -> Expr {
        let t = try peek()
        switch t.kind {
        case .name:
            switch t.text {
            case "True": try advance(); return Expr(.constant(value: .bool(true), kind: nil), startLoc(t))
            case "False": try advance(); return Expr(.constant(value: .bool(false), kind: nil), startLoc(t))
            case "None": try advance(); return Expr(.constant(value: .none, kind: nil), startLoc(t))
            default:
                if Parser.keywords.contains(t.text) { throw try invalidSyntax() }
                try advance()
                return Expr(.name(id: t.text, ctx: .load), startLoc(t))
            }
        case .number:
            try advance()
            return Expr(.constant(value: try numberValue(t), kind: nil), startLoc(t))
        case .string:
            return try strings()
        case .op:
            switch t.text {
            case "(": return try parenAtom()
            case "[": return try listAtom()
            case "{": return try braceAtom()
            case "...":
                try advance()
                return Expr(.constant(value: .ellipsis, kind: nil), startLoc(t))
            default: throw try invalidSyntax()
            }
        default:
            throw try invalidSyntax()
        }
    }

    /// tuple | group | genexp
    func parenAtom() throws -> Expr {
        let open = try advance()
        try enter()
        level += 1
        defer { leave(); level -= 1 }
        if try accept(")") != nil {
            return Expr(.tuple(elts: [], ctx: .load), range(from: open))
        }
        if try atKeyword("yield") {
            let y = try yieldExpr()
            try expect(")")
            parenthesized.insert(ObjectIdentifier(y))
            return y
        }
        let first = try bracketed { try starNamedExpression() }
        if try atComprehensionFor() {
            let gens = try forIfClauses()
            try expect(")")
            return Expr(.generatorExp(elt: first, generators: gens), range(from: open))
        }
        if try accept(")") != nil {
            if case .starred = first.kind {
                throw error("cannot use starred expression here", first.loc)
            }
            parenthesized.insert(ObjectIdentifier(first))
            return first
        }
        guard try at(",") else { throw try invalidSyntax() }
        var elts = [first]
        while try accept(",") != nil {
            if try at(")") { break }
            elts.append(try bracketed { try starNamedExpression() })
        }
        try expect(")")
        return Expr(.tuple(elts: elts, ctx: .load), range(from: open))
    }

    /// list | listcomp
    func listAtom() throws -> Expr {
        let open = try advance()
        try enter()
        level += 1
        defer { leave(); level -= 1 }
        if try accept("]") != nil { return Expr(.list(elts: [], ctx: .load), range(from: open)) }
        let first = try bracketed { try starNamedExpression() }
        if try atComprehensionFor() {
            let gens = try forIfClauses()
            try expect("]")
            return Expr(.listComp(elt: first, generators: gens), range(from: open))
        }
        var elts = [first]
        while try accept(",") != nil {
            if try at("]") { break }
            elts.append(try bracketed { try starNamedExpression() })
        }
        try expect("]")
        return Expr(.list(elts: elts, ctx: .load), range(from: open))
    }

    /// CPython's `invalid_kvpair` messages for what follows `key:`.
    func checkDictValue(_ colon: Token) throws {
        if try at("}") || at(",") { throw error("expression expected after dictionary key and ':'", colon) }
        if let star = try accept("*") { throw error("cannot use a starred expression in a dictionary value", star) }
    }

    /// dict | set | dictcomp | setcomp
    func braceAtom() throws -> Expr {
        let open = try advance()
        try enter()
        level += 1
        defer { leave(); level -= 1 }
        if try accept("}") != nil { return Expr(.dict(keys: [], values: []), range(from: open)) }
        var keys: [Expr?] = []
        var values: [Expr] = []
        // First item decides between dict and set.
        if let stars = try accept("**") {
            keys.append(nil)
            values.append(try bitwiseOr())
            if try atComprehensionFor() { throw error("dict unpacking cannot be used in dict comprehension", stars) }
        } else {
            let first = try bracketed { try starNamedExpression() }
            if let colon = try accept(":") {
                try checkDictValue(colon)
                let v = try bracketed { try expression() }
                if try atComprehensionFor() {
                    let gens = try forIfClauses()
                    try expect("}")
                    return Expr(.dictComp(key: first, value: v, generators: gens), range(from: open))
                }
                keys.append(first)
                values.append(v)
            } else {
                if try atComprehensionFor() {
                    let gens = try forIfClauses()
                    try expect("}")
                    return Expr(.setComp(elt: first, generators: gens), range(from: open))
                }
                var elts = [first]
                while try accept(",") != nil {
                    if try at("}") { break }
                    elts.append(try bracketed { try starNamedExpression() })
                }
                try expect("}")
                return Expr(.set(elts: elts), range(from: open))
            }
        }
        while try accept(",") != nil {
            if try at("}") { break }
            if try accept("**") != nil {
                keys.append(nil)
                values.append(try bitwiseOr())
            } else {
                keys.append(try bracketed { try expression() })
                let colon = try peek()
                try expect(":")
                try checkDictValue(colon)
                values.append(try bracketed { try expression() })
            }
        }
        try expect("}")
        return Expr(.dict(keys: keys, values: values), range(from: open))
    }

    // MARK: numbers

    /// The value of a NUMBER token (already validated by the tokenizer).
    func numberValue(_ t: Token) throws -> ConstantValue {
        let s = t.text.replacingOccurrences("_", "")
        let lower = s.lowercased()
        if lower.hasSuffix("j") {
            return .complex(imag: parseFloat(String(lower.dropLast())))
        }
        if lower.hasPrefix("0x") { return .int(IntLiteral(digits: Parser.toDecimal(lower.dropFirst(2), base: 16))) }
        if lower.hasPrefix("0o") { return .int(IntLiteral(digits: Parser.toDecimal(lower.dropFirst(2), base: 8))) }
        if lower.hasPrefix("0b") { return .int(IntLiteral(digits: Parser.toDecimal(lower.dropFirst(2), base: 2))) }
        if lower.contains(".") || lower.contains("e") { return .float(parseFloat(lower)) }
        var d = Substring(lower)
        while d.count > 1 && d.first == "0" { d = d.dropFirst() }
        return .int(IntLiteral(digits: String(d)))
    }

    func parseFloat(_ s: String) -> Double {
        if let d = Double(s) { return d }
        // Swift rejects forms like "1." on some platforms; normalise them.
        var t = s
        if t.hasSuffix(".") { t += "0" }
        if t.hasPrefix(".") { t = "0" + t }
        t = t.replacingOccurrences(".e", ".0e")
        return Double(t) ?? .infinity
    }

    /// Converts digits in `base` to decimal digits, exactly (for arbitrarily large literals).
    static func toDecimal(_ digits: Substring, base: UInt64) -> String {
        // Little-endian limbs of 10^9.
        var limbs: [UInt64] = [0]
        for ch in digits.utf8 {
            let v: UInt64 = ch <= 57 ? UInt64(ch - 48) : UInt64(ch - 87)
            var carry = v
            for i in 0..<limbs.count {
                let x = limbs[i] * base + carry
                limbs[i] = x % 1_000_000_000
                carry = x / 1_000_000_000
            }
            while carry > 0 {
                limbs.append(carry % 1_000_000_000)
                carry /= 1_000_000_000
            }
        }
        var out = String(limbs.last!)
        for limb in limbs.dropLast().reversed() {
            let s = String(limb)
            out += String(repeating: "0", count: 9 - s.count) + s
        }
        return out
    }
}

extension String {
    /// Foundation-free substring replacement.
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[rest.startIndex..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    /// Foundation-free search for `target`.
    func range(of target: String) -> Range<Substring.Index>? {
        let t = Array(target.utf8)
        let u = self.utf8
        var i = u.startIndex
        while i != u.endIndex {
            var j = i
            var k = 0
            while k < t.count && j != u.endIndex && u[j] == t[k] {
                j = u.index(after: j)
                k += 1
            }
            if k == t.count { return i..<j }
            i = u.index(after: i)
        }
        return nil
    }
}
