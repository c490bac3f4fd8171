import PySyntax

/// Where a name lives, as decided by the symbol table.
public enum NameScope: Sendable {
    /// A fast local (functions) or a namespace entry (module and class bodies).
    case local
    /// Declared `global`.
    case globalExplicit
    /// Not bound anywhere visible: globals, then builtins.
    case globalImplicit
    /// Bound in an enclosing function: reached through a cell.
    case free
    /// A local that inner functions capture: stored in a cell.
    case cell
}

/// The names of one scope and how each is reached.
public final class Scope {
    /// `annotation`: the scope CPython gives annotations under `from __future__ import annotations`
    /// (never compiled; kept so that the tables match CPython's `symtable`).
    public enum Kind: Sendable { case module, function, classBody, lambda, comprehension, annotation }

    struct Use: OptionSet {
        let rawValue: UInt8
        static let bound = Use(rawValue: 1)
        static let param = Use(rawValue: 2)
        static let used = Use(rawValue: 4)
        static let global = Use(rawValue: 8)
        static let nonlocal = Use(rawValue: 16)
        // The rest only record what CPython's symtable records (DEF_LOCAL, DEF_IMPORT, DEF_ANNOT).
        static let assigned = Use(rawValue: 32)
        static let imported = Use(rawValue: 64)
        static let annotated = Use(rawValue: 128)
    }

    public let kind: Kind
    public let name: String
    public internal(set) var children: [Scope] = []
    var uses: [String: Use] = [:]
    /// Names in first-seen order, so that varnames are deterministic.
    var order: [String] = []
    /// Parameters in signature order.
    public internal(set) var params: [String] = []
    public internal(set) var scopes: [String: NameScope] = [:]
    public internal(set) var cellvars: [String] = []
    public internal(set) var freevars: [String] = []
    /// A class body some method of which uses `super()` or `__class__`.
    public internal(set) var needsClassCell = false
    public internal(set) var isGenerator = false
    /// `async def`, or a comprehension using `async for` or `await` (an async comprehension).
    public internal(set) var isCoroutine = false
    /// Class bodies: free names passed through to methods but also bound in the namespace.
    var classPassThrough: Set<String> = []
    let line: Int
    /// The name of the innermost enclosing class (for private-name mangling in dumps).
    var privateName: String?
    /// Where each `global` / `nonlocal` was declared (line, 1-based column), for errors.
    var directives: [String: (Int, Int)] = [:]

    init(kind: Kind, name: String, line: Int) {
        self.kind = kind
        self.name = name
        self.line = line
    }

    var isFunctionLike: Bool { kind == .function || kind == .lambda || kind == .comprehension }

    func note(_ name: String, _ use: Use) {
        if uses[name] == nil { order.append(name) }
        uses[name, default: []].formUnion(use)
    }

    /// How `name` is reached from code in this scope.
    public func scope(of name: String) -> NameScope {
        if let s = scopes[name] { return s }
        return .globalImplicit
    }
}

/// Builds the scopes of a module: one per module, function, lambda, class body and comprehension.
public final class SymbolTable {
    public let top: Scope
    /// Scope of each function/class/lambda/comprehension node, by node identity.
    var byNode: [ObjectIdentifier: Scope] = [:]
    let filename: String
    /// `from __future__ import annotations` is in effect (annotations are not evaluated).
    public private(set) var futureAnnotations = false

    public init(module: Module, filename: String, futureAnnotations inherited: Bool = false) throws {
        self.filename = filename
        top = Scope(kind: .module, name: "top", line: 1)
        var builder = Builder(table: self, filename: filename)
        builder.stack = [top]
        builder.futureAnnotations = inherited
        try builder.visitModule(module.body)
        futureAnnotations = builder.futureAnnotations
        try analyze(top, bound: [])
    }

    public func scope(for stmt: Stmt) -> Scope? { byNode[ObjectIdentifier(stmt)] }
    public func scope(for expr: Expr) -> Scope? { byNode[ObjectIdentifier(expr)] }

    // MARK: analysis

