import PyObjects
import PyCompiler
import Foundation

/// The bytecode cache: compiled modules kept on disk, outside the repository and outside the
/// standard library (which may be read-only), so an import skips parsing and compiling.
/// Design notes: docs/bytecode-cache.md.
///
/// One file per source path, named by a hash of the path, in `$SWALLOW_BYTECODE_CACHE` (a
/// directory; `0` or `off` disables the cache), else `$XDG_CACHE_HOME/swallow/bytecode`, else
/// `~/.cache/swallow/bytecode`. A file is used only when its header matches: the format
/// version, the Swallow executable that wrote it (its size and modification time, so any
/// rebuild invalidates every entry), the source's size and modification time (nanoseconds)
/// and the source path itself. Anything unexpected (a short or corrupt file, an unknown
/// constant) means "no cache entry": the source is compiled as before. Entries are written
/// atomically (temporary file, then rename) unless `sys.dont_write_bytecode` is set.
enum CodeCache {
    static let magic: [UInt8] = Array("SWALLOWC".utf8)
    static let formatVersion: UInt32 = 1

    /// The cache directory, or nil when the cache is off.
    static let directory: String? = {
        let env = ProcessInfo.processInfo.environment
        if let d = env["SWALLOW_BYTECODE_CACHE"] {
            if d == "0" || d.lowercased() == "off" || d.isEmpty { return nil }
            return d
        }
        if let x = env["XDG_CACHE_HOME"], !x.isEmpty { return x + "/swallow/bytecode" }
        if let h = env["HOME"], !h.isEmpty { return h + "/.cache/swallow/bytecode" }
        return nil
    }()

    /// Identifies the running executable: its size and modification time.
    static let buildKey: (UInt64, UInt64) = {
        var st = stat()
        guard stat(SysModule.executablePath(), &st) == 0 else { return (0, 0) }
        return (UInt64(st.st_size), UInt64(st.st_mtim.tv_sec) &* 1_000_000_000 &+ UInt64(st.st_mtim.tv_nsec))
    }()

    static func entryPath(_ source: String) -> String? {
        guard let dir = directory else { return nil }
        // FNV-1a of the path: stable across runs (Swift's Hasher is seeded per process).
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in source.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let name = source.split(separator: "/").last.map(String.init) ?? "module"
        return dir + "/" + String(h, radix: 16) + "-" + name + ".swc"
    }

