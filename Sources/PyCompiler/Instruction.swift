/// Swallow's bytecode: a flat array of fixed-size words, each an opcode and a 32-bit operand.
///
/// The set is Swallow's own (it does not mirror CPython's opcodes). Jumps hold absolute
/// instruction indices. Every instruction is one word so that a later specialisation pass can
/// rewrite an opcode in place (e.g. `binaryOp` to an int-only variant) and attach inline caches
/// through a side table indexed by the instruction's position.
public enum Opcode: UInt8, Sendable {
    case nop
    // Stack shuffling.
    case popTop, dupTop, dupTop2, rotTwo, rotThree, rotFour
    /// Push `consts[arg]`.
    case loadConst
    // Fast locals (`varnames[arg]`).
    case loadFast, storeFast, deleteFast
    // Cells and free variables: `arg` indexes `cellvars + freevars`.
    case loadDeref, storeDeref, deleteDeref
    /// Push the cell object itself (to build a closure).
    case loadClosure
    /// In a class body: the namespace first, then the cell (`freevars` index in arg).
    case loadClassDeref
    // Globals (`names[arg]`).
    case loadGlobal, storeGlobal, deleteGlobal
    // Module and class namespaces (`names[arg]`): locals, then globals, then builtins.
    case loadName, storeName, deleteName
    // Attributes (`names[arg]`).
    case loadAttr, storeAttr, deleteAttr
    /// `obj.name` prepared for a call: pushes (callable, self-or-null) so that `callMethod` can
    /// skip creating a bound method.
    case loadMethod
    /// arg: argument count (not counting self). Stack: callable, selfOrNull, args...
    case callMethod
    // Subscripts.
    case binarySubscr, storeSubscr, deleteSubscr
    /// arg: `BinaryOperator.rawValue`.
    case binaryOp
    /// Augmented assignment; arg: `BinaryOperator.rawValue` (tries `__iop__` first).
    case inplaceOp
    /// arg: `UnaryOperator.rawValue`.
    case unaryOp
    /// arg: `CompareOperator.rawValue`.
    case compareOp
    /// arg 0: `is`, 1: `is not`.
    case isOp
    /// arg 0: `in`, 1: `not in`.
    case containsOp
    // Control flow; arg is the absolute target.
    case jump, popJumpIfFalse, popJumpIfTrue, jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter
    /// Push the next item of the iterator on top, or pop the iterator and jump to arg.
    case forIter
    // Builders; arg is the item count.
    case buildTuple, buildList, buildSet
    /// arg pairs: key, value, key, value...
    case buildMap
    /// Concatenate arg strings.
    case buildString
    /// arg: 2 or 3.
    case buildSlice
    // Comprehension helpers; arg is the depth of the container below the item(s).
    case listAppend, setAdd, mapAdd
    // Unpacking helpers for displays and calls with `*`/`**`; arg is the depth of the target.
    case listExtend, setUpdate, dictUpdate, dictMerge
    case listToTuple
    /// arg: count.
    case unpackSequence
    /// arg: before | (after << 8).
    case unpackEx
    /// arg bit 0-1: conversion (0 none, 1 str, 2 repr, 3 ascii); bit 2: a format spec is on top.
    case formatValue
    /// arg: positional count.
    case call
    /// arg: total count; top of stack is a tuple of keyword names (the last arguments).
    case callKw
    /// arg bit 0: a kwargs dict is on top; below it an args tuple and the callable.
    case callEx
    /// arg: MakeFunctionFlags. Stack: [defaults] [kwdefaults] [annotations] [closure] code qualname.
    case makeFunction
    case returnValue
    /// arg: 0 (bare raise), 1 (raise exc), 2 (raise exc from cause).
    case raiseVarargs
    /// Raise the exception on top again, without adding a traceback entry.
    case reraise
    /// Push a handler block: on an exception, unwind the stack to its current depth, push the
    /// exception and jump to arg.
    case setupExcept
    /// Like `setupExcept`, but the handler's stack depth excludes the top item (the
    /// `__enter__` result that `beforeWith` pushed above `__exit__`).
    case setupWith
    case popBlock
    /// Leave an except handler: restore the previously handled exception.
    case popExcept
    /// Stack: exc, type → exc, bool.
    case checkExcMatch
    /// `names[arg]`; stack: level, fromlist → module.
    case importName
    /// `names[arg]`; stack: module → module, attribute.
    case importFrom
    case importStar
    case loadBuildClass
    case loadAssertionError
    /// Stack: context manager → exit, enter-result.
    case beforeWith
    /// Stack: exit, exc → exit, exc, result of exit(type, exc, tb).
    case withExceptStart
    case yieldValue
    /// Stack: iterable → iterator (for `yield from`).
    case getYieldFromIter
    /// Stack: iterator, sent value → (jump to arg when done, pushing the result) else yields.
    case yieldFrom
    /// Marker at the start of a generator's code.
    case genStart
    /// Stack: x → the iterator `await x` delegates to. arg: 0 await, 1 after `__aenter__`,
    /// 2 after `__aexit__` (for error messages).
    case getAwaitable
    /// Stack: async iterable → `__aiter__()` result.
    case getAIter
    /// Stack: async iterator → async iterator, awaitable of `__anext__()`.
    case getANext
    /// Stack: async iterator, exception (in an except handler): StopAsyncIteration ends the
    /// loop (pops both); anything else is re-raised.
    case endAsyncFor
    /// Stack: async context manager → bound `__aexit__`, `__aenter__()` result.
    case beforeAsyncWith
    case setupAnnotations
    /// Stack: func? — no-op placeholder for `print` of expression statements in interactive mode.
    case printExpr
    // Pattern matching (Compiler+Match.swift, PyVM/Match.swift).
    /// Push whether the subject on top is a sequence / a mapping for pattern matching.
    case matchSequence, matchMapping
    /// Push `len(top)`, keeping it.
    case getLen
    /// Stack: subject, keys → subject, keys, tuple of values (or None when a key is missing).
    case matchKeys
    /// arg: positional count. Stack: subject, class, keyword names → tuple of attributes or None.
    case matchClass
    /// Stack: subject, keys → subject, dict of the subject's other items.
    case copyDictWithoutKeys
    /// arg > 0: move the top item down arg places; arg < 0: bring the item at depth -arg to the top.
    case matchRot
    // except* (Compiler+ExceptStar.swift, PyVM/ExceptionGroups.swift).
    /// Stack: exc, type → rest, match (match is None when nothing matched).
    case checkEgMatch
    /// Stack: original, list of raised → exception to raise, or None.
    case prepReraiseStar
}

