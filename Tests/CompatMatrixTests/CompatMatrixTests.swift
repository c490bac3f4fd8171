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
        XCTAssertEqual(object?["schema"] as? Int, 2)
        XCTAssertEqual((object?["counts"] as? [String: [String: Int]])?["own"]?["load-error"], 1)
        XCTAssertNotNil(object?["tiers"] as? [String])
        let first = (object?["results"] as? [[String: Any]])?.first
        XCTAssertEqual(first?["case"] as? String, "a")
        XCTAssertEqual(first?["tier"] as? String, "own")
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

    // MARK: Tiers, manifest, reports

    func testTierSelection() throws {
        XCTAssertEqual(try MatrixTier.expand(["fast"]), ["own", "lib-dynload"])
        XCTAssertEqual(try MatrixTier.expand(["wheel-pyo3,own"]), ["own", "wheel-pyo3"])
        XCTAssertEqual(try MatrixTier.expand(["all"]), MatrixTier.all)
        XCTAssertThrowsError(try MatrixTier.expand(["wheel-fortran"]))
    }

    func testMalformedManifestEntriesAreReportedPerEntry() throws {
        let json = """
        {"wheels": [
          {"name": "good", "version": "1.2.3", "tier": "wheel-plainC"},
          {"name": "loose", "version": ">=1.0", "tier": "wheel-plainC"},
          {"name": "odd", "version": "1.0", "tier": "wheel-cobol"},
          42,
          {"name": "good", "version": "1.2.3", "tier": "wheel-plainC"}
        ]}
        """
        let m = try WheelManifest.parse(Data(json.utf8))
        XCTAssertEqual(m.entries.count, 5)
        XCTAssertNil(m.entries[0].problem)
        XCTAssertTrue(m.entries[1].problem?.contains("exact version") ?? false)
        XCTAssertTrue(m.entries[2].problem?.contains("unknown 'tier'") ?? false)
        XCTAssertEqual(m.entries[3].problem, "entry is not an object")
        XCTAssertEqual(m.entries[4].problem, "duplicate name")
        XCTAssertThrowsError(try WheelManifest.parse(Data("{".utf8)))
    }

    func testImportTracebackMakesALoadError() {
        let expected = ExpectedOutcome(stdout: data("ok\n"), exitStatus: 0, stderrLastLine: nil)
        let stderr = "Traceback (most recent call last):\n  File \"driver.py\", line 4, in <module>\n"
            + "    import array\nSystemError: PyType_FromSpec is not implemented by Swallow\n"
        let r = MatrixRunner.classify(run(.exited(1), stdout: "", stderr: stderr), expected: expected,
                                      testCase: sample, column: "c", timeout: 30)
        XCTAssertEqual(r.state, .loadError)
        XCTAssertTrue(r.detail.hasPrefix("SystemError: PyType_FromSpec"))
        let later = "Traceback (most recent call last):\n    x = m.f()\nSystemError: boom\n"
        let r2 = MatrixRunner.classify(run(.exited(1), stdout: "", stderr: later), expected: expected,
                                       testCase: sample, column: "c", timeout: 30)
        XCTAssertEqual(r2.state, .fail)
    }

    func testCountsPerTierAndPage() throws {
        let report = MatrixReport(interpreterName: "swallow", columns: ["c"], caseFilter: [],
                                  tiers: ["own", "lib-dynload"], results: [
            CaseResult(caseName: "a", column: "c", tier: "own", state: .pass, detail: ""),
            CaseResult(caseName: "b", column: "binary", tier: "lib-dynload", state: .crash,
                       detail: "</script><b>SIGSEGV</b>"),
            CaseResult(caseName: "c", column: "binary", tier: "lib-dynload", state: .pass, detail: ""),
        ])
        XCTAssertEqual(report.countsByTier()["lib-dynload"], ["crash": 1, "pass": 1])
        let table = report.countsTable(markdown: true)
        XCTAssertTrue(table.contains("| lib-dynload | 1 | 1 | 2 |"), table)
        XCTAssertTrue(table.contains("| all | 2 | 1 | 3 |"), table)
        let page = MatrixPage.html(json: try report.json())
        XCTAssertFalse(page.contains("</script><b>"), "embedded data must not close its script element")
        XCTAssertFalse(page.contains("src="), "the page must not load anything")
        XCTAssertTrue(page.contains("#selftest"))
    }
}