    /// Decides the scope of every name; `bound` are the names bound by enclosing functions.
    /// Returns the names free in `scope` (that an enclosing scope must provide).
    @discardableResult
    private func analyze(_ scope: Scope, bound: Set<String>) throws -> Set<String> {
        var free = Set<String>()
        for name in scope.order {
            let u = scope.uses[name]!
            if u.contains(.global) {
                scope.scopes[name] = .globalExplicit
            } else if u.contains(.nonlocal) {
                let (line, col) = scope.directives[name] ?? (scope.line, 1)
                if scope.kind == .module {
                    throw SyntaxErrorInfo(msg: "nonlocal declaration not allowed at module level", filename: filename,
                                          lineno: line, offset: col)
                }
                if !bound.contains(name) {
                    throw SyntaxErrorInfo(msg: "no binding for nonlocal '\(name)' found", filename: filename,
                                          lineno: line, offset: col)
                }
                scope.scopes[name] = .free
                free.insert(name)
            } else if u.contains(.bound) || u.contains(.param) {
                scope.scopes[name] = .local
            } else if scope.kind != .module && bound.contains(name) {
                scope.scopes[name] = .free
                free.insert(name)
            } else {
                scope.scopes[name] = .globalImplicit
            }
        }
        // What children may capture from here.
        var childBound = bound
        if scope.isFunctionLike {
            for (n, s) in scope.scopes where s == .local { childBound.insert(n) }
            for (n, s) in scope.scopes where s == .globalExplicit { childBound.remove(n) }
        } else if scope.kind == .classBody {
            childBound.insert("__class__")
        } else if scope.kind == .module {
            childBound = []
        }
        var cells = Set<String>()
        for child in scope.children {
            let childFree = try analyze(child, bound: childBound)
            for name in childFree {
                if scope.kind == .classBody && name == "__class__" {
                    scope.needsClassCell = true
                    continue
                }
                if scope.isFunctionLike, let s = scope.scopes[name], s == .local || s == .cell {
                    cells.insert(name)
                } else if scope.kind == .classBody, scope.scopes[name] == .local {
                    scope.classPassThrough.insert(name)
                    free.insert(name)
                } else {
                    if scope.scopes[name] == nil || scope.scopes[name] == .globalImplicit {
                        scope.scopes[name] = .free
                    }
                    free.insert(name)
                }
            }
        }
        for c in cells { scope.scopes[c] = .cell }
        // Deterministic orders: cells sorted (as CPython does), frees sorted.
        scope.cellvars = cells.sorted()
        if scope.needsClassCell { scope.cellvars.append("__class__") }
        scope.freevars = free.sorted()
        return free
    }

    // MARK: collection

    /// Walks the tree in CPython's order (so that children come in the same order as in its
    /// `symtable`), recording how each name is used in each scope.
    struct Builder {
        let table: SymbolTable
        let filename: String
        var stack: [Scope] = []
        var current: Scope { stack[stack.count - 1] }
        /// Names bound by the `for` targets of each comprehension scope.
        var comprehensionTargets: [ObjectIdentifier: Set<String>] = [:]
        /// `from __future__ import annotations`: annotations get scopes of their own.
        var futureAnnotations = false

        init(table: SymbolTable, filename: String) {
            self.table = table
            self.filename = filename
        }

        mutating func push(_ kind: Scope.Kind, _ name: String, node: ObjectIdentifier?, line: Int) -> Scope {
            let s = Scope(kind: kind, name: name, line: line)
            s.privateName = current.privateName
            // CPython 3.11 keeps annotation scopes out of the tree: they affect nothing.
            if kind != .annotation { current.children.append(s) }
            if let node = node { table.byNode[node] = s }
            stack.append(s)
            return s
        }

        /// A binding (CPython's DEF_LOCAL).
        mutating func bind(_ name: String) {
            current.note(name, [.bound, .assigned])
        }

        mutating func visitModule(_ body: [Stmt]) throws {
            futureAnnotations = try futureFeatures(body).contains("annotations") || futureAnnotations
            for s in body { try visit(s) }
        }

        static let knownFutures: Set<String> = [
            "nested_scopes", "generators", "division", "absolute_import", "with_statement",
            "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
        ]

