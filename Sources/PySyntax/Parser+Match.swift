// The `match` statement (a soft keyword) and its patterns.

extension Parser {
    /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    /// Returns nil (consuming nothing) when `match` is just a name here, e.g. `match(x)`.
    func matchStmt() throws -> Stmt? {
        let save = pos, saveParen = parenthesized
        let m = try advance()
        var subject: Expr? = nil
        do {
            if try atExpressionStart() && !(at("**")) {
                subject = try subjectExpr()
            }
        } catch {
            if tokenizerFailed { throw error }
            subject = nil
        }
        guard let subj = subject, try at(":"), try peek(1).kind == .newline else {
            pos = save
            parenthesized = saveParen
            return nil
        }
        try advance()
        try advance()
        let ind = try peek()
        guard ind.kind == .indent else {
            throw error("expected an indented block after 'match' statement on line \(m.lineno)", ind, kind: .indentationError)
        }
        try advance()
        var cases: [MatchCase] = []
        while true {
            let t = try peek()
            if t.kind == .dedent { try advance(); break }
            if t.kind == .endmarker { break }
            guard t.kind == .name, t.text == "case" else { throw try invalidSyntax() }
            cases.append(try caseBlock())
        }
        return Stmt(.match(subject: subj, cases: cases), range(from: m))
    }

