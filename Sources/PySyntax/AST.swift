// The Python 3.11 abstract syntax tree.
//
// Node and field names follow CPython 3.11's ASDL (`Parser/Python.asdl`) one to one, in Swift
// spelling: ASDL `decorator_list` is `decoratorList`, constructor `FunctionDef` is the case
// `functionDef`. Sum types with attributes (stmt, expr, pattern) are final classes holding a
// `kind` enum and a `loc`, so passes can rewrite a node in place (the parser does that to set
// `ctx` on assignment targets). Product types without identity (arguments, comprehension…) are
// structs.

/// Where a node sits in the source, exactly as CPython records it: 1-based lines, 0-based
/// columns counted in UTF-8 bytes.
public struct SourceRange: Equatable, Hashable, Sendable {
    public var lineno: Int
    public var colOffset: Int
    public var endLineno: Int
    public var endColOffset: Int

    public init(lineno: Int, colOffset: Int, endLineno: Int, endColOffset: Int) {
        self.lineno = lineno
        self.colOffset = colOffset
        self.endLineno = endLineno
        self.endColOffset = endColOffset
    }

    /// The range from the start of `a` to the end of `b`.
    public init(from a: SourceRange, to b: SourceRange) {
        self.init(lineno: a.lineno, colOffset: a.colOffset, endLineno: b.endLineno, endColOffset: b.endColOffset)
    }

    public static let zero = SourceRange(lineno: 0, colOffset: 0, endLineno: 0, endColOffset: 0)
}

// MARK: - mod

/// ASDL `Module(stmt* body, type_ignore* type_ignores)`: what `exec` mode produces.
public struct Module {
    public var body: [Stmt]
    public var typeIgnores: [TypeIgnore]
    public init(body: [Stmt], typeIgnores: [TypeIgnore] = []) {
        self.body = body
        self.typeIgnores = typeIgnores
    }
}

/// ASDL `Interactive(stmt* body)`: what `single` mode produces.
public struct Interactive {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}

/// ASDL `Expression(expr body)`: what `eval` mode produces. (Not named `Expression`, which
/// would clash with Foundation's type of that name in files importing both.)
public struct ExpressionModule {
    public var body: Expr
    public init(body: Expr) { self.body = body }
}

/// ASDL `FunctionType(expr* argtypes, expr returns)` (`func_type` mode; never produced by the
/// parser yet, present for completeness).
public struct FunctionTypeModule {
    public var argtypes: [Expr]
    public var returns: Expr
    public init(argtypes: [Expr], returns: Expr) {
        self.argtypes = argtypes
        self.returns = returns
    }
}

// MARK: - stmt

/// A statement node (ASDL `stmt`).
public final class Stmt {
    public var kind: StmtKind
    public var loc: SourceRange
    public init(_ kind: StmtKind, _ loc: SourceRange) {
        self.kind = kind
        self.loc = loc
    }
}

