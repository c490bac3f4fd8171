// Robustness: arbitrary input must end in a tree or a SyntaxErrorInfo, never a trap.
import Foundation
import XCTest
@testable import PySyntax

final class RobustnessTests: XCTestCase {
    /// A fixed-seed generator so failures reproduce.
    struct LCG {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static let pieces = [
        "x", "y", "f", "_", "match", "case", "1", "0x", "1e", "2j", "1_", ".5", "'s'", "\"", "'''", "f'{", "}", "{", "f\"{x!r:>{w}}\"",
        "b'\\xff'", "(", ")", "[", "]", ":", ",", ";", ".", "...", "=", "==", ":=", "->", "**", "*", "+", "-", "~", "@", "|",
        "if", "else", "elif", "for", "in", "not", "is", "and", "or", "lambda", "def", "class", "return", "yield", "from",
        "import", "as", "with", "try", "except", "finally", "while", "del", "pass", "await", "async", "global", "\n", "\n    ",
        "\n\t", "\\\n", "#c", " ", "é", "\u{200B}", "$", "!",
    ]

    func testRandomTokenSoupNeverCrashes() {
        var rng = LCG(state: 20261123)
        var errors = 0, trees = 0
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<(1 + rng.next(30)) { s += Self.pieces[rng.next(Self.pieces.count)] + (rng.next(3) == 0 ? " " : "") }
            do {
                let m = try parseModule(s)
                _ = dumpAST(m, includeAttributes: true)
                trees += 1
            } catch is SyntaxErrorInfo {
                errors += 1
            } catch {
                XCTFail("non-syntax error for \(s.debugDescription): \(error)")
            }
        }
        print("PySyntax robustness: \(trees) trees, \(errors) syntax errors, 0 crashes")
    }

    func testRandomBytesNeverCrash() {
        var rng = LCG(state: 42)
        for _ in 0..<2000 {
            let bytes = (0..<(rng.next(60))).map { _ in UInt8(rng.next(256)) }
            do { _ = try parseModule(source: bytes, filename: "fuzz.py") } catch is SyntaxErrorInfo {} catch {
                XCTFail("non-syntax error for \(bytes): \(error)")
            }
        }
    }

    func testEveryPrefixOfARealProgramNeverCrashes() throws {
        let src = Array(try Data(contentsOf: FixtureTests.fixtures.appendingPathComponent("defs.py")))
        for n in 0...src.count {
            do { _ = try parseModule(source: Array(src[0..<n]), filename: "prefix.py") } catch is SyntaxErrorInfo {} catch {
                XCTFail("prefix \(n): \(error)")
            }
        }
    }

    /// Developer aid: parse every .py under PYSYNTAX_SPEED (no dumping) and report throughput.
    func testParseSpeed() throws {
        guard let dir = ProcessInfo.processInfo.environment["PYSYNTAX_SPEED"] else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".py") }
        let sources = try files.map { Array(try Data(contentsOf: URL(fileURLWithPath: dir).appendingPathComponent($0))) }
        let bytes = sources.reduce(0) { $0 + $1.count }
        let start = Date()
        var failed = 0
        for s in sources { if (try? parseModule(source: s, filename: "x.py")) == nil { failed += 1 } }
        let t = Date().timeIntervalSince(start)
        print("PySyntax speed: \(files.count) files, \(bytes / 1024) KiB in \(String(format: "%.2f", t)) s (\(Int(Double(bytes) / 1024 / 1024 / t)) MiB/s), \(failed) failed")
    }
}
