import PySyntax
import PyObjects


/// Compiles a module AST to a tree of code objects. Throws `SyntaxErrorInfo` for errors the
/// parser leaves to the compiler ('return' outside function, 'break' outside loop…).
public func compileModule(_ module: Module, filename: String, source: [UInt8]? = nil,
                          futureAnnotations: Bool = false) throws -> CodeObject {
    let table = try SymbolTable(module: module, filename: filename, futureAnnotations: futureAnnotations)
    let c = Compiler(table: table, filename: filename)
    if table.futureAnnotations, let src = source { c.annotationText = AnnotationText(source: src) }
    let code = try c.compileTop(module)
    if table.futureAnnotations { markFuture(code, CodeObject.futureAnnotationsFlag) }
    return code
}

/// Records a future feature on a code object and the code objects nested in it.
func markFuture(_ code: CodeObject, _ flag: Int32) {
    code.futureFlags |= flag
    for c in code.consts { if let inner = c as? CodeObject { markFuture(inner, flag) } }
}

/// Compiles one interactive statement (`single` mode): expression values are displayed.
public func compileInteractive(_ module: Module, filename: String, source: [UInt8]? = nil,
                               futureAnnotations: Bool = false) throws -> CodeObject {
    let table = try SymbolTable(module: module, filename: filename, futureAnnotations: futureAnnotations)
    let c = Compiler(table: table, filename: filename)
    c.interactive = true
    if table.futureAnnotations, let src = source { c.annotationText = AnnotationText(source: src) }
    let code = try c.compileTop(module)
    if table.futureAnnotations { markFuture(code, CodeObject.futureAnnotationsFlag) }
    return code
}

/// Parses and compiles `source` (`exec` mode).
public func compileSource(_ source: [UInt8], filename: String, futureAnnotations: Bool = false) throws -> CodeObject {
    let module = try parseModule(source: source, filename: filename)
    return try compileModule(module, filename: filename, source: source, futureAnnotations: futureAnnotations)
}

final class Compiler {
    let table: SymbolTable
    let filename: String
    var units: [CodeUnit] = []
    var u: CodeUnit { units[units.count - 1] }
    /// `single` (interactive) mode: module-level expression statements are displayed.
    var interactive = false
    /// Under `from __future__ import annotations` (with the source known): annotations are
    /// stored as their text instead of being evaluated.
    var annotationText: AnnotationText?

    init(table: SymbolTable, filename: String) {
        self.table = table
        self.filename = filename
    }

    func error(_ msg: String, _ loc: SourceRange) -> SyntaxErrorInfo {
        SyntaxErrorInfo(msg: msg, filename: filename, lineno: loc.lineno, offset: loc.colOffset + 1,
                        endLineno: loc.endLineno, endOffset: loc.endColOffset + 1)
    }

    func compileTop(_ module: Module) throws -> CodeObject {
        let unit = CodeUnit(scope: table.top, name: "<module>", qualname: "<module>", firstLineno: 1)
        units.append(unit)
        var body = module.body[...]
        if !interactive, let doc = docstring(of: module.body) {
            u.loc = module.body[0].loc
            emitConst(PyStr(doc), key: "s:" + doc)
            u.emit(.storeName, u.nameSlot("__doc__"))
            body = body.dropFirst()
        }
        if hasAnnotations(Array(body)) { u.emit(.setupAnnotations) }
        for s in body { try compile(s) }
        u.emit(.loadConst, u.constSlot(pyNone, key: "None"))
        u.emit(.returnValue)
        return unit.assemble(filename: filename)
    }

    func docstring(of body: [Stmt]) -> String? {
        guard let first = body.first, case let .expr(value) = first.kind,
              case let .constant(.str(s), _) = value.kind else { return nil }
        return s
    }

    // MARK: constants

    func emitConst(_ obj: PyObject, key: String?) {
        u.emit(.loadConst, u.constSlot(obj, key: key))
    }

    func constObject(_ v: ConstantValue) -> (PyObject, String) {
        switch v {
        case .none: return (pyNone, "None")
        case let .bool(b): return (pyBool(b), b ? "True" : "False")
        case let .int(lit):
            if let i = lit.value { return (PyInt.make(i), "i:\(i)") }
            return (PyInt.fromDecimal(lit.digits), "i:" + lit.digits)
        case let .float(d): return (PyFloat(d), "f:\(d.bitPattern)")
        case let .complex(imag): return (PyComplex(real: 0, imag: imag), "j:\(imag.bitPattern)")
        case let .str(s): return (PyStr(s), "s:" + s)
        case let .bytes(b): return (PyBytes(b), "b:" + b.map { String($0) }.joined(separator: ","))
        case .ellipsis: return (PyEllipsis.shared, "...")
        }
    }

    // MARK: names