/// The constructors of ASDL `stmt`.
public indirect enum StmtKind {
    case functionDef(name: String, args: Arguments, body: [Stmt], decoratorList: [Expr], returns: Expr?, typeComment: String?)
    case asyncFunctionDef(name: String, args: Arguments, body: [Stmt], decoratorList: [Expr], returns: Expr?, typeComment: String?)
    case classDef(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decoratorList: [Expr])
    case `return`(value: Expr?)
    case delete(targets: [Expr])
    case assign(targets: [Expr], value: Expr, typeComment: String?)
    case augAssign(target: Expr, op: Operator, value: Expr)
    /// `simple` is 1 when the target is a bare name not in parentheses.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Int)
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], typeComment: String?)
    case asyncFor(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], typeComment: String?)
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case with(items: [WithItem], body: [Stmt], typeComment: String?)
    case asyncWith(items: [WithItem], body: [Stmt], typeComment: String?)
    case match(subject: Expr, cases: [MatchCase])
    case raise(exc: Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case tryStar(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case assert(test: Expr, msg: Expr?)
    case `import`(names: [Alias])
    /// `level` is the number of leading dots (CPython always sets it, 0 for absolute imports).
    case importFrom(module: String?, names: [Alias], level: Int?)
    case global(names: [String])
    case nonlocal(names: [String])
    case expr(value: Expr)
    case pass
    case `break`
    case `continue`
}

// MARK: - expr

/// An expression node (ASDL `expr`).
public final class Expr {
    public var kind: ExprKind
    public var loc: SourceRange
    public init(_ kind: ExprKind, _ loc: SourceRange) {
        self.kind = kind
        self.loc = loc
    }
}

/// The constructors of ASDL `expr`.
public indirect enum ExprKind {
    case boolOp(op: BoolOp, values: [Expr])
    case namedExpr(target: Expr, value: Expr)
    case binOp(left: Expr, op: Operator, right: Expr)
    case unaryOp(op: UnaryOp, operand: Expr)
    case lambda(args: Arguments, body: Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// A `nil` key marks a `**mapping` entry, as in CPython.
    case dict(keys: [Expr?], values: [Expr])
    case set(elts: [Expr])
    case listComp(elt: Expr, generators: [Comprehension])
    case setComp(elt: Expr, generators: [Comprehension])
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    case generatorExp(elt: Expr, generators: [Comprehension])
    case await(value: Expr)
    case yield(value: Expr?)
    case yieldFrom(value: Expr)
    case compare(left: Expr, ops: [CmpOp], comparators: [Expr])
    case call(func: Expr, args: [Expr], keywords: [Keyword])
    /// `conversion` is -1 (none) or the code point of `s`, `r` or `a`.
    case formattedValue(value: Expr, conversion: Int, formatSpec: Expr?)
    case joinedStr(values: [Expr])
    /// `kind` is "u" for a string literal written with a `u` prefix, else nil.
    case constant(value: ConstantValue, kind: String?)
    case attribute(value: Expr, attr: String, ctx: ExprContext)
    case `subscript`(value: Expr, slice: Expr, ctx: ExprContext)
    case starred(value: Expr, ctx: ExprContext)
    case name(id: String, ctx: ExprContext)
    case list(elts: [Expr], ctx: ExprContext)
    case tuple(elts: [Expr], ctx: ExprContext)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

/// An integer literal, kept exactly: `digits` is its decimal value (no sign, no leading zeros
/// except for zero itself); `value` is the same number when it fits in an `Int`.
public struct IntLiteral: Equatable, Hashable, Sendable {
    public var digits: String
    public var value: Int?
    public init(digits: String) {
        self.digits = digits
        self.value = Int(digits)
    }
    public init(_ value: Int) {
        self.digits = String(value)
        self.value = value
    }
}

/// The value of a `Constant` node (ASDL `constant`).
public enum ConstantValue: Equatable, Sendable {
    case none
    case bool(Bool)
    case int(IntLiteral)
    case float(Double)
    /// An imaginary literal such as `2j`; the real part is always 0.
    case complex(imag: Double)
    /// Lone surrogates (e.g. from `"\ud800"`) cannot live in a Swift `String`; the parser
    /// rejects such literals with a SyntaxErrorInfo instead of altering them.
    case str(String)
    case bytes([UInt8])
    case ellipsis
}

/// ASDL `expr_context`.
public enum ExprContext: Sendable { case load, store, del }

/// ASDL `boolop`.
public enum BoolOp: Sendable { case and, or }

/// ASDL `operator` (binary operators, also used by `AugAssign`).
public enum Operator: Sendable {
    case add, sub, mult, matMult, div, mod, pow, lShift, rShift, bitOr, bitXor, bitAnd, floorDiv
}

/// ASDL `unaryop`.
public enum UnaryOp: Sendable { case invert, not, uAdd, uSub }

/// ASDL `cmpop`.
public enum CmpOp: Sendable { case eq, notEq, lt, ltE, gt, gtE, `is`, isNot, `in`, notIn }

// MARK: - product types

/// ASDL `comprehension(expr target, expr iter, expr* ifs, int is_async)`; no location.
public struct Comprehension {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Int
    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Int) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.isAsync = isAsync
    }
}

/// ASDL `excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)`.
public struct ExceptHandler {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var loc: SourceRange
    public init(type: Expr?, name: String?, body: [Stmt], loc: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.loc = loc
    }
}

/// ASDL `arguments`. `kwDefaults` has one entry per `kwonlyargs` (nil: no default);
/// `defaults` belongs to the last `defaults.count` of `posonlyargs + args`.
public struct Arguments {
    public var posonlyargs: [Arg]
    public var args: [Arg]
    public var vararg: Arg?
    public var kwonlyargs: [Arg]
    public var kwDefaults: [Expr?]
    public var kwarg: Arg?
    public var defaults: [Expr]
    public init(posonlyargs: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, kwonlyargs: [Arg] = [],
                kwDefaults: [Expr?] = [], kwarg: Arg? = nil, defaults: [Expr] = []) {
        self.posonlyargs = posonlyargs
        self.args = args
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kwDefaults = kwDefaults
        self.kwarg = kwarg
        self.defaults = defaults
    }
}

/// ASDL `arg(identifier arg, expr? annotation, string? type_comment)`.
public struct Arg {
    public var arg: String
    public var annotation: Expr?
    public var typeComment: String?
    public var loc: SourceRange
    public init(arg: String, annotation: Expr?, typeComment: String? = nil, loc: SourceRange) {
        self.arg = arg
        self.annotation = annotation
        self.typeComment = typeComment
        self.loc = loc
    }
}

/// ASDL `keyword(identifier? arg, expr value)`; `arg` is nil for `**mapping`.
public struct Keyword {
    public var arg: String?
    public var value: Expr
    public var loc: SourceRange
    public init(arg: String?, value: Expr, loc: SourceRange) {
        self.arg = arg
        self.value = value
        self.loc = loc
    }
}

/// ASDL `alias(identifier name, identifier? asname)`; `name` may be dotted or `*`.
public struct Alias {
    public var name: String
    public var asname: String?
    public var loc: SourceRange
    public init(name: String, asname: String?, loc: SourceRange) {
        self.name = name
        self.asname = asname
        self.loc = loc
    }
}

/// ASDL `withitem(expr context_expr, expr? optional_vars)`; no location.
public struct WithItem {
    public var contextExpr: Expr
    public var optionalVars: Expr?
    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}

/// ASDL `match_case(pattern pattern, expr? guard, stmt* body)`; no location.
public struct MatchCase {
    public var pattern: Pattern
    public var guard_: Expr?
    public var body: [Stmt]
    public init(pattern: Pattern, guard_: Expr?, body: [Stmt]) {
        self.pattern = pattern
        self.guard_ = guard_
        self.body = body
    }
}

/// A pattern node of a `match` statement (ASDL `pattern`).
public final class Pattern {
    public var kind: PatternKind
    public var loc: SourceRange
    public init(_ kind: PatternKind, _ loc: SourceRange) {
        self.kind = kind
        self.loc = loc
    }
}

/// The constructors of ASDL `pattern`.
public indirect enum PatternKind {
    case matchValue(value: Expr)
    case matchSingleton(value: ConstantValue)
    case matchSequence(patterns: [Pattern])
    case matchMapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case matchClass(cls: Expr, patterns: [Pattern], kwdAttrs: [String], kwdPatterns: [Pattern])
    case matchStar(name: String?)
    case matchAs(pattern: Pattern?, name: String?)
    case matchOr(patterns: [Pattern])
}

/// ASDL `type_ignore = TypeIgnore(int lineno, string tag)`.
public struct TypeIgnore {
    public var lineno: Int
    public var tag: String
    public init(lineno: Int, tag: String) {
        self.lineno = lineno
        self.tag = tag
    }
}
