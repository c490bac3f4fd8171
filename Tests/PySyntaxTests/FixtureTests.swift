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
                .trimmingCharacters(in: .newlines)
            let src = Array(try Data(contentsOf: f))
            do {
                let mod = try parseModule(source: src, filename: f.lastPathComponent)
                let got = dumpAST(mod, includeAttributes: true)
                if got == expected {
                    passed += 1
                } else {
                    XCTFail("\(f.lastPathComponent): dump differs \(firstDifference(got, expected))")
                }
            } catch {
                XCTFail("\(f.lastPathComponent): unexpected error \(error)")
            }
        }
        print("PySyntax fixtures: \(passed)/\(files.count) trees match CPython")
    }

    func testErrorsMatchCPython() throws {
        let files = try pyFiles(in: Self.fixtures.appendingPathComponent("errors"))
        XCTAssertGreaterThanOrEqual(files.count, 10)
        var passed = 0
        for f in files {
            let data = try Data(contentsOf: f.deletingPathExtension().appendingPathExtension("err"))
            let want = try JSONSerialization.jsonObject(with: data) as! [String: Any]
            let src = Array(try Data(contentsOf: f))
            do {
                _ = try parseModule(source: src, filename: f.lastPathComponent)
                XCTFail("\(f.lastPathComponent): parsed, but CPython says \(want["msg"] ?? "")")
            } catch let e as SyntaxErrorInfo {
                let got = "\(e.kind.rawValue): \(e.msg) @\(e.lineno):\(e.offset)"
                let exp = "\(want["kind"]!): \(want["msg"]!) @\(want["lineno"]!):\(want["offset"]!)"
                if got == exp { passed += 1 } else { XCTFail("\(f.lastPathComponent):\n  got:  \(got)\n  want: \(exp)") }
            } catch {
                XCTFail("\(f.lastPathComponent): unexpected error type \(error)")
            }
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
            "x = " + String(repeating: "f(", count: 199) + String(repeating: ")", count: 199),
        ]
        for src in cases {
            XCTAssertThrowsError(try parseModule(src)) { e in XCTAssertTrue(e is SyntaxErrorInfo, "\(e)") }
        }
        // Moderate nesting still parses.
        XCTAssertNoThrow(try parseModule(String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)))
    }

    func testParseExpression() throws {
        let e = try parseExpression(source: Array("  1 + 2\n".utf8), filename: "<string>")
        XCTAssertEqual(dumpAST(e, includeAttributes: false),
                       "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))")
    }

    func testBigIntegerKeepsAllDigits() throws {
        let m = try parseModule("0xFFFFFFFFFFFFFFFFFFFF\n")
        guard case .expr(let e) = m.body[0].kind, case .constant(.int(let i), _) = e.kind else { return XCTFail() }
        XCTAssertEqual(i.digits, "1208925819614629174706175")
        XCTAssertNil(i.value)
    }
}
