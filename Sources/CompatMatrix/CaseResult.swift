/// The outcome of one case in one build column; one row of the report.
public struct CaseResult: Codable, Sendable {
    /// The case directory name under `compat-matrix/cases/`.
    public var caseName: String
    /// The build column (`cpython-headers`, `swallow-headers`).
    public var column: String
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
    /// The content of the xfail marker that applied, if any.
    public var xfailReason: String?

    public init(caseName: String, column: String, state: CaseState, detail: String,
                exitStatus: Int32? = nil, signal: String? = nil, seconds: Double? = nil,
                diff: [String]? = nil, xfailReason: String? = nil) {
        self.caseName = caseName
        self.column = column
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
        case column, state, detail
        case exitStatus = "exit"
        case signal, seconds, diff
        case xfailReason = "xfail"
    }
}
