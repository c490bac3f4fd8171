// Differential tests: every fixture's AST dump and every error must equal what CPython 3.11
// recorded (Fixtures/record.py). Nothing expected here is typed by hand.
import Foundation
import XCTest
@testable import PySyntax

final class FixtureTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func pyFiles(in dir: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "py" && $0.lastPathComponent != "record.py" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Points at the first difference, so a failure is readable on one screen.
    func firstDifference(_ a: String, _ b: String) -> String {
        let x = Array(a.utf8), y = Array(b.utf8)
        var i = 0
        while i < x.count && i < y.count && x[i] == y[i] { i += 1 }
        let lo = max(0, i - 120)
        let got = String(decoding: x[lo..<min(x.count, i + 120)], as: UTF8.self)
        let want = String(decoding: y[lo..<min(y.count, i + 120)], as: UTF8.self)
        return "at byte \(i):\n  got:  …\(got)…\n  want: …\(want)…"
    }

    func testTreesMatchCPython() throws {
        let files = try pyFiles(in: Self.fixtures)
        XCTAssertGreaterThan(files.count, 5)
        var passed = 0
        for f in files {
            let expected = try String(contentsOf: f.deletingPathExtension().appendingPathExtension("ast"), encoding: .utf8)
            if let p = try treeProblem(f, expected: expected) { XCTFail("\(f.lastPathComponent): \(p)") } else { passed += 1 }
        }
        print("PySyntax fixtures: \(passed)/\(files.count) trees match CPython")
    }

    /// Developer aid: compare a large recorded corpus (record.py --corpus SRC OUT), e.g. the
    /// standard library; NAME.err files (same JSON as errors/) are compared as errors.
    /// Skipped unless PYSYNTAX_CORPUS names the OUT directory.
    func testCorpus() throws {
        guard let dir = ProcessInfo.processInfo.environment["PYSYNTAX_CORPUS"] else { return }
        let files = try pyFiles(in: URL(fileURLWithPath: dir))
        var passed = 0, reported = 0
        var failures: [String] = []
        for f in files {
            let problem: String?
            let astURL = f.deletingPathExtension().appendingPathExtension("ast")
            if FileManager.default.fileExists(atPath: astURL.path) {
                problem = try treeProblem(f, expected: String(contentsOf: astURL, encoding: .utf8))
            } else {
                problem = try errorProblem(f)
            }
            if let p = problem {
                failures.append(f.lastPathComponent)
                if reported < 40 { reported += 1; XCTFail("\(f.lastPathComponent): \(p)") }
            } else {
                passed += 1
            }
        }
        print("PySyntax corpus: \(passed)/\(files.count) match CPython; failing: \(failures.joined(separator: " "))")
    }

    /// nil if `f` parses to the recorded dump, else a description of the difference.
    func treeProblem(_ f: URL, expected: String) throws -> String? {
        let want = expected.trimmingCharacters(in: .newlines)
        let src = Array(try Data(contentsOf: f))
        do {
            let got = dumpAST(try parseModule(source: src, filename: f.lastPathComponent), includeAttributes: true)
            return got == want ? nil : "dump differs \(firstDifference(got, want))"
        } catch {
            return "unexpected error \(error)"
        }
    }

    /// nil if `f` fails with the error recorded in its .err file.
    func errorProblem(_ f: URL) throws -> String? {
        let data = try Data(contentsOf: f.deletingPathExtension().appendingPathExtension("err"))
        let want = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let exp = "\(want["kind"]!): \(want["msg"]!) @\(want["lineno"]!):\(want["offset"]!)"
        do {
            _ = try parseModule(source: Array(try Data(contentsOf: f)), filename: f.lastPathComponent)
            return "parsed, but CPython says \(exp)"
        } catch let e as SyntaxErrorInfo {
            let got = "\(e.kind.rawValue): \(e.msg) @\(e.lineno):\(e.offset)"
            return got == exp ? nil : "\n  got:  \(got)\n  want: \(exp)"
        }
    }

    func testErrorsMatchCPython() throws {
        let files = try pyFiles(in: Self.fixtures.appendingPathComponent("errors"))
        XCTAssertGreaterThanOrEqual(files.count, 10)
        var passed = 0
        for f in files {
            if let p = try errorProblem(f) { XCTFail("\(f.lastPathComponent): \(p)") } else { passed += 1 }
        }
        print("PySyntax errors: \(passed)/\(files.count) match CPython")
    }

    func testInvalidUTF8IsASyntaxError() {
        for bad: [UInt8] in [[0x78, 0x3D, 0x22, 0xFF, 0x22, 0x0A], [0x23, 0x20, 0xC3, 0x0A], [0x78, 0x0A, 0xED, 0xA0, 0x80]] {
            XCTAssertThrowsError(try parseModule(source: bad, filename: "bad.py")) { e in
                guard let s = e as? SyntaxErrorInfo else { return XCTFail("not a SyntaxErrorInfo: \(e)") }
                XCTAssertTrue(s.msg.hasPrefix("Non-UTF-8 code starting with '\\x"), s.msg)
                XCTAssertTrue(s.msg.hasSuffix("in file bad.py on line \(s.lineno), but no encoding declared; see https://peps.python.org/pep-0263/ for details"), s.msg)
            }
        }
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let cases = [
            String(repeating: "(", count: 5000) + String(repeating: ")", count: 5000),
            String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
            String(repeating: "-", count: 100_000) + "1",
            String(repeating: "not ", count: 50_000) + "x",
        ]
        for src in cases {
            XCTAssertThrowsError(try parseModule(src)) { e in XCTAssertTrue(e is SyntaxErrorInfo, "\(e)") }
        }
        // Moderate nesting still parses.
        XCTAssertNoThrow(try parseModule(String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199)))
        XCTAssertNoThrow(try parseModule("x = " + String(repeating: "f(", count: 199) + String(repeating: ")", count: 199)))
        XCTAssertNoThrow(try parseModule(String(repeating: "-", count: 1000) + "1"))
    }

    /// eval/ and single/ hold inputs for `compile` modes "eval" and "single": NAME.ast when
    /// CPython parsed them, NAME.err when it refused.
    func checkModeDirectory(_ sub: String, _ dump: ([UInt8], String) throws -> String) throws {
        let files = try pyFiles(in: Self.fixtures.appendingPathComponent(sub))
        XCTAssertGreaterThan(files.count, 3)
        var passed = 0
        for f in files {
            let astURL = f.deletingPathExtension().appendingPathExtension("ast")
            let src = Array(try Data(contentsOf: f))
            var problem: String? = nil
            if FileManager.default.fileExists(atPath: astURL.path) {
                let want = try String(contentsOf: astURL, encoding: .utf8).trimmingCharacters(in: .newlines)
                do {
                    let got = try dump(src, f.lastPathComponent)
                    if got != want { problem = "dump differs \(firstDifference(got, want))" }
                } catch {
                    problem = "unexpected error \(error)"
                }
            } else {
                let data = try Data(contentsOf: f.deletingPathExtension().appendingPathExtension("err"))
                let want = try JSONSerialization.jsonObject(with: data) as! [String: Any]
                let exp = "\(want["kind"]!): \(want["msg"]!) @\(want["lineno"]!):\(want["offset"]!)"
                do {
                    _ = try dump(src, f.lastPathComponent)
                    problem = "parsed, but CPython says \(exp)"
                } catch let e as SyntaxErrorInfo {
                    let got = "\(e.kind.rawValue): \(e.msg) @\(e.lineno):\(e.offset)"
                    if got != exp { problem = "\n  got:  \(got)\n  want: \(exp)" }
                }
            }
            if let p = problem { XCTFail("\(sub)/\(f.lastPathComponent): \(p)") } else { passed += 1 }
        }
        print("PySyntax \(sub) mode: \(passed)/\(files.count) match CPython")
    }

    func testEvalModeMatchesCPython() throws {
        try checkModeDirectory("eval") { try dumpAST(parseExpression(source: $0, filename: $1), includeAttributes: true) }
    }

    func testSingleModeMatchesCPython() throws {
        try checkModeDirectory("single") { try dumpAST(parseInteractive(source: $0, filename: $1), includeAttributes: true) }
    }

    /// A lone surrogate in a str literal is kept, as its shadow scalar (PyObjects' LoneSurrogate),
    /// and dumps as CPython shows it.
    func testLoneSurrogateIsKept() throws {
        let m = try parseModule("x = '\\ud800'\n")
        XCTAssertTrue(dumpAST(m, includeAttributes: false).contains("'\\ud800'"))
        XCTAssertNoThrow(try parseModule("x = b'\\ud800' + r'\\ud800'\n"))
    }

    func testBigIntegerKeepsAllDigits() throws {
        let m = try parseModule("0xFFFFFFFFFFFFFFFFFFFF\n")
        guard case .expr(let e) = m.body[0].kind, case .constant(.int(let i), _) = e.kind else { return XCTFail() }
        XCTAssertEqual(i.digits, "1208925819614629174706175")
        XCTAssertNil(i.value)
    }
}
