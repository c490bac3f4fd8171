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
    /// Build columns to run, each a directory under `compat-matrix/build/`.
    public var columns: [String]
    /// Address-space limit per driver in MiB (`ulimit -v`); 0 means no limit.
    public var memoryLimitMB: Int
    /// Whether to write `compat-matrix/RESULTS.md` and `compat-matrix/results.json`.
    public var writeReports: Bool
    /// Whether to run `tools/matrix/build-cases --quiet` (all columns, selected cases) first.
    /// Compile failures do not stop the run: they become `build-error` results.
    public var buildFirst: Bool

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
                buildFirst: Bool = false) {
        self.interpreter = interpreter
        self.repoRoot = repoRoot
        self.caseFilter = caseFilter
        self.timeout = timeout
        self.jobs = jobs
        self.columns = columns
        self.memoryLimitMB = memoryLimitMB
        self.writeReports = writeReports
        self.buildFirst = buildFirst
    }
}