    func compileName(_ name: String, _ ctx: ExprContext) {
        let scope = u.scope
        let s = scope.scope(of: name)
        switch scope.kind {
        case .module:
            switch ctx {
            case .load: u.emit(.loadName, u.nameSlot(u.mangled(name)))
            case .store: u.emit(.storeName, u.nameSlot(u.mangled(name)))
            case .del: u.emit(.deleteName, u.nameSlot(u.mangled(name)))
            }
        case .classBody:
            switch s {
            case .globalExplicit:
                switch ctx {
                case .load: u.emit(.loadGlobal, u.nameSlot(u.mangled(name)))
                case .store: u.emit(.storeGlobal, u.nameSlot(u.mangled(name)))
                case .del: u.emit(.deleteGlobal, u.nameSlot(u.mangled(name)))
                }
            case .free where !scope.classPassThrough.contains(name) && scope.uses[name].map({ !$0.contains(.bound) }) ?? true:
                let idx = Int32(u.derefIndex[name]!)
                switch ctx {
                case .load: u.emit(.loadClassDeref, idx)
                case .store: u.emit(.storeDeref, idx)
                case .del: u.emit(.deleteDeref, idx)
                }
            default:
                switch ctx {
                case .load: u.emit(.loadName, u.nameSlot(u.mangled(name)))
                case .store: u.emit(.storeName, u.nameSlot(u.mangled(name)))
                case .del: u.emit(.deleteName, u.nameSlot(u.mangled(name)))
                }
            }
        case .function, .lambda, .comprehension, .annotation:
            switch s {
            case .local:
                let i = Int32(u.varSlot(name))
                switch ctx {
                case .load: u.emit(.loadFast, i)
                case .store: u.emit(.storeFast, i)
                case .del: u.emit(.deleteFast, i)
                }
            case .cell, .free:
                let i = Int32(u.derefIndex[name]!)
                switch ctx {
                case .load: u.emit(.loadDeref, i)
                case .store: u.emit(.storeDeref, i)
                case .del: u.emit(.deleteDeref, i)
                }
            case .globalExplicit, .globalImplicit:
                switch ctx {
                case .load: u.emit(.loadGlobal, u.nameSlot(u.mangled(name)))
                case .store: u.emit(.storeGlobal, u.nameSlot(u.mangled(name)))
                case .del: u.emit(.deleteGlobal, u.nameSlot(u.mangled(name)))
                }
            }
        }
    }

    // MARK: statements

    func compileBody(_ body: [Stmt]) throws {
        for s in body { try compile(s) }
    }

