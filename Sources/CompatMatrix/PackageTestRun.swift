import Foundation

/// Runs a wheel's own bundled tests (`tools/matrix/package-tests <module>`, a small unittest
/// harness) under the interpreter under test, and compares the number passing with CPython's,
/// recorded by `tools/matrix/record-expected` in the case's `tests-expected.txt`.
enum PackageTestRun {
    static let harness = "tools/matrix/package-tests"
    static let baselineFile = "tests-expected.txt"
    static let timeout = 300.0

    /// The counts of the harness's summary line
    /// `package-tests: ran=N passed=N failures=N errors=N skipped=N`.
    static func parse(_ text: String) -> [String: Int]? {
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("package-tests:") }) else {
            return nil
        }
        var counts: [String: Int] = [:]
        for field in line.dropFirst("package-tests:".count).split(separator: " ") {
            let kv = field.split(separator: "=")
            if kv.count == 2, let n = Int(kv[1]) { counts[String(kv[0])] = n }
        }
        return counts["passed"] == nil ? nil : counts
    }

    static func run(module: String, testCase: MatrixCase, pythonPath: String,
                    context: MatrixRunner.RunContext) -> PackageTests {
        let baseline = (try? String(contentsOfFile: testCase.path(baselineFile), encoding: .utf8))
            .flatMap(parse)?["passed"]
        let script = (context.root as NSString).appendingPathComponent(harness)
        let run: DriverRun
        do {
            run = try DriverRun.run(interpreter: context.interpreter, arguments: [script, module],
                                    directory: testCase.directory,
                                    environment: DriverRun.environment(pythonPath: pythonPath),
                                    limits: DriverRun.Limits(timeout: timeout,
                                                             memoryLimitMB: context.limits.memoryLimitMB))
        } catch {
            return PackageTests(status: "not runnable yet", baseline: baseline,
                                detail: "could not start: \(error)")
        }
        guard let counts = parse(String(decoding: run.stdout, as: UTF8.self)),
              let passed = counts["passed"] else {
            let why: String
            switch run.ending {
            case .timedOut: why = "timed out after \(Int(timeout))s"
            case .signaled(let n): why = "killed by \(SignalNames.name(n))"
            case .exited: why = run.stderrLastLine.isEmpty ? "no summary line" : run.stderrLastLine
            }
            return PackageTests(status: "not runnable yet", baseline: baseline,
                                detail: "the test runner did not run: \(why)")
        }
        let summary = "ran \(counts["ran"] ?? 0), passed \(passed), failures \(counts["failures"] ?? 0), "
            + "errors \(counts["errors"] ?? 0), skipped \(counts["skipped"] ?? 0)"
        guard let baseline, baseline > 0 else {
            return PackageTests(status: "no baseline", passed: passed,
                                detail: summary + "; CPython's count not recorded (tools/matrix/record-expected)")
        }
        let percent = (Double(passed) * 1000 / Double(baseline)).rounded() / 10
        return PackageTests(status: "ran", passed: passed, baseline: baseline, percent: percent,
                            detail: summary)
    }
}
