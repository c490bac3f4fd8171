/// Whether an extension will load into Swallow and run without reaching a stub.
public enum Verdict: String, Sendable {
    /// Loads, and every C-API symbol it imports is implemented.
    case ok = "ok"
    /// Loads, but some imported symbols are stubs: calling one raises SystemError (or aborts).
    case loadsWithStubs = "loads-with-stubs"
    /// `dlopen` fails: it imports a name CPython 3.11 does not export (Swallow loads with
    /// RTLD_NOW, like CPython; BIND_NOW modules such as PyO3's fail even under RTLD_LAZY).
    case cannotLoad = "cannot-load"

    public var phrase: String {
        switch self {
        case .ok: return "ok: everything implemented"
        case .loadsWithStubs: return "loads, can reach stubs"
        case .cannotLoad: return "cannot load"
        }
    }
}

/// The report on one extension module (`.so` file or wheel member).
public struct ExtensionReport: Sendable {
    /// Display path: relative to the directory input, or `WHEEL!member` for wheel members.
    public var path: String
    /// The command-line input it came from.
    public var input: String
    public var facts: ELFFacts

    public var imports: [ImportedSymbol] { facts.imports }
    public func count(_ s: SymbolStatus) -> Int { imports.filter { $0.status == s }.count }
    public var missing: [ImportedSymbol] { imports.filter { $0.status != .implemented } }

    /// Absent names that are not weak references: each one makes dlopen fail.
    public var fatalAbsent: [ImportedSymbol] { imports.filter { $0.status == .absent && !$0.weak } }

    public var verdict: Verdict {
        if !fatalAbsent.isEmpty { return .cannotLoad }
        return imports.contains { $0.status != .implemented } ? .loadsWithStubs : .ok
    }

    /// Implemented imports as a percentage of all imports (100 with none).
    public var coverage: Double {
        imports.isEmpty ? 100 : (Double(count(.implemented)) * 1000 / Double(imports.count)).rounded() / 10
    }

    /// The short name shown in tables: the module name when known, else the file name.
    public var displayName: String { path }
}

/// An input (or part of one) that could not be reported on, or had nothing to report.
public struct InputProblem: Sendable {
    public var input: String
    public var path: String
    public var error: InspectError
    /// False for notes that do not make the run fail (a wheel without extensions).
    public var isError: Bool
}