    func compile(_ s: Stmt) throws {
        let saved = u.loc
        u.loc = s.loc
        defer { u.loc = saved }
        switch s.kind {
        case let .functionDef(name, args, body, decorators, _, _),
             let .asyncFunctionDef(name, args, body, decorators, _, _):
            for d in decorators { try compile(d) }
            try compileFunction(node: s, name: name, args: args, body: body, isLambda: false)
            u.loc = s.loc
            for _ in decorators { u.emit(.call, 1) }
            compileName(name, .store)
        case let .classDef(name, bases, keywords, body, decorators):
            for d in decorators { try compile(d) }
            try compileClass(node: s, name: name, bases: bases, keywords: keywords, body: body)
            u.loc = s.loc
            for _ in decorators { u.emit(.call, 1) }
            compileName(name, .store)
        case let .return(value):
            if !u.scope.isFunctionLike || u.scope.kind == .comprehension {
                throw error("'return' outside function", s.loc)
            }
            if value != nil && u.scope.isCoroutine && u.scope.isGenerator {
                throw error("'return' with value in async generator", s.loc)
            }
            if let v = value { try compile(v) } else { emitConst(pyNone, key: "None") }
            u.loc = s.loc
            try unwindForReturn()
            u.emit(.returnValue)
        case let .delete(targets):
            for t in targets { try compileDelete(t) }
        case let .assign(targets, value, _):
            try compile(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { u.emit(.dupTop) }
                try compileStore(t)
            }
        case let .augAssign(target, op, value):
            try compileAugAssign(target, op, value)
        case let .annAssign(target, annotation, value, simple):
            if let v = value {
                try compile(v)
                try compileStore(target)
            } else if case .name = target.kind {
            } else if case let .attribute(obj, _, _) = target.kind {
                try compile(obj); u.emit(.popTop)
            }
            // Module and class bodies evaluate annotations (or take their text under the
            // annotations future); simple names are recorded.
            if let text = annotationText, u.scope.kind == .module || u.scope.kind == .classBody {
                if simple != 0, case let .name(id, _) = target.kind {
                    let s = text.text(of: annotation)
                    emitConst(PyStr(s), key: "s:" + s)
                    u.emit(.loadName, u.nameSlot("__annotations__"))
                    emitConst(PyStr(id), key: "s:" + id)
                    u.emit(.storeSubscr)
                }
            } else if (u.scope.kind == .module || u.scope.kind == .classBody) && !table.futureAnnotations {
                try compile(annotation)
                if simple != 0, case let .name(id, _) = target.kind {
                    u.emit(.loadName, u.nameSlot("__annotations__"))
                    emitConst(PyStr(id), key: "s:" + id)
                    u.emit(.storeSubscr)
                } else {
                    u.emit(.popTop)
                }
            }
        case let .asyncFor(target, iter, body, orelse, _):
            if !u.scope.isCoroutine { throw error("'async for' outside async function", s.loc) }
            let top = u.newLabel(), end = u.newLabel(), exit = u.newLabel()
            try compile(iter)
            u.loc = iter.loc
            u.emit(.getAIter)
            u.place(top)
            u.loc = s.loc
            u.emitJump(.setupExcept, end)
            u.emit(.getANext)
            emitAwait()
            u.emit(.popBlock)
            try compileStore(target)
            u.fblocks.append(.loop(continueLabel: top, breakLabel: exit, isFor: true))
            try compileBody(body)
            u.fblocks.removeLast()
            u.emitJump(.jump, top)
            u.place(end)
            u.emit(.endAsyncFor)
            try compileBody(orelse)
            u.place(exit)
        case let .for(target, iter, body, orelse, _):
            let top = u.newLabel(), end = u.newLabel(), exit = u.newLabel()
            try compile(iter)
            u.loc = s.loc
            u.loc = iter.loc
            u.emit(.getIter)
            u.place(top)
            u.emitJump(.forIter, end)
            u.loc = s.loc
            try compileStore(target)
            u.fblocks.append(.loop(continueLabel: top, breakLabel: exit, isFor: true))
            try compileBody(body)
            u.fblocks.removeLast()
            u.emitJump(.jump, top)
            u.place(end)
            try compileBody(orelse)
            u.place(exit)
        case let .while(test, body, orelse):
            let top = u.newLabel(), orelseLabel = u.newLabel(), exit = u.newLabel()
            u.place(top)
            try compileCondition(test, jumpIfFalse: orelseLabel)
            u.fblocks.append(.loop(continueLabel: top, breakLabel: exit, isFor: false))
            try compileBody(body)
            u.fblocks.removeLast()
            u.emitJump(.jump, top)
            u.place(orelseLabel)
            try compileBody(orelse)
            u.place(exit)
        case let .if(test, body, orelse):
            let elseLabel = u.newLabel(), end = u.newLabel()
            try compileCondition(test, jumpIfFalse: elseLabel)
            try compileBody(body)
            if !orelse.isEmpty { u.emitJump(.jump, end) }
            u.place(elseLabel)
            try compileBody(orelse)
            u.place(end)
        case let .with(items, body, _):
            try compileWith(items[...], body: body, loc: s.loc)
        case let .asyncWith(items, body, _):
            if !u.scope.isCoroutine { throw error("'async with' outside async function", s.loc) }
            try compileWith(items[...], body: body, loc: s.loc, isAsync: true)
        case let .match(subject, cases):
            try compileMatch(subject: subject, cases: cases)
        case let .raise(exc, cause):
            var n: Int32 = 0
            if let e = exc {
                try compile(e); n = 1
                if let c = cause { try compile(c); n = 2 }
            }
            u.loc = s.loc
            u.emit(.raiseVarargs, n)
        case let .try(body, handlers, orelse, finalbody), let .tryStar(body, handlers, orelse, finalbody):
            var star = false
            if case .tryStar = s.kind { star = true }
            let compileExcept = { [self] in
                if star { try compileTryStar(body, handlers, orelse) } else { try compileTryExcept(body, handlers, orelse) }
            }
            if finalbody.isEmpty {
                try compileExcept()
            } else {
                try compileTryFinally(body: { [self] in
                    if handlers.isEmpty { try compileBody(body) } else { try compileExcept() }
                }, finalbody: finalbody)
            }
        case let .assert(test, msg):
            let end = u.newLabel()
            try compileCondition(test, jumpIfTrue: end)
            u.loc = s.loc
            u.emit(.loadAssertionError)
            if let m = msg {
                try compile(m)
                u.loc = s.loc
                u.emit(.call, 1)
            }
            u.emit(.raiseVarargs, 1)
            u.place(end)
        case let .import(names):
            for a in names {
                emitConst(PyInt.make(0), key: "i:0")
                emitConst(pyNone, key: "None")
                u.emit(.importName, u.nameSlot(a.name))
                if let asname = a.asname {
                    let parts = a.name.split(separator: ".")
                    for p in parts.dropFirst() {
                        u.emit(.importFrom, u.nameSlot(String(p)))
                        u.emit(.rotTwo)
                        u.emit(.popTop)
                    }
                    compileName(asname, .store)
                } else {
                    compileName(String(a.name.split(separator: ".")[0]), .store)
                }
            }
        case let .importFrom(module, names, level):
            emitConst(PyInt.make(level ?? 0), key: "i:\(level ?? 0)")
            let fromlist = PyTuple(names.map { PyStr($0.name) })
            emitConst(fromlist, key: "t:" + names.map { "s:" + $0.name }.joined(separator: "\u{1}"))
            u.emit(.importName, u.nameSlot(module ?? ""))
            if names.count == 1 && names[0].name == "*" {
                if u.scope.kind != .module {
                    throw error("import * only allowed at module level", s.loc)
                }
                u.emit(.importStar)
            } else {
                for a in names {
                    u.emit(.importFrom, u.nameSlot(a.name))
                    compileName(a.asname ?? a.name, .store)
                }
                u.emit(.popTop)
            }
        case .global, .nonlocal, .pass:
            break
        case let .expr(value):
            if interactive && units.count == 1 {
                // `single` mode: top-level expression values go to sys.displayhook.
                try compile(value)
                u.emit(.printExpr)
                break
            }
            if case .constant = value.kind { break }
            try compile(value)
            u.emit(.popTop)
        case .break:
            try compileBreakContinue(isBreak: true, loc: s.loc)
        case .continue:
            try compileBreakContinue(isBreak: false, loc: s.loc)
        }
    }