        /// The features of the leading `from __future__ import ...` statements (after an optional
        /// docstring), with CPython's errors for unknown features.
        func futureFeatures(_ body: [Stmt]) throws -> Set<String> {
            var features = Set<String>()
            var i = 0
            if case let .expr(e)? = body.first?.kind, case .constant(.str, _) = e.kind { i = 1 }
            var done = false
            // Past the leading future imports, a later one anywhere at the top level is an error.
            while i < body.count {
                let s = body[i]
                if case let .importFrom(module, names, _) = s.kind, module == "__future__" {
                    if done {
                        throw SyntaxErrorInfo(msg: "from __future__ imports must occur at the beginning of the file",
                                              filename: filename, lineno: s.loc.lineno, offset: s.loc.colOffset)
                    }
                    for a in names {
                        if Self.knownFutures.contains(a.name) { features.insert(a.name); continue }
                        let msg = a.name == "braces" ? "not a chance" : "future feature \(a.name) is not defined"
                        throw SyntaxErrorInfo(msg: msg, filename: filename, lineno: s.loc.lineno, offset: s.loc.colOffset + 1)
                    }
                } else {
                    done = true
                }
                i += 1
            }
            return features
        }

        /// An annotation: in a scope of its own under `from __future__ import annotations`.
        mutating func visitAnnotation(_ e: Expr) throws {
            if futureAnnotations {
                _ = push(.annotation, "_annotation", node: nil, line: e.loc.lineno)
                try visit(e)
                stack.removeLast()
            } else {
                try visit(e)
            }
        }

        mutating func declareGlobalOrNonlocal(_ names: [String], _ s: Stmt, nonlocal: Bool) throws {
            let what = nonlocal ? "nonlocal" : "global"
            for n in names {
                if let u = current.uses[n], !u.isDisjoint(with: [.param, .assigned, .used, .annotated]) {
                    let msg: String
                    if u.contains(.param) { msg = "name '\(n)' is parameter and \(what)" }
                    else if u.contains(.used) { msg = "name '\(n)' is used prior to \(what) declaration" }
                    else if u.contains(.annotated) { msg = "annotated name '\(n)' can't be \(what)" }
                    else { msg = "name '\(n)' is assigned to before \(what) declaration" }
                    throw SyntaxErrorInfo(msg: msg, filename: filename, lineno: s.loc.lineno, offset: s.loc.colOffset + 1)
                }
                current.note(n, nonlocal ? .nonlocal : .global)
                // As in CPython, a global declaration anywhere marks the module's name too.
                if !nonlocal { table.top.note(n, .global) }
                if current.directives[n] == nil { current.directives[n] = (s.loc.lineno, s.loc.colOffset + 1) }
            }
        }

