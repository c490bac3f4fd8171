import PySyntax
import PyObjects

/// The `match` statement.
///
/// Each case matches a copy of the subject. A pattern consumes the value on top of the stack;
/// values it captures stay on the stack, below the items still being matched, until the whole
/// pattern has succeeded, and are only then stored (so a failed case binds nothing). A failure
/// with n items above the case's base jumps to `failPop[n]`, a chain of pops ending where the
/// next case starts.
extension Compiler {
    struct PatternContext {
        /// Names whose values sit on the stack just above the base, bottom first.
        var captures: [String] = []
        /// Items above the base (captures and values being matched).
        var depth = 0
        /// Labels: `failPop[n]` pops n items, then falls through to `failPop[n - 1]`.
        var failPop: [Int] = []
        var allowIrrefutable = false
    }

    func compileMatch(subject: Expr, cases: [MatchCase]) throws {
        try compile(subject)
        let end = u.newLabel()
        for (i, c) in cases.enumerated() {
            let last = i == cases.count - 1
            u.loc = c.pattern.loc
            if !last { u.emit(.dupTop) }
            var pc = PatternContext()
            pc.depth = 1
            pc.allowIrrefutable = c.guard_ != nil || last
            try compilePattern(c.pattern, &pc)
            for name in pc.captures.reversed() { compileName(name, .store) }
            pc.captures = []
            pc.depth = 0
            if let g = c.guard_ { try compileCondition(g, jumpIfFalse: failLabel(&pc, 0)) }
            u.loc = c.pattern.loc
            if !last { u.emit(.popTop) }
            try compileBody(c.body)
            u.emitJump(.jump, end)
            emitFailPops(pc)
        }
        u.place(end)
    }

    func failLabel(_ pc: inout PatternContext, _ n: Int) -> Int {
        while pc.failPop.count <= n { pc.failPop.append(u.newLabel()) }
        return pc.failPop[n]
    }

    func emitFailPops(_ pc: PatternContext) {
        for n in stride(from: pc.failPop.count - 1, through: 0, by: -1) {
            u.place(pc.failPop[n])
            if n > 0 { u.emit(.popTop) }
        }
    }

    /// Pops the bool on top; on false, fails with the current depth.
    func jumpIfMatchFailed(_ pc: inout PatternContext) {
        u.emitJump(.popJumpIfFalse, failLabel(&pc, pc.depth))
    }

    /// Pops the value on top; fails when it is None (matchKeys / matchClass found nothing).
    func failIfNone(_ pc: inout PatternContext) {
        u.emit(.dupTop)
        emitConst(pyNone, key: "None")
        u.emit(.isOp, 1)
        jumpIfMatchFailed(&pc)
    }

    func isWildcard(_ p: Pattern) -> Bool {
        switch p.kind {
        case .matchAs(nil, nil), .matchStar(nil): return true
        default: return false
        }
    }

    /// Keeps the value on top for storing once the whole pattern matched (pops it for `_`).
    func captureTop(_ name: String?, _ pc: inout PatternContext, _ loc: SourceRange) throws {
        guard let name = name else {
            u.emit(.popTop)
            pc.depth -= 1
            return
        }
        if pc.captures.contains(name) {
            throw error("multiple assignments to name '\(name)' in pattern", loc)
        }
        let working = pc.depth - pc.captures.count
        if working > 1 { u.emit(.matchRot, Int32(working - 1)) }
        pc.captures.append(name)
    }

    func compileSubpattern(_ p: Pattern, _ pc: inout PatternContext) throws {
        let saved = pc.allowIrrefutable
        pc.allowIrrefutable = true
        try compilePattern(p, &pc)
        pc.allowIrrefutable = saved
    }

