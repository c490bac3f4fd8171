/// The outcome of one case in one build column; one row of the report.
public struct CaseResult: Codable, Sendable {
    /// The case directory name under `compat-matrix/cases/`.
    public var caseName: String
    /// The build column (`cpython-headers`, `swallow-headers`).
    public var column: String
    /// The case's tier (`own`, `lib-dynload`, `wheel-plainC`...).
    public var tier: String
    public var state: CaseState
    /// One line saying why; empty for a plain pass.
    public var detail: String
    /// The driver's exit status when it exited normally.
    public var exitStatus: Int32?
    /// The signal name when the driver was killed by a signal (or by the timeout).
    public var signal: String?
    /// Wall-clock seconds the driver ran; absent when it did not run.
    public var seconds: Double?
    /// A unified-style excerpt of the stdout difference, for `fail` (and for crashes
    /// and timeouts, the lines up to where output stopped matching).
    public var diff: [String]?
    /// The end of the driver's stderr (traceback or crash report) for crashes, load errors
    /// and unexpected exit statuses; in `results.json` and the page, not in `RESULTS.md`.
    public var log: [String]?
    /// The content of the xfail marker that applied, if any.
    public var xfailReason: String?
    /// Wheels only: how the package's own bundled tests fared, when it ships any.
    public var packageTests: PackageTests?

    public init(caseName: String, column: String, tier: String = MatrixTier.own,
                state: CaseState, detail: String,
                exitStatus: Int32? = nil, signal: String? = nil, seconds: Double? = nil,
                diff: [String]? = nil, xfailReason: String? = nil) {
        self.caseName = caseName
        self.column = column
        self.tier = tier
        self.state = state
        self.detail = detail
        self.exitStatus = exitStatus
        self.signal = signal
        self.seconds = seconds
        self.diff = diff
        self.xfailReason = xfailReason
    }

    enum CodingKeys: String, CodingKey {
        case caseName = "case"
        case column, tier, state, detail
        case exitStatus = "exit"
        case signal, seconds, diff, log = "stderr"
        case xfailReason = "xfail"
        case packageTests = "tests"
    }
}

/// A package's own bundled tests under the interpreter under test, against CPython's count
/// on the same tests (as GraalPy reports its compatibility).
public struct PackageTests: Codable, Sendable, Equatable {
    /// `ran`, `not runnable yet` (the interpreter could not run the test runner at all) or
    /// `no baseline` (CPython's count was not recorded).
    public var status: String
    /// Tests passing under the interpreter under test.
    public var passed: Int?
    /// Tests passing under CPython 3.11 (recorded in `tests-expected.txt`).
    public var baseline: Int?
    /// `passed / baseline` in percent, one decimal.
    public var percent: Double?
    /// Why the tests could not run, or the runner's own summary line.
    public var detail: String

    public init(status: String, passed: Int? = nil, baseline: Int? = nil, percent: Double? = nil,
                detail: String) {
        self.status = status
        self.passed = passed
        self.baseline = baseline
        self.percent = percent
        self.detail = detail
    }

    /// One cell of a table: `87.1% (88/101)` or the status.
    public var summary: String {
        if let p = percent, let n = passed, let b = baseline {
            return "\(p)% (\(n)/\(b))"
        }
        return status
    }
}