        mutating func visit(_ s: Stmt) throws {
            switch s.kind {
            case let .functionDef(name, args, body, decorators, returns, _),
                 let .asyncFunctionDef(name, args, body, decorators, returns, _):
                bind(name)
                try visitDefaults(args)
                try visitAnnotations(args, returns: returns, stmtLine: s.loc.lineno)
                for d in decorators { try visit(d) }
                let scope = push(.function, name, node: ObjectIdentifier(s), line: s.loc.lineno)
                if case .asyncFunctionDef = s.kind { scope.isCoroutine = true }
                try declareParams(args, scope)
                for b in body { try visit(b) }
                stack.removeLast()
            case let .classDef(name, bases, keywords, body, decorators):
                bind(name)
                for b in bases { try visit(b) }
                for k in keywords { try visit(k.value) }
                for d in decorators { try visit(d) }
                let scope = push(.classBody, name, node: ObjectIdentifier(s), line: s.loc.lineno)
                scope.privateName = name
                for b in body { try visit(b) }
                stack.removeLast()
            case let .return(value):
                if let v = value { try visit(v) }
            case let .delete(targets):
                for t in targets { try visit(t) }
            case let .assign(targets, value, _):
                for t in targets { try visit(t) }
                try visit(value)
            case let .augAssign(target, _, value):
                try visit(target)
                try visit(value)
            case let .annAssign(target, annotation, value, simple):
                if case let .name(id, _) = target.kind {
                    if let u = current.uses[id], !u.isDisjoint(with: [.global, .nonlocal]), current.kind != .module, simple != 0 {
                        let what = u.contains(.global) ? "global" : "nonlocal"
                        throw SyntaxErrorInfo(msg: "annotated name '\(id)' can't be \(what)", filename: filename,
                                              lineno: s.loc.lineno, offset: s.loc.colOffset + 1)
                    }
                    if simple != 0 {
                        current.note(id, [.bound, .assigned, .annotated])
                    } else if value != nil {
                        bind(id)
                    }
                } else {
                    try visit(target)
                }
                try visitAnnotation(annotation)
                if let v = value { try visit(v) }
            case let .for(target, iter, body, orelse, _), let .asyncFor(target, iter, body, orelse, _):
                try visit(target); try visit(iter)
                for b in body { try visit(b) }
                for b in orelse { try visit(b) }
            case let .while(test, body, orelse), let .if(test, body, orelse):
                try visit(test)
                for b in body { try visit(b) }
                for b in orelse { try visit(b) }
            case let .with(items, body, _), let .asyncWith(items, body, _):
                for i in items {
                    try visit(i.contextExpr)
                    if let v = i.optionalVars { try visit(v) }
                }
                for b in body { try visit(b) }
            case let .match(subject, cases):
                try visit(subject)
                for c in cases {
                    try visitPattern(c.pattern)
                    if let g = c.guard_ { try visit(g) }
                    for b in c.body { try visit(b) }
                }
            case let .raise(exc, cause):
                if let e = exc { try visit(e) }
                if let c = cause { try visit(c) }
            case let .try(body, handlers, orelse, finalbody), let .tryStar(body, handlers, orelse, finalbody):
                // CPython's order: body, else, handlers, finally.
                for b in body { try visit(b) }
                for b in orelse { try visit(b) }
                for h in handlers {
                    if let t = h.type { try visit(t) }
                    if let n = h.name { bind(n) }
                    for b in h.body { try visit(b) }
                }
                for b in finalbody { try visit(b) }
            case let .assert(test, msg):
                try visit(test)
                if let m = msg { try visit(m) }
            case let .import(names):
                for a in names {
                    let stored = a.asname ?? String(a.name.split(separator: ".").first ?? "")
                    current.note(stored, [.bound, .imported])
                }
            case let .importFrom(_, names, _):
                for a in names where a.name != "*" { current.note(a.asname ?? a.name, [.bound, .imported]) }
            case let .global(names):
                try declareGlobalOrNonlocal(names, s, nonlocal: false)
            case let .nonlocal(names):
                try declareGlobalOrNonlocal(names, s, nonlocal: true)
            case let .expr(value):
                try visit(value)
            case .pass, .break, .continue:
                break
            }
        }

        mutating func visitPattern(_ p: Pattern) throws {
            switch p.kind {
            case let .matchValue(v): try visit(v)
            case .matchSingleton: break
            case let .matchSequence(ps): for q in ps { try visitPattern(q) }
            case let .matchMapping(keys, ps, rest):
                for k in keys { try visit(k) }
                for q in ps { try visitPattern(q) }
                if let r = rest { bind(r) }
            case let .matchClass(cls, ps, _, kps):
                try visit(cls)
                for q in ps + kps { try visitPattern(q) }
            case let .matchStar(name): if let n = name { bind(n) }
            case let .matchAs(pat, name):
                if let q = pat { try visitPattern(q) }
                if let n = name { bind(n) }
            case let .matchOr(ps): for q in ps { try visitPattern(q) }
            }
        }

        mutating func visitDefaults(_ a: Arguments) throws {
            for d in a.defaults { try visit(d) }
            for case let d? in a.kwDefaults { try visit(d) }
        }

        /// Parameter and return annotations, evaluated in the enclosing scope (CPython's order:
        /// positional-only, positional, *args, **kwargs, keyword-only, then the return).
        mutating func visitAnnotations(_ a: Arguments, returns: Expr?, stmtLine: Int) throws {
            if futureAnnotations { _ = push(.annotation, "_annotation", node: nil, line: stmtLine) }
            for arg in a.posonlyargs + a.args {
                if let ann = arg.annotation { try visit(ann) }
            }
            if let ann = a.vararg?.annotation { try visit(ann) }
            if let ann = a.kwarg?.annotation { try visit(ann) }
            for arg in a.kwonlyargs {
                if let ann = arg.annotation { try visit(ann) }
            }
            if futureAnnotations { stack.removeLast() }
            if let r = returns { try visitAnnotation(r) }
        }

