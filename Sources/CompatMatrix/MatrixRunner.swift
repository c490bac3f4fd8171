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
    out += report.consoleTable() + "\n\n"
    out += report.countsTable(markdown: false) + "\n"
    if report.results.allSatisfy({ $0.state == .skipped }) {
        out += "nothing ran: build the cases (tools/matrix/build-cases) and record their "
             + "expected output (tools/matrix/record-expected)\n"
    }
    if options.writeReports {
        do {
            try report.write(repoRoot: options.repoRoot, directory: options.reportDirectory)
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
        // `--case NAME` reruns that case whatever its tier.
        let tiers = options.caseNames.isEmpty ? try MatrixTier.expand(options.tiers) : MatrixTier.all
        let cases = try MatrixCase.discover(repoRoot: root, filter: options.caseFilter,
                                            names: options.caseNames, tiers: tiers)
        let unknown = options.caseNames.filter { n in !cases.contains { $0.name == n } }
        if !unknown.isEmpty {
            throw MatrixError("no case named \(unknown.joined(separator: ", "))")
        }
        if cases.isEmpty {
            throw MatrixError(options.caseFilter.isEmpty
                ? "no cases in the selected tiers (\(tiers.joined(separator: ", ")))"
                : "no case matches \(options.caseFilter.joined(separator: ", "))")
        }
        let sourceCases = cases.filter { $0.kind == .source && $0.setupProblem == nil }
        if options.buildFirst && !sourceCases.isEmpty {
            try MatrixRunner.buildCases(sourceCases, root: root)
        }
        var libDynload: Result<String, MatrixError> = .failure(MatrixError("not needed"))
        // lib-dynload cases load from CPython's lib-dynload; wheel results name the pure-Python
        // standard-library modules they could not import, found beside it.
        if cases.contains(where: { $0.kind != .source || $0.usesLibDynload }) {
            libDynload = MatrixRunner.findLibDynload(oracle: options.oraclePython)
        }

        struct Task: Sendable {
            var testCase: MatrixCase
            var column: String
        }
        let columns = options.columns
        let tasks: [Task] = cases.flatMap { c in c.columns(columns).map { Task(testCase: c, column: $0) } }

        let results = ResultSlots(count: tasks.count)
        let context = RunContext(root: root, interpreter: interpreter,
                                 limits: DriverRun.Limits(timeout: options.timeout,
                                                          memoryLimitMB: options.memoryLimitMB),
                                 libDynload: libDynload,
                                 wheelCache: (options.wheelCache as NSString).expandingTildeInPath,
                                 runPackageTests: options.runPackageTests)
        let progress = Progress(total: tasks.count)
        let group = DispatchGroup()
        let workers = max(1, min(options.jobs, tasks.count))
        for _ in 0..<workers {
            group.enter()
            Thread.detachNewThread {
                while let index = results.claimNext() {
                    let task = tasks[index]
                    let result = MatrixRunner.runOne(task.testCase, column: task.column, context: context)
                    results.store(result, at: index)
                    progress.finished(result)
                }
                group.leave()
            }
        }
        group.wait()
        progress.done()

        return MatrixReport(interpreterName: (options.interpreter as NSString).lastPathComponent,
                            columns: options.columns,
                            caseFilter: options.caseFilter + options.caseNames,
                            tiers: tiers,
                            results: results.all())
    }

    /// Everything a worker needs to run one case.
    struct RunContext: Sendable {
        var root: String
        var interpreter: String
        var limits: DriverRun.Limits
        /// CPython's lib-dynload directory, or why it could not be found.
        var libDynload: Result<String, MatrixError>
        var wheelCache: String
        var runPackageTests: Bool
    }

    /// CPython 3.11's lib-dynload directory, asked of the oracle interpreter through
    /// `sysconfig` (never copied into the repository).
    static func findLibDynload(oracle: String) -> Result<String, MatrixError> {
        let code = "import sys, sysconfig\n"
            + "assert sys.implementation.name == 'cpython' and sys.version_info[:2] == (3, 11), sys.version\n"
            + "print(sysconfig.get_config_var('DESTSHARED'))"
        do {
            let python = try resolveInterpreter(oracle)
            let run = try DriverRun.run(interpreter: python, arguments: ["-c", code],
                                        directory: FileManager.default.currentDirectoryPath,
                                        environment: ProcessInfo.processInfo.environment,
                                        limits: DriverRun.Limits(timeout: 30, memoryLimitMB: 0))
            let dir = String(decoding: run.stdout, as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard case .exited(0) = run.ending, !dir.isEmpty,
                  FileManager.default.fileExists(atPath: dir) else {
                return .failure(MatrixError("\(oracle) is not a CPython 3.11 with a lib-dynload directory: "
                                            + run.stderrLastLine))
            }
            return .success(dir)
        } catch let e as MatrixError {
            return .failure(e)
        } catch {
            return .failure(MatrixError("\(error)"))
        }
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
    /// apply the case's xfail marker to anything but a skip or a setup error.
    static func runOne(_ testCase: MatrixCase, column: String, context: RunContext) -> CaseResult {
        var result = runUnmarked(testCase, column: column, context: context)
        result.tier = testCase.tier
        result = withoutMachinePaths(result, root: context.root, interpreter: context.interpreter,
                                     wheelCache: context.wheelCache)
        guard result.state != .skipped, result.state != .setupError,
              let reason = testCase.xfailReason(column: column) else {
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

    private static func runUnmarked(_ testCase: MatrixCase, column: String,
                                    context: RunContext) -> CaseResult {
        func skipped(_ why: String) -> CaseResult {
            CaseResult(caseName: testCase.name, column: column, state: .skipped, detail: why)
        }
        if let problem = testCase.setupProblem {
            return CaseResult(caseName: testCase.name, column: column, state: .setupError, detail: problem)
        }
        var pythonPath: String
        switch testCase.kind {
        case .source:
            switch sourceBuildDir(testCase, column: column, root: context.root) {
            case .success(let dir): pythonPath = dir
            case .failure(let early): return early.result
            }
            if testCase.usesLibDynload {
                guard case .success(let dynload) = context.libDynload else {
                    return skipped("CPython's lib-dynload not found")
                }
                pythonPath += ":" + dynload
            }
        case .libDynload(let module):
            switch context.libDynload {
            case .success(let dir):
                let so = (dir as NSString).appendingPathComponent(module + MatrixCase.extensionSuffix)
                guard FileManager.default.fileExists(atPath: so) else {
                    return skipped("\(module)\(MatrixCase.extensionSuffix) is not in CPython's lib-dynload")
                }
                pythonPath = dir
            case .failure(let why):
                return skipped("CPython's lib-dynload not found: \(why.description)")
            }
        case .wheel(let version, let needs, _):
            switch wheelSite(name: testCase.name, version: version, needs: needs,
                             root: context.root, cache: context.wheelCache) {
            case .success(let path): pythonPath = path
            case .failure(let early): return early.result
            }
        }
        guard FileManager.default.fileExists(atPath: testCase.path(testCase.script)) else {
            return skipped("no \(testCase.script)")
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
            run = try DriverRun.run(interpreter: context.interpreter, arguments: [testCase.script],
                                    directory: testCase.directory,
                                    environment: DriverRun.environment(pythonPath: pythonPath),
                                    limits: context.limits)
        } catch {
            return CaseResult(caseName: testCase.name, column: column, state: .crash,
                              detail: "could not start the driver: \(error)")
        }
        var result = classify(run, expected: expected, testCase: testCase, column: column,
                              timeout: context.limits.timeout)
        if result.state == .loadError, case .success(let dir) = context.libDynload,
           let module = stdlibModule(missingIn: result.detail, stdlib: (dir as NSString).deletingLastPathComponent) {
            result.detail += " (\(module) is pure-Python standard library, which the runtime cannot import yet)"
        }
        if case .wheel(_, _, let testsModule?) = testCase.kind, context.runPackageTests {
            result.packageTests = PackageTestRun.run(module: testsModule, testCase: testCase,
                                                     pythonPath: pythonPath, context: context)
        }
        return result
    }

    /// A result that ends a case before it runs.
    struct EarlyResult: Error {
        var result: CaseResult
    }

    /// The build directory of a source case in a column, or why the case cannot run there.
    static func sourceBuildDir(_ testCase: MatrixCase, column: String,
                               root: String) -> Result<String, EarlyResult> {
        func early(_ state: CaseState, _ why: String) -> Result<String, EarlyResult> {
            .failure(EarlyResult(result: CaseResult(caseName: testCase.name, column: column,
                                                    state: state, detail: why)))
        }
        let fm = FileManager.default
        let columnDir = (root as NSString).appendingPathComponent("compat-matrix/build/\(column)")
        let skipFile = (columnDir as NSString).appendingPathComponent("SKIPPED")
        if let reason = try? String(contentsOfFile: skipFile, encoding: .utf8) {
            return early(.skipped, "column skipped: " + reason.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if !fm.fileExists(atPath: columnDir) {
            let flag = column == "swallow-headers" ? " --headers swallow" : ""
            return early(.skipped, "column not built (tools/matrix/build-cases\(flag))")
        }
        let buildDir = (columnDir as NSString).appendingPathComponent(testCase.name)
        for module in testCase.modules {
            let errorPath = (buildDir as NSString).appendingPathComponent(module + ".build-error")
            if let log = try? String(contentsOfFile: errorPath, encoding: .utf8) {
                let firstError = log.split(separator: "\n")
                    .first { $0.contains("error") && !$0.hasPrefix("$ ") }
                    .map { $0.replacingOccurrences(of: "compat-matrix/cases/\(testCase.name)/", with: "") }
                let relative = "compat-matrix/build/\(column)/\(testCase.name)/\(module).build-error"
                return early(.buildError, (firstError ?? "\(module): compile failed") + " (see \(relative))")
            }
        }
        let missing = testCase.modules.filter {
            !fm.fileExists(atPath: (buildDir as NSString).appendingPathComponent($0 + MatrixCase.extensionSuffix))
        }
        if !missing.isEmpty {
            return early(.skipped, "not built: \(missing.joined(separator: ", ")) (tools/matrix/build-cases)")
        }
        return .success(buildDir)
    }

    /// The PYTHONPATH of a wheel case: its unpacked wheel, then those of the entries it needs.
    static func wheelSite(name: String, version: String, needs: [String], root: String,
                          cache: String) -> Result<String, EarlyResult> {
        func early(_ state: CaseState, _ why: String) -> Result<String, EarlyResult> {
            .failure(EarlyResult(result: CaseResult(caseName: name, column: MatrixCase.binaryColumn,
                                                    state: state, detail: why)))
        }
        var manifest: [String: String] = [:]
        if !needs.isEmpty, let m = try? WheelManifest.load(repoRoot: root) {
            for e in m.entries where e.problem == nil { manifest[e.name] = e.version }
        }
        var paths: [String] = []
        for (entry, ver) in [(name, Optional(version))] + needs.map({ ($0, manifest[$0]) }) {
            guard let ver else {
                return early(.setupError, "needs '\(entry)', which is not a valid entry of wheels.json")
            }
            let home = (cache as NSString).appendingPathComponent("\(entry)-\(ver)")
            let errorFile = (home as NSString).appendingPathComponent("FETCH-ERROR")
            if let why = try? String(contentsOfFile: errorFile, encoding: .utf8) {
                let what = entry == name ? "" : " (needed \(entry))"
                return early(.setupError, why.trimmingCharacters(in: .whitespacesAndNewlines) + what)
            }
            let site = (home as NSString).appendingPathComponent("site")
            guard FileManager.default.fileExists(atPath: (home as NSString).appendingPathComponent("FETCHED")) else {
                return early(.skipped, "\(entry) \(ver) not fetched (tools/matrix/fetch-wheels)")
            }
            paths.append(site)
        }
        return .success(paths.joined(separator: ":"))
    }

    /// Reports are committed: paths inside the repository become relative to its root, the
    /// interpreter's path becomes its name (ImportError messages quote the module's path).
    static func withoutMachinePaths(_ result: CaseResult, root: String, interpreter: String,
                                    wheelCache: String = "") -> CaseResult {
        func clean(_ text: String) -> String {
            var t = text.replacingOccurrences(of: root.hasSuffix("/") ? root : root + "/", with: "")
            if !wheelCache.isEmpty {
                t = t.replacingOccurrences(of: wheelCache, with: "<wheel-cache>")
            }
            let home = NSHomeDirectory()
            if home.count > 1 {
                t = t.replacingOccurrences(of: home + "/", with: "~/")
            }
            if interpreter.hasPrefix("/") {
                t = t.replacingOccurrences(of: interpreter,
                                           with: (interpreter as NSString).lastPathComponent)
            }
            return t
        }
        var r = result
        r.detail = clean(r.detail)
        r.diff = r.diff?.map(clean)
        // Source paths in a crash report name the build machine of the library: keep the file.
        r.log = r.log?.map { clean($0).replacingOccurrences(of: " at /[^ ]*/([^/ ]+)$", with: " at $1",
                                                             options: .regularExpression) }
        if let detail = r.packageTests?.detail {
            r.packageTests?.detail = clean(detail)
        }
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
            let place = crashLocation(run.stderr).map { " in \($0)" } ?? ""
            let fatal = fatalError(run.stderr).map { "; \($0)" } ?? ""
            result.detail = "\(name)\(hint)\(place)\(fatal); \(progress)"
                + (place.isEmpty && fatal.isEmpty ? stderrNote : "")
            result.diff = diff.excerpt.isEmpty ? nil : diff.excerpt
            result.log = stderrExcerpt(run.stderr, head: true)
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
            if status != 0, expected.exitStatus == 0,
               isImportFailure(stderrLast) || failedWhileImporting(run.stderr) {
                result.state = .loadError
                result.detail = isImportFailure(stderrLast) ? stderrLast : stderrLast + " (raised by an import)"
                result.log = stderrExcerpt(run.stderr)
                return result
            }
            result.state = .fail
            result.diff = diff.excerpt.isEmpty ? nil : diff.excerpt
            if status != expected.exitStatus { result.log = stderrExcerpt(run.stderr) }
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

    /// The top-level module of `ModuleNotFoundError: No module named 'x.y'` when CPython's
    /// standard library has it as Python source (`x.py` or `x/__init__.py` in `stdlib`).
    static func stdlibModule(missingIn detail: String, stdlib: String) -> String? {
        let prefix = "ModuleNotFoundError: No module named '"
        guard detail.hasPrefix(prefix) else { return nil }
        let name = detail.dropFirst(prefix.count).prefix { $0 != "'" }
        guard let top = name.split(separator: ".").first.map(String.init), !top.isEmpty else { return nil }
        let fm = FileManager.default
        let file = (stdlib as NSString).appendingPathComponent(top + ".py")
        let package = (stdlib as NSString).appendingPathComponent(top + "/__init__.py")
        return fm.fileExists(atPath: file) || fm.fileExists(atPath: package) ? top : nil
    }

    /// Where a crashed process died, from the crash report on its stderr, as
    /// `function (library)`: the first frame under `Symbolized:` (Swallow's own crash
    /// reporter), else under `Thread N crashed:` (Swift's runtime backtracer); with the C-API
    /// function that was in progress when the reporter names one.
    static func crashLocation(_ stderr: Data) -> String? {
        let lines = String(decoding: stderr, as: UTF8.self).split(separator: "\n")
        var place: String?
        if let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "Symbolized:" }),
           let frame = lines[(start + 1)...].first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#0 ") }) {
            // "  #0 math_trunc+0xef in math.cpython-311-x86_64-linux-gnu.so at /path/file.c:12"
            let text = frame.trimmingCharacters(in: .whitespaces).dropFirst(3)
            let parts = text.components(separatedBy: " in ")
            let function = parts[0].range(of: "+0x", options: .backwards).map { String(parts[0][..<$0.lowerBound]) } ?? parts[0]
            let library = parts.count > 1 ? String(parts[1].split(separator: " ").first ?? "") : ""
            place = library.isEmpty ? function : "\(function) (\(library))"
        } else if let start = lines.firstIndex(where: { $0.hasPrefix("Thread ") && $0.hasSuffix("crashed:") }) {
            for line in lines[(start + 1)...].prefix(4) {
                // "  0  0x00007f... function + 239 in library.so at /path/file.c:12:3"
                let parts = line.split(separator: " ", omittingEmptySubsequences: true)
                guard parts.count >= 3, Int(parts[0]) != nil, parts[1].hasPrefix("0x") else { continue }
                let rest = parts.dropFirst(2).joined(separator: " ")
                var function = rest.components(separatedBy: " + ").first ?? rest
                function = function.components(separatedBy: " in ").first ?? function
                var library = ""
                if let range = rest.range(of: " in ") {
                    library = String(rest[range.upperBound...].split(separator: " ").first ?? "")
                }
                place = library.isEmpty ? function : "\(function) (\(library))"
                break
            }
        }
        let capiPrefix = "C-API function in progress: "
        if let line = lines.first(where: { $0.hasPrefix(capiPrefix) }) {
            let name = line.dropFirst(capiPrefix.count)
            if !name.hasPrefix("none") {
                place = (place.map { $0 + ", " } ?? "") + "during \(name)"
            }
        }
        return place
    }

    /// The message of a deliberate abort, e.g. `Fatal Python error: X is not implemented by
    /// Swallow` (a C-API function without a sensible error return aborts with its name).
    static func fatalError(_ stderr: Data) -> String? {
        String(decoding: stderr, as: UTF8.self).split(separator: "\n")
            .first { $0.hasPrefix("Fatal Python error:") || $0.hasPrefix("Fatal error:") }
            .map { String($0.prefix(200)) }
    }

    /// The last lines of stderr (a traceback or a crash report), for the details of a result
    /// in `results.json` and the page; at most 40 lines of at most 200 characters.
    /// A crash report's head matters (what died where), a traceback's tail.
    static func stderrExcerpt(_ stderr: Data, head: Bool = false) -> [String]? {
        let lines = String(decoding: stderr, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.count > 200 ? String($0.prefix(200)) + "..." : String($0) }
        let trimmed = lines.drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }
        let kept = head ? Array(trimmed.prefix(40)) : Array(trimmed.suffix(40))
        return kept.isEmpty ? nil : kept
    }

    /// Whether the traceback in `stderr` ends in an `import` / `from` statement: the
    /// exception (a `SystemError` for a missing C-API function, say) came out of loading or
    /// initialising an extension, not out of the code that uses it.
    static func failedWhileImporting(_ stderr: Data) -> Bool {
        let lines = String(decoding: stderr, as: UTF8.self).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard lines.count >= 2 else { return false }
        for line in lines.dropLast().reversed() {
            if line.allSatisfy({ "^~".contains($0) }) { continue }
            return line.hasPrefix("import ") || line.hasPrefix("from ")
        }
        return false
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
