#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CompatMatrix
import PyLoader
import PyVM

/// `swallow matrix [--interpreter PATH] [--jobs N] [--build] [--no-write] [CASE-PATTERN…]`:
/// runs the compatibility matrix; the interpreter under test defaults to this executable.
func runMatrixCommand(_ args: [String]) -> Int32 {
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    var options = MatrixOptions(interpreter: me, repoRoot: FileManager.default.currentDirectoryPath)
    var i = 0
    while i < args.count {
        let a = args[i]
        func value() -> String? {
            i += 1
            return i < args.count ? args[i] : nil
        }
        switch a {
        case "--interpreter": if let v = value() { options.interpreter = v }
        case "--jobs": if let v = value().flatMap(Int.init) { options.jobs = v }
        case "--repo": if let v = value() { options.repoRoot = v }
        case "--build": options.buildFirst = true
        case "--no-write": options.writeReports = false
        case "-h", "--help":
            print("usage: swallow matrix [--interpreter PATH] [--jobs N] [--repo DIR] [--build] [--no-write] [CASE-PATTERN...]")
            return 0
        default:
            if a.hasPrefix("-") {
                FileHandle.standardError.write("swallow matrix: unknown option \(a)\n".data(using: .utf8)!)
                return 2
            }
            options.caseFilter.append(a)
        }
        i += 1
    }
    return runMatrix(options)
}

let arguments = CommandLine.arguments
if arguments.count >= 2 && arguments[1] == "matrix" {
    exit(runMatrixCommand(Array(arguments.dropFirst(2))))
}
// Extension modules found by the import system are loaded through the C-API bridge.
ImportHooks.loadExtension = { name, path in try ExtensionLoader.load(name: name, path: path) }
exit(runPythonCommandLine(arguments))
