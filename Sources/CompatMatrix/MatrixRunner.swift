import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the compatibility matrix: every selected case in every build column, each driver in
/// its own child process, judged against the output CPython recorded. Prints a diff excerpt
/// per failure, the table (`case | column | state | detail`) and the closing summary line to
/// stdout, and writes `compat-matrix/RESULTS.md` and `compat-matrix/results.json`.
///
/// Returns 0 when every case passed, xfailed or was skipped and at least one ran; 1 when a
/// case failed, crashed, could not load its extension, timed out or did not compile, when
/// nothing ran, or when the run could not start (bad repo root, interpreter not found).
public func runMatrix(_ options: MatrixOptions) -> Int32 {
    let report: MatrixReport
    do {
        report = try MatrixRunner(options: options).run()
    } catch {
        FileHandle.standardError.write(Data("matrix: \(error)\n".utf8))
        return 1
    }
    var out = ""
    let diffs = report.consoleDiffs()
    if !diffs.isEmpty {
        out += diffs + "\n\n"
    }
    out += report.consoleTable() + "\n"
    if report.results.allSatisfy({ $0.state == .skipped }) {
        out += "nothing ran: build the cases (tools/matrix/build-cases) and record their "
             + "expected output (tools/matrix/record-expected)\n"
    }
    if options.writeReports {
        do {
            try report.write(repoRoot: options.repoRoot)
        } catch {
            FileHandle.standardError.write(Data("matrix: cannot write reports: \(error)\n".utf8))
        }
    }
    out += report.summaryLine
    print(out)
    fflush(stdout)
    return report.exitCode
}

/// The machinery behind `runMatrix`, usable on its own to get the results without output.
public struct MatrixRunner {
    public var options: MatrixOptions

    public init(options: MatrixOptions) {
        self.options = options
    }

    /// Runs every selected case in every column and returns the sorted results. Throws only
    /// when the run cannot start; a crashing or hanging case is a result, never an error.
    public func run() throws -> MatrixReport {
        let root = URL(fileURLWithPath: options.repoRoot).standardizedFileURL.path
        let casesDir = (root as NSString).appendingPathComponent("compat-matrix/cases")
        guard FileManager.default.fileExists(atPath: casesDir) else {
            throw MatrixError("no compat-matrix/cases under repo root '\(options.repoRoot)'")
        }
        let interpreter = try MatrixRunner.resolveInterpreter(options.interpreter)
        let cases = try MatrixCase.discover(repoRoot: root, filter: options.caseFilter)
        if cases.isEmpty {
            throw MatrixError(options.caseFilter.isEmpty
                ? "no cases in compat-matrix/cases"
                : "no case matches \(options.caseFilter.joined(separator: ", "))")
        }
        if options.buildFirst {
            try MatrixRunner.buildCases(cases, root: root)
        }

        struct Task: Sendable {
            var testCase: MatrixCase
            var column: String
        }
        let columns = options.columns
        let tasks: [Task] = cases.flatMap { c in columns.map { Task(testCase: c, column: $0) } }

        let results = ResultSlots(count: tasks.count)
        let limits = DriverRun.Limits(timeout: options.timeout, memoryLimitMB: options.memoryLimitMB)
        let group = DispatchGroup()
        let workers = max(1, min(options.jobs, tasks.count))
        for _ in 0..<workers {
            group.enter()
            Thread.detachNewThread {
                while let index = results.claimNext() {
                    let task = tasks[index]
                    let result = MatrixRunner.runOne(task.testCase, column: task.column, root: root,
                                                     interpreter: interpreter, limits: limits)
                    results.store(result, at: index)
                }
                group.leave()
            }
        }
        group.wait()

        return MatrixReport(interpreterName: (options.interpreter as NSString).lastPathComponent,
                            columns: options.columns,
                            caseFilter: options.caseFilter,
                            results: results.all())
    }