        func declareParams(_ a: Arguments, _ scope: Scope) throws {
            var seen = Set<String>()
            for arg in a.posonlyargs + a.args + [a.vararg].compactMap({ $0 }) + a.kwonlyargs + [a.kwarg].compactMap({ $0 }) {
                if !seen.insert(arg.arg).inserted {
                    throw SyntaxErrorInfo(msg: "duplicate argument '\(arg.arg)' in function definition", filename: filename,
                                          lineno: arg.loc.lineno, offset: arg.loc.colOffset + 1,
                                          endLineno: arg.loc.endLineno, endOffset: arg.loc.endColOffset + 1)
                }
            }
            // CPython's varnames order: positional, keyword-only, *args, **kwargs.
            var ordered = a.posonlyargs.map(\.arg) + a.args.map(\.arg) + a.kwonlyargs.map(\.arg)
            if let v = a.vararg { ordered.append(v.arg) }
            if let k = a.kwarg { ordered.append(k.arg) }
            scope.params = ordered
            for p in ordered { scope.note(p, .param) }
        }

        mutating func visitComprehension(_ e: Expr, kind: String, generators: [Comprehension], elts: [Expr]) throws {
            // The first iterable is evaluated in the enclosing scope.
            try visit(generators[0].iter)
            let scope = push(.comprehension, kind, node: ObjectIdentifier(e), line: e.loc.lineno)
            scope.params = [".0"]
            scope.note(".0", .param)
            if generators.contains(where: { $0.isAsync != 0 }) { scope.isCoroutine = true }
            var targets = Set<String>()
            for g in generators { collectNames(g.target, into: &targets) }
            comprehensionTargets[ObjectIdentifier(scope)] = targets
            for (i, g) in generators.enumerated() {
                try visit(g.target)
                if i > 0 { try visit(g.iter) }
                for c in g.ifs { try visit(c) }
            }
            for x in elts { try visit(x) }
            if kind == "genexpr" { scope.isGenerator = true }
            stack.removeLast()
        }

        /// `target := value` inside a comprehension binds in the nearest enclosing function (or
        /// the module); the comprehension itself reaches it as nonlocal (or global).
        func collectNames(_ t: Expr, into set: inout Set<String>) {
            switch t.kind {
            case let .name(id, _): set.insert(id)
            case let .tuple(elts, _), let .list(elts, _): for x in elts { collectNames(x, into: &set) }
            case let .starred(v, _): collectNames(v, into: &set)
            default: break
            }
        }

        mutating func extendNamedExprScope(_ id: String) throws {
            var i = stack.count - 1
            while i > 0 && stack[i].kind == .comprehension {
                if comprehensionTargets[ObjectIdentifier(stack[i])]?.contains(id) ?? false {
                    throw SyntaxErrorInfo(msg: "assignment expression cannot rebind comprehension iteration variable '\(id)'",
                                          filename: filename, lineno: current.line, offset: 1)
                }
                i -= 1
            }
            let owner = stack[i]
            switch owner.kind {
            case .classBody:
                throw SyntaxErrorInfo(msg: "assignment expression within a comprehension cannot be used in a class body",
                                      filename: filename, lineno: current.line, offset: 1)
            case .module:
                current.note(id, .global)
                owner.note(id, .global)
                table.top.note(id, .global)
            default:
                if owner.uses[id]?.contains(.global) ?? false {
                    current.note(id, .global)
                    table.top.note(id, .global)
                } else {
                    current.note(id, .nonlocal)
                }
                owner.note(id, [.bound, .assigned])
            }
        }

