/// The symbol table as CPython's `_symtable` module shows it: each name's DEF_* bits with its
/// scope in the bits from SCOPE_OFF (Include/internal/pycore_symtable.h's values).
extension Scope {
    public static let defGlobal = 1, defLocal = 2, defParam = 4, defNonlocal = 8, use = 16
    public static let defFree = 32, defFreeClass = 64, defImport = 128, defAnnot = 256, defCompIter = 512
    public static let scopeOff = 11, scopeMask = 15

    /// The name the table reports (private names mangled with the enclosing class's name).
    func reportedName(_ name: String) -> String {
        guard let p = privateName, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
        let stripped = p.drop(while: { $0 == "_" })
        return stripped.isEmpty ? name : "_" + stripped + name
    }

    /// (name, flags) for every symbol of this scope.
    public var symbolFlags: [(String, Int)] {
        var names = order
        var seen = Set(order)
        for n in scopes.keys.sorted() where !seen.contains(n) { names.append(n); seen.insert(n) }
        return names.map { n in
            let u = uses[n] ?? []
            var f = 0
            if u.contains(.global) { f |= Scope.defGlobal }
            if u.contains(.nonlocal) { f |= Scope.defNonlocal }
            if u.contains(.param) { f |= Scope.defParam }
            if u.contains(.assigned) { f |= Scope.defLocal }
            if u.contains(.used) { f |= Scope.use }
            if u.contains(.imported) { f |= Scope.defImport }
            if u.contains(.annotated) { f |= Scope.defAnnot }
            // A comprehension binds only its iteration targets (walrus binds outside it).
            if kind == .comprehension && u.contains(.assigned) && !u.contains(.param) { f |= Scope.defCompIter }
            if classPassThrough.contains(n) { f |= Scope.defFreeClass }
            let scope: Int
            switch scopes[n] ?? .globalImplicit {
            case .local: scope = 1
            case .globalExplicit: scope = 2
            case .globalImplicit: scope = 3
            case .free: scope = 4
            case .cell: scope = 5
            }
            return (reportedName(n), f | scope << Scope.scopeOff)
        }
    }

    /// The line of the statement or expression that opened the scope (0 for the module).
    public var firstLine: Int { kind == .module ? 0 : line }
}