    func compilePattern(_ p: Pattern, _ pc: inout PatternContext) throws {
        u.loc = p.loc
        switch p.kind {
        case let .matchValue(value):
            if case .joinedStr = value.kind {
                throw error("patterns may only match literals and attribute lookups", value.loc)
            }
            try compile(value)
            u.loc = p.loc
            u.emit(.compareOp, CompareOperator.eq.rawValue)
            pc.depth -= 1
            jumpIfMatchFailed(&pc)
        case let .matchSingleton(value):
            let (obj, key) = constObject(value)
            emitConst(obj, key: key)
            u.emit(.isOp, 0)
            pc.depth -= 1
            jumpIfMatchFailed(&pc)
        case let .matchAs(sub, name):
            if let sub = sub {
                u.emit(.dupTop)
                pc.depth += 1
                try compilePattern(sub, &pc)
                u.loc = p.loc
            } else if !pc.allowIrrefutable {
                if let n = name { throw error("name capture '\(n)' makes remaining patterns unreachable", p.loc) }
                throw error("wildcard makes remaining patterns unreachable", p.loc)
            }
            try captureTop(name, &pc, p.loc)
        case .matchStar:
            throw error("can't use starred name here", p.loc)
        case let .matchSequence(patterns):
            try compileSequencePattern(patterns, &pc, p.loc)
        case let .matchMapping(keys, patterns, rest):
            try compileMappingPattern(keys, patterns, rest, &pc, p.loc)
        case let .matchClass(cls, patterns, kwdAttrs, kwdPatterns):
            for (i, a) in kwdAttrs.enumerated() where kwdAttrs[..<i].contains(a) {
                throw error("attribute name repeated in class pattern: \(a)", kwdPatterns[i].loc)
            }
            try compile(cls)
            u.loc = p.loc
            emitConst(PyTuple(kwdAttrs.map { PyStr($0) }), key: nil)
            u.emit(.matchClass, Int32(patterns.count))
            failIfNone(&pc)
            let all = patterns + kwdPatterns
            if all.allSatisfy(isWildcard) {
                u.emit(.popTop)
                pc.depth -= 1
                return
            }
            u.emit(.unpackSequence, Int32(all.count))
            pc.depth += all.count - 1
            for q in all { try compileSubpattern(q, &pc) }
        case let .matchOr(alts):
            try compileOrPattern(alts, &pc, p.loc)
        }
    }

    func compileSequencePattern(_ patterns: [Pattern], _ pc: inout PatternContext, _ loc: SourceRange) throws {
        var star: Int?
        for (i, q) in patterns.enumerated() {
            if case .matchStar = q.kind {
                if star != nil { throw error("multiple starred names in sequence pattern", q.loc) }
                star = i
            }
        }
        let n = patterns.count
        u.emit(.matchSequence)
        jumpIfMatchFailed(&pc)
        if star == nil || n > 1 {
            let want = star == nil ? n : n - 1
            u.emit(.getLen)
            emitConst(PyInt.make(want), key: "i:\(want)")
            u.emit(.compareOp, (star == nil ? CompareOperator.eq : .ge).rawValue)
            jumpIfMatchFailed(&pc)
        }
        if patterns.allSatisfy(isWildcard) {
            u.emit(.popTop)
            pc.depth -= 1
            return
        }
        if let s = star {
            u.emit(.unpackEx, Int32(s | ((n - s - 1) << 8)))
        } else {
            u.emit(.unpackSequence, Int32(n))
        }
        pc.depth += n - 1
        for q in patterns {
            if case let .matchStar(name) = q.kind {
                try captureTop(name, &pc, q.loc)
            } else {
                try compileSubpattern(q, &pc)
            }
        }
    }

    func compileMappingPattern(_ keys: [Expr], _ patterns: [Pattern], _ rest: String?,
                               _ pc: inout PatternContext, _ loc: SourceRange) throws {
        u.emit(.matchMapping)
        jumpIfMatchFailed(&pc)
        if keys.isEmpty && rest == nil {
            u.emit(.popTop)
            pc.depth -= 1
            return
        }
        if !keys.isEmpty {
            u.emit(.getLen)
            emitConst(PyInt.make(keys.count), key: "i:\(keys.count)")
            u.emit(.compareOp, CompareOperator.ge.rawValue)
            jumpIfMatchFailed(&pc)
        }
        var seen = Set<String>()
        for k in keys {
            if let (key, text) = literalKey(k), !seen.insert(key).inserted {
                throw error("mapping pattern checks duplicate key (\(text))", loc)
            }
        }
        for k in keys { try compile(k) }
        u.loc = loc
        u.emit(.buildTuple, Int32(keys.count))
        u.emit(.matchKeys)
        pc.depth += 2
        failIfNone(&pc)
        u.emit(.unpackSequence, Int32(keys.count))
        pc.depth += keys.count - 1
        for q in patterns { try compileSubpattern(q, &pc) }
        u.loc = loc
        if let r = rest {
            u.emit(.copyDictWithoutKeys)
            try captureTop(r, &pc, loc)
            u.emit(.popTop)
            pc.depth -= 1
        } else {
            u.emit(.popTop)
            u.emit(.popTop)
            pc.depth -= 2
        }
    }