public struct MakeFunctionFlags: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
    public static let defaults = MakeFunctionFlags(rawValue: 1)
    public static let kwDefaults = MakeFunctionFlags(rawValue: 2)
    public static let closure = MakeFunctionFlags(rawValue: 4)
    /// A dict of parameter annotations (`__annotations__`), below the closure.
    public static let annotations = MakeFunctionFlags(rawValue: 8)
}

/// One bytecode word.
public struct Instruction: Sendable {
    public var opcode: Opcode
    public var arg: Int32
    @inlinable public init(_ opcode: Opcode, _ arg: Int32 = 0) {
        self.opcode = opcode
        self.arg = arg
    }
}

/// Binary operators, shared by `binaryOp`, `inplaceOp` and `Ops.binaryOp`.
public enum BinaryOperator: Int32, Sendable, CaseIterable {
    case add, sub, mul, trueDiv, floorDiv, mod, pow, lShift, rShift, and, or, xor, matMul

    /// The operator as Python writes it (for error messages).
    public var symbol: String {
        switch self {
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .trueDiv: return "/"
        case .floorDiv: return "//"
        case .mod: return "%"
        case .pow: return "**"
        case .lShift: return "<<"
        case .rShift: return ">>"
        case .and: return "&"
        case .or: return "|"
        case .xor: return "^"
        case .matMul: return "@"
        }
    }
    /// The special method name without underscores: `add` for `__add__`.
    public var dunderStem: String {
        switch self {
        case .add: return "add"
        case .sub: return "sub"
        case .mul: return "mul"
        case .trueDiv: return "truediv"
        case .floorDiv: return "floordiv"
        case .mod: return "mod"
        case .pow: return "pow"
        case .lShift: return "lshift"
        case .rShift: return "rshift"
        case .and: return "and"
        case .or: return "or"
        case .xor: return "xor"
        case .matMul: return "matmul"
        }
    }
}

public enum UnaryOperator: Int32, Sendable {
    case negative, positive, invert, not
}

/// Rich comparison operators, as `Ops.richCompare` takes them.
public enum CompareOperator: Int32, Sendable {
    case lt, le, eq, ne, gt, ge
    public var symbol: String {
        switch self {
        case .lt: return "<"
        case .le: return "<="
        case .eq: return "=="
        case .ne: return "!="
        case .gt: return ">"
        case .ge: return ">="
        }
    }
    public var dunder: String {
        switch self {
        case .lt: return "__lt__"
        case .le: return "__le__"
        case .eq: return "__eq__"
        case .ne: return "__ne__"
        case .gt: return "__gt__"
        case .ge: return "__ge__"
        }
    }
    /// The operator with swapped operands (`a < b` is `b > a`).
    public var swapped: CompareOperator {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .eq: return .eq
        case .ne: return .ne
        case .gt: return .lt
        case .ge: return .le
        }
    }
}
