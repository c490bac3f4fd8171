import Foundation
#if canImport(Glibc)
import Glibc
#endif

public let capiReportUsage = """
usage: swallow capi-report [--json] [--symbols] [--limit N] [--color|--no-color] [--no-locations]
                           [PATH...] [--site DIR [NAME...]]...
  PATH          an extension (.so), a wheel (.whl) or a directory searched recursively for both
  --site DIR    installed distributions in site directory DIR: the NAMEs that follow (up to the
                next option), or every distribution when none is named; files from their RECORD
  --json        the report as JSON (schema: docs/capi-report.md)
  --symbols     list every imported symbol of every extension, not only the missing ones
  --limit N     rows of the rankings and missing names per extension in the table (default 25)
  --no-locations  skip the DWARF source locations of missing symbols
exit status: 0 everything implemented, 1 something missing, 2 bad usage or unreadable input
"""

/// `swallow capi-report …`; returns the exit status.
public func runCapiReportCommand(_ args: [String]) -> Int32 {
    var report = CapiReport()
    var json = false, symbols = false
    var color: Bool? = nil
    var limit = 25
    var paths: [String] = []
    var sites: [(String, [String])] = []
    var fuzz: Int? = nil
    var seed: UInt64 = 1
    func usage(_ message: String) -> Int32 {
        FileHandle.standardError.write(("swallow capi-report: \(message)\n" + capiReportUsage).data(using: .utf8)!)
        return 2
    }
    var i = 0
    while i < args.count {
        let a = args[i]
        switch a {
        case "--json": json = true
        case "--symbols": symbols = true
        case "--color": color = true
        case "--no-color": color = false
        case "--no-locations": report.locateSources = false
        case "-h", "--help":
            print(capiReportUsage)
            return 0
        case "--limit", "--fuzz", "--seed":
            i += 1
            guard i < args.count, let n = Int(args[i]), n >= 0 else { return usage("\(a) needs a number") }
            if a == "--limit" { limit = n } else if a == "--fuzz" { fuzz = n } else { seed = UInt64(n) }
        case "--site":
            i += 1
            guard i < args.count else { return usage("--site needs a directory") }
            let dir = args[i]
            var names: [String] = []
            while i + 1 < args.count && !args[i + 1].hasPrefix("-") {
                i += 1
                names.append(args[i])
            }
            sites.append((dir, names))
        case "--":
            paths += args[(i + 1)...]
            i = args.count
            continue
        default:
            if a.hasPrefix("-") && a != "-" { return usage("unknown option \(a)") }
            paths.append(a)
        }
        i += 1
    }
    if let n = fuzz {
        return CapiFuzzer.run(iterations: n, seed: seed, seedFiles: paths)
    }
    if paths.isEmpty && sites.isEmpty { return usage("nothing to report on") }
    for p in paths { report.add(path: p) }
    for (dir, names) in sites { report.add(site: dir, names: names) }
    if json {
        FileHandle.standardOutput.write(report.json().data(using: .utf8)!)
    } else {
        let useColor = color ?? (isatty(1) != 0 && getenv("NO_COLOR") == nil
                                 && (getenv("TERM").map { String(cString: $0) } ?? "dumb") != "dumb")
        FileHandle.standardOutput.write(report.table(color: useColor, symbols: symbols, limit: limit).data(using: .utf8)!)
    }
    return report.exitStatus
}
