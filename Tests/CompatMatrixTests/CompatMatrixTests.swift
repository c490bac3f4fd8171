import Foundation
import XCTest
@testable import CompatMatrix

final class CompatMatrixTests: XCTestCase {
    private func data(_ s: String) -> Data { Data(s.utf8) }

    private let sample = MatrixCase(name: "sample", directory: "/nonexistent", modules: ["m"])

    private func run(_ ending: DriverRun.Ending, stdout: String, stderr: String = "") -> DriverRun {
        DriverRun(ending: ending, stdout: data(stdout), stderr: data(stderr), seconds: 0.01)
    }

    // MARK: OutputDiff

    func testEqualOutputsHaveNoDiff() {
        let diff = OutputDiff(expected: data("a\nb\n"), actual: data("a\nb\n"))
        XCTAssertNil(diff.firstDifferingLine)
        XCTAssertEqual(diff.matchedLines, 2)
        XCTAssertTrue(diff.excerpt.isEmpty)
    }

    func testChangedLineIsLocated() {
        let diff = OutputDiff(expected: data("a\nb\nX\nd\n"), actual: data("a\nb\nc\nd\n"))
        XCTAssertEqual(diff.firstDifferingLine, 3)
        XCTAssertEqual(diff.summary, "line 3: expected 'X', got 'c'")
        XCTAssertEqual(diff.excerpt, ["@@ -1,3 +1,3 @@", " a", " b", "-X", "+c", " d"])
    }

    func testTruncatedOutput() {
        let diff = OutputDiff(expected: data("a\nb\n"), actual: data("a\n"))
        XCTAssertEqual(diff.firstDifferingLine, 2)
        XCTAssertEqual(diff.matchedLines, 1)
        XCTAssertEqual(diff.summary, "output ends early: line 2 should be 'b'")
    }

    func testMissingFinalNewlineIsADifference() {
        let diff = OutputDiff(expected: data("a\n"), actual: data("a"))
        XCTAssertEqual(diff.firstDifferingLine, 1)
    }

    // MARK: Classification

    func testPass() {
        let expected = ExpectedOutcome(stdout: data("ok\n"), exitStatus: 0, stderrLastLine: nil)
        let r = MatrixRunner.classify(run(.exited(0), stdout: "ok\n"), expected: expected,
                                      testCase: sample, column: "c", timeout: 30)
        XCTAssertEqual(r.state, .pass)
    }

    func testExpectedNonZeroExitMustMatchStderrLine() {
        let expected = ExpectedOutcome(stdout: data("x\n"), exitStatus: 1,
                                       stderrLastLine: "ValueError: boom")
        let good = MatrixRunner.classify(run(.exited(1), stdout: "x\n", stderr: "Traceback\nValueError: boom\n"),
                                         expected: expected, testCase: sample, column: "c", timeout: 30)
        XCTAssertEqual(good.state, .pass)
        let bad = MatrixRunner.classify(run(.exited(1), stdout: "x\n", stderr: "TypeError: boom\n"),
                                        expected: expected, testCase: sample, column: "c", timeout: 30)
        XCTAssertEqual(bad.state, .fail)
    }

    func testImportErrorIsALoadError() {
        let expected = ExpectedOutcome(stdout: data("ok\n"), exitStatus: 0, stderrLastLine: nil)
        let r = MatrixRunner.classify(run(.exited(1), stdout: "", stderr: "ImportError: undefined symbol: PyFoo\n"),
                                      expected: expected, testCase: sample, column: "c", timeout: 30)
        XCTAssertEqual(r.state, .loadError)
        XCTAssertEqual(r.detail, "ImportError: undefined symbol: PyFoo")
    }

    func testSignalIsACrashWithItsName() {
        let expected = ExpectedOutcome(stdout: data("a\nb\n"), exitStatus: 0, stderrLastLine: nil)
        let r = MatrixRunner.classify(run(.signaled(SIGSEGV), stdout: "a\n"), expected: expected,
                                      testCase: sample, column: "c", timeout: 30)
        XCTAssertEqual(r.state, .crash)
        XCTAssertEqual(r.signal, "SIGSEGV")
        XCTAssertTrue(r.detail.hasPrefix("SIGSEGV"))
        XCTAssertTrue(r.detail.contains("1/2 expected lines matched"))
    }

    func testTimeout() {
        let expected = ExpectedOutcome(stdout: data("a\n"), exitStatus: 0, stderrLastLine: nil)
        let r = MatrixRunner.classify(run(.timedOut, stdout: ""), expected: expected,
                                      testCase: sample, column: "c", timeout: 5)
        XCTAssertEqual(r.state, .timeout)
        XCTAssertTrue(r.detail.hasPrefix("killed after 5s"))
    }

    // MARK: Report

    func testSummaryLineAndExitCode() {
        let results = [
            CaseResult(caseName: "a", column: "c", state: .pass, detail: ""),
            CaseResult(caseName: "b", column: "c", state: .crash, detail: "SIGSEGV"),
            CaseResult(caseName: "c", column: "c", state: .xfail, detail: "why"),
            CaseResult(caseName: "d", column: "c", state: .skipped, detail: "not built"),
        ]
        let report = MatrixReport(interpreterName: "python3", columns: ["c"], caseFilter: [],
                                  results: results)
        XCTAssertEqual(report.summaryLine, "1 passed, 1 failed, 1 xfailed, 1 skipped")
        XCTAssertEqual(report.exitCode, 1)

        let fine = MatrixReport(interpreterName: "python3", columns: ["c"], caseFilter: [],
                                results: [results[0], results[2], results[3]])
        XCTAssertEqual(fine.exitCode, 0)

        let nothing = MatrixReport(interpreterName: "python3", columns: ["c"], caseFilter: [],
                                   results: [results[3]])
        XCTAssertEqual(nothing.exitCode, 1, "a run where nothing ran must not pass")
    }

    func testJSONHasDocumentedKeys() throws {
        let report = MatrixReport(interpreterName: "swallow", columns: ["c"], caseFilter: [],
                                  results: [CaseResult(caseName: "a", column: "c", state: .loadError,
                                                       detail: "ImportError: x", exitStatus: 1)])
        let object = try JSONSerialization.jsonObject(with: report.json()) as? [String: Any]
        XCTAssertEqual(object?["schema"] as? Int, 1)
        let first = (object?["results"] as? [[String: Any]])?.first
        XCTAssertEqual(first?["case"] as? String, "a")
        XCTAssertEqual(first?["state"] as? String, "load-error")
        XCTAssertEqual(first?["exit"] as? Int, 1)
        XCTAssertEqual((object?["summary"] as? [String: Int])?["load-error"], 1)
    }

    func testMachinePathsAreRemoved() {
        let raw = CaseResult(caseName: "a", column: "c", state: .loadError,
                             detail: "ImportError: /repo/x/compat-matrix/build/c/a/m.so: undefined symbol: PyFoo",
                             diff: ["+/opt/bin/python3: error"])
        let clean = MatrixRunner.withoutMachinePaths(raw, root: "/repo/x", interpreter: "/opt/bin/python3")
        XCTAssertEqual(clean.detail, "ImportError: compat-matrix/build/c/a/m.so: undefined symbol: PyFoo")
        XCTAssertEqual(clean.diff, ["+python3: error"])
    }

    func testSignalNames() {
        XCTAssertEqual(SignalNames.name(SIGABRT), "SIGABRT")
        XCTAssertEqual(SignalNames.name(63), "signal 63")
    }
}
