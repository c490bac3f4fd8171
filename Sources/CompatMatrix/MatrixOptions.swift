import Foundation

/// What `runMatrix` runs, against which interpreter, and how.
public struct MatrixOptions {
    /// The interpreter under test: a path (relative paths are resolved against the current
    /// directory) or a bare name looked up on `PATH`. It is run as `<interpreter> driver.py`.
    public var interpreter: String
    /// The repository root, the directory holding `compat-matrix/`.
    public var repoRoot: String
    /// Shell-style patterns (`fnmatch`) selecting cases by name; empty selects every case.
    public var caseFilter: [String]
    /// Seconds a driver may run before it is killed and reported as a timeout.
    public var timeout: Double
    /// How many drivers run at once.
    public var jobs: Int
    /// Header columns the `own` cases run in, each a directory under `compat-matrix/build/`
    /// (the other tiers run in the single `binary` column).
    public var columns: [String]
    /// Address-space limit per driver in MiB (`ulimit -v`); 0 means no limit.
    public var memoryLimitMB: Int
    /// Whether to write `compat-matrix/RESULTS.md` and `compat-matrix/results.json`.
    public var writeReports: Bool
    /// Whether to run `tools/matrix/build-cases --quiet` (all columns, selected cases) first.
    /// Compile failures do not stop the run: they become `build-error` results.
    public var buildFirst: Bool
    /// Tiers to run (names of `MatrixTier`, or `fast`, `wheels`, `all`); `fast` by default.
    public var tiers: [String]
    /// Exact case names to run (`--case`); empty means every case of the selected tiers.
    public var caseNames: [String]
    /// Where `tools/matrix/fetch-wheels` unpacked the wheels (outside the repository).
    public var wheelCache: String
    /// The CPython 3.11 whose lib-dynload directory the lib-dynload cases load (found at run
    /// time with `sysconfig`); a path or a name on PATH.
    public var oraclePython: String
    /// Where the reports go; nil means `<repoRoot>/compat-matrix` (the committed ones).
    public var reportDirectory: String?
    /// Whether to also run the bundled tests of wheels that ship them (slow).
    public var runPackageTests: Bool

    /// The build columns `tools/matrix/build-cases` knows about, in report order.
    public static let defaultColumns = ["cpython-headers", "swallow-headers"]

    public init(interpreter: String,
                repoRoot: String,
                caseFilter: [String] = [],
                timeout: Double = 30,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                columns: [String] = MatrixOptions.defaultColumns,
                memoryLimitMB: Int = 4096,
                writeReports: Bool = true,
                buildFirst: Bool = false,
                tiers: [String] = ["fast"],
                caseNames: [String] = [],
                wheelCache: String? = nil,
                oraclePython: String = "python3",
                runPackageTests: Bool = true) {
        self.interpreter = interpreter
        self.repoRoot = repoRoot
        self.caseFilter = caseFilter
        self.timeout = timeout
        self.jobs = jobs
        self.columns = columns
        self.memoryLimitMB = memoryLimitMB
        self.writeReports = writeReports
        self.buildFirst = buildFirst
        self.tiers = tiers
        self.caseNames = caseNames
        self.wheelCache = wheelCache ?? WheelManifest.defaultCache()
        self.oraclePython = oraclePython
        self.runPackageTests = runPackageTests
    }
}
