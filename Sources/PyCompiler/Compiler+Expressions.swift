import PySyntax
import PyObjects

extension Compiler {
    func compile(_ e: Expr) throws {
        let saved = u.loc
        u.loc = e.loc
        defer { u.loc = saved }
        switch e.kind {
        case let .boolOp(op, values):
            let end = u.newLabel()
            for (i, v) in values.enumerated() {
                try compile(v)
                if i < values.count - 1 {
                    u.emitJump(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end)
                }
            }
            u.place(end)
        case let .namedExpr(target, value):
            try compile(value)
            u.emit(.dupTop)
            try compileStore(target)
        case let .binOp(left, op, right):
            try compile(left)
            try compile(right)
            u.emit(.binaryOp, binaryOperator(op).rawValue)
        case let .unaryOp(op, operand):
            if op == .uSub, case let .constant(v, _) = operand.kind {
                switch v {
                case let .int(lit):
                    if let i = lit.value, i != 0 {
                        emitConst(PyInt.make(-i), key: "i:\(-i)"); return
                    }
                case let .float(d):
                    emitConst(PyFloat(-d), key: "f:\((-d).bitPattern)"); return
                default: break
                }
            }
            try compile(operand)
            let uop: UnaryOperator
            switch op {
            case .invert: uop = .invert
            case .not: uop = .not
            case .uAdd: uop = .positive
            case .uSub: uop = .negative
            }
            u.emit(.unaryOp, uop.rawValue)
        case let .lambda(args, body):
            try compileFunction(node: e, name: "<lambda>", args: args, body: [], isLambda: true, lambdaBody: body)
        case let .ifExp(test, body, orelse):
            let elseLabel = u.newLabel(), end = u.newLabel()
            try compileCondition(test, jumpIfFalse: elseLabel)
            try compile(body)
            u.emitJump(.jump, end)
            u.place(elseLabel)
            try compile(orelse)
            u.place(end)
        case let .dict(keys, values):
            var pending: Int32 = 0
            var built = false
            for (k, v) in zip(keys, values) {
                if let k = k {
                    try compile(k)
                    try compile(v)
                    pending += 1
                } else {
                    if !built {
                        u.emit(.buildMap, pending)
                        built = true
                    } else if pending > 0 {
                        u.emit(.buildMap, pending)
                        u.emit(.dictUpdate, 1)
                    }
                    pending = 0
                    try compile(v)
                    u.emit(.dictUpdate, 1)
                }
            }
            if !built {
                u.emit(.buildMap, pending)
            } else if pending > 0 {
                u.emit(.buildMap, pending)
                u.emit(.dictUpdate, 1)
            }
        case let .set(elts):
            try compileSequence(elts, build: .buildSet, update: .setUpdate, add: .setAdd)
        case let .list(elts, ctx):
            if ctx != .load { throw error("cannot use list here", e.loc) }
            try compileSequence(elts, build: .buildList, update: .listExtend, add: .listAppend)
        case let .tuple(elts, ctx):
            if ctx != .load { throw error("cannot use tuple here", e.loc) }
            if !elts.isEmpty, elts.allSatisfy({ if case .constant = $0.kind { return true } else { return false } }) {
                var objs: [PyObject] = [], keys: [String] = []
                for x in elts {
                    if case let .constant(v, _) = x.kind {
                        let (o, k) = constObject(v)
                        objs.append(o); keys.append(k)
                    }
                }
                emitConst(PyTuple(objs), key: "t:" + keys.joined(separator: "\u{1}"))
                return
            }
            if elts.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
                try compileSequence(elts, build: .buildList, update: .listExtend, add: .listAppend)
                u.emit(.listToTuple)
            } else {
                for x in elts { try compile(x) }
                u.emit(.buildTuple, Int32(elts.count))
            }
        case let .listComp(elt, gens):
            try compileComprehension(e, name: "<listcomp>", generators: gens, build: .buildList) { try compile(elt) }
        case let .setComp(elt, gens):
            try compileComprehension(e, name: "<setcomp>", generators: gens, build: .buildSet) { try compile(elt) }
        case let .dictComp(k, v, gens):
            try compileComprehension(e, name: "<dictcomp>", generators: gens, build: .buildMap) {
                try compile(k); try compile(v)
            }
        case let .generatorExp(elt, gens):
            try compileComprehension(e, name: "<genexpr>", generators: gens, build: nil) { try compile(elt) }
        case let .await(value):
            switch u.scope.kind {
            case .function where u.scope.isCoroutine, .comprehension:
                break
            case .function, .lambda:
                throw error("'await' outside async function", e.loc)
            default:
                throw error("'await' outside function", e.loc)
            }
            try compile(value)
            u.loc = e.loc
            emitAwait()
        case let .yield(value):
            try checkYieldInComprehension(e)
            if !u.scope.isFunctionLike { throw error("'yield' outside function", e.loc) }
            if let v = value { try compile(v) } else { emitConst(pyNone, key: "None") }
            u.emit(.yieldValue)
        case let .yieldFrom(value):
            try checkYieldInComprehension(e)
            if !u.scope.isFunctionLike { throw error("'yield' outside function", e.loc) }
            if u.scope.isCoroutine { throw error("'yield from' inside async function", e.loc) }
            try compile(value)
            u.emit(.getYieldFromIter)
            emitConst(pyNone, key: "None")
            let done = u.newLabel()
            u.emitJump(.yieldFrom, done)
            u.place(done)
        case let .compare(left, ops, comparators):
            try compile(left)
            if ops.count == 1 {
                try compile(comparators[0])
                u.loc = e.loc
                emitCompare(ops[0])
                return
            }
            let cleanup = u.newLabel(), end = u.newLabel()
            for i in 0..<ops.count {
                try compile(comparators[i])
                u.loc = e.loc
                if i < ops.count - 1 {
                    u.emit(.dupTop)
                    u.emit(.rotThree)
                    emitCompare(ops[i])
                    u.emitJump(.jumpIfFalseOrPop, cleanup)
                } else {
                    emitCompare(ops[i])
                }
            }
            u.emitJump(.jump, end)
            u.place(cleanup)
            u.emit(.rotTwo)
            u.emit(.popTop)
            u.place(end)
        case let .call(function, args, keywords):
            try compileCall(e, function, args, keywords)
        case let .formattedValue(value, conversion, spec):
            try compile(value)
            var arg: Int32
            switch conversion {
            case 115: arg = 1
            case 114: arg = 2
            case 97: arg = 3
            default: arg = 0
            }
            if let s = spec {
                try compile(s)
                arg |= 4
            }
            u.loc = e.loc
            u.emit(.formatValue, arg)
        case let .joinedStr(values):
            if values.isEmpty {
                emitConst(PyStr(""), key: "s:")
                return
            }
            for v in values { try compile(v) }
            if values.count > 1 { u.emit(.buildString, Int32(values.count)) }
            else if case .constant = values[0].kind {} else if case .formattedValue = values[0].kind {} else {
                u.emit(.buildString, 1)
            }
        case let .constant(value, _):
            let (o, k) = constObject(value)
            emitConst(o, key: k)
        case let .attribute(value, attr, ctx):
            precondition(ctx == .load)
            try compile(value)
            u.loc = e.loc
            u.emit(.loadAttr, u.nameSlot(u.mangled(attr)))
        case let .subscript(value, slice, _):
            try compile(value)
            try compile(slice)
            u.loc = e.loc
            u.emit(.binarySubscr)
        case .starred:
            throw error("can't use starred expression here", e.loc)
        case let .name(id, _):
            compileName(id, .load)
        case let .slice(lower, upper, step):
            if let l = lower { try compile(l) } else { emitConst(pyNone, key: "None") }
            if let up = upper { try compile(up) } else { emitConst(pyNone, key: "None") }
            if let s = step {
                try compile(s)
                u.emit(.buildSlice, 3)
            } else {
                u.emit(.buildSlice, 2)
            }
        }
    }

    func emitCompare(_ op: CmpOp) {
        switch op {
        case .eq: u.emit(.compareOp, CompareOperator.eq.rawValue)
        case .notEq: u.emit(.compareOp, CompareOperator.ne.rawValue)
        case .lt: u.emit(.compareOp, CompareOperator.lt.rawValue)
        case .ltE: u.emit(.compareOp, CompareOperator.le.rawValue)
        case .gt: u.emit(.compareOp, CompareOperator.gt.rawValue)
        case .gtE: u.emit(.compareOp, CompareOperator.ge.rawValue)
        case .is: u.emit(.isOp, 0)
        case .isNot: u.emit(.isOp, 1)
        case .in: u.emit(.containsOp, 0)
        case .notIn: u.emit(.containsOp, 1)
        }
    }

    /// Builds a list/set display, handling `*x` entries.
    func compileSequence(_ elts: [Expr], build: Opcode, update: Opcode, add: Opcode) throws {
        let hasStar = elts.contains { if case .starred = $0.kind { return true } else { return false } }
        if !hasStar {
            for x in elts { try compile(x) }
            u.emit(build, Int32(elts.count))
            return
        }
        u.emit(build, 0)
        for x in elts {
            if case let .starred(v, _) = x.kind {
                try compile(v)
                u.emit(update, 1)
            } else {
                try compile(x)
                u.emit(add, 1)
            }
        }
    }

    /// Compiles `test` and jumps when it is false (or true), with short-circuit for and/or/not.
    func compileCondition(_ test: Expr, jumpIfFalse label: Int) throws {
        try compileJumpIf(test, label, whenTrue: false)
    }

    func compileCondition(_ test: Expr, jumpIfTrue label: Int) throws {
        try compileJumpIf(test, label, whenTrue: true)
    }

    func compileJumpIf(_ test: Expr, _ label: Int, whenTrue: Bool) throws {
        switch test.kind {
        case let .unaryOp(.not, operand):
            try compileJumpIf(operand, label, whenTrue: !whenTrue)
        case let .boolOp(op, values):
            let isAnd = op == .and
            if isAnd != whenTrue {
                // and/jump-if-false, or/jump-if-true: any operand decides.
                for v in values { try compileJumpIf(v, label, whenTrue: whenTrue) }
            } else {
                let skip = u.newLabel()
                for v in values.dropLast() { try compileJumpIf(v, skip, whenTrue: !whenTrue) }
                try compileJumpIf(values[values.count - 1], label, whenTrue: whenTrue)
                u.place(skip)
            }
        default:
            try compile(test)
            u.emitJump(whenTrue ? .popJumpIfTrue : .popJumpIfFalse, label)
        }
    }

    func compileCall(_ e: Expr, _ function: Expr, _ args: [Expr], _ keywords: [Keyword]) throws {
        // Zero-argument super() inside a method: super(__class__, <first argument>).
        if case let .name("super", .load) = function.kind, args.isEmpty, keywords.isEmpty,
           u.scope.isFunctionLike, let first = u.scope.params.first, u.derefIndex["__class__"] != nil {
            compileName("super", .load)
            u.emit(.loadDeref, Int32(u.derefIndex["__class__"]!))
            compileName(first, .load)
            u.loc = e.loc
            u.emit(.call, 2)
            return
        }
        let simple = !args.contains { if case .starred = $0.kind { return true } else { return false } }
            && !keywords.contains { $0.arg == nil }
        if simple, case let .attribute(obj, attr, _) = function.kind {
            try compile(obj)
            u.loc = function.loc
            u.emit(.loadMethod, u.nameSlot(u.mangled(attr)))
            for a in args { try compile(a) }
            for k in keywords { try compile(k.value) }
            u.loc = e.loc
            if keywords.isEmpty {
                u.emit(.callMethod, Int32(args.count))
            } else {
                emitKwNames(keywords)
                u.emit(.callMethod, Int32(args.count + keywords.count) | (1 << 16))
            }
            return
        }
        try compile(function)
        try compileCallArgs(args, keywords, leading: 0, loc: e.loc)
    }

    func emitKwNames(_ keywords: [Keyword]) {
        let names = keywords.map { $0.arg! }
        emitConst(PyTuple(names.map { PyStr.intern($0) }), key: "t:" + names.map { "s:" + $0 }.joined(separator: "\u{1}"))
    }

    /// Compiles the arguments of a call whose callable (and `leading` extra positional
    /// arguments) are already on the stack, and the call itself.
    func compileCallArgs(_ args: [Expr], _ keywords: [Keyword], leading: Int, loc: SourceRange) throws {
        let hasStar = args.contains { if case .starred = $0.kind { return true } else { return false } }
        let hasDoubleStar = keywords.contains { $0.arg == nil }
        if !hasStar && !hasDoubleStar {
            for a in args { try compile(a) }
            for k in keywords { try compile(k.value) }
            u.loc = loc
            if keywords.isEmpty {
                u.emit(.call, Int32(leading + args.count))
            } else {
                emitKwNames(keywords)
                u.emit(.callKw, Int32(leading + args.count + keywords.count))
            }
            return
        }
        // General form: an args tuple and an optional kwargs dict.
        u.emit(.buildList, Int32(leading))
        for a in args {
            if case let .starred(v, _) = a.kind {
                try compile(v)
                u.emit(.listExtend, 1 | 256)
            } else {
                try compile(a)
                u.emit(.listAppend, 1)
            }
        }
        u.emit(.listToTuple)
        if keywords.isEmpty {
            u.loc = loc
            u.emit(.callEx, 0)
            return
        }
        u.emit(.buildMap, 0)
        var merged = false
        for k in keywords {
            if let name = k.arg {
                emitConst(PyStr(name), key: "s:" + name)
                try compile(k.value)
                if merged {
                    // After a **mapping, a repeated name is an error: merge it as CPython does.
                    u.emit(.buildMap, 1)
                    u.emit(.dictMerge, 1)
                } else {
                    u.emit(.mapAdd, 1)
                }
            } else {
                try compile(k.value)
                u.emit(.dictMerge, 1)
                merged = true
            }
        }
        u.loc = loc
        u.emit(.callEx, 1)
    }
}