    /// Emits the cleanup of every enclosing block before a `return` (the value is on top).
    func unwindForReturn() throws {
        var i = u.fblocks.count - 1
        while i >= 0 {
            let saved = u.fblocks
            let block = u.fblocks[i]
            u.fblocks = Array(u.fblocks[..<i])
            try emitUnwind(block, preserveTop: true)
            u.fblocks = saved
            i -= 1
        }
    }

    func compileBreakContinue(isBreak: Bool, loc: SourceRange) throws {
        var i = u.fblocks.count - 1
        while i >= 0 {
            if case let .loop(continueLabel, breakLabel, isFor) = u.fblocks[i] {
                if isBreak {
                    if isFor { u.emit(.popTop) }
                    u.emitJump(.jump, breakLabel)
                } else {
                    u.emitJump(.jump, continueLabel)
                }
                return
            }
            let saved = u.fblocks
            let block = u.fblocks[i]
            u.fblocks = Array(u.fblocks[..<i])
            try emitUnwind(block, preserveTop: false)
            u.fblocks = saved
            i -= 1
        }
        throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", loc)
    }

    func emitUnwind(_ block: CodeUnit.FBlock, preserveTop: Bool) throws {
        switch block {
        case .loop:
            break
        case .tryExcept:
            u.emit(.popBlock)
        case let .finallyTry(body):
            u.emit(.popBlock)
            try compileBody(body)
        case .finallyEnd:
            if preserveTop { u.emit(.rotTwo) }
            u.emit(.popTop)
            u.emit(.popExcept)
        case let .handlerCleanup(name):
            u.emit(.popExcept)
            if let n = name {
                emitConst(pyNone, key: "None")
                compileName(n, .store)
                compileName(n, .del)
            }
        case .exceptStar:
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", u.loc)
        case .with, .asyncWith:
            u.emit(.popBlock)
            if preserveTop { u.emit(.rotTwo) }
            emitConst(pyNone, key: "None")
            emitConst(pyNone, key: "None")
            emitConst(pyNone, key: "None")
            u.emit(.call, 3)
            if case .asyncWith = block { emitAwait(2) }
            u.emit(.popTop)
        }
    }

    /// Comprehensions are functions of their own, so a `yield` there would make them generators.
    func checkYieldInComprehension(_ e: Expr) throws {
        guard u.scope.kind == .comprehension else { return }
        let what: String
        switch u.scope.name {
        case "listcomp": what = "list comprehension"
        case "setcomp": what = "set comprehension"
        case "dictcomp": what = "dict comprehension"
        default: what = "generator expression"
        }
        throw error("'yield' inside \(what)", e.loc)
    }

    /// `await` of the object on top: `yield from` its awaitable iterator.
    func emitAwait(_ context: Int32 = 0) {
        u.usesAwait = true
        u.emit(.getAwaitable, context)
        emitConst(pyNone, key: "None")
        let done = u.newLabel()
        u.emitJump(.yieldFrom, done)
        u.place(done)
    }