    /// Runs `tools/matrix/build-cases --quiet <cases>`, its output going to ours. Its exit
    /// status is ignored: failed compiles are reported per case as `build-error`.
    static func buildCases(_ cases: [MatrixCase], root: String) throws {
        let script = (root as NSString).appendingPathComponent("tools/matrix/build-cases")
        guard FileManager.default.isExecutableFile(atPath: script) else {
            throw MatrixError("cannot build the cases: no executable \(script)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["--quiet"] + cases.map(\.name)
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        process.standardInput = FileHandle.nullDevice
        fflush(stdout) // the child writes to our stdout directly: keep the order
        do {
            try process.run()
        } catch {
            throw MatrixError("cannot run \(script): \(error)")
        }
        process.waitUntilExit()
    }

    /// An absolute path for the interpreter: children run in the case directories, so a
    /// relative path must be fixed now; a bare name is searched on PATH.
    static func resolveInterpreter(_ name: String) throws -> String {
        let fm = FileManager.default
        if name.contains("/") {
            let absolute = name.hasPrefix("/")
                ? name
                : (fm.currentDirectoryPath as NSString).appendingPathComponent(name)
            guard fm.isExecutableFile(atPath: absolute) else {
                throw MatrixError("interpreter '\(name)' is not an executable file")
            }
            return URL(fileURLWithPath: absolute).standardizedFileURL.path
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = (String(dir) as NSString).appendingPathComponent(name)
            if fm.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        throw MatrixError("interpreter '\(name)' not found on PATH")
    }

    /// One case in one column: check that it can run, run it, classify the outcome, and
    /// apply the case's xfail marker to anything but a skip.
    static func runOne(_ testCase: MatrixCase, column: String, root: String,
                       interpreter: String, limits: DriverRun.Limits) -> CaseResult {
        var result = runUnmarked(testCase, column: column, root: root, interpreter: interpreter,
                                 limits: limits)
        result = withoutMachinePaths(result, root: root, interpreter: interpreter)
        guard result.state != .skipped, let reason = testCase.xfailReason(column: column) else {
            return result
        }
        result.xfailReason = reason
        if result.state == .pass {
            result.state = .xpass
            result.detail = "passed although marked xfail (\(reason)); remove the marker"
        } else {
            result.detail = "\(reason) [\(result.state.rawValue): \(result.detail)]"
            result.state = .xfail
        }
        return result
    }

    private static func runUnmarked(_ testCase: MatrixCase, column: String, root: String,
                                    interpreter: String, limits: DriverRun.Limits) -> CaseResult {
        func skipped(_ why: String) -> CaseResult {
            CaseResult(caseName: testCase.name, column: column, state: .skipped, detail: why)
        }
        let fm = FileManager.default
        let columnDir = (root as NSString).appendingPathComponent("compat-matrix/build/\(column)")
        let skipFile = (columnDir as NSString).appendingPathComponent("SKIPPED")
        if let reason = try? String(contentsOfFile: skipFile, encoding: .utf8) {
            return skipped("column skipped: " + reason.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if !fm.fileExists(atPath: columnDir) {
            let flag = column == "swallow-headers" ? " --headers swallow" : ""
            return skipped("column not built (tools/matrix/build-cases\(flag))")
        }
        let buildDir = (columnDir as NSString).appendingPathComponent(testCase.name)
        for module in testCase.modules {
            let errorPath = (buildDir as NSString).appendingPathComponent(module + ".build-error")
            if let log = try? String(contentsOfFile: errorPath, encoding: .utf8) {
                let firstError = log.split(separator: "\n")
                    .first { $0.contains("error") && !$0.hasPrefix("$ ") }
                    .map { $0.replacingOccurrences(of: "compat-matrix/cases/\(testCase.name)/", with: "") }
                let relative = "compat-matrix/build/\(column)/\(testCase.name)/\(module).build-error"
                return CaseResult(caseName: testCase.name, column: column, state: .buildError,
                                  detail: (firstError ?? "\(module): compile failed")
                                      + " (see \(relative))")
            }
        }
        let missing = testCase.modules.filter {
            !fm.fileExists(atPath: (buildDir as NSString).appendingPathComponent($0 + MatrixCase.extensionSuffix))
        }
        if !missing.isEmpty {
            return skipped("not built: \(missing.joined(separator: ", ")) (tools/matrix/build-cases)")
        }
        guard fm.fileExists(atPath: testCase.path("driver.py")) else {
            return skipped("no driver.py")
        }
        let expected: ExpectedOutcome
        do {
            guard let loaded = try ExpectedOutcome.load(testCase) else {
                return skipped("no expected.txt (tools/matrix/record-expected)")
            }
            expected = loaded
        } catch {
            return skipped("unreadable expectation: \(error)")
        }

        let run: DriverRun
        do {
            run = try DriverRun.run(interpreter: interpreter, script: "driver.py",
                                    directory: testCase.directory,
                                    environment: DriverRun.environment(pythonPath: buildDir),
                                    limits: limits)
        } catch {
            return CaseResult(caseName: testCase.name, column: column, state: .crash,
                              detail: "could not start the driver: \(error)")
        }
        return classify(run, expected: expected, testCase: testCase, column: column,
                        timeout: limits.timeout)
    }

    /// Reports are committed: paths inside the repository become relative to its root, the
    /// interpreter's path becomes its name (ImportError messages quote the module's path).
    static func withoutMachinePaths(_ result: CaseResult, root: String, interpreter: String) -> CaseResult {
        func clean(_ text: String) -> String {
            var t = text.replacingOccurrences(of: root.hasSuffix("/") ? root : root + "/", with: "")
            if interpreter.hasPrefix("/") {
                t = t.replacingOccurrences(of: interpreter,
                                           with: (interpreter as NSString).lastPathComponent)
            }
            return t
        }
        var r = result
        r.detail = clean(r.detail)
        r.diff = r.diff?.map(clean)
        return r
    }

    /// Turns one finished driver run into a state and a one-line detail.
    static func classify(_ run: DriverRun, expected: ExpectedOutcome, testCase: MatrixCase,
                         column: String, timeout: Double) -> CaseResult {
        var result = CaseResult(caseName: testCase.name, column: column, state: .pass, detail: "",
                                seconds: (run.seconds * 1000).rounded() / 1000)
        let diff = OutputDiff(expected: expected.stdout, actual: run.stdout)
        let progress = "\(diff.matchedLines)/\(diff.expectedLineCount) expected lines matched"
        let stderrLast = run.stderrLastLine
        let stderrNote = stderrLast.isEmpty ? "" : "; stderr: \(stderrLast)"

        switch run.ending {
        case .timedOut:
            result.state = .timeout
            result.signal = "SIGKILL"
            result.detail = "killed after \(formatSeconds(timeout))s; \(progress)"
            result.diff = diff.excerpt.isEmpty ? nil : diff.excerpt
        case .signaled(let number):
            let name = SignalNames.name(number)
            result.state = .crash
            result.signal = name
            let hint = SignalNames.hint(number).map { " (\($0))" } ?? ""
            result.detail = "\(name)\(hint); \(progress)\(stderrNote)"
            result.diff = diff.excerpt.isEmpty ? nil : diff.excerpt
        case .exited(let status):
            result.exitStatus = status
            let stdoutMatches = diff.firstDifferingLine == nil
            var statusMatches = status == expected.exitStatus
            if statusMatches, status != 0, let want = expected.stderrLastLine, want != stderrLast {
                statusMatches = false
            }
            if stdoutMatches && statusMatches {
                result.state = .pass
                return result
            }
            if status != 0, expected.exitStatus == 0, isImportFailure(stderrLast) {
                result.state = .loadError
                result.detail = stderrLast
                return result
            }
            result.state = .fail
            result.diff = diff.excerpt.isEmpty ? nil : diff.excerpt
            if !stdoutMatches {
                result.detail = diff.summary
                if status != expected.exitStatus {
                    result.detail += "; exit \(status) (expected \(expected.exitStatus))\(stderrNote)"
                }
            } else if status != expected.exitStatus {
                result.detail = "exit \(status) (expected \(expected.exitStatus))\(stderrNote)"
            } else {
                result.detail = "last stderr line '\(stderrLast)', expected '\(expected.stderrLastLine ?? "")'"
            }
        }
        return result
    }

    /// The driver's import of an extension failed (the loader's failure, not the case's).
    static func isImportFailure(_ line: String) -> Bool {
        line.hasPrefix("ImportError") || line.hasPrefix("ModuleNotFoundError")
    }

    private static func formatSeconds(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : String(s)
    }
}

/// The shared work list and result slots of the worker threads.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [CaseResult?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func claimNext() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ result: CaseResult, at index: Int) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    /// The results in task order (cases sorted by name, columns in option order).
    func all() -> [CaseResult] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
