import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress of a run on stderr: one rewritten status line on a terminal, a plain line per
/// finished case otherwise (stdout stays for the table and the summary).
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var finishedCount = 0
    private let isTerminal = isatty(STDERR_FILENO) != 0

    init(total: Int) {
        self.total = total
    }

    func finished(_ result: CaseResult) {
        lock.lock()
        defer { lock.unlock() }
        finishedCount += 1
        let line = "matrix: [\(finishedCount)/\(total)] \(result.caseName) [\(result.column)] \(result.state.rawValue)"
        if isTerminal {
            let shown = line.count > 100 ? String(line.prefix(100)) : line
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + shown).utf8))
        } else {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    func done() {
        if isTerminal {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
    }
}
