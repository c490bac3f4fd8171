/// How one case fared in one build column.
public enum CaseState: String, Codable, CaseIterable, Sendable {
    /// Same stdout and exit status as CPython recorded.
    case pass
    /// The driver ran to its end but its output or exit status differs.
    case fail
    /// The driver was killed by a signal (segfault, abort, ...).
    case crash
    /// The driver's import of its own extension raised ImportError / ModuleNotFoundError.
    case loadError = "load-error"
    /// The driver ran past the time limit and was killed.
    case timeout
    /// A module of the case did not compile in this column (`<module>.build-error`).
    case buildError = "build-error"
    /// The case could not be set up: a malformed manifest entry or `case.json`, or a wheel
    /// whose download failed.
    case setupError = "setup-error"
    /// The case is marked as expected to fail (`xfail.txt`) and did not pass.
    case xfail
    /// The case is marked as expected to fail but passed: its xfail marker is stale.
    case xpass
    /// The case was not run (not built, no expected output, column unavailable).
    case skipped

    /// States that make the matrix run fail.
    public var isFailure: Bool {
        switch self {
        case .fail, .crash, .loadError, .timeout, .buildError, .setupError: return true
        case .pass, .xfail, .xpass, .skipped: return false
        }
    }
}
