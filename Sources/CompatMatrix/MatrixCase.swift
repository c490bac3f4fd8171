import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One case directory under `compat-matrix/cases/`: C sources (one extension module per
/// top-level `.c` file), `driver.py`, the recorded expectation and optional xfail markers.
public struct MatrixCase: Sendable {
    public var name: String
    /// Absolute path of the case directory.
    public var directory: String
    /// Extension module names, one per top-level `<module>.c`.
    public var modules: [String]

    /// The file name a built module has in a column's build directory.
    public static let extensionSuffix = ".cpython-311-x86_64-linux-gnu.so"

    /// Every case under `<repoRoot>/compat-matrix/cases`, sorted by name, restricted to the
    /// names matching one of `filter` (shell patterns) when it is not empty.
    public static func discover(repoRoot: String, filter: [String]) throws -> [MatrixCase] {
        let casesDir = (repoRoot as NSString).appendingPathComponent("compat-matrix/cases")
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: casesDir).sorted()
        var cases: [MatrixCase] = []
        for name in names where !name.hasPrefix(".") {
            let dir = (casesDir as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else { continue }
            guard filter.isEmpty || filter.contains(where: { fnmatch($0, name, 0) == 0 }) else {
                continue
            }
            let modules = try fm.contentsOfDirectory(atPath: dir)
                .filter { $0.hasSuffix(".c") }
                .map { String($0.dropLast(2)) }
                .sorted()
            cases.append(MatrixCase(name: name, directory: dir, modules: modules))
        }
        return cases
    }

    /// `<dir>/<name>` inside the case directory.
    func path(_ name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }

    /// The xfail reason for `column`: `xfail.<column>.txt` first, then `xfail.txt`.
    /// An empty marker file still marks the case, with a placeholder reason.
    func xfailReason(column: String) -> String? {
        for file in ["xfail.\(column).txt", "xfail.txt"] {
            if let text = try? String(contentsOfFile: path(file), encoding: .utf8) {
                let reason = text.trimmingCharacters(in: .whitespacesAndNewlines)
                return reason.isEmpty ? "(no reason given in \(file))" : reason
            }
        }
        return nil
    }
}