    static func sourceKey(_ path: String) -> (UInt64, UInt64)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (UInt64(st.st_size), UInt64(st.st_mtim.tv_sec) &* 1_000_000_000 &+ UInt64(st.st_mtim.tv_nsec))
    }

    /// The module's code: from the cache when a valid entry exists, else compiled (and stored).
    static func compileModule(source: [UInt8], path: String) throws -> CodeObject {
        guard let entry = entryPath(path), let key = sourceKey(path), key.0 == UInt64(source.count) else {
            return try Runtime.compile(source: source, filename: path)
        }
        if let data = FileManager.default.contents(atPath: entry) {
            var r = Reader(bytes: [UInt8](data))
            if r.header(path: path, source: key), let code = r.code(), r.atEnd { return code }
        }
        let code = try Runtime.compile(source: source, filename: path)
        if (Runtime.sys.dict.getItem(string: "dont_write_bytecode")).map({ (try? Ops.isTrue($0)) ?? false }) != true {
            store(code, path: path, source: key, entry: entry)
        }
        return code
    }

    static func store(_ code: CodeObject, path: String, source: (UInt64, UInt64), entry: String) {
        var w = Writer()
        w.header(path: path, source: source)
        guard w.code(code) else { return }  // a constant the format does not cover
        let dir = (entry as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let tmp = entry + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: Data(w.bytes)) else { return }
        if rename(tmp, entry) != 0 { unlink(tmp) }
    }

    // MARK: the format (little-endian integers, UTF-8 strings with a length)

    struct Writer {
        var bytes: [UInt8] = []
        mutating func u8(_ v: UInt8) { bytes.append(v) }
        mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
        mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
        mutating func int(_ v: Int) { u64(UInt64(bitPattern: Int64(v))) }
        mutating func str(_ s: String) { let u = Array(s.utf8); u32(UInt32(u.count)); bytes.append(contentsOf: u) }
        mutating func strs(_ a: [String]) { u32(UInt32(a.count)); for s in a { str(s) } }

        mutating func header(path: String, source: (UInt64, UInt64)) {
            bytes.append(contentsOf: CodeCache.magic)
            u32(CodeCache.formatVersion)
            u64(CodeCache.buildKey.0); u64(CodeCache.buildKey.1)
            u64(source.0); u64(source.1)
            str(path)
        }

        mutating func code(_ c: CodeObject) -> Bool {
            str(c.name); str(c.qualname); str(c.filename)
            int(c.firstLineno); int(c.argcount); int(c.posonlyargcount); int(c.kwonlyargcount)
            u32(UInt32(bitPattern: c.flags.rawValue)); u32(UInt32(bitPattern: c.futureFlags))
            strs(c.varnames); strs(c.names); strs(c.cellvars); strs(c.freevars)
            u32(UInt32(c.cellToArg.count)); for i in c.cellToArg { int(i) }
            u32(UInt32(c.instructions.count))
            for ins in c.instructions { u8(ins.opcode.rawValue); u32(UInt32(bitPattern: ins.arg)) }
            u32(UInt32(c.lines.count)); for l in c.lines { u32(UInt32(bitPattern: l)) }
            u32(UInt32(c.positions.count))
            for p in c.positions {
                u32(UInt32(bitPattern: p.line)); u32(UInt32(bitPattern: p.endLine))
                u32(UInt32(bitPattern: p.col)); u32(UInt32(bitPattern: p.endCol))
            }
            if let d = c.docstring { u8(1); str(d) } else { u8(0) }
            u32(UInt32(c.consts.count))
            for k in c.consts where !const(k) { return false }
            return true
        }

        mutating func const(_ o: PyObject) -> Bool {
            switch o {
            case _ where o === pyNone: u8(UInt8(ascii: "N"))
            case _ where o === pyTrue: u8(UInt8(ascii: "T"))
            case _ where o === pyFalse: u8(UInt8(ascii: "F"))
            case _ where o === PyEllipsis.shared: u8(UInt8(ascii: "E"))
            case let i as PyInt where o.type === PyTypes.int:
                if i.big == nil { u8(UInt8(ascii: "i")); int(i.small) } else { u8(UInt8(ascii: "I")); str(i.decimalString) }
            case let f as PyFloat where o.type === PyTypes.float: u8(UInt8(ascii: "f")); u64(f.value.bitPattern)
            case let c as PyComplex where o.type === PyTypes.complex:
                u8(UInt8(ascii: "j")); u64(c.real.bitPattern); u64(c.imag.bitPattern)
            case let s as PyStr where o.type === PyTypes.str: u8(UInt8(ascii: "s")); str(s.value)
            case let b as PyBytes where o.type === PyTypes.bytes:
                u8(UInt8(ascii: "b")); u32(UInt32(b.value.count)); bytes.append(contentsOf: b.value)
            case let t as PyTuple where o.type === PyTypes.tuple:
                u8(UInt8(ascii: "t")); u32(UInt32(t.items.count))
                for x in t.items where !const(x) { return false }
            case let s as PySet where o.type === PyTypes.frozenset:
                let items = s.elements
                u8(UInt8(ascii: "z")); u32(UInt32(items.count))
                for x in items where !const(x) { return false }
            case let c as CodeObject: u8(UInt8(ascii: "C")); return code(c)
            default: return false
            }
            return true
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var pos = 0
        var ok = true
        var atEnd: Bool { ok && pos == bytes.count }

        mutating func take(_ n: Int) -> ArraySlice<UInt8>? {
            guard ok, n >= 0, pos + n <= bytes.count else { ok = false; return nil }
            defer { pos += n }
            return bytes[pos..<pos + n]
        }
        mutating func u8() -> UInt8 { take(1)?.first ?? 0 }
        mutating func u32() -> UInt32 {
            guard let s = take(4) else { return 0 }
            return s.reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }
        mutating func u64() -> UInt64 {
            guard let s = take(8) else { return 0 }
            return s.reversed().reduce(0) { $0 << 8 | UInt64($1) }
        }
        mutating func int() -> Int { Int(Int64(bitPattern: u64())) }
        mutating func i32() -> Int32 { Int32(bitPattern: u32()) }
        mutating func count() -> Int {
            let n = Int(u32())
            if n > bytes.count - pos { ok = false; return 0 }  // every item takes at least a byte
            return n
        }
        mutating func str() -> String {
            let n = Int(u32())
            guard let s = take(n) else { return "" }
            return String(decoding: s, as: UTF8.self)
        }
        mutating func strs() -> [String] { (0..<count()).map { _ in str() } }

        mutating func header(path: String, source: (UInt64, UInt64)) -> Bool {
            guard take(8).map(Array.init) == CodeCache.magic, u32() == CodeCache.formatVersion,
                  u64() == CodeCache.buildKey.0, u64() == CodeCache.buildKey.1,
                  u64() == source.0, u64() == source.1, str() == path else { return false }
            return ok
        }

        mutating func code() -> CodeObject? {
            let name = str(), qualname = str(), filename = str()
            let first = int(), argc = int(), posonly = int(), kwonly = int()
            let flags = CodeObject.Flags(rawValue: i32()), future = i32()
            let varnames = strs(), names = strs(), cellvars = strs(), freevars = strs()
            let cellToArg = (0..<count()).map { _ in int() }
            var instructions: [Instruction] = []
            let n = count()
            instructions.reserveCapacity(n)
            for _ in 0..<n {
                guard let op = Opcode(rawValue: u8()) else { ok = false; return nil }
                instructions.append(Instruction(op, i32()))
            }
            let lines = (0..<count()).map { _ in i32() }
            let positions = (0..<count()).map { _ in CodePosition(line: i32(), endLine: i32(), col: i32(), endCol: i32()) }
            let docstring: String? = u8() == 1 ? str() : nil
            var consts: [PyObject] = []
            for _ in 0..<count() {
                guard let k = const() else { ok = false; return nil }
                consts.append(k)
            }
            guard ok, lines.count == instructions.count else { ok = false; return nil }
            let c = CodeObject(name: name, qualname: qualname, filename: filename, firstLineno: first, argcount: argc,
                               posonlyargcount: posonly, kwonlyargcount: kwonly, flags: flags, varnames: varnames,
                               names: names, consts: consts, cellvars: cellvars, freevars: freevars,
                               cellToArg: cellToArg, instructions: instructions, lines: lines, docstring: docstring)
            c.positions = positions
            c.futureFlags = future
            return c
        }

        mutating func const() -> PyObject? {
            switch u8() {
            case UInt8(ascii: "N"): return pyNone
            case UInt8(ascii: "T"): return pyTrue
            case UInt8(ascii: "F"): return pyFalse
            case UInt8(ascii: "E"): return PyEllipsis.shared
            case UInt8(ascii: "i"): return PyInt.make(int())
            case UInt8(ascii: "I"): return PyInt.fromDecimal(str())
            case UInt8(ascii: "f"): return PyFloat(Double(bitPattern: u64()))
            case UInt8(ascii: "j"): return PyComplex(real: Double(bitPattern: u64()), imag: Double(bitPattern: u64()))
            case UInt8(ascii: "s"):
                // Identifier-like strings are interned, as the compiler's keyword-name tuples are.
                let s = str()
                return s.utf8.allSatisfy({ $0 == 95 || ($0 >= 48 && $0 <= 57) || ($0 | 32 >= 97 && $0 | 32 <= 122) })
                    ? PyStr.intern(s) : PyStr(s)
            case UInt8(ascii: "b"):
                guard let b = take(count()) else { return nil }
                return PyBytes(Array(b))
            case UInt8(ascii: "t"):
                var items: [PyObject] = []
                for _ in 0..<count() { guard let x = const() else { return nil }; items.append(x) }
                return PyTuple(items)
            case UInt8(ascii: "z"):
                let s = PySet(type: PyTypes.frozenset)
                for _ in 0..<count() {
                    guard let x = const(), (try? s.add(x)) != nil else { return nil }
                }
                return s
            case UInt8(ascii: "C"): return code()
            default: return nil
            }
        }
    }
}