    func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        let handlerLabel = u.newLabel(), end = u.newLabel()
        u.emitJump(.setupExcept, handlerLabel)
        u.fblocks.append(.tryExcept)
        try compileBody(body)
        u.fblocks.removeLast()
        u.emit(.popBlock)
        try compileBody(orelse)
        u.emitJump(.jump, end)
        u.place(handlerLabel)
        for (i, h) in handlers.enumerated() {
            u.loc = h.loc
            let next = u.newLabel()
            if let t = h.type {
                try compile(t)
                u.loc = h.loc
                u.emit(.checkExcMatch)
                u.emitJump(.popJumpIfFalse, next)
            } else if i != handlers.count - 1 {
                throw error("default 'except:' must be last", h.loc)
            }
            if let n = h.name { compileName(n, .store) } else { u.emit(.popTop) }
            u.fblocks.append(.handlerCleanup(name: h.name))
            try compileBody(h.body)
            u.fblocks.removeLast()
            try emitUnwind(.handlerCleanup(name: h.name), preserveTop: false)
            u.emitJump(.jump, end)
            u.place(next)
        }
        u.emit(.reraise)
        u.place(end)
    }

    func compileTryFinally(body: () throws -> Void, finalbody: [Stmt]) throws {
        let excLabel = u.newLabel(), end = u.newLabel()
        u.emitJump(.setupExcept, excLabel)
        u.fblocks.append(.finallyTry(body: finalbody))
        try body()
        u.fblocks.removeLast()
        u.emit(.popBlock)
        try compileBody(finalbody)
        u.emitJump(.jump, end)
        u.place(excLabel)
        u.fblocks.append(.finallyEnd)
        try compileBody(finalbody)
        u.fblocks.removeLast()
        u.emit(.reraise)
        u.place(end)
    }

    func compileWith(_ items: ArraySlice<WithItem>, body: [Stmt], loc: SourceRange, isAsync: Bool = false) throws {
        guard let item = items.first else {
            try compileBody(body)
            return
        }
        let excLabel = u.newLabel(), end = u.newLabel()
        try compile(item.contextExpr)
        u.loc = loc
        if isAsync {
            u.emit(.beforeAsyncWith)
            emitAwait(1)
        } else {
            u.emit(.beforeWith)
        }
        u.emitJump(.setupWith, excLabel)
        if let v = item.optionalVars { try compileStore(v) } else { u.emit(.popTop) }
        u.fblocks.append(isAsync ? .asyncWith : .with)
        try compileWith(items.dropFirst(), body: body, loc: loc, isAsync: isAsync)
        u.fblocks.removeLast()
        u.loc = loc
        try emitUnwind(isAsync ? .asyncWith : .with, preserveTop: false)
        u.emitJump(.jump, end)
        // Exceptional exit: stack is exit, exc.
        u.place(excLabel)
        u.emit(.withExceptStart)
        if isAsync { emitAwait(2) }
        let suppress = u.newLabel()
        u.emitJump(.popJumpIfTrue, suppress)
        u.emit(.reraise)
        u.place(suppress)
        u.emit(.popTop)
        u.emit(.popExcept)
        u.emit(.popTop)
        u.place(end)
    }

    // MARK: assignment targets

    func compileStore(_ t: Expr) throws {
        let saved = u.loc
        u.loc = t.loc
        defer { u.loc = saved }
        switch t.kind {
        case let .name(id, _):
            compileName(id, .store)
        case let .attribute(value, attr, _):
            try compile(value)
            u.loc = t.loc
            u.emit(.storeAttr, u.nameSlot(u.mangled(attr)))
        case let .subscript(value, slice, _):
            try compile(value)
            try compile(slice)
            u.loc = t.loc
            u.emit(.storeSubscr)
        case let .tuple(elts, _), let .list(elts, _):
            try compileUnpack(elts, loc: t.loc)
            for e in elts {
                if case let .starred(v, _) = e.kind { try compileStore(v) } else { try compileStore(e) }
            }
        case let .starred(v, _):
            throw error("starred assignment target must be in a list or tuple", v.loc)
        default:
            throw error("cannot assign to expression", t.loc)
        }
    }

    func compileUnpack(_ elts: [Expr], loc: SourceRange) throws {
        var starIndex: Int?
        for (i, e) in elts.enumerated() {
            if case .starred = e.kind {
                if starIndex != nil { throw error("multiple starred expressions in assignment", e.loc) }
                starIndex = i
            }
        }
        if let s = starIndex {
            let after = elts.count - s - 1
            u.emit(.unpackEx, Int32(s | (after << 8)))
        } else {
            u.emit(.unpackSequence, Int32(elts.count))
        }
    }

    func compileDelete(_ t: Expr) throws {
        let saved = u.loc
        u.loc = t.loc
        defer { u.loc = saved }
        switch t.kind {
        case let .name(id, _):
            compileName(id, .del)
        case let .attribute(value, attr, _):
            try compile(value)
            u.loc = t.loc
            u.emit(.deleteAttr, u.nameSlot(u.mangled(attr)))
        case let .subscript(value, slice, _):
            try compile(value)
            try compile(slice)
            u.loc = t.loc
            u.emit(.deleteSubscr)
        case let .tuple(elts, _), let .list(elts, _):
            for e in elts { try compileDelete(e) }
        default:
            throw error("cannot delete expression", t.loc)
        }
    }

    func compileAugAssign(_ target: Expr, _ op: Operator, _ value: Expr) throws {
        let bop = binaryOperator(op)
        switch target.kind {
        case let .name(id, _):
            compileName(id, .load)
            try compile(value)
            u.loc = target.loc.spanning(value.loc)
            u.emit(.inplaceOp, bop.rawValue)
            compileName(id, .store)
        case let .attribute(obj, attr, _):
            try compile(obj)
            u.emit(.dupTop)
            u.loc = target.loc
            u.emit(.loadAttr, u.nameSlot(u.mangled(attr)))
            try compile(value)
            u.loc = target.loc.spanning(value.loc)
            u.emit(.inplaceOp, bop.rawValue)
            u.emit(.rotTwo)
            u.loc = target.loc
            u.emit(.storeAttr, u.nameSlot(u.mangled(attr)))
        case let .subscript(obj, slice, _):
            try compile(obj)
            try compile(slice)
            u.emit(.dupTop2)
            u.loc = target.loc
            u.emit(.binarySubscr)
            try compile(value)
            u.loc = target.loc.spanning(value.loc)
            u.emit(.inplaceOp, bop.rawValue)
            u.emit(.rotThree)
            u.loc = target.loc
            u.emit(.storeSubscr)
        default:
            throw error("'\(exprName(target))' is an illegal expression for augmented assignment", target.loc)
        }
    }

    func exprName(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .tuple: return "tuple"
        case .list: return "list"
        default: return "expression"
        }
    }

    func binaryOperator(_ op: Operator) -> BinaryOperator {
        switch op {
        case .add: return .add
        case .sub: return .sub
        case .mult: return .mul
        case .matMult: return .matMul
        case .div: return .trueDiv
        case .mod: return .mod
        case .pow: return .pow
        case .lShift: return .lShift
        case .rShift: return .rShift
        case .bitOr: return .or
        case .bitXor: return .xor
        case .bitAnd: return .and
        case .floorDiv: return .floorDiv
        }
    }

    // MARK: functions and classes

    func childQualname(_ name: String) -> String {
        let parent = u
        switch parent.scope.kind {
        case .module: return name
        case .classBody: return parent.qualname + "." + name
        default: return parent.qualname + ".<locals>." + name
        }
    }

    /// Pushes the closure tuple for `scope` (cells of this unit it captures), if any.
    func emitClosure(for scope: Scope) -> Bool {
        if scope.freevars.isEmpty { return false }
        for name in scope.freevars {
            guard let i = u.derefIndex[name] else {
                preconditionFailure("free variable \(name) not found in \(u.qualname)")
            }
            u.emit(.loadClosure, Int32(i))
        }
        u.emit(.buildTuple, Int32(scope.freevars.count))
        return true
    }

    func compileFunction(node: AnyObject, name: String, args: Arguments, body: [Stmt], isLambda: Bool,
                         lambdaBody: Expr? = nil) throws {
        let scope: Scope
        if let s = node as? Stmt { scope = table.scope(for: s)! } else { scope = table.scope(for: node as! Expr)! }
        var flags: MakeFunctionFlags = []
        if !args.defaults.isEmpty {
            for d in args.defaults { try compile(d) }
            u.emit(.buildTuple, Int32(args.defaults.count))
            flags.insert(.defaults)
        }
        if args.kwDefaults.contains(where: { $0 != nil }) {
            var n: Int32 = 0
            for (a, d) in zip(args.kwonlyargs, args.kwDefaults) {
                if let d = d {
                    emitConst(PyStr(a.arg), key: "s:" + a.arg)
                    try compile(d)
                    n += 1
                }
            }
            u.emit(.buildMap, n)
            flags.insert(.kwDefaults)
        }
        if try compileAnnotations(args, returns: (node as? Stmt).flatMap(Compiler.returnAnnotation)) {
            flags.insert(.annotations)
        }
        let qualname = childQualname(name)
        let firstLine = (node as? Stmt)?.loc.lineno ?? (node as! Expr).loc.lineno
        let unit = CodeUnit(scope: scope, name: name, qualname: qualname, firstLineno: firstLine)
        unit.argcount = args.posonlyargs.count + args.args.count
        unit.posonlyargcount = args.posonlyargs.count
        unit.kwonlyargcount = args.kwonlyargs.count
        unit.flags = [.optimized, .newLocals]
        if args.vararg != nil { unit.flags.insert(.varargs) }
        if args.kwarg != nil { unit.flags.insert(.varkeywords) }
        if units.count > 1 { unit.flags.insert(.nested) }
        if scope.isCoroutine {
            unit.flags.insert(scope.isGenerator ? .asyncGenerator : .coroutine)
        } else if scope.isGenerator {
            unit.flags.insert(.generator)
        }
        units.append(unit)
        if let e = lambdaBody {
            u.loc = e.loc
            try compile(e)
            u.emit(.returnValue)
        } else {
            var stmts = body[...]
            if let doc = docstring(of: body) {
                unit.docstring = doc
                stmts = stmts.dropFirst()
            }
            // The docstring is the function's first constant, as in CPython.
            _ = unit.constSlot(unit.docstring.map { PyStr($0) } ?? pyNone, key: unit.docstring.map { "s:" + $0 } ?? "None")
            for s in stmts { try compile(s) }
            emitImplicitReturn()
        }
        units.removeLast()
        let code = unit.assemble(filename: filename)
        if emitClosure(for: scope) { flags.insert(.closure) }
        emitConst(code, key: nil)
        emitConst(PyStr(qualname), key: "s:" + qualname)
        u.emit(.makeFunction, flags.rawValue)
    }

    /// The return annotation of a `def`.
    static func returnAnnotation(_ s: Stmt) -> Expr? {
        switch s.kind {
        case let .functionDef(_, _, _, _, returns, _), let .asyncFunctionDef(_, _, _, _, returns, _): return returns
        default: return nil
        }
    }

    /// Pushes a dict of the parameter annotations, in CPython's order; false when there are none.
    func compileAnnotations(_ args: Arguments, returns: Expr?) throws -> Bool {
        if table.futureAnnotations && annotationText == nil { return false }
        var all = (args.posonlyargs + args.args).map { $0 }
        if let v = args.vararg { all.append(v) }
        all += args.kwonlyargs
        if let k = args.kwarg { all.append(k) }
        var n: Int32 = 0
        for a in all {
            guard let ann = a.annotation else { continue }
            emitConst(PyStr(a.arg), key: "s:" + a.arg)
            try compileAnnotation(ann)
            n += 1
        }
        if let r = returns {
            emitConst(PyStr("return"), key: "s:return")
            try compileAnnotation(r)
            n += 1
        }
        if n == 0 { return false }
        u.emit(.buildMap, n)
        return true
    }

    /// An annotation's value: evaluated, or its text under the annotations future.
    func compileAnnotation(_ e: Expr) throws {
        if let text = annotationText {
            let s = text.text(of: e)
            emitConst(PyStr(s), key: "s:" + s)
        } else {
            try compile(e)
        }
    }

    /// Whether a module or class body has annotated simple names (it then gets `__annotations__`).
    func hasAnnotations(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s.kind {
            case .annAssign: return true
            case let .for(_, _, b, o, _), let .asyncFor(_, _, b, o, _), let .while(_, b, o), let .if(_, b, o):
                if hasAnnotations(b) || hasAnnotations(o) { return true }
            case let .with(_, b, _), let .asyncWith(_, b, _):
                if hasAnnotations(b) { return true }
            case let .try(b, handlers, o, f), let .tryStar(b, handlers, o, f):
                if hasAnnotations(b) || hasAnnotations(o) || hasAnnotations(f) { return true }
                for h in handlers where hasAnnotations(h.body) { return true }
            default: continue
            }
        }
        return false
    }

    func emitImplicitReturn() {
        if let last = u.instructions.last, last.opcode == .returnValue, u.labels.allSatisfy({ $0 != u.instructions.count }) {
            return
        }
        emitConst(pyNone, key: "None")
        u.emit(.returnValue)
    }

    func compileClass(node: Stmt, name: String, bases: [Expr], keywords: [Keyword], body: [Stmt]) throws {
        let scope = table.scope(for: node)!
        let qualname = childQualname(name)
        let unit = CodeUnit(scope: scope, name: name, qualname: qualname, firstLineno: node.loc.lineno)
        units.append(unit)
        u.loc = node.loc
        u.emit(.loadName, u.nameSlot("__name__"))
        u.emit(.storeName, u.nameSlot("__module__"))
        emitConst(PyStr(qualname), key: "s:" + qualname)
        u.emit(.storeName, u.nameSlot("__qualname__"))
        var stmts = body[...]
        if let doc = docstring(of: body) {
            emitConst(PyStr(doc), key: "s:" + doc)
            u.emit(.storeName, u.nameSlot("__doc__"))
            stmts = stmts.dropFirst()
        }
        if hasAnnotations(Array(stmts)) { u.emit(.setupAnnotations) }
        for s in stmts { try compile(s) }
        if scope.needsClassCell {
            u.emit(.loadClosure, Int32(u.derefIndex["__class__"]!))
            u.emit(.dupTop)
            u.emit(.storeName, u.nameSlot("__classcell__"))
        } else {
            emitConst(pyNone, key: "None")
        }
        u.emit(.returnValue)
        units.removeLast()
        let code = unit.assemble(filename: filename)
        u.loc = node.loc
        u.emit(.loadBuildClass)
        var flags: MakeFunctionFlags = []
        if emitClosure(for: scope) { flags.insert(.closure) }
        emitConst(code, key: nil)
        emitConst(PyStr(name), key: "s:" + name)
        u.emit(.makeFunction, flags.rawValue)
        emitConst(PyStr(name), key: "s:" + name)
        try compileCallArgs(bases, keywords, leading: 2, loc: node.loc)
    }

    // MARK: comprehensions

    func compileComprehension(_ e: Expr, name: String, generators: [Comprehension], build: Opcode?,
                              element: () throws -> Void) throws {
        let scope = table.scope(for: e)!
        let qualname = childQualname(name)
        let unit = CodeUnit(scope: scope, name: name, qualname: qualname, firstLineno: e.loc.lineno)
        unit.argcount = 1
        unit.flags = [.optimized, .newLocals]
        if units.count > 1 { unit.flags.insert(.nested) }
        units.append(unit)
        u.loc = e.loc
        if let b = build { u.emit(b, 0) }
        var loops: [(top: Int, end: Int, isAsync: Bool)] = []
        for (i, g) in generators.enumerated() {
            let top = u.newLabel(), end = u.newLabel()
            let isAsync = g.isAsync != 0
            if i == 0 {
                u.emit(.loadFast, 0)
            } else {
                try compile(g.iter)
                u.emit(isAsync ? .getAIter : .getIter)
            }
            u.place(top)
            if isAsync {
                u.emitJump(.setupExcept, end)
                u.emit(.getANext)
                emitAwait()
                u.emit(.popBlock)
            } else {
                u.emitJump(.forIter, end)
            }
            try compileStore(g.target)
            for cond in g.ifs { try compileCondition(cond, jumpIfFalse: top) }
            loops.append((top, end, isAsync))
        }
        u.loc = e.loc
        try element()
        let depth = Int32(generators.count + 1)
        switch build {
        case .buildList?: u.emit(.listAppend, depth)
        case .buildSet?: u.emit(.setAdd, depth)
        case .buildMap?: u.emit(.mapAdd, depth)
        default:
            u.emit(.yieldValue)
            u.emit(.popTop)
        }
        for (top, end, isAsync) in loops.reversed() {
            u.emitJump(.jump, top)
            u.place(end)
            if isAsync { u.emit(.endAsyncFor) }
        }
        if build == nil { emitConst(pyNone, key: "None") }
        u.emit(.returnValue)
        let isAsync = scope.isCoroutine || unit.usesAwait
        if build == nil {
            unit.flags.insert(isAsync ? .asyncGenerator : .generator)
        } else if isAsync {
            unit.flags.insert(.coroutine)
        }
        units.removeLast()
        if isAsync && build != nil {
            // An async comprehension is awaited where it stands, so that must be async too.
            let outerAsync = u.scope.kind == .comprehension || (u.scope.kind == .function && u.scope.isCoroutine)
            if !outerAsync {
                throw error("asynchronous comprehension outside of an asynchronous function", e.loc)
            }
        }
        let code = unit.assemble(filename: filename)
        var flags: MakeFunctionFlags = []
        if emitClosure(for: scope) { flags.insert(.closure) }
        emitConst(code, key: nil)
        emitConst(PyStr(qualname), key: "s:" + qualname)
        u.emit(.makeFunction, flags.rawValue)
        try compile(generators[0].iter)
        u.loc = e.loc
        u.emit(generators[0].isAsync != 0 ? .getAIter : .getIter)
        u.emit(.call, 1)
        if isAsync && build != nil { emitAwait() }
    }
}

extension SourceRange {
    func spanning(_ other: SourceRange) -> SourceRange {
        SourceRange(from: self, to: other)
    }
}

/// Compiles an `eval`-mode expression to a code object returning its value.
public func compileExpression(_ e: ExpressionModule, filename: String) throws -> CodeObject {
    let stmt = Stmt(.expr(value: e.body), e.body.loc)
    let module = Module(body: [stmt])
    let table = try SymbolTable(module: module, filename: filename)
    let c = Compiler(table: table, filename: filename)
    return try c.compileEval(e.body)
}

extension Compiler {
    func compileEval(_ e: Expr) throws -> CodeObject {
        let unit = CodeUnit(scope: table.top, name: "<module>", qualname: "<module>", firstLineno: e.loc.lineno)
        units.append(unit)
        try compile(e)
        u.emit(.returnValue)
        return unit.assemble(filename: filename)
    }
}
