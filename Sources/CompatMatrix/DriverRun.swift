import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One execution of `<interpreter> driver.py` in a child process, with a time limit and
/// resource limits, its stdout and stderr captured in temporary files (files, not pipes,
/// so a chatty or stuck child can never block us).
struct DriverRun {
    enum Ending {
        case exited(Int32)
        case signaled(Int32)
        case timedOut
    }

    var ending: Ending
    var stdout: Data
    var stderr: Data
    var seconds: Double

    /// Resource limits for the child, applied by `/bin/sh` before it execs the interpreter.
    struct Limits: Sendable {
        var timeout: Double
        var memoryLimitMB: Int
        /// Largest file the child may write (its stdout capture included), in MiB.
        var outputLimitMB: Int = 256
    }

    /// The environment every driver gets, here and in `tools/matrix/record-expected`.
    static func environment(pythonPath: String) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in ["PYTHONSTARTUP", "PYTHONHOME", "PYTHONINSPECT", "PYTHONWARNINGS"] {
            env.removeValue(forKey: key)
        }
        env["PYTHONPATH"] = pythonPath
        env["PYTHONHASHSEED"] = "0"
        env["PYTHONIOENCODING"] = "utf-8"
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return env
    }

    /// Runs `interpreter arguments...` in `directory`. Throws only when the child cannot be
    /// started at all; everything the child does is reported in the result.
    static func run(interpreter: String, arguments: [String], directory: String,
                    environment: [String: String], limits: Limits) throws -> DriverRun {
        let fm = FileManager.default
        let stem = "swallow-matrix-\(getpid())-\(UUID().uuidString)"
        let outPath = (NSTemporaryDirectory() as NSString).appendingPathComponent(stem + ".out")
        let errPath = (NSTemporaryDirectory() as NSString).appendingPathComponent(stem + ".err")
        guard fm.createFile(atPath: outPath, contents: nil),
              fm.createFile(atPath: errPath, contents: nil),
              let outHandle = FileHandle(forWritingAtPath: outPath),
              let errHandle = FileHandle(forWritingAtPath: errPath) else {
            throw MatrixError("cannot create capture files in \(NSTemporaryDirectory())")
        }
        defer {
            try? fm.removeItem(atPath: outPath)
            try? fm.removeItem(atPath: errPath)
        }

        // The shell sets the limits and then execs the interpreter, so the pid we hold (and
        // the signal a crash reports) is the interpreter's own. `ulimit -f` counts 512-byte
        // blocks in POSIX sh; `ulimit -v` counts KiB. A limit the shell cannot set is skipped.
        var prelude = "ulimit -c 0 2>/dev/null; ulimit -f \(limits.outputLimitMB * 2048) 2>/dev/null; "
        if limits.memoryLimitMB > 0 {
            prelude += "ulimit -v \(limits.memoryLimitMB * 1024) 2>/dev/null; "
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", prelude + "exec \"$0\" \"$@\"", interpreter] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let start = Date()
        do {
            try process.run()
        } catch {
            try? outHandle.close()
            try? errHandle.close()
            throw MatrixError("cannot start /bin/sh for \(interpreter): \(error)")
        }
        // Our copies of the write ends are not needed once the child holds its own.
        try? outHandle.close()
        try? errHandle.close()

        var timedOut = false
        if finished.wait(timeout: .now() + limits.timeout) == .timedOut {
            timedOut = true
            // SAFETY: the pid is our own child's. If it exited in the instant since the wait
            // gave up, Process may have reaped it, and the signal goes to a pid that would have
            // to be reused within that instant; the window is accepted.
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)

        let stdout = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let stderr = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        let ending: Ending
        if timedOut {
            ending = .timedOut
        } else if process.terminationReason == .uncaughtSignal {
            ending = .signaled(process.terminationStatus)
        } else {
            ending = .exited(process.terminationStatus)
        }
        return DriverRun(ending: ending, stdout: stdout, stderr: stderr, seconds: seconds)
    }

    /// The last non-empty line of stderr, decoded leniently.
    var stderrLastLine: String {
        let text = String(decoding: stderr, as: UTF8.self)
        return text.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map(String.init) ?? ""
    }
}
