#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CompatMatrix
import PyInspect
import PyLoader
import PyVM

/// `swallow matrix [--interpreter PATH] [--jobs N] [--build] [--no-write] [--tier T] [--case NAME]
/// [--wheel-cache DIR] [--timeout S] [CASE-PATTERN…]`: runs the compatibility matrix (tiers
/// `own` and `lib-dynload` unless `--tier` says otherwise); the interpreter under test defaults
/// to this executable.
func runMatrixCommand(_ args: [String]) -> Int32 {
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    var options = MatrixOptions(interpreter: me, repoRoot: FileManager.default.currentDirectoryPath)
    var tiers: [String] = []
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
        case "--tier": if let v = value() { tiers.append(v) }
        case "--case": if let v = value() { options.caseNames.append(v) }
        case "--wheel-cache": if let v = value() { options.wheelCache = v }
        case "--timeout": if let v = value().flatMap(Double.init) { options.timeout = v }
        case "--no-package-tests": options.runPackageTests = false
        case "--report-dir": if let v = value() { options.reportDirectory = v }
        case "-h", "--help":
            print("usage: swallow matrix [--interpreter PATH] [--jobs N] [--repo DIR] [--build] [--no-write]\n"
                  + "                      [--tier own|lib-dynload|wheel-...|fast|wheels|all] [--case NAME]\n"
                  + "                      [--wheel-cache DIR] [--timeout SECONDS] [--no-package-tests] [--report-dir DIR] [CASE-PATTERN...]")
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
    if !tiers.isEmpty { options.tiers = tiers }
    return runMatrix(options)
}

// Fatal signals print a native backtrace, the C-API call in progress and the Python traceback.
CrashReporter.install(pythonTraceback: { Runtime.currentTracebackText() })
let arguments = CommandLine.arguments
if arguments.count >= 2 && arguments[1] == "matrix" {
    exit(runMatrixCommand(Array(arguments.dropFirst(2))))
}
if arguments.count >= 2 && arguments[1] == "capi-report" {
    exit(runCapiReportCommand(Array(arguments.dropFirst(2))))
}
// Extension modules found by the import system are loaded through the C-API bridge.
ImportHooks.loadExtension = { name, path in try ExtensionLoader.load(name: name, path: path) }
exit(runPythonCommandLine(arguments))
