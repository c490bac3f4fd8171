import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One case of the matrix: a directory with a Python script that imports an extension and
/// prints what it sees, the output CPython recorded for it, optional xfail markers, and a
/// tier. Three kinds:
/// - `source`: `compat-matrix/cases/<case>/` with one extension module per top-level `.c`
///   file, built by `tools/matrix/build-cases` in each header column (tier `own`);
/// - `libDynload`: `compat-matrix/cases/<case>/` naming one of CPython 3.11's own lib-dynload
///   modules in `case.json`; the module is loaded from the CPython install found at run time;
/// - `wheel`: an entry of `compat-matrix/wheels.json` with `compat-matrix/wheels/<name>/`
///   holding its smoke script; the wheel is fetched into a cache outside the repository.
public struct MatrixCase: Sendable {
    public enum Kind: Sendable, Equatable {
        case source
        case libDynload(module: String)
        case wheel(version: String, needs: [String], testsModule: String?)
    }

    public var name: String
    /// Absolute path of the case directory.
    public var directory: String
    /// Extension module names built from source, one per top-level `<module>.c`.
    public var modules: [String]
    public var tier: String
    public var kind: Kind
    /// The script the case runs: `driver.py` (cases) or `smoke.py` (wheels).
    public var script: String
    /// Why the case cannot be set up (malformed `case.json` or manifest entry); it is then
    /// reported as `setup-error` and the rest of the matrix still runs.
    public var setupProblem: String?
    /// An own case whose driver also imports CPython's lib-dynload modules (case.json
    /// `"lib-dynload": true`, e.g. to test the `datetime` capsule): that directory follows the
    /// build directory on PYTHONPATH.
    public var usesLibDynload = false

    public init(name: String, directory: String, modules: [String], tier: String = MatrixTier.own,
                kind: Kind = .source, script: String = "driver.py", setupProblem: String? = nil) {
        self.name = name
        self.directory = directory
        self.modules = modules
        self.tier = tier
        self.kind = kind
        self.script = script
        self.setupProblem = setupProblem
    }

    /// The file name a built module has in a column's build directory.
    public static let extensionSuffix = ".cpython-311-x86_64-linux-gnu.so"

    /// The single column of cases that run a binary as shipped (lib-dynload, wheels).
    public static let binaryColumn = "binary"

    /// The columns this case runs in: the header columns for source cases, else `binary`.
    func columns(_ headerColumns: [String]) -> [String] {
        kind == .source ? headerColumns : [MatrixCase.binaryColumn]
    }

    /// Every case in the selected tiers, sorted by tier then name, restricted to names matching
    /// one of `filter` (shell patterns) when it is not empty, and to exactly `names` when that
    /// is not empty.
    public static func discover(repoRoot: String, filter: [String], names: [String] = [],
                                tiers: [String] = MatrixTier.all) throws -> [MatrixCase] {
        func selected(_ name: String) -> Bool {
            (filter.isEmpty || filter.contains(where: { fnmatch($0, name, 0) == 0 }))
                && (names.isEmpty || names.contains(name))
        }
        var cases: [MatrixCase] = []
        let casesDir = (repoRoot as NSString).appendingPathComponent("compat-matrix/cases")
        let fm = FileManager.default
        for name in try fm.contentsOfDirectory(atPath: casesDir).sorted() where !name.hasPrefix(".") {
            let dir = (casesDir as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue, selected(name) else {
                continue
            }
            let c = try directoryCase(name: name, directory: dir)
            if tiers.contains(c.tier) || (c.setupProblem != nil && tiers.contains(MatrixTier.own)) {
                cases.append(c)
            }
        }
        if tiers.contains(where: MatrixTier.wheelTiers.contains) {
            let wheelsDir = (repoRoot as NSString).appendingPathComponent("compat-matrix/wheels")
            do {
                let manifest = try WheelManifest.load(repoRoot: repoRoot)
                for e in manifest.entries where selected(e.name) && (tiers.contains(e.tier) || e.problem != nil) {
                    cases.append(MatrixCase(
                        name: e.name, directory: (wheelsDir as NSString).appendingPathComponent(e.name),
                        modules: [], tier: e.tier,
                        kind: .wheel(version: e.version, needs: e.needs, testsModule: e.testsModule),
                        script: "smoke.py",
                        setupProblem: e.problem.map { "malformed manifest entry: \($0)" }))
                }
            } catch {
                if selected("wheels.json") || filter.isEmpty && names.isEmpty {
                    cases.append(MatrixCase(name: "wheels.json", directory: wheelsDir, modules: [],
                                            tier: "wheel-other", kind: .wheel(version: "", needs: [], testsModule: nil),
                                            script: "smoke.py", setupProblem: "\(error)"))
                }
            }
        }
        return cases.sorted {
            (MatrixTier.rank($0.tier), $0.name) < (MatrixTier.rank($1.tier), $1.name)
        }
    }

    /// A case under `compat-matrix/cases/`: its `case.json` gives the tier (and, for
    /// lib-dynload, the module). Without one, a directory with C sources is an `own` case.
    static func directoryCase(name: String, directory: String) throws -> MatrixCase {
        let modules = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".c") }
            .map { String($0.dropLast(2)) }
            .sorted()
        var c = MatrixCase(name: name, directory: directory, modules: modules)
        let metaPath = (directory as NSString).appendingPathComponent("case.json")
        guard let data = FileManager.default.contents(atPath: metaPath) else {
            if modules.isEmpty {
                c.setupProblem = "no case.json and no C sources: cannot tell the case's tier"
            }
            return c
        }
        guard let meta = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let tier = meta["tier"] as? String else {
            c.setupProblem = "case.json is not a JSON object with a 'tier' string"
            return c
        }
        switch tier {
        case MatrixTier.own:
            c.usesLibDynload = meta["lib-dynload"] as? Bool ?? false
        case MatrixTier.libDynload:
            c.tier = tier
            guard let module = meta["module"] as? String, !module.isEmpty else {
                c.setupProblem = "case.json: a lib-dynload case needs 'module'"
                return c
            }
            c.kind = .libDynload(module: module)
        default:
            c.setupProblem = "case.json: tier '\(tier)' is not own or lib-dynload (wheels belong in wheels.json)"
        }
        return c
    }

    /// `<dir>/<name>` inside the case directory.
    func path(_ name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }

    /// The xfail reason for `column`: `xfail.<column>.txt` first, then `xfail.txt`.
    /// An empty marker file still marks the case, with a placeholder reason.
    func xfailReason(column: String) -> String? {
        for file in ["xfail.\(column).txt", "xfail.txt"] {
            if let text = try? String(contentsOfFile: path(file), encoding: .utf8) {
                let reason = text.trimmingCharacters(in: .whitespacesAndNewlines)
                return reason.isEmpty ? "(no reason given in \(file))" : reason
            }
        }
        return nil
    }
}