        mutating func visit(_ e: Expr) throws {
            switch e.kind {
            case let .boolOp(_, values): for v in values { try visit(v) }
            case let .namedExpr(target, value):
                if current.kind == .comprehension, case let .name(id, _) = target.kind {
                    try extendNamedExprScope(id)
                }
                try visit(value)
                try visit(target)
            case let .binOp(l, _, r): try visit(l); try visit(r)
            case let .unaryOp(_, o): try visit(o)
            case let .lambda(args, body):
                try visitDefaults(args)
                let scope = push(.lambda, "<lambda>", node: ObjectIdentifier(e), line: e.loc.lineno)
                try declareParams(args, scope)
                try visit(body)
                stack.removeLast()
            case let .ifExp(t, b, o): try visit(t); try visit(b); try visit(o)
            case let .dict(keys, values):
                for (k, v) in zip(keys, values) {
                    if let k = k { try visit(k) }
                    try visit(v)
                }
            case let .set(elts): for x in elts { try visit(x) }
            case let .listComp(elt, gens): try visitComprehension(e, kind: "listcomp", generators: gens, elts: [elt])
            case let .setComp(elt, gens): try visitComprehension(e, kind: "setcomp", generators: gens, elts: [elt])
            case let .dictComp(k, v, gens): try visitComprehension(e, kind: "dictcomp", generators: gens, elts: [v, k])
            case let .generatorExp(elt, gens): try visitComprehension(e, kind: "genexpr", generators: gens, elts: [elt])
            case let .await(v):
                if current.kind == .comprehension { current.isCoroutine = true }
                try visit(v)
            case let .yield(v):
                current.isGenerator = true
                if let v = v { try visit(v) }
            case let .yieldFrom(v):
                current.isGenerator = true
                try visit(v)
            case let .compare(l, _, cs): try visit(l); for c in cs { try visit(c) }
            case let .call(f, args, kws):
                try visit(f)
                for a in args { try visit(a) }
                for k in kws { try visit(k.value) }
            case let .formattedValue(v, _, spec):
                try visit(v)
                if let s = spec { try visit(s) }
            case let .joinedStr(values): for v in values { try visit(v) }
            case .constant: break
            case let .attribute(v, _, _): try visit(v)
            case let .subscript(v, s, _): try visit(v); try visit(s)
            case let .starred(v, _): try visit(v)
            case let .name(id, ctx):
                if ctx == .load {
                    current.note(id, .used)
                    if id == "super" && current.isFunctionLike { current.note("__class__", .used) }
                } else {
                    bind(id)
                }
            case let .list(elts, _), let .tuple(elts, _): for x in elts { try visit(x) }
            case let .slice(a, b, c):
                if let a = a { try visit(a) }
                if let b = b { try visit(b) }
                if let c = c { try visit(c) }
            }
        }
    }
}

// MARK: dump

/// The symbol tables in the canonical text form that tools/frontend/symtable-corpus also builds
/// from CPython's `symtable` module: one line per table (`kind name line`), then one line per
/// symbol, sorted, with its scope and flags (private names mangled as CPython stores them), then
/// the child tables in order, each level indented by two spaces.
public func dumpSymbolTable(_ table: SymbolTable) -> String {
    var lines: [String] = []
    dumpScope(table.top, depth: 0, into: &lines)
    return lines.joined(separator: "\n")
}

private func mangle(_ name: String, _ privateName: String?) -> String {
    guard let p = privateName, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
    let stripped = p.drop(while: { $0 == "_" })
    if stripped.isEmpty { return name }
    return "_" + stripped + name
}

private func dumpScope(_ scope: Scope, depth: Int, into lines: inout [String]) {
    let pad = String(repeating: "  ", count: depth)
    let kind: String, name: String
    switch scope.kind {
    case .module: kind = "module"; name = "top"
    case .classBody: kind = "class"; name = scope.name
    case .function, .comprehension: kind = "function"; name = scope.name
    case .lambda: kind = "function"; name = "lambda"
    case .annotation: kind = "annotation"; name = scope.name
    }
    // Names with private mangling are mangled with the enclosing class's name; a class's own
    // name is mangled with the class around it.
    let manglePrivate = scope.privateName
    lines.append("\(pad)\(kind) \(name) \(scope.kind == .module ? 0 : scope.line)")
    var names = Set(scope.uses.keys)
    for (n, _) in scope.scopes { names.insert(n) }
    var rows: [(String, String)] = []
    for n in names {
        let u = scope.uses[n] ?? []
        var words: [String] = []
        switch scope.scopes[n] ?? .globalImplicit {
        case .local: words.append("LOCAL")
        case .cell: words.append("CELL")
        case .free: words.append("FREE")
        case .globalExplicit: words.append("GLOBAL_EXPLICIT")
        case .globalImplicit: words.append("GLOBAL_IMPLICIT")
        }
        if u.contains(.global) { words.append("global") }
        if u.contains(.nonlocal) { words.append("nonlocal") }
        if u.contains(.param) { words.append("parameter") }
        if u.contains(.assigned) { words.append("assigned") }
        if u.contains(.used) { words.append("referenced") }
        if u.contains(.imported) { words.append("imported") }
        if u.contains(.annotated) { words.append("annotated") }
        rows.append((mangle(n, manglePrivate), words.joined(separator: " ")))
    }
    rows.sort { $0.0 < $1.0 }
    for (n, w) in rows { lines.append("\(pad)  \(n) \(w)") }
    for c in scope.children { dumpScope(c, depth: depth + 1, into: &lines) }
}
