import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `swallow capi-report`: what a set of extensions needs from the C-API and what Swallow lacks.
public struct CapiReport: Sendable {
    public var extensions: [ExtensionReport] = []
    public var problems: [InputProblem] = []
    /// Shared objects met while walking directories or wheels that import nothing from the
    /// C-API and define no `PyInit_*` (vendored libraries): not reported.
    public var skippedNonExtensions = 0
    public var locateSources = true

    public init() {}

    // MARK: gathering

    /// Reports on one command-line path: a `.so` (or any ELF file), a `.whl`, or a directory
    /// searched recursively for both.
    public mutating func add(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else {
            problem(path, path, InspectError("unreadable", "cannot read: \(String(cString: strerror(errno)))"))
            return
        }
        if st.st_mode & S_IFMT == S_IFDIR {
            addDirectory(path)
        } else if path.hasSuffix(".whl") {
            addWheel(path, input: path)
        } else {
            addFile(path, input: path, display: path, explicit: true)
        }
    }

    /// Reports on installed distributions: `names` in site directory `dir` (all when empty),
    /// their files taken from each `*.dist-info/RECORD`.
    public mutating func add(site dir: String, names: [String]) {
        let listing: [String]
        do {
            listing = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".dist-info") }.sorted()
        } catch {
            problem(dir, dir, InspectError("unreadable", "cannot list site directory \(dir)"))
            return
        }
        func normalized(_ s: String) -> String {
            var out = ""
            var lastDash = false
            for c in s.lowercased() {
                if c == "-" || c == "_" || c == "." {
                    if !lastDash { out.append("-") }
                    lastDash = true
                } else {
                    out.append(c)
                    lastDash = false
                }
            }
            return out
        }
        var found = Set<String>()
        for info in listing {
            let stem = String(info.dropLast(".dist-info".count))
            let name = stem.split(separator: "-", maxSplits: 1).first.map(String.init) ?? stem
            let wanted = names.isEmpty ? name : names.first { normalized($0) == normalized(name) }
            guard let want = wanted else { continue }
            found.insert(normalized(want))
            let input = "--site \(want)"
            let recordPath = dir + "/" + info + "/RECORD"
            guard let record = try? String(contentsOfFile: recordPath, encoding: .utf8) else {
                problem(input, recordPath, InspectError("unreadable", "cannot read \(info)/RECORD"))
                continue
            }
            for line in record.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
                let file = CapiReport.firstCSVField(String(line))
                guard file.hasSuffix(".so") || file.contains(".so.") else { continue }
                addFile(dir + "/" + file, input: input, display: file, explicit: false)
            }
        }
        for n in names where !found.contains(normalized(n)) {
            problem("--site \(n)", dir, InspectError("not-found", "no distribution named \(n) in \(dir)"))
        }
    }

    static func firstCSVField(_ line: String) -> String {
        guard line.first == "\"" else { return String(line.prefix { $0 != "," }) }
        var out = ""
        var it = line.dropFirst().makeIterator()
        while let c = it.next() {
            if c == "\"" {
                guard let d = it.next(), d == "\"" else { break }
                out.append("\"")
            } else {
                out.append(c)
            }
        }
        return out
    }

    mutating func addDirectory(_ root: String) {
        var files: [String] = []
        var stack = [""]
        var seenDirs = Set<String>()
        while let rel = stack.popLast() {
            let dir = rel.isEmpty ? root : root + "/" + rel
            guard let real = realpath(dir, nil) else { continue }
            let key = String(cString: real)
            free(real)
            guard seenDirs.insert(key).inserted else { continue }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
                problem(root, dir, InspectError("unreadable", "cannot list directory"))
                continue
            }
            for name in names {
                let relPath = rel.isEmpty ? name : rel + "/" + name
                var st = stat()
                guard stat(root + "/" + relPath, &st) == 0 else { continue }
                if st.st_mode & S_IFMT == S_IFDIR {
                    stack.append(relPath)
                } else if st.st_mode & S_IFMT == S_IFREG && (name.hasSuffix(".so") || name.hasSuffix(".whl")) {
                    files.append(relPath)
                }
            }
        }
        for rel in files.sorted() {
            let full = root + "/" + rel
            if rel.hasSuffix(".whl") { addWheel(full, input: root) } else { addFile(full, input: root, display: rel, explicit: false) }
        }
    }

    mutating func problem(_ input: String, _ path: String, _ error: InspectError, isError: Bool = true) {
        problems.append(InputProblem(input: input, path: path, error: error, isError: isError))
    }

    static func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InspectError("unreadable", "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw InspectError("unreadable", "cannot stat: \(String(cString: strerror(errno)))") }
        guard st.st_mode & S_IFMT == S_IFREG else { throw InspectError("unreadable", "not a regular file") }
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var done = 0
        while done < out.count {
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw InspectError("unreadable", n == 0 ? "file shrank while reading" : "read error: \(String(cString: strerror(errno)))")
            }
            done += n
        }
        return out
    }

    mutating func addFile(_ path: String, input: String, display: String, explicit: Bool) {
        do {
            let bytes = try CapiReport.readFile(path)
            addImage(bytes, input: input, display: display, explicit: explicit)
        } catch let e as InspectError {
            problem(input, display, e)
        } catch {
            problem(input, display, InspectError("unreadable", "\(error)"))
        }
    }

    /// Analyses one ELF image; `explicit` images are reported even when they are not
    /// extensions (as a note), others are counted as skipped.
    mutating func addImage(_ bytes: [UInt8], input: String, display: String, explicit: Bool) {
        do {
            let facts = try ELFReader.read(bytes, locate: locateSources)
            if facts.imports.isEmpty && facts.moduleName == nil {
                if explicit {
                    problem(input, display, InspectError("no-extension", "no C-API imports and no PyInit_*: not an extension module"), isError: false)
                } else {
                    skippedNonExtensions += 1
                }
                return
            }
            extensions.append(ExtensionReport(path: display, input: input, facts: facts))
        } catch let e as InspectError {
            problem(input, display, e)
        } catch {
            problem(input, display, InspectError("corrupt", "\(error)"))
        }
    }

    mutating func addWheel(_ path: String, input: String) {
        let wheelName = (path as NSString).lastPathComponent
        do {
            let archive = try ZipArchive(try CapiReport.readFile(path))
            addWheel(archive, input: input == path ? path : input, name: wheelName)
        } catch let e as InspectError {
            problem(input, path, e)
        } catch {
            problem(input, path, InspectError("unreadable", "\(error)"))
        }
    }

    /// Reports on the shared objects inside a wheel held in memory.
    public mutating func addWheel(_ archive: ZipArchive, input: String, name: String) {
        let members = archive.entries.filter { $0.name.hasSuffix(".so") || $0.name.contains(".so.") }
        let before = extensions.count
        for m in members {
            let display = name + "!" + m.name
            do {
                addImage(try archive.contents(m), input: input, display: display, explicit: false)
            } catch let e as InspectError {
                problem(input, display, e)
            } catch {
                problem(input, display, InspectError("bad-zip", "\(error)"))
            }
        }
        if extensions.count == before && !problems.contains(where: { $0.path.hasPrefix(name + "!") }) {
            problem(input, name, InspectError("no-extension", "wheel holds no extension module (no .so with C-API imports); nothing to check"),
                    isError: false)
        }
    }

    // MARK: aggregation

    /// A stubbed or absent symbol and the extensions it blocks.
    public struct MissingSymbol: Sendable {
        public var name: String
        public var status: SymbolStatus
        public var stableABI: Bool
        public var users: [String]
        /// Extensions for which this is the only missing symbol.
        public var soleBlocker: Int
    }

    /// Missing symbols ranked by how many extensions import them (then by name).
    public var missingRanking: [MissingSymbol] {
        var table: [String: MissingSymbol] = [:]
        for e in extensions {
            let missing = e.missing
            for s in missing {
                var m = table[s.name] ?? MissingSymbol(name: s.name, status: s.status, stableABI: s.stableABI, users: [], soleBlocker: 0)
                m.users.append(e.path)
                if missing.count == 1 { m.soleBlocker += 1 }
                table[s.name] = m
            }
        }
        return table.values.sorted { ($0.users.count, $1.name) > ($1.users.count, $0.name) }
    }

    /// One step of the implementation plan.
    public struct PlanStep: Sendable {
        public var symbols: [String]
        public var unblocks: [String]
        public var cumulativeOK: Int
    }

    /// The next symbols to implement, greedily: each step implements the fewest stubbed
    /// symbols that complete one more extension (ties: the symbols shared by most blocked
    /// extensions), and lists every extension those symbols complete. Extensions needing
    /// absent names cannot be completed by implementing 3.11 exports and are left out.
    public func plan(maxSteps: Int = 50) -> [PlanStep] {
        let ranking = Dictionary(uniqueKeysWithValues: missingRanking.map { ($0.name, $0.users.count) })
        var pending: [(path: String, need: Set<String>)] = extensions
            .filter { $0.verdict == .loadsWithStubs }
            .map { ($0.path, Set($0.missing.map(\.name))) }
        var ok = extensions.filter { $0.verdict == .ok }.count
        var steps: [PlanStep] = []
        while !pending.isEmpty && steps.count < maxSteps {
            let best = pending.min { a, b in
                if a.need.count != b.need.count { return a.need.count < b.need.count }
                let wa = a.need.reduce(0) { $0 + ranking[$1, default: 0] }
                let wb = b.need.reduce(0) { $0 + ranking[$1, default: 0] }
                return wa != wb ? wa > wb : a.path < b.path
            }!
            let chosen = best.need
            var unblocked: [String] = []
            pending = pending.compactMap { p in
                let rest = p.need.subtracting(chosen)
                if rest.isEmpty { unblocked.append(p.path); return nil }
                return (p.path, rest)
            }
            ok += unblocked.count
            steps.append(PlanStep(symbols: chosen.sorted { (ranking[$0, default: 0], $1) > (ranking[$1, default: 0], $0) },
                                  unblocks: unblocked.sorted(), cumulativeOK: ok))
        }
        return steps
    }

    public var hasErrors: Bool { problems.contains { $0.isError } }
    public var hasMissing: Bool { extensions.contains { $0.verdict != .ok } }

    /// 2 for unreadable input, 1 when something is missing, 0 otherwise.
    public var exitStatus: Int32 { hasErrors ? 2 : hasMissing ? 1 : 0 }
}
