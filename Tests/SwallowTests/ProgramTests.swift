import XCTest
import Foundation

/// Differential end-to-end tests: every `programs/NAME.py` that has a `NAME.expected.json`
/// (recorded from CPython 3.11 by `tools/record-program-outputs`) is run with the built
/// `swallow` executable; stdout, stderr and the exit status must match exactly after the same
/// normalisation (programs directory → `<dir>`, interpreter path → `<exe>`).
final class ProgramTests: XCTestCase {
    struct Expected: Decodable {
        let stdout: String
        let stderr: String
        let exit_code: Int32
    }

    struct Outcome {
        let stdout: String
        let stderr: String
        let status: Int32
    }

    static let programsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("programs").standardizedFileURL

    var swallowURL: URL {
        // The executable sits in the build products directory beside the test bundle; on Linux
        // Bundle(for:) may name either the .xctest file or that directory itself.
        let bundle = Bundle(for: ProgramTests.self).bundleURL
        let products = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        if FileManager.default.fileExists(atPath: products.appendingPathComponent("swallow").path) {
            return products.appendingPathComponent("swallow")
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("swallow")
    }

    func run(_ args: [String], stdin: String? = nil) throws -> Outcome {
        let p = Process()
        p.executableURL = swallowURL
        p.arguments = args
        p.currentDirectoryURL = Self.programsDir
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "PYTHONPATH")
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        if stdin != nil { p.standardInput = input }
        try p.run()
        if let text = stdin {
            input.fileHandleForWriting.write(text.data(using: .utf8)!)
            try input.fileHandleForWriting.close()
        }
        // Read both pipes concurrently so that a chatty program cannot block on a full pipe.
        var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Outcome(stdout: normalise(String(decoding: outData, as: UTF8.self)),
                       stderr: normalise(String(decoding: errData, as: UTF8.self)),
                       status: p.terminationStatus)
    }

    func normalise(_ s: String) -> String {
        let dir = Self.programsDir.path
        let exe = swallowURL.resolvingSymlinksInPath().path
        return s.replacingOccurrences(of: dir + "/", with: "<dir>/")
            .replacingOccurrences(of: dir, with: "<dir>")
            .replacingOccurrences(of: exe, with: "<exe>")
    }

    func testProgramsMatchCPython() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.programsDir.path)
            .filter { $0.hasSuffix(".expected.json") }.sorted()
        XCTAssertFalse(files.isEmpty, "no recorded programs found in \(Self.programsDir.path)")
        var passed = 0
        for file in files {
            let name = String(file.dropLast(".expected.json".count))
            let data = try Data(contentsOf: Self.programsDir.appendingPathComponent(file))
            let expected = try JSONDecoder().decode(Expected.self, from: data)
            let got = try run([name + ".py"])
            var ok = true
            if got.stdout != expected.stdout {
                XCTFail("\(name): stdout differs\n--- expected\n\(expected.stdout)\n--- got\n\(got.stdout)")
                ok = false
            }
            if got.stderr != expected.stderr {
                XCTFail("\(name): stderr differs\n--- expected\n\(expected.stderr)\n--- got\n\(got.stderr)")
                ok = false
            }
            if got.status != expected.exit_code {
                XCTFail("\(name): exit status \(got.status), expected \(expected.exit_code)")
                ok = false
            }
            if ok { passed += 1 }
        }
        print("ProgramTests: \(passed)/\(files.count) programs match CPython 3.11")
    }

    func testMissingScript() throws {
        let got = try run(["no_such_program.py"])
        XCTAssertEqual(got.stdout, "")
        XCTAssertEqual(got.stderr,
            "<exe>: can't open file '<dir>/no_such_program.py': [Errno 2] No such file or directory\n")
        XCTAssertEqual(got.status, 2)
    }

    func testDashC() throws {
        let got = try run(["-c", "import sys; print(1 + 2, sys.argv)", "a", "b"])
        XCTAssertEqual(got.stdout, "3 ['-c', 'a', 'b']\n")
        XCTAssertEqual(got.status, 0)
        let err = try run(["-c", "1/0"])
        XCTAssertEqual(err.stderr, "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n")
        XCTAssertEqual(err.status, 1)
    }

    /// `-m`: a module found on sys.path runs as `__main__` (a package runs its `__main__`
    /// submodule); the expected texts are CPython 3.11's for the same commands.
    func testDashM() throws {
        let mod = try run(["-m", "helper_dash_m", "x", "y"])
        XCTAssertEqual(mod.stdout, "__main__ True ['x', 'y'] helper_dash_m.py True\nran as main\n")
        XCTAssertEqual(mod.status, 0)
        let pkg = try run(["-m", "mainpkg"])
        XCTAssertEqual(pkg.stdout,
            "mainpkg init mainpkg\nmainpkg main __main__ mainpkg mainpkg.__main__ ['mainpkg', '__main__.py']\n")
        XCTAssertEqual(pkg.status, 0)
        let missing = try run(["-m", "no_such_mod_q"])
        XCTAssertEqual(missing.stderr, "<exe>: No module named no_such_mod_q\n")
        XCTAssertEqual(missing.status, 1)
        let noMain = try run(["-m", "pkg"])
        XCTAssertEqual(noMain.stderr,
            "<exe>: No module named pkg.__main__; 'pkg' is a package and cannot be directly executed\n")
        XCTAssertEqual(noMain.status, 1)
    }

    /// input(), readline(), read(n) and readlines() share one buffer over stdin; the expected
    /// text is CPython 3.11's for the same program and input.
    func testStdinReads() throws {
        let program = """
            import sys
            print(repr(input("first? ")))
            print(repr(sys.stdin.readline()))
            print(repr(input()))
            print(repr(sys.stdin.read(3)))
            print(sys.stdin.readlines())
            try:
                input("more? ")
            except EOFError as e:
                print(type(e).__name__, e)
            print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
            """
        let got = try run(["-c", program], stdin: "line one\nline two\nline three\nabcdef\ntail1\ntail2")
        XCTAssertEqual(got.stdout, """
            first? 'line one'
            'line two\\n'
            'line three'
            'abc'
            ['def\\n', 'tail1\\n', 'tail2']
            more? EOFError EOF when reading a line
            '' ''

            """)
        XCTAssertEqual(got.status, 0)
    }

    /// A program read from stdin (`-`): argv[0] is '-', sys.path[0] is ''.
    func testStdinScript() throws {
        let got = try run(["-", "a", "b"], stdin: "import sys; print(sys.argv, repr(sys.path[0]), __name__)\n")
        XCTAssertEqual(got.stdout, "['-', 'a', 'b'] '' __main__\n")
        XCTAssertEqual(got.status, 0)
    }

    func testVersion() throws {
        let got = try run(["--version"])
        XCTAssertEqual(got.stdout, "Python 3.11.7 (Swallow 0.1.0)\n")
    }
}
