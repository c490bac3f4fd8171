import PySyntax
import PyObjects

extension Compiler {
    /// try/except*: each clause takes the part of the exception (group) its types match; what
    /// the handlers raise and what no clause matched are combined by `prepReraiseStar`.
    ///
    /// Handler stack: orig, raised-list, rest. `checkEgMatch` turns rest into rest, match.
    func compileTryStar(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        let handlerLabel = u.newLabel(), end = u.newLabel()
        u.emitJump(.setupExcept, handlerLabel)
        u.fblocks.append(.tryExcept)
        try compileBody(body)
        u.fblocks.removeLast()
        u.emit(.popBlock)
        try compileBody(orelse)
        u.emitJump(.jump, end)
        u.place(handlerLabel)
        u.emit(.dupTop)
        u.emit(.buildList, 0)
        u.emit(.rotTwo)
        for h in handlers {
            u.loc = h.loc
            let noMatch = u.newLabel(), next = u.newLabel(), raised = u.newLabel()
            guard let t = h.type else { throw error("expected one or more exception types", h.loc) }
            try compile(t)
            u.loc = h.loc
            u.emit(.checkEgMatch)
            u.emit(.dupTop)
            emitConst(pyNone, key: "None")
            u.emit(.isOp, 0)
            u.emitJump(.popJumpIfTrue, noMatch)
            if let n = h.name { compileName(n, .store) } else { u.emit(.popTop) }
            u.emitJump(.setupExcept, raised)
            u.fblocks.append(.exceptStar)
            try compileBody(h.body)
            u.fblocks.removeLast()
            u.loc = h.loc
            u.emit(.popBlock)
            emitClearName(h.name)
            u.emitJump(.jump, next)
            // A handler raised: collect the exception.
            u.place(raised)
            u.emit(.listAppend, 2)
            u.emit(.popExcept)
            emitClearName(h.name)
            u.emitJump(.jump, next)
            u.place(noMatch)
            u.emit(.popTop)
            u.place(next)
        }
        // Stack: orig, list, rest.
        let done = u.newLabel()
        u.emit(.listAppend, 1)
        u.emit(.prepReraiseStar)
        u.emit(.dupTop)
        emitConst(pyNone, key: "None")
        u.emit(.isOp, 0)
        u.emitJump(.popJumpIfTrue, done)
        u.emit(.popExcept)
        u.emit(.reraise)
        u.place(done)
        u.emit(.popTop)
        u.emit(.popExcept)
        u.place(end)
    }

    func emitClearName(_ name: String?) {
        guard let n = name else { return }
        emitConst(pyNone, key: "None")
        compileName(n, .store)
        compileName(n, .del)
    }
}
