import Foundation

/// What CPython did with a case, as `tools/matrix/record-expected` wrote it down:
/// `expected.txt` (exact stdout) and, only for a non-zero exit, `expected.status`
/// (`exit: <n>` and `stderr-last-line: <text>` lines).
struct ExpectedOutcome {
    var stdout: Data
    var exitStatus: Int32
    /// The last non-empty stderr line, compared only when the expected exit is non-zero.
    var stderrLastLine: String?

    /// Reads the record of `testCase`; nil when `expected.txt` is missing.
    static func load(_ testCase: MatrixCase) throws -> ExpectedOutcome? {
        let stdoutPath = testCase.path("expected.txt")
        guard FileManager.default.fileExists(atPath: stdoutPath) else { return nil }
        let stdout = try Data(contentsOf: URL(fileURLWithPath: stdoutPath))
        var outcome = ExpectedOutcome(stdout: stdout, exitStatus: 0, stderrLastLine: nil)
        let statusPath = testCase.path("expected.status")
        if FileManager.default.fileExists(atPath: statusPath) {
            let text = try String(contentsOfFile: statusPath, encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                if let value = field(line, "exit") {
                    guard let status = Int32(value) else {
                        throw MatrixError("\(statusPath): bad exit line '\(line)'")
                    }
                    outcome.exitStatus = status
                } else if let value = field(line, "stderr-last-line") {
                    outcome.stderrLastLine = value
                }
            }
        }
        return outcome
    }

    private static func field(_ line: Substring, _ key: String) -> String? {
        let prefix = key + ":"
        guard line.hasPrefix(prefix) else { return nil }
        return line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
    }
}
