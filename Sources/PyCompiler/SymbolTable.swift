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
    public enum Kind: Sendable { case module, function, classBody, lambda, comprehension }

    struct Use: OptionSet {
        let rawValue: UInt8
        static let bound = Use(rawValue: 1)
        static let param = Use(rawValue: 2)
        static let used = Use(rawValue: 4)
        static let global = Use(rawValue: 8)
        static let nonlocal = Use(rawValue: 16)
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
    /// Class bodies: free names passed through to methods but also bound in the namespace.
    var classPassThrough: Set<String> = []
    let line: Int

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
        return kind == .module ? .globalImplicit : .globalImplicit
    }
}

/// Builds the scopes of a module: one per module, function, lambda, class body and comprehension.
public final class SymbolTable {
    public let top: Scope
    /// Scope of each function/class/lambda/comprehension node, by node identity.
    var byNode: [ObjectIdentifier: Scope] = [:]
    let filename: String

    public init(module: Module, filename: String) throws {
        self.filename = filename
        top = Scope(kind: .module, name: "top", line: 1)
        var builder = Builder(table: self, filename: filename)
        builder.stack = [top]
        for s in module.body { try builder.visit(s) }
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
                if !bound.contains(name) {
                    throw SyntaxErrorInfo(msg: "no binding for nonlocal '\(name)' found", filename: filename,
                                          lineno: scope.line, offset: 1)
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
        } else {
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

    struct Builder {
        let table: SymbolTable
        let filename: String
        var stack: [Scope] = []
        var current: Scope { stack[stack.count - 1] }

        init(table: SymbolTable, filename: String) {
            self.table = table
            self.filename = filename
        }

        mutating func push(_ kind: Scope.Kind, _ name: String, node: ObjectIdentifier, line: Int) -> Scope {
            let s = Scope(kind: kind, name: name, line: line)
            current.children.append(s)
            table.byNode[node] = s
            stack.append(s)
            return s
        }

        mutating func bind(_ name: String) {
            let s = current
            if let u = s.uses[name], u.contains(.global) || u.contains(.nonlocal) {
                s.note(name, .bound)
                return
            }
            s.note(name, .bound)
        }

        mutating func visit(_ s: Stmt) throws {
            switch s.kind {
            case let .functionDef(name, args, body, decorators, returns, _),
                 let .asyncFunctionDef(name, args, body, decorators, returns, _):
                for d in decorators { try visit(d) }
                try visitDefaults(args)
                try visitAnnotations(args)
                if let r = returns { try visit(r) }
                bind(name)
                let scope = push(.function, name, node: ObjectIdentifier(s), line: s.loc.lineno)
                declareParams(args, scope)
                for b in body { try visit(b) }
                stack.removeLast()
            case let .classDef(name, bases, keywords, body, decorators):
                for d in decorators { try visit(d) }
                for b in bases { try visit(b) }
                for k in keywords { try visit(k.value) }
                bind(name)
                _ = push(.classBody, name, node: ObjectIdentifier(s), line: s.loc.lineno)
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
                if case let .name(id, _) = target.kind { current.note(id, .used) }
                try visit(value)
            case let .annAssign(target, annotation, value, _):
                try visit(target)
                if current.kind != .function { try visit(annotation) }
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
                for b in body { try visit(b) }
                for h in handlers {
                    if let t = h.type { try visit(t) }
                    if let n = h.name { bind(n) }
                    for b in h.body { try visit(b) }
                }
                for b in orelse { try visit(b) }
                for b in finalbody { try visit(b) }
            case let .assert(test, msg):
                try visit(test)
                if let m = msg { try visit(m) }
            case let .import(names):
                for a in names {
                    let stored = a.asname ?? String(a.name.split(separator: ".").first ?? "")
                    bind(stored)
                }
            case let .importFrom(_, names, _):
                for a in names where a.name != "*" { bind(a.asname ?? a.name) }
            case let .global(names):
                for n in names {
                    if let u = current.uses[n], u.contains(.used) || u.contains(.bound) {
                        let what = u.contains(.bound) ? "assigned to" : "used"
                        throw SyntaxErrorInfo(msg: "name '\(n)' is \(what) before global declaration",
                                              filename: filename, lineno: s.loc.lineno, offset: s.loc.colOffset + 1)
                    }
                    current.note(n, .global)
                }
            case let .nonlocal(names):
                for n in names {
                    if current.kind == .module {
                        throw SyntaxErrorInfo(msg: "nonlocal declaration not allowed at module level",
                                              filename: filename, lineno: s.loc.lineno, offset: s.loc.colOffset + 1)
                    }
                    current.note(n, .nonlocal)
                }
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

        mutating func visitAnnotations(_ a: Arguments) throws {
            for arg in a.posonlyargs + a.args + a.kwonlyargs {
                if let ann = arg.annotation { try visit(ann) }
            }
            if let ann = a.vararg?.annotation { try visit(ann) }
            if let ann = a.kwarg?.annotation { try visit(ann) }
        }

        func declareParams(_ a: Arguments, _ scope: Scope) {
            var ps = a.posonlyargs.map(\.arg) + a.args.map(\.arg) + a.kwonlyargs.map(\.arg)
            if let v = a.vararg { ps.insert(v.arg, at: a.posonlyargs.count + a.args.count) }
            if let k = a.kwarg { ps.append(k.arg) }
            // Keep CPython's varnames order: positional, keyword-only, *args, **kwargs.
            var ordered = a.posonlyargs.map(\.arg) + a.args.map(\.arg) + a.kwonlyargs.map(\.arg)
            if let v = a.vararg { ordered.append(v.arg) }
            if let k = a.kwarg { ordered.append(k.arg) }
            _ = ps
            scope.params = ordered
            for p in ordered { scope.note(p, .param) }
        }

        mutating func visitComprehension(_ e: Expr, kind: String, generators: [Comprehension], elts: [Expr]) throws {
            // The first iterable is evaluated in the enclosing scope.
            try visit(generators[0].iter)
            let scope = push(.comprehension, kind, node: ObjectIdentifier(e), line: e.loc.lineno)
            scope.params = [".0"]
            scope.note(".0", .param)
            for (i, g) in generators.enumerated() {
                if i > 0 { try visit(g.iter) }
                try visit(g.target)
                for c in g.ifs { try visit(c) }
            }
            for x in elts { try visit(x) }
            if kind == "genexpr" { scope.isGenerator = true }
            stack.removeLast()
        }

        mutating func visit(_ e: Expr) throws {
            switch e.kind {
            case let .boolOp(_, values): for v in values { try visit(v) }
            case let .namedExpr(target, value):
                try visit(value)
                // An assignment expression in a comprehension binds in the enclosing function.
                if case let .name(id, _) = target.kind {
                    var i = stack.count - 1
                    while i > 0 && stack[i].kind == .comprehension {
                        stack[i].note(id, .nonlocal)
                        i -= 1
                    }
                    let owner = stack[i]
                    if owner.kind == .module || owner.kind == .classBody && i < stack.count - 1 {
                        for j in (i + 1)..<stack.count { stack[j].uses[id] = [.global]; }
                        if owner.kind == .module { owner.note(id, .bound) }
                    } else {
                        owner.note(id, .bound)
                    }
                }
            case let .binOp(l, _, r): try visit(l); try visit(r)
            case let .unaryOp(_, o): try visit(o)
            case let .lambda(args, body):
                try visitDefaults(args)
                let scope = push(.lambda, "<lambda>", node: ObjectIdentifier(e), line: e.loc.lineno)
                declareParams(args, scope)
                try visit(body)
                stack.removeLast()
            case let .ifExp(t, b, o): try visit(t); try visit(b); try visit(o)
            case let .dict(keys, values):
                for case let k? in keys { try visit(k) }
                for v in values { try visit(v) }
            case let .set(elts): for x in elts { try visit(x) }
            case let .listComp(elt, gens): try visitComprehension(e, kind: "listcomp", generators: gens, elts: [elt])
            case let .setComp(elt, gens): try visitComprehension(e, kind: "setcomp", generators: gens, elts: [elt])
            case let .dictComp(k, v, gens): try visitComprehension(e, kind: "dictcomp", generators: gens, elts: [k, v])
            case let .generatorExp(elt, gens): try visitComprehension(e, kind: "genexpr", generators: gens, elts: [elt])
            case let .await(v): try visit(v)
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
