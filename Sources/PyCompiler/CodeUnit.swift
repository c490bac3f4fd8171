import PySyntax
import PyObjects

/// The code being generated for one scope: instructions, tables, labels and the stack of
/// enclosing control blocks.
final class CodeUnit {
    enum FBlock {
        case loop(continueLabel: Int, breakLabel: Int, isFor: Bool)
        case tryExcept
        case finallyTry(body: [Stmt])
        case finallyEnd
        case handlerCleanup(name: String?)
        case with
        case asyncWith
        /// The body of an except* handler (where break, continue and return are not allowed).
        case exceptStar
    }

    let scope: Scope
    let name: String
    let qualname: String
    let firstLineno: Int
    var instructions: [Instruction] = []
    var positions: [SourceRange] = []
    var consts: [PyObject] = []
    var constKeys: [String: Int] = [:]
    var names: [String] = []
    var nameIndex: [String: Int] = [:]
    var varnames: [String] = []
    var varIndex: [String: Int] = [:]
    var derefIndex: [String: Int] = [:]
    var labels: [Int] = []
    var loc: SourceRange
    var fblocks: [FBlock] = []
    var argcount = 0
    var posonlyargcount = 0
    var kwonlyargcount = 0
    var flags: CodeObject.Flags = []
    var docstring: String?
    /// An `await` was compiled here (makes a comprehension asynchronous).
    var usesAwait = false

    init(scope: Scope, name: String, qualname: String, firstLineno: Int) {
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstLineno = firstLineno
        self.loc = SourceRange(lineno: firstLineno, colOffset: 0, endLineno: firstLineno, endColOffset: 0)
        for p in scope.params { _ = varSlot(p) }
        if scope.isFunctionLike {
            for n in scope.order where scope.scopes[n] == .local || scope.scopes[n] == .cell { _ = varSlot(n) }
        }
        for (i, c) in scope.cellvars.enumerated() { derefIndex[c] = i }
        for (i, f) in scope.freevars.enumerated() { derefIndex[f] = scope.cellvars.count + i }
    }

    func varSlot(_ name: String) -> Int {
        if let i = varIndex[name] { return i }
        varnames.append(name)
        varIndex[name] = varnames.count - 1
        return varnames.count - 1
    }

    /// A private name (`__x`) inside a class is stored as `_Class__x`, as CPython mangles it.
    func mangled(_ name: String) -> String {
        guard let p = scope.privateName, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else {
            return name
        }
        let stripped = p.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_\(stripped)\(name)"
    }

    func nameSlot(_ name: String) -> Int32 {
        if let i = nameIndex[name] { return Int32(i) }
        names.append(name)
        nameIndex[name] = names.count - 1
        return Int32(names.count - 1)
    }

    /// Adds a constant, sharing equal ones (`key` distinguishes 1, 1.0 and True).
    func constSlot(_ value: PyObject, key: String?) -> Int32 {
        // Swift compares strings by canonical equivalence; Python by code points, so
        // non-ASCII keys are spelled out as scalar values ("é" and "e\u{301}" stay apart).
        let k = key.map { $0.utf8.allSatisfy { $0 < 0x80 } ? $0 : $0.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: ",") + "#u" }
        if let k = k, let i = constKeys[k] { return Int32(i) }
        consts.append(value)
        if let k = k { constKeys[k] = consts.count - 1 }
        return Int32(consts.count - 1)
    }

    func newLabel() -> Int {
        labels.append(-1)
        return labels.count - 1
    }

    func place(_ label: Int) {
        labels[label] = instructions.count
    }

    @discardableResult
    func emit(_ op: Opcode, _ arg: Int32 = 0) -> Int {
        instructions.append(Instruction(op, arg))
        positions.append(loc)
        return instructions.count - 1
    }

    func emitJump(_ op: Opcode, _ label: Int) {
        emit(op, Int32(label))
    }

    static func isJump(_ op: Opcode) -> Bool {
        switch op {
        case .jump, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter,
             .setupExcept, .setupWith, .yieldFrom:
            return true
        default:
            return false
        }
    }

    func assemble(filename: String) -> CodeObject {
        var code = instructions
        for i in code.indices where CodeUnit.isJump(code[i].opcode) {
            code[i].arg = Int32(labels[Int(code[i].arg)])
        }
        var cellToArg = [Int](repeating: -1, count: scope.cellvars.count)
        for (i, c) in scope.cellvars.enumerated() {
            if let p = scope.params.firstIndex(of: c) { cellToArg[i] = p }
        }
        var f = flags
        if scope.freevars.isEmpty && scope.cellvars.isEmpty { f.insert(.noFree) }
        let obj = CodeObject(name: name, qualname: qualname, filename: filename, firstLineno: firstLineno,
                             argcount: argcount, posonlyargcount: posonlyargcount, kwonlyargcount: kwonlyargcount,
                             flags: f, varnames: varnames, names: names, consts: consts,
                             cellvars: scope.cellvars, freevars: scope.freevars, cellToArg: cellToArg,
                             instructions: code, lines: positions.map { Int32($0.lineno) }, docstring: docstring)
        obj.positions = positions.map { CodePosition(line: Int32($0.lineno), endLine: Int32($0.endLineno),
                                                     col: Int32($0.colOffset), endCol: Int32($0.endColOffset)) }
        return obj
    }
}