    /// Each alternative matches a copy of the subject with its own captures; they must bind the
    /// same names, which are brought into the first alternative's order before joining.
    func compileOrPattern(_ alts: [Pattern], _ pc: inout PatternContext, _ loc: SourceRange) throws {
        let end = u.newLabel()
        var canonical: [String]?
        let subjectDepth = pc.depth
        for (i, alt) in alts.enumerated() {
            let lastAlt = i == alts.count - 1
            var sub = PatternContext()
            sub.allowIrrefutable = lastAlt && pc.allowIrrefutable
            sub.depth = 1
            if !lastAlt { u.emit(.dupTop) }
            try compilePattern(alt, &sub)
            u.loc = loc
            if let names = canonical {
                if Set(names) != Set(sub.captures) || names.count != sub.captures.count {
                    throw error("alternative patterns bind different names", alt.loc)
                }
                var order = sub.captures
                if order != names {
                    for n in names {
                        let j = order.firstIndex(of: n)!
                        let depth = order.count - j
                        if depth > 1 { u.emit(.matchRot, Int32(-depth)) }
                        order.remove(at: j)
                        order.append(n)
                    }
                }
            } else {
                canonical = sub.captures
            }
            let k = sub.captures.count
            if !lastAlt {
                // Drop the subject copy kept below the captures.
                if k > 0 { u.emit(.matchRot, Int32(-(k + 1))) }
                u.emit(.popTop)
            }
            u.emitJump(.jump, end)
            emitFailPops(sub)
            if lastAlt { u.emitJump(.jump, failLabel(&pc, subjectDepth - 1)) }
        }
        u.place(end)
        pc.depth -= 1
        let names = canonical ?? []
        // The captures landed above the items still being matched: move those back on top.
        let working = pc.depth - pc.captures.count
        if !names.isEmpty {
            for _ in 0..<working { u.emit(.matchRot, Int32(-(names.count + working))) }
        }
        for n in names {
            if pc.captures.contains(n) { throw error("multiple assignments to name '\(n)' in pattern", loc) }
            pc.captures.append(n)
        }
        pc.depth += names.count
    }

    /// A comparable key and its repr for a literal mapping-pattern key (nil for value patterns).
    func literalKey(_ e: Expr) -> (String, String)? {
        switch e.kind {
        case let .constant(v, _):
            switch v {
            case .none: return ("None", "None")
            case let .bool(b): return ("n:\(b ? 1 : 0)", b ? "True" : "False")
            case let .int(lit):
                if let i = lit.value { return ("n:\(i)", "\(i)") }
                return ("n:" + lit.digits, lit.digits)
            case let .float(d):
                if d == d.rounded(), abs(d) < 1e18 { return ("n:\(Int(d))", "\(d)") }
                return ("f:\(d)", "\(d)")
            case let .complex(d): return ("j:\(d)", "\(d)j")
            case let .str(s): return ("s:" + s, "'" + s + "'")
            case let .bytes(b): return ("b:" + b.map { String($0) }.joined(separator: ","), "b'" + String(decoding: b, as: UTF8.self) + "'")
            case .ellipsis: return nil
            }
        case let .unaryOp(.uSub, operand):
            guard let (k, t) = literalKey(operand) else { return nil }
            if k == "n:0" { return (k, "-" + t) }
            return (k.hasPrefix("n:") ? "n:-" + k.dropFirst(2) : "-" + k, "-" + t)
        case let .binOp(l, _, r):
            guard let (a, ta) = literalKey(l), let (b, tb) = literalKey(r) else { return nil }
            return ("(\(a)+\(b))", "(\(ta)+\(tb))")
        default:
            return nil
        }
    }
}