    /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    func subjectExpr() throws -> Expr {
        let start = try peek()
        let first = try starNamedExpression()
        guard try at(",") else {
            if case .starred = first.kind { throw try invalidSyntax() }
            return first
        }
        var elts = [first]
        while try accept(",") != nil {
            if try at(":") { break }
            elts.append(try starNamedExpression())
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    /// case_block: "case" patterns guard? ':' block
    func caseBlock() throws -> MatchCase {
        let c = try advance()
        let pat = try patterns()
        var guardExpr: Expr? = nil
        if try accept("if") != nil { guardExpr = try namedExpression() }
        try expectColon()
        let body = try block("'case' statement", line: c.lineno)
        return MatchCase(pattern: pat, guard_: guardExpr, body: body)
    }

    /// patterns: open_sequence_pattern | pattern
    func patterns() throws -> Pattern {
        let start = try peek()
        let first = try maybeStarPattern()
        guard try at(",") else {
            // A lone star pattern needs a comma (`case *a,:`).
            if case .matchStar = first.kind { throw try invalidSyntax() }
            return first
        }
        var items = [first]
        while try accept(",") != nil {
            if try at(":") || atKeyword("if") { break }
            items.append(try maybeStarPattern())
        }
        return Pattern(.matchSequence(patterns: items), range(from: start))
    }

    /// maybe_star_pattern: star_pattern | pattern
    func maybeStarPattern() throws -> Pattern {
        if let s = try accept("*") {
            let n = try expectName()
            return Pattern(.matchStar(name: n.text == "_" ? nil : n.text), range(from: s))
        }
        return try pattern()
    }

    /// pattern: as_pattern | or_pattern
    func pattern() throws -> Pattern {
        let start = try peek()
        let p = try orPattern()
        guard try accept("as") != nil else { return p }
        let n = try expectName()
        if n.text == "_" { throw error("cannot use '_' as a target", n) }
        return Pattern(.matchAs(pattern: p, name: n.text), range(from: start))
    }

    /// or_pattern: '|'.closed_pattern+
    func orPattern() throws -> Pattern {
        let start = try peek()
        let first = try closedPattern()
        guard try at("|") else { return first }
        var alts = [first]
        while try accept("|") != nil { alts.append(try closedPattern()) }
        return Pattern(.matchOr(patterns: alts), range(from: start))
    }

    /// closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
    func closedPattern() throws -> Pattern {
        try enter()
        defer { leave() }
        let t = try peek()
        switch t.kind {
        case .number, .string:
            let v = try literalExpr()
            return Pattern(.matchValue(value: v), v.loc)
        case .op:
            switch t.text {
            case "-":
                let v = try literalExpr()
                return Pattern(.matchValue(value: v), v.loc)
            case "(":
                try advance()
                if try accept(")") != nil { return Pattern(.matchSequence(patterns: []), range(from: t)) }
                let first = try maybeStarPattern()
                if try accept(")") != nil {
                    if case .matchStar = first.kind {
                        return Pattern(.matchSequence(patterns: [first]), range(from: t))
                    }
                    return first // a group
                }
                var items = [first]
                while try accept(",") != nil {
                    if try at(")") { break }
                    items.append(try maybeStarPattern())
                }
                try expect(")")
                return Pattern(.matchSequence(patterns: items), range(from: t))
            case "[":
                try advance()
                var items: [Pattern] = []
                while !(try at("]")) {
                    items.append(try maybeStarPattern())
                    if try accept(",") == nil { break }
                }
                try expect("]")
                return Pattern(.matchSequence(patterns: items), range(from: t))
            case "{":
                return try mappingPattern()
            default:
                throw try invalidSyntax()
            }
        case .name:
            switch t.text {
            case "None":
                try advance()
                return Pattern(.matchSingleton(value: .none), startLoc(t))
            case "True", "False":
                try advance()
                return Pattern(.matchSingleton(value: .bool(t.text == "True")), startLoc(t))
            default:
                break
            }
            let n = try expectName()
            var value = Expr(.name(id: n.text, ctx: .load), startLoc(n))
            var dotted = false
            while try accept(".") != nil {
                let a = try expectName()
                value = Expr(.attribute(value: value, attr: a.text, ctx: .load), range(from: n))
                dotted = true
            }
            if try at("(") { return try classPattern(cls: value, start: n) }
            if dotted { return Pattern(.matchValue(value: value), value.loc) }
            if n.text == "_" { return Pattern(.matchAs(pattern: nil, name: nil), startLoc(n)) }
            return Pattern(.matchAs(pattern: nil, name: n.text), startLoc(n))
        default:
            throw try invalidSyntax()
        }
    }

    /// literal_expr: signed_number | complex_number | strings | None | True | False
    /// (as an expression, for value patterns and mapping keys)
    func literalExpr() throws -> Expr {
        let t = try peek()
        if t.kind == .string { return try strings() }
        if t.kind == .name, ["None", "True", "False"].contains(t.text) { return try atom() }
        let start = t
        var real: Expr
        if let minus = try accept("-") {
            let n = try peek()
            guard n.kind == .number else { throw try invalidSyntax() }
            try advance()
            let c = Expr(.constant(value: try numberValue(n), kind: nil), startLoc(n))
            real = Expr(.unaryOp(op: .uSub, operand: c), range(from: minus))
        } else {
            guard t.kind == .number else { throw try invalidSyntax() }
            try advance()
            real = Expr(.constant(value: try numberValue(t), kind: nil), startLoc(t))
        }
        if try at("+") || at("-") {
            let opTok = try advance()
            let n = try peek()
            guard n.kind == .number else { throw try invalidSyntax() }
            try advance()
            let imag = Expr(.constant(value: try numberValue(n), kind: nil), startLoc(n))
            guard case .constant(.complex, _) = imag.kind else {
                throw error("imaginary number required in complex literal", imag.loc)
            }
            real = Expr(.binOp(left: real, op: opTok.text == "+" ? .add : .sub, right: imag), range(from: start))
        }
        return real
    }

    /// mapping_pattern: '{' [items_pattern] [',' double_star_pattern] [','] '}'
    func mappingPattern() throws -> Pattern {
        let open = try advance()
        var keys: [Expr] = []
        var pats: [Pattern] = []
        var rest: String? = nil
        while !(try at("}")) {
            if try accept("**") != nil {
                if try peek().text == "_" { throw try invalidSyntax() }
                rest = try expectName().text
                _ = try accept(",")
                break
            }
            let k: Expr
            let t = try peek()
            if t.kind == .name && !["None", "True", "False"].contains(t.text) {
                let n = try expectName()
                var v = Expr(.name(id: n.text, ctx: .load), startLoc(n))
                try expect(".")
                repeat {
                    let a = try expectName()
                    v = Expr(.attribute(value: v, attr: a.text, ctx: .load), range(from: n))
                } while try accept(".") != nil
                k = v
            } else {
                k = try literalExpr()
            }
            try expect(":")
            keys.append(k)
            pats.append(try pattern())
            if try accept(",") == nil { break }
        }
        try expect("}")
        return Pattern(.matchMapping(keys: keys, patterns: pats, rest: rest), range(from: open))
    }

    /// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'
    func classPattern(cls: Expr, start: Token) throws -> Pattern {
        try expect("(")
        var pats: [Pattern] = []
        var kwAttrs: [String] = []
        var kwPats: [Pattern] = []
        while !(try at(")")) {
            if try atName(), try peek(1).text == "=" {
                let n = try advance()
                try advance()
                kwAttrs.append(n.text)
                kwPats.append(try pattern())
            } else {
                let p = try pattern()
                if !kwAttrs.isEmpty {
                    throw error("positional patterns follow keyword patterns", p.loc)
                }
                pats.append(p)
            }
            if try accept(",") == nil { break }
        }
        try expect(")")
        return Pattern(.matchClass(cls: cls, patterns: pats, kwdAttrs: kwAttrs, kwdPatterns: kwPats), range(from: start))
    }
}
