import PyObjects
import PyCompiler
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Instances of the `_io` types (and of Python subclasses of `_io._IOBase`).
class PyIOObject: PyObject {
    var isClosed = false
    override init(type: PyType) {
        super.init(type: type)
        if type.flags.contains(.heapType) { instanceDict = PyDict() }
    }
}

/// `_io.FileIO`: unbuffered reads and writes on a file descriptor.
final class PyFileIO: PyIOObject {
    var fd: Int32 = -1
    var readable = false, writable = false, appending = false, created = false
    var closefd = true
    var seekable: Bool?
}

/// `_io.BytesIO`.
final class PyBytesIO: PyIOObject {
    var buf: [UInt8] = []
    var pos = 0
}

/// `_io.StringIO` (kept as scalars so positions are code points).
final class PyStringIO: PyIOObject {
    var text: [Unicode.Scalar] = []
    var pos = 0
    var newline: String? = "\n"
    var seenNewlines: Set<String> = []
}

/// `_io.BufferedReader`/`BufferedWriter`/`BufferedRandom`: a byte buffer over a raw stream.
final class PyBuffered: PyIOObject {
    var raw: PyObject = pyNone
    var readBuf: [UInt8] = []
    var writeBuf: [UInt8] = []
    var bufferSize = 8192
    var canRead = false, canWrite = false
    var detached = false
}

/// `_io.TextIOWrapper`: text over a buffered binary stream. Bytes read but not yet consumed
/// stay undecoded in `pending`, so `tell()` is the buffer's position minus their count.
final class PyTextWrapper: PyIOObject {
    var buffer: PyObject = pyNone
    var encoding = "utf-8"
    /// The name `encoding` shows: as given, or the locale's.
    var encodingName = "UTF-8"
    var errors = "strict"
    var newline: String?
    var lineBuffering = false
    var writeThrough = false
    var pending: [UInt8] = []
    var eof = false
    var seenNewlines: Set<String> = []
    var detached = false
    var mode: PyObject?
}

enum IOModule {
    static func type(_ name: String, _ base: PyType) -> PyType {
        let t = ModuleTypes.make(name, module: "_io", base: base)
        return t
    }
    static let ioBase = type("_IOBase", PyTypes.object)
    static let rawIOBase = type("_RawIOBase", ioBase)
    static let bufferedIOBase = type("_BufferedIOBase", ioBase)
    static let textIOBase = type("_TextIOBase", ioBase)
    static let fileIO = type("FileIO", rawIOBase)
    static let bytesIO = type("BytesIO", bufferedIOBase)
    static let stringIO = type("StringIO", textIOBase)
    static let bufferedReader = type("BufferedReader", bufferedIOBase)
    static let bufferedWriter = type("BufferedWriter", bufferedIOBase)
    static let bufferedRandom = type("BufferedRandom", bufferedIOBase)
    static let bufferedRWPair = type("BufferedRWPair", bufferedIOBase)
    static let textIOWrapper = type("TextIOWrapper", textIOBase)
    static let newlineDecoder = type("IncrementalNewlineDecoder", PyTypes.object)
    nonisolated(unsafe) static var unsupported: PyType!
    static let defaultBufferSize = 8192

    // MARK: helpers

    static func unsupportedError(_ msg: String) -> PythonError {
        PythonError(PyBaseException(type: unsupported, args: [PyStr(msg)]))
    }
    static func closedError() -> PythonError { PythonError(PyExc.ValueError, "I/O operation on closed file.") }

    static func isClosed(_ o: PyObject) throws -> Bool {
        if let io = o as? PyIOObject, !o.type.flags.contains(.heapType) {
            // A buffered or text object is closed when what it wraps is.
            if let b = io as? PyBuffered { return b.raw !== pyNone ? try isClosed(b.raw) : b.isClosed }
            return io.isClosed
        }
        return try Ops.isTrue(Ops.getAttr(o, "closed"))
    }
    static func checkClosed(_ o: PyObject) throws {
        if try isClosed(o) { throw closedError() }
    }
    static func call(_ o: PyObject, _ name: String, _ args: [PyObject] = []) throws -> PyObject {
        try Ops.callMethod(o, name, args)
    }
    static func size(_ a: [PyObject], _ i: Int = 0) throws -> Int {
        guard i < a.count, a[i] !== pyNone else { return -1 }
        return try Ops.indexInt(a[i])
    }
    static func bytesLike(_ o: PyObject) throws -> [UInt8] {
        if let b = ModArgs.bytes(o) { return b }
        if o is PyStr { throw PythonError(PyExc.TypeError, "a bytes-like object is required, not 'str'") }
        if let b = try? Ops.call(PyTypes.bytes, args: [o]) as? PyBytes, !(o is PyInt) { return b.value }
        throw PythonError(PyExc.TypeError, "a bytes-like object is required, not '\(o.type.name)'")
    }
    static func scalarsString(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        return String(v)
    }

    static func make() -> PyModule {
        let b = ModuleBuilder("_io")
        let unsup = PyType(name: "UnsupportedOperation", bases: [PyExc.OSError, PyExc.ValueError],
                           flags: [.baseType, .exception, .heapType], moduleName: "io")
        unsup.dict.setItem(string: "__module__", PyStr("io"))
        unsupported = unsup
        installIOBase()
        installRaw()
        installFileIO()
        installBytesIO()
        installStringIO()
        installBuffered()
        installTextWrapper()
        installNewlineDecoder()
        for t in [ioBase, rawIOBase, bufferedIOBase, textIOBase, fileIO, bytesIO, stringIO, bufferedReader,
                  bufferedWriter, bufferedRandom, bufferedRWPair, textIOWrapper, newlineDecoder] {
            b.set(t.name, t)
        }
        b.set("UnsupportedOperation", unsupported)
        b.set("BlockingIOError", PyExc.BlockingIOError)
        b.int("DEFAULT_BUFFER_SIZE", defaultBufferSize)
        b.set("open", openFunction)
        b.fn("open_code") { a, k in
            guard let p = ModArgs.arg(a, k, 0, "path") as? PyStr else {
                throw PythonError(PyExc.TypeError, "open_code() argument 'path' must be str")
            }
            return try open([p, PyStr("rb")], [])
        }
        b.fn("text_encoding") { a, _ in
            guard let e = a.first, e !== pyNone else { return PyStr("locale") }
            return e
        }
        return b.module
    }

    // MARK: _IOBase and _RawIOBase

    static func installIOBase() {
        let t = ioBase
        ModuleTypes.ctor(t) { cls, _, _ in PyIOObject(type: cls) }
        ModuleTypes.getter(t, "closed") { o in pyBool((o as? PyIOObject)?.isClosed ?? false) }
        ModuleTypes.def(t, "close") { o, _, _ in
            guard let io = o as? PyIOObject, !io.isClosed else { return pyNone }
            defer { io.isClosed = true }
            _ = try call(o, "flush")
            return pyNone
        }
        ModuleTypes.def(t, "flush") { o, _, _ in try checkClosed(o); return pyNone }
        for name in ["readable", "writable", "seekable", "isatty"] {
            ModuleTypes.def(t, name) { o, _, _ in
                if name == "isatty" { try checkClosed(o) }
                return pyFalse
            }
        }
        ModuleTypes.def(t, "seek") { _, _, _ in throw unsupportedError("seek") }
        ModuleTypes.def(t, "truncate") { _, _, _ in throw unsupportedError("truncate") }
        ModuleTypes.def(t, "tell") { o, _, _ in try call(o, "seek", [PyInt.make(0), PyInt.make(1)]) }
        ModuleTypes.def(t, "fileno") { _, _, _ in throw unsupportedError("fileno") }
        ModuleTypes.def(t, "_checkClosed") { o, _, _ in try checkClosed(o); return pyNone }
        for (name, what) in [("_checkReadable", "readable"), ("_checkWritable", "writable"), ("_checkSeekable", "seekable")] {
            ModuleTypes.def(t, name) { o, _, _ in
                if !(try Ops.isTrue(call(o, what))) {
                    throw unsupportedError(what == "seekable" ? "File or stream is not seekable." : "File or stream is not \(what).")
                }
                return pyNone
            }
        }
        ModuleTypes.def(t, "__enter__") { o, _, _ in try checkClosed(o); return o }
        ModuleTypes.def(t, "__exit__") { o, _, _ in _ = try call(o, "close"); return pyNone }
        ModuleTypes.def(t, "__iter__") { o, _, _ in try checkClosed(o); return o }
        ModuleTypes.def(t, "__next__") { o, _, _ in
            let line = try call(o, "readline")
            if (try? Ops.len(line)) == 0 { throw PythonError(PyExc.StopIteration, args: []) }
            return line
        }
        ModuleTypes.def(t, "readline") { o, a, _ in
            // Generic: byte at a time through read().
            let limit = try size(a)
            var out: [UInt8] = []
            while limit < 0 || out.count < limit {
                let chunk = try call(o, "read", [PyInt.make(1)])
                guard let bs = ModArgs.bytes(chunk), !bs.isEmpty else { break }
                out += bs
                if bs.last == 10 { break }
            }
            return PyBytes(out)
        }
        ModuleTypes.def(t, "readlines") { o, a, _ in
            let hint = try size(a)
            var lines: [PyObject] = []
            var total = 0
            let it = try Ops.iter(o)
            while let line = try Ops.next(it) {
                lines.append(line)
                total += try Ops.len(line)
                if hint > 0 && total >= hint { break }
            }
            return PyList(lines)
        }
        ModuleTypes.def(t, "writelines") { o, a, _ in
            try checkClosed(o)
            let it = try Ops.iter(a[0])
            while let line = try Ops.next(it) { _ = try call(o, "write", [line]) }
            return pyNone
        }
    }

    static func installRaw() {
        let t = rawIOBase
        ModuleTypes.def(t, "read") { o, a, _ in
            let n = try size(a)
            if n < 0 { return try call(o, "readall") }
            let ba = PyByteArray([UInt8](repeating: 0, count: n))
            let r = try call(o, "readinto", [ba])
            if r === pyNone { return pyNone }
            return PyBytes(Array(ba.value.prefix(try Ops.indexInt(r))))
        }
        ModuleTypes.def(t, "readall") { o, _, _ in
            var out: [UInt8] = []
            while true {
                let chunk = try call(o, "read", [PyInt.make(defaultBufferSize)])
                if chunk === pyNone { return out.isEmpty ? pyNone : PyBytes(out) }
                guard let bs = ModArgs.bytes(chunk), !bs.isEmpty else { break }
                out += bs
            }
            return PyBytes(out)
        }
        ModuleTypes.def(t, "readinto") { _, _, _ in throw PythonError(PyExc.NotImplementedError, args: []) }
        ModuleTypes.def(t, "write") { _, _, _ in throw PythonError(PyExc.NotImplementedError, args: []) }
        let bt = bufferedIOBase
        for name in ["read", "read1", "write", "detach"] {
            ModuleTypes.def(bt, name) { _, _, _ in throw unsupportedError(name) }
        }
        ModuleTypes.def(bt, "readinto") { o, a, _ in
            guard let ba = a[0] as? PyByteArray else { throw PythonError(PyExc.TypeError, "readinto() argument must be read-write bytes-like object") }
            let data = try bytesLike(try call(o, "read", [PyInt.make(ba.value.count)]))
            ba.value.replaceSubrange(0..<data.count, with: data)
            return PyInt.make(data.count)
        }
        let tt = textIOBase
        for name in ["read", "readline", "write", "detach"] {
            ModuleTypes.def(tt, name) { _, _, _ in throw unsupportedError(name) }
        }
        for name in ["encoding", "newlines", "errors"] { ModuleTypes.getter(tt, name) { _ in pyNone } }
    }

    // MARK: FileIO

    static func fileIO(_ o: PyObject) throws -> PyFileIO {
        let f = o as! PyFileIO
        if f.isClosed { throw closedError() }
        return f
    }

    static func initFileIO(_ f: PyFileIO, _ a: [PyObject], _ k: [(String, PyObject)]) throws {
        guard let file = ModArgs.arg(a, k, 0, "file") else {
            throw PythonError(PyExc.TypeError, "FileIO() missing required argument 'file' (pos 1)")
        }
        let mode = try (ModArgs.arg(a, k, 1, "mode")).map { try ModArgs.str($0, "FileIO", "argument 'mode'") } ?? "r"
        f.closefd = try ModArgs.arg(a, k, 2, "closefd").map(Ops.isTrue) ?? true
        let opener = ModArgs.arg(a, k, 3, "opener")
        var flags: Int32 = 0
        var rwa = 0, plus = false
        for c in mode {
            switch c {
            case "r": rwa += 1; f.readable = true
            case "w": rwa += 1; f.writable = true; flags |= O_CREAT | O_TRUNC
            case "a": rwa += 1; f.writable = true; f.appending = true; flags |= O_APPEND | O_CREAT
            case "x": rwa += 1; f.writable = true; f.created = true; flags |= O_EXCL | O_CREAT
            case "b": break
            case "+":
                if plus { fallthrough }
                plus = true; f.readable = true; f.writable = true
            default: throw PythonError(PyExc.ValueError, "invalid mode: \(mode)")
            }
        }
        if rwa != 1 {
            throw PythonError(PyExc.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
        }
        flags |= f.readable && f.writable ? O_RDWR : (f.readable ? O_RDONLY : O_WRONLY)
        flags |= O_CLOEXEC
        if let i = file as? PyInt, !(file is PyBool) {
            let v = i.intValue ?? -1
            if v < 0 { throw PythonError(PyExc.ValueError, "negative file descriptor") }
            f.fd = Int32(v)
        } else {
            if !f.closefd { throw PythonError(PyExc.ValueError, "Cannot use closefd=False with file name") }
            let (p, _) = try PosixModule.path(file, "FileIO", "file")
            if let op = opener, op !== pyNone {
                f.fd = Int32(try Ops.indexInt(Ops.call(op, args: [file, PyInt.make(Int(flags))])))
            } else {
                f.fd = Glibc.open(p, flags, 0o666)
            }
            if f.fd < 0 { throw PosixModule.osError(errno, file) }
            var st = stat()
            if fstat(f.fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
                Glibc.close(f.fd)
                f.fd = -1
                throw PosixModule.osError(EISDIR, file)
            }
        }
        f.instanceDict = f.instanceDict ?? PyDict()
        f.instanceDict!.setItem(string: "name", file)
        if f.appending { lseek(f.fd, 0, SEEK_END) }
    }

    static func fileMode(_ f: PyFileIO) -> String {
        if f.created { return f.readable ? "xb+" : "xb" }
        if f.appending { return f.readable ? "ab+" : "ab" }
        if f.readable { return f.writable ? "rb+" : "rb" }
        return "wb"
    }

    static func installFileIO() {
        let t = fileIO
        ModuleTypes.ctor(t) { cls, a, k in
            let f = PyFileIO(type: cls)
            try initFileIO(f, a, k)
            return f
        }
        ModuleTypes.def(t, "__init__") { _, _, _ in pyNone }
        ModuleTypes.def(t, "read") { o, a, _ in
            let f = try fileIO(o)
            if !f.readable { throw unsupportedError("File not open for reading") }
            let n = try size(a)
            if n < 0 { return try call(o, "readall") }
            var buf = [UInt8](repeating: 0, count: n)
            let r = Glibc.read(f.fd, &buf, n)
            if r < 0 { if errno == EAGAIN { return pyNone }; throw PosixModule.osError() }
            return PyBytes(Array(buf[..<r]))
        }
        ModuleTypes.def(t, "readall") { o, _, _ in
            let f = try fileIO(o)
            if !f.readable { throw unsupportedError("File not open for reading") }
            var out: [UInt8] = []
            var buf = [UInt8](repeating: 0, count: 65536)
            while true {
                let r = Glibc.read(f.fd, &buf, buf.count)
                if r < 0 { throw PosixModule.osError() }
                if r == 0 { break }
                out += buf[..<r]
            }
            return PyBytes(out)
        }
        ModuleTypes.def(t, "readinto") { o, a, _ in
            let f = try fileIO(o)
            guard let ba = a[0] as? PyByteArray else { throw PythonError(PyExc.TypeError, "readinto() argument must be read-write bytes-like object") }
            let n = ba.value.withUnsafeMutableBytes { Glibc.read(f.fd, $0.baseAddress, $0.count) }
            if n < 0 { throw PosixModule.osError() }
            return PyInt.make(n)
        }
        ModuleTypes.def(t, "write") { o, a, _ in
            let f = try fileIO(o)
            if !f.writable { throw unsupportedError("File not open for writing") }
            let data = try bytesLike(a[0])
            let n = data.withUnsafeBytes { Glibc.write(f.fd, $0.baseAddress, data.count) }
            if n < 0 { throw PosixModule.osError() }
            return PyInt.make(n)
        }
        ModuleTypes.def(t, "seek") { o, a, _ in
            let f = try fileIO(o)
            let whence = a.count > 1 ? Int32(try Ops.indexInt(a[1])) : SEEK_SET
            let r = lseek(f.fd, off_t(try Ops.indexInt(a[0])), whence)
            if r < 0 { throw PosixModule.osError() }
            return PyInt.make(Int(r))
        }
        ModuleTypes.def(t, "tell") { o, _, _ in
            let r = lseek(try fileIO(o).fd, 0, SEEK_CUR)
            if r < 0 { throw PosixModule.osError() }
            return PyInt.make(Int(r))
        }
        ModuleTypes.def(t, "truncate") { o, a, _ in
            let f = try fileIO(o)
            let n = a.isEmpty || a[0] === pyNone ? Int(lseek(f.fd, 0, SEEK_CUR)) : try Ops.indexInt(a[0])
            if ftruncate(f.fd, off_t(n)) != 0 { throw PosixModule.osError() }
            return PyInt.make(n)
        }
        ModuleTypes.def(t, "close") { o, _, _ in
            let f = o as! PyFileIO
            if f.isClosed { return pyNone }
            f.isClosed = true
            if f.closefd && f.fd >= 0 { Glibc.close(f.fd) }
            f.fd = -1
            return pyNone
        }
        ModuleTypes.def(t, "fileno") { o, _, _ in PyInt.make(Int(try fileIO(o).fd)) }
        ModuleTypes.def(t, "readable") { o, _, _ in pyBool(try fileIO(o).readable) }
        ModuleTypes.def(t, "writable") { o, _, _ in pyBool(try fileIO(o).writable) }
        ModuleTypes.def(t, "seekable") { o, _, _ in
            let f = try fileIO(o)
            if f.seekable == nil { f.seekable = lseek(f.fd, 0, SEEK_CUR) >= 0 }
            return pyBool(f.seekable!)
        }
        ModuleTypes.def(t, "isatty") { o, _, _ in pyBool(isatty(try fileIO(o).fd) == 1) }
        ModuleTypes.getter(t, "mode") { o in PyStr(fileMode(o as! PyFileIO)) }
        ModuleTypes.getter(t, "closefd") { o in pyBool((o as! PyFileIO).closefd) }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let f = o as! PyFileIO
            if f.isClosed { return PyStr("<_io.FileIO [closed]>") }
            let name = try f.instanceDict?.getItem(string: "name").map { try Ops.repr($0).value } ?? "?"
            return PyStr("<_io.FileIO name=\(name) mode='\(fileMode(f))' closefd=\(f.closefd ? "True" : "False")>")
        }
    }

    // MARK: BytesIO

    static func bytesIO(_ o: PyObject) throws -> PyBytesIO {
        let b = o as! PyBytesIO
        if b.isClosed { throw closedError() }
        return b
    }

    static func installBytesIO() {
        let t = bytesIO
        ModuleTypes.ctor(t) { cls, a, k in
            let b = PyBytesIO(type: cls)
            if let initial = ModArgs.arg(a, k, 0, "initial_bytes"), initial !== pyNone { b.buf = try bytesLike(initial) }
            return b
        }
        ModuleTypes.def(t, "__init__") { o, a, k in
            if let initial = ModArgs.arg(a, k, 0, "initial_bytes"), initial !== pyNone {
                (o as! PyBytesIO).buf = try bytesLike(initial)
                (o as! PyBytesIO).pos = 0
            }
            return pyNone
        }
        ModuleTypes.def(t, "getvalue") { o, _, _ in PyBytes(try bytesIO(o).buf) }
        ModuleTypes.def(t, "getbuffer") { o, _, _ in
            try Ops.call(Runtime.builtins.getItem(string: "memoryview")!, args: [PyByteArray(try bytesIO(o).buf)])
        }
        for name in ["read", "read1"] {
            ModuleTypes.def(t, name) { o, a, _ in
                let b = try bytesIO(o)
                let n = try size(a)
                let start = min(b.pos, b.buf.count)
                let end = n < 0 ? b.buf.count : min(b.buf.count, start + n)
                b.pos = end
                return PyBytes(Array(b.buf[start..<end]))
            }
        }
        ModuleTypes.def(t, "readline") { o, a, _ in
            let b = try bytesIO(o)
            let n = try size(a)
            let start = min(b.pos, b.buf.count)
            var end = start
            while end < b.buf.count && (n < 0 || end - start < n) {
                end += 1
                if b.buf[end - 1] == 10 { break }
            }
            b.pos = end
            return PyBytes(Array(b.buf[start..<end]))
        }
        ModuleTypes.def(t, "readinto") { o, a, _ in
            let b = try bytesIO(o)
            guard let ba = a[0] as? PyByteArray else { throw PythonError(PyExc.TypeError, "readinto() argument must be read-write bytes-like object") }
            let start = min(b.pos, b.buf.count)
            let n = min(ba.value.count, b.buf.count - start)
            ba.value.replaceSubrange(0..<n, with: b.buf[start..<(start + n)])
            b.pos = start + n
            return PyInt.make(n)
        }
        ModuleTypes.def(t, "write") { o, a, _ in
            let b = try bytesIO(o)
            let data = try bytesLike(a[0])
            if b.pos > b.buf.count { b.buf += [UInt8](repeating: 0, count: b.pos - b.buf.count) }
            let end = min(b.buf.count, b.pos + data.count)
            b.buf.replaceSubrange(b.pos..<end, with: data)
            b.pos += data.count
            return PyInt.make(data.count)
        }
        ModuleTypes.def(t, "seek") { o, a, _ in
            let b = try bytesIO(o)
            let off = try Ops.indexInt(a[0])
            let whence = a.count > 1 ? try Ops.indexInt(a[1]) : 0
            switch whence {
            case 0:
                if off < 0 { throw PythonError(PyExc.ValueError, "negative seek value \(off)") }
                b.pos = off
            case 1: b.pos = max(0, b.pos + off)
            case 2: b.pos = max(0, b.buf.count + off)
            default: throw PythonError(PyExc.ValueError, "invalid whence (\(whence), should be 0, 1 or 2)")
            }
            return PyInt.make(b.pos)
        }
        ModuleTypes.def(t, "tell") { o, _, _ in PyInt.make(try bytesIO(o).pos) }
        ModuleTypes.def(t, "truncate") { o, a, _ in
            let b = try bytesIO(o)
            let n = a.isEmpty || a[0] === pyNone ? b.pos : try Ops.indexInt(a[0])
            if n < 0 { throw PythonError(PyExc.ValueError, "negative size value \(n)") }
            if n < b.buf.count { b.buf.removeLast(b.buf.count - n) }
            return PyInt.make(n)
        }
        for name in ["readable", "writable", "seekable"] {
            ModuleTypes.def(t, name) { o, _, _ in _ = try bytesIO(o); return pyTrue }
        }
        ModuleTypes.def(t, "close") { o, _, _ in (o as! PyBytesIO).isClosed = true; return pyNone }
        ModuleTypes.def(t, "flush") { o, _, _ in _ = try bytesIO(o); return pyNone }
    }

    // MARK: StringIO

    static func stringIO(_ o: PyObject) throws -> PyStringIO {
        let s = o as! PyStringIO
        if s.isClosed { throw PythonError(PyExc.ValueError, "I/O operation on closed file") }
        return s
    }

    static func checkNewline(_ o: PyObject?, quoted: Bool = false) throws -> String? {
        guard let o = o, o !== pyNone else { return nil }
        guard let s = o as? PyStr else {
            throw PythonError(PyExc.TypeError, "newline must be str or None, not \(o.type.name)")
        }
        if !["", "\n", "\r", "\r\n"].contains(s.value) {
            throw PythonError(PyExc.ValueError, "illegal newline value: \(quoted ? try Ops.repr(s).value : s.value)")
        }
        return s.value
    }

    /// Input translation: universal newlines become "\n" (newline=None), and records which were seen.
    static func translateIn(_ text: String, _ newline: String?, _ seen: inout Set<String>) -> String {
        if newline == nil || newline == "" {
            if text.contains("\r") || text.contains("\n") {
                let u = Array(text.unicodeScalars)
                var out = String.UnicodeScalarView()
                var i = 0
                while i < u.count {
                    if u[i] == "\r" {
                        if i + 1 < u.count && u[i + 1] == "\n" {
                            seen.insert("\r\n")
                            if newline == nil { out.append("\n") } else { out.append("\r"); out.append("\n") }
                            i += 2
                            continue
                        }
                        seen.insert("\r")
                        out.append(newline == nil ? "\n" : "\r")
                    } else {
                        if u[i] == "\n" { seen.insert("\n") }
                        out.append(u[i])
                    }
                    i += 1
                }
                return String(out)
            }
        }
        return text
    }

    static func newlinesValue(_ seen: Set<String>) -> PyObject {
        let order = ["\r", "\n", "\r\n"].filter { seen.contains($0) }
        if order.isEmpty { return pyNone }
        if order.count == 1 { return PyStr(order[0]) }
        return PyTuple(order.map { PyStr($0) })
    }

    /// The end of the line starting at `start` in `u` (exclusive), by the newline mode.
    static func lineEnd(_ u: [Unicode.Scalar], _ start: Int, _ newline: String?, limit: Int) -> Int {
        var i = start
        while i < u.count && (limit < 0 || i - start < limit) {
            let c = u[i]
            i += 1
            switch newline {
            case nil, "\n": if c == "\n" { return i }
            case "\r": if c == "\r" { return i }
            case "\r\n": if c == "\n" && i - 2 >= start && u[i - 2] == "\r" { return i }
            default:
                if c == "\n" { return i }
                if c == "\r" {
                    if i < u.count && u[i] == "\n" && (limit < 0 || i - start < limit) { return i + 1 }
                    return i
                }
            }
        }
        return i
    }

    static func installStringIO() {
        let t = stringIO
        func initialize(_ s: PyStringIO, _ a: [PyObject], _ k: [(String, PyObject)]) throws {
            s.newline = try checkNewline(ModArgs.arg(a, k, 1, "newline") ?? PyStr("\n"), quoted: true)
            s.text = []
            s.pos = 0
            if let v = ModArgs.arg(a, k, 0, "initial_value"), v !== pyNone {
                guard let str = v as? PyStr else {
                    throw PythonError(PyExc.TypeError, "initial_value must be str or None, not \(v.type.name)")
                }
                try write(s, str.value)
                s.pos = 0
            }
        }
        ModuleTypes.ctor(t) { cls, a, k in
            let s = PyStringIO(type: cls)
            try initialize(s, a, k)
            return s
        }
        ModuleTypes.def(t, "__init__") { o, a, k in try initialize(o as! PyStringIO, a, k); return pyNone }
        ModuleTypes.def(t, "getvalue") { o, _, _ in PyStr(scalarsString(try stringIO(o).text[...])) }
        ModuleTypes.def(t, "read") { o, a, _ in
            let s = try stringIO(o)
            let n = try size(a)
            let start = min(s.pos, s.text.count)
            let end = n < 0 ? s.text.count : min(s.text.count, start + n)
            s.pos = end
            return PyStr(scalarsString(s.text[start..<end]))
        }
        ModuleTypes.def(t, "readline") { o, a, _ in
            let s = try stringIO(o)
            let start = min(s.pos, s.text.count)
            // Stored text is already translated for newline=None.
            let end = lineEnd(s.text, start, s.newline == nil ? "\n" : s.newline, limit: try size(a))
            s.pos = end
            return PyStr(scalarsString(s.text[start..<end]))
        }
        ModuleTypes.def(t, "write") { o, a, _ in
            let s = try stringIO(o)
            guard let str = a.first as? PyStr else {
                throw PythonError(PyExc.TypeError, "string argument expected, got '\(a.first?.type.name ?? "NoneType")'")
            }
            try write(s, str.value)
            return PyInt.make(str.value.unicodeScalars.count)
        }
        ModuleTypes.def(t, "seek") { o, a, _ in
            let s = try stringIO(o)
            let off = try Ops.indexInt(a[0])
            let whence = a.count > 1 ? try Ops.indexInt(a[1]) : 0
            switch whence {
            case 0:
                if off < 0 { throw PythonError(PyExc.ValueError, "Negative seek position \(off)") }
                s.pos = off
            case 1, 2:
                if off != 0 { throw unsupportedError("Can't do nonzero cur-relative seeks") }
                if whence == 2 { s.pos = s.text.count }
            default: throw PythonError(PyExc.ValueError, "Invalid whence (\(whence), should be 0, 1 or 2)")
            }
            return PyInt.make(s.pos)
        }
        ModuleTypes.def(t, "tell") { o, _, _ in PyInt.make(try stringIO(o).pos) }
        ModuleTypes.def(t, "truncate") { o, a, _ in
            let s = try stringIO(o)
            let n = a.isEmpty || a[0] === pyNone ? s.pos : try Ops.indexInt(a[0])
            if n < 0 { throw PythonError(PyExc.ValueError, "Negative size value \(n)") }
            if n < s.text.count { s.text.removeLast(s.text.count - n) }
            return PyInt.make(n)
        }
        for name in ["readable", "writable", "seekable"] {
            ModuleTypes.def(t, name) { o, _, _ in _ = try stringIO(o); return pyTrue }
        }
        ModuleTypes.def(t, "close") { o, _, _ in (o as! PyStringIO).isClosed = true; return pyNone }
        ModuleTypes.def(t, "flush") { o, _, _ in _ = try stringIO(o); return pyNone }
        ModuleTypes.getter(t, "newlines") { o in
            let s = o as! PyStringIO
            return s.newline == nil ? newlinesValue(s.seenNewlines) : pyNone
        }
        ModuleTypes.getter(t, "line_buffering") { _ in pyFalse }
    }

    static func write(_ s: PyStringIO, _ text: String) throws {
        var t = text
        if s.newline == nil {
            t = translateIn(text, nil, &s.seenNewlines)
        } else if let nl = s.newline, nl != "", nl != "\n" {
            t = text.replacingOccurrences(of: "\n", with: nl)
        }
        let u = Array(t.unicodeScalars)
        if s.pos > s.text.count { s.text += [Unicode.Scalar](repeating: "\0", count: s.pos - s.text.count) }
        let end = min(s.text.count, s.pos + u.count)
        s.text.replaceSubrange(s.pos..<end, with: u)
        s.pos += u.count
    }

    // MARK: Buffered

    static func buffered(_ o: PyObject) throws -> PyBuffered {
        let b = o as! PyBuffered
        if b.detached { throw PythonError(PyExc.ValueError, "raw stream has been detached") }
        return b
    }

    static func flushWrites(_ b: PyBuffered) throws {
        if b.writeBuf.isEmpty { return }
        var data = b.writeBuf[...]
        b.writeBuf = []
        while !data.isEmpty {
            let r = try call(b.raw, "write", [PyBytes(Array(data))])
            let n = r === pyNone ? 0 : try Ops.indexInt(r)
            if n <= 0 { break }
            data = data.dropFirst(n)
        }
    }

    /// Reads raw data into the read buffer; false at end of file.
    static func fill(_ b: PyBuffered) throws -> Bool {
        let chunk = try call(b.raw, "read", [PyInt.make(b.bufferSize)])
        guard let bs = ModArgs.bytes(chunk), !bs.isEmpty else { return false }
        b.readBuf += bs
        return true
    }

    /// Before reading, pending writes go out; before writing, read-ahead is given back.
    static func prepareRead(_ b: PyBuffered) throws {
        if !b.canRead { throw unsupportedError("read") }
        try flushWrites(b)
    }
    static func prepareWrite(_ b: PyBuffered) throws {
        if !b.canWrite { throw unsupportedError("write") }
        if !b.readBuf.isEmpty {
            _ = try call(b.raw, "seek", [PyInt.make(-b.readBuf.count), PyInt.make(1)])
            b.readBuf = []
        }
    }

    static func installBuffered() {
        for (t, r, w) in [(bufferedReader, true, false), (bufferedWriter, false, true), (bufferedRandom, true, true)] {
            ModuleTypes.ctor(t) { cls, a, k in
                let b = PyBuffered(type: cls)
                guard let raw = ModArgs.arg(a, k, 0, "raw") else {
                    throw PythonError(PyExc.TypeError, "\(t.name)() missing required argument 'raw' (pos 1)")
                }
                b.raw = raw
                let n = try ModArgs.arg(a, k, 1, "buffer_size").map { try Ops.indexInt($0) } ?? defaultBufferSize
                if n <= 0 { throw PythonError(PyExc.ValueError, "buffer size must be strictly positive") }
                b.bufferSize = n
                b.canRead = r
                b.canWrite = w
                return b
            }
            ModuleTypes.def(t, "__init__") { _, _, _ in pyNone }
        }
        ModuleTypes.ctor(bufferedRWPair) { cls, a, _ in
            guard a.count >= 2 else { throw PythonError(PyExc.TypeError, "BufferedRWPair expected 2 arguments") }
            let reader = try Ops.call(bufferedReader, args: [a[0]])
            let writer = try Ops.call(bufferedWriter, args: [a[1]])
            let o = PyIOObject(type: cls)
            o.instanceDict = PyDict()
            o.instanceDict!.setItem(string: "_reader", reader)
            o.instanceDict!.setItem(string: "_writer", writer)
            return o
        }
        for name in ["read", "read1", "readline", "peek", "readinto"] {
            ModuleTypes.def(bufferedRWPair, name) { o, a, _ in
                try Ops.callMethod(o.instanceDict!.getItem(string: "_reader")!, name, a)
            }
        }
        for name in ["write", "flush"] {
            ModuleTypes.def(bufferedRWPair, name) { o, a, _ in
                try Ops.callMethod(o.instanceDict!.getItem(string: "_writer")!, name, a)
            }
        }
        ModuleTypes.def(bufferedRWPair, "close") { o, _, _ in
            _ = try Ops.callMethod(o.instanceDict!.getItem(string: "_writer")!, "close", [])
            _ = try Ops.callMethod(o.instanceDict!.getItem(string: "_reader")!, "close", [])
            (o as! PyIOObject).isClosed = true
            return pyNone
        }
        ModuleTypes.def(bufferedRWPair, "readable") { _, _, _ in pyTrue }
        ModuleTypes.def(bufferedRWPair, "writable") { _, _, _ in pyTrue }

        for t in [bufferedReader, bufferedWriter, bufferedRandom] {
            ModuleTypes.getter(t, "raw") { o in (o as! PyBuffered).raw }
            ModuleTypes.getter(t, "closed") { o in try Ops.getAttr(try buffered(o).raw, "closed") }
            ModuleTypes.getter(t, "name") { o in try Ops.getAttr(try buffered(o).raw, "name") }
            ModuleTypes.getter(t, "mode") { o in try Ops.getAttr(try buffered(o).raw, "mode") }
            ModuleTypes.def(t, "fileno") { o, _, _ in try call(try buffered(o).raw, "fileno") }
            ModuleTypes.def(t, "isatty") { o, _, _ in try call(try buffered(o).raw, "isatty") }
            ModuleTypes.def(t, "readable") { o, _, _ in try call(try buffered(o).raw, "readable") }
            ModuleTypes.def(t, "writable") { o, _, _ in try call(try buffered(o).raw, "writable") }
            ModuleTypes.def(t, "seekable") { o, _, _ in try call(try buffered(o).raw, "seekable") }
            ModuleTypes.def(t, "detach") { o, _, _ in
                let b = try buffered(o)
                try flushWrites(b)
                b.detached = true
                return b.raw
            }
            ModuleTypes.def(t, "flush") { o, _, _ in
                let b = try buffered(o)
                if try isClosed(b.raw) { throw PythonError(PyExc.ValueError, "flush of closed file") }
                try flushWrites(b)
                return pyNone
            }
            ModuleTypes.def(t, "close") { o, _, _ in
                let b = try buffered(o)
                if try isClosed(b.raw) { return pyNone }
                defer { _ = try? call(b.raw, "close") }
                try flushWrites(b)
                return pyNone
            }
            ModuleTypes.def(t, "read") { o, a, _ in
                let b = try buffered(o)
                if try isClosed(b.raw) { throw closedError() }
                try prepareRead(b)
                let n = try size(a)
                if n < 0 {
                    let rest = try call(b.raw, "readall")
                    let out = b.readBuf + (ModArgs.bytes(rest) ?? [])
                    b.readBuf = []
                    return PyBytes(out)
                }
                while b.readBuf.count < n, try fill(b) {}
                let out = Array(b.readBuf.prefix(n))
                b.readBuf.removeFirst(out.count)
                return PyBytes(out)
            }
            ModuleTypes.def(t, "read1") { o, a, _ in
                let b = try buffered(o)
                try prepareRead(b)
                let n = try size(a)
                if b.readBuf.isEmpty { _ = try fill(b) }
                let out = Array(n < 0 ? b.readBuf[...] : b.readBuf.prefix(n))
                b.readBuf.removeFirst(out.count)
                return PyBytes(out)
            }
            ModuleTypes.def(t, "peek") { o, _, _ in
                let b = try buffered(o)
                try prepareRead(b)
                if b.readBuf.isEmpty { _ = try fill(b) }
                return PyBytes(b.readBuf)
            }
            ModuleTypes.def(t, "readline") { o, a, _ in
                let b = try buffered(o)
                if try isClosed(b.raw) { throw closedError() }
                try prepareRead(b)
                let limit = try size(a)
                var searched = 0
                while true {
                    if let i = b.readBuf[searched...].firstIndex(of: 10) {
                        var end = i + 1
                        if limit >= 0 { end = min(end, limit) }
                        let out = Array(b.readBuf[..<end])
                        b.readBuf.removeFirst(end)
                        return PyBytes(out)
                    }
                    if limit >= 0 && b.readBuf.count >= limit { break }
                    searched = b.readBuf.count
                    if !(try fill(b)) { break }
                }
                let end = limit >= 0 ? min(limit, b.readBuf.count) : b.readBuf.count
                let out = Array(b.readBuf[..<end])
                b.readBuf.removeFirst(end)
                return PyBytes(out)
            }
            ModuleTypes.def(t, "write") { o, a, _ in
                let b = try buffered(o)
                if try isClosed(b.raw) { throw PythonError(PyExc.ValueError, "write to closed file") }
                try prepareWrite(b)
                let data = try bytesLike(a[0])
                b.writeBuf += data
                if b.writeBuf.count >= b.bufferSize { try flushWrites(b) }
                return PyInt.make(data.count)
            }
            ModuleTypes.def(t, "tell") { o, _, _ in
                let b = try buffered(o)
                let pos = try Ops.indexInt(call(b.raw, "tell"))
                return PyInt.make(pos - b.readBuf.count + b.writeBuf.count)
            }
            ModuleTypes.def(t, "seek") { o, a, _ in
                let b = try buffered(o)
                try flushWrites(b)
                var off = try Ops.indexInt(a[0])
                let whence = a.count > 1 ? try Ops.indexInt(a[1]) : 0
                if whence == 1 { off -= b.readBuf.count }
                b.readBuf = []
                return try call(b.raw, "seek", [PyInt.make(off), PyInt.make(whence)])
            }
            ModuleTypes.def(t, "truncate") { o, a, _ in
                let b = try buffered(o)
                try flushWrites(b)
                if !b.readBuf.isEmpty {
                    _ = try call(b.raw, "seek", [PyInt.make(-b.readBuf.count), PyInt.make(1)])
                    b.readBuf = []
                }
                return try call(b.raw, "truncate", a.isEmpty ? [] : [a[0]])
            }
            ModuleTypes.def(t, "__repr__") { o, _, _ in
                let b = o as! PyBuffered
                let name = (try? Ops.getAttrOptional(b.raw, PyStr.intern("name"))).flatMap { $0 }
                if let n = name { return PyStr("<_io.\(b.type.name) name=\(try Ops.repr(n).value)>") }
                return PyStr("<_io.\(b.type.name)>")
            }
        }
    }

    // MARK: TextIOWrapper

    static func normalizeEncoding(_ e: String) throws -> String {
        let n = e.lowercased().replacingOccurrences(of: "_", with: "-")
        switch n {
        case "utf-8", "utf8", "locale", "u8", "utf": return "utf-8"
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin": return "latin-1"
        case "ascii", "us-ascii", "646": return "ascii"
        case "utf-8-sig": return "utf-8-sig"
        default:
            // Other codecs go through str.encode/bytes.decode by name.
            let codecs = try Importer.importModule("codecs")
            let info = try Ops.callMethod(codecs, "lookup", [PyStr(e)])
            return (try Ops.getAttr(info, "name") as? PyStr)?.value ?? e
        }
    }

    static func wrapper(_ o: PyObject) throws -> PyTextWrapper {
        let w = o as! PyTextWrapper
        if w.detached { throw PythonError(PyExc.ValueError, "underlying buffer has been detached") }
        return w
    }

    static func decode(_ w: PyTextWrapper, _ bytes: [UInt8]) throws -> String {
        if w.encoding == "utf-8" && w.errors == "strict", let s = String(bytes: bytes, encoding: .utf8) { return s }
        let r = try Ops.callMethod(PyBytes(bytes), "decode", [PyStr(w.encoding == "utf-8-sig" ? "utf-8" : w.encoding), PyStr(w.errors)])
        return (r as! PyStr).value
    }

    static func encode(_ w: PyTextWrapper, _ s: String) throws -> [UInt8] {
        if w.encoding == "utf-8" && w.errors == "strict" && !s.unicodeScalars.contains(where: { (0xD800...0xDFFF).contains($0.value) }) {
            return Array(s.utf8)
        }
        let r = try Ops.callMethod(PyStr(s), "encode", [PyStr(w.encoding == "utf-8-sig" ? "utf-8" : w.encoding), PyStr(w.errors)])
        return (r as! PyBytes).value
    }

    /// Reads another chunk from the buffer into `pending`; false at end of file.
    static func readChunk(_ w: PyTextWrapper) throws -> Bool {
        if w.eof { return false }
        let chunk = try call(w.buffer, w.buffer.type.lookup("read1") != nil ? "read1" : "read", [PyInt.make(defaultBufferSize)])
        guard let bs = ModArgs.bytes(chunk), !bs.isEmpty else { w.eof = true; return false }
        if w.pending.isEmpty && w.encoding == "utf-8-sig", bs.starts(with: [0xEF, 0xBB, 0xBF]) {
            w.pending += bs.dropFirst(3)
        } else {
            w.pending += bs
        }
        return true
    }

    /// How many leading bytes of `pending` form complete characters (UTF-8 may end mid-sequence).
    static func completePrefix(_ w: PyTextWrapper) -> Int {
        guard w.encoding.hasPrefix("utf-8"), !w.eof else { return w.pending.count }
        var i = w.pending.count
        var back = 0
        while i > 0 && back < 4 {
            let c = w.pending[i - 1]
            if c & 0xC0 == 0x80 { i -= 1; back += 1; continue }
            if c >= 0xC0 {
                let need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                return back + 1 >= need ? w.pending.count : i - 1
            }
            break
        }
        return w.pending.count
    }

    static func checkReadable(_ w: PyTextWrapper) throws {
        if try isClosed(w.buffer) { throw closedError() }
        if !(try Ops.isTrue(call(w.buffer, "readable"))) { throw unsupportedError("not readable") }
    }

    static func installTextWrapper() {
        let t = textIOWrapper
        func initialize(_ w: PyTextWrapper, _ a: [PyObject], _ k: [(String, PyObject)]) throws {
            guard let buf = ModArgs.arg(a, k, 0, "buffer") else {
                throw PythonError(PyExc.TypeError, "TextIOWrapper() missing required argument 'buffer' (pos 1)")
            }
            w.buffer = buf
            let enc = ModArgs.arg(a, k, 1, "encoding")
            if let e = enc, e !== pyNone, !(e is PyStr) {
                throw PythonError(PyExc.TypeError, "TextIOWrapper() argument 'encoding' must be str or None, not \(e.type.name)")
            }
            let given = (enc as? PyStr)?.value ?? "locale"
            w.encoding = try normalizeEncoding(given)
            w.encodingName = given == "locale" ? "UTF-8" : given
            if let e = ModArgs.arg(a, k, 2, "errors"), e !== pyNone {
                guard let s = e as? PyStr else {
                    throw PythonError(PyExc.TypeError, "TextIOWrapper() argument 'errors' must be str or None, not \(e.type.name)")
                }
                w.errors = s.value
            }
            w.newline = try checkNewline(ModArgs.arg(a, k, 3, "newline"))
            w.lineBuffering = try ModArgs.arg(a, k, 4, "line_buffering").map(Ops.isTrue) ?? false
            w.writeThrough = try ModArgs.arg(a, k, 5, "write_through").map(Ops.isTrue) ?? false
        }
        ModuleTypes.ctor(t) { cls, a, k in
            let w = PyTextWrapper(type: cls)
            try initialize(w, a, k)
            return w
        }
        ModuleTypes.def(t, "__init__") { _, _, _ in pyNone }
        ModuleTypes.getter(t, "encoding") { o in PyStr((o as! PyTextWrapper).encodingName) }
        ModuleTypes.getter(t, "errors") { o in PyStr((o as! PyTextWrapper).errors) }
        ModuleTypes.getter(t, "buffer") { o in (o as! PyTextWrapper).buffer }
        ModuleTypes.getter(t, "line_buffering") { o in pyBool((o as! PyTextWrapper).lineBuffering) }
        ModuleTypes.getter(t, "write_through") { o in pyBool((o as! PyTextWrapper).writeThrough) }
        ModuleTypes.getter(t, "closed") { o in try Ops.getAttr(try wrapper(o).buffer, "closed") }
        ModuleTypes.getter(t, "name") { o in try Ops.getAttr(try wrapper(o).buffer, "name") }
        ModuleTypes.getter(t, "newlines") { o in newlinesValue((o as! PyTextWrapper).seenNewlines) }
        t.dict.setItem(string: "mode", PyProperty(fget: PyBuiltinFunction(name: "mode") { a, _ in
            guard let m = (a[0] as! PyTextWrapper).mode else { throw Ops.attributeError(a[0], "mode") }
            return m
        }, fset: PyBuiltinFunction(name: "mode") { a, _ in (a[0] as! PyTextWrapper).mode = a[1]; return pyNone }, fdel: nil, doc: nil))
        ModuleTypes.def(t, "fileno") { o, _, _ in try call(try wrapper(o).buffer, "fileno") }
        ModuleTypes.def(t, "isatty") { o, _, _ in try call(try wrapper(o).buffer, "isatty") }
        ModuleTypes.def(t, "readable") { o, _, _ in try call(try wrapper(o).buffer, "readable") }
        ModuleTypes.def(t, "writable") { o, _, _ in try call(try wrapper(o).buffer, "writable") }
        ModuleTypes.def(t, "seekable") { o, _, _ in try call(try wrapper(o).buffer, "seekable") }
        ModuleTypes.def(t, "flush") { o, _, _ in
            let w = try wrapper(o)
            if try isClosed(w.buffer) { throw closedError() }
            return try call(w.buffer, "flush")
        }
        ModuleTypes.def(t, "close") { o, _, _ in
            let w = try wrapper(o)
            if try isClosed(w.buffer) { return pyNone }
            defer { _ = try? call(w.buffer, "close") }
            _ = try call(w.buffer, "flush")
            return pyNone
        }
        ModuleTypes.def(t, "detach") { o, _, _ in
            let w = try wrapper(o)
            _ = try call(w.buffer, "flush")
            w.detached = true
            return w.buffer
        }
        ModuleTypes.def(t, "write") { o, a, _ in
            let w = try wrapper(o)
            if try isClosed(w.buffer) { throw closedError() }
            guard let s = a.first as? PyStr else {
                throw PythonError(PyExc.TypeError, "write() argument must be str, not \(a.first?.type.name ?? "NoneType")")
            }
            if !(try Ops.isTrue(call(w.buffer, "writable"))) { throw unsupportedError("not writable") }
            var text = s.value
            if let nl = w.newline, nl != "", nl != "\n" { text = text.replacingOccurrences(of: "\n", with: nl) }
            if !w.pending.isEmpty {
                // Give unread input back before writing at the logical position.
                _ = try call(w.buffer, "seek", [PyInt.make(-w.pending.count), PyInt.make(1)])
                w.pending = []
            }
            _ = try call(w.buffer, "write", [PyBytes(try encode(w, text))])
            if w.writeThrough || (w.lineBuffering && (s.value.contains("\n") || s.value.contains("\r"))) {
                _ = try call(w.buffer, "flush")
            }
            return PyInt.make(s.value.unicodeScalars.count)
        }
        ModuleTypes.def(t, "read") { o, a, _ in
            let w = try wrapper(o)
            try checkReadable(w)
            let n = try size(a)
            if n < 0 {
                let rest = try call(w.buffer, "read")
                let all = w.pending + (ModArgs.bytes(rest) ?? [])
                w.pending = []
                w.eof = true
                let text = try decode(w, w.encoding == "utf-8-sig" && all.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(all.dropFirst(3)) : all)
                return PyStr(translateIn(text, w.newline, &w.seenNewlines))
            }
            // Decode enough characters, then keep the rest undecoded.
            while true {
                let usable = completePrefix(w)
                let text = Array(try decode(w, Array(w.pending[..<usable])).unicodeScalars)
                if text.count > n || (w.eof && true) || (text.count == n && !(text.last == "\r" && w.newline == nil)) {
                    if text.count >= n || w.eof {
                        let taken = Array(text.prefix(n))
                        let consumed = try encode(w, scalarsString(taken[...])).count
                        w.pending.removeFirst(min(consumed, w.pending.count))
                        return PyStr(translateIn(scalarsString(taken[...]), w.newline, &w.seenNewlines))
                    }
                }
                if !(try readChunk(w)) { w.eof = true }
            }
        }
        ModuleTypes.def(t, "readline") { o, a, _ in
            let w = try wrapper(o)
            try checkReadable(w)
            let limit = try size(a)
            var searched = 0
            while true {
                // Newlines are single bytes in the supported encodings.
                var end: Int?
                var i = searched
                while i < w.pending.count {
                    let c = w.pending[i]
                    if c == 10 && (w.newline != "\r") && (w.newline != "\r\n" || (i > 0 && w.pending[i - 1] == 13)) { end = i + 1; break }
                    if c == 13 && (w.newline == nil || w.newline == "" || w.newline == "\r") {
                        if w.newline == "\r" { end = i + 1; break }
                        if i + 1 < w.pending.count { end = w.pending[i + 1] == 10 ? i + 2 : i + 1; break }
                        if w.eof { end = i + 1; break }
                        break
                    }
                    i += 1
                }
                if end == nil && limit >= 0 && completePrefix(w) > 0 {
                    let text = Array(try decode(w, Array(w.pending[..<completePrefix(w)])).unicodeScalars)
                    if text.count >= limit { end = try encode(w, scalarsString(text.prefix(limit))).count }
                }
                if let e = end {
                    var line = Array(w.pending[..<e])
                    if limit >= 0 {
                        let text = Array(try decode(w, line).unicodeScalars)
                        if text.count > limit { line = try encode(w, scalarsString(text.prefix(limit))) }
                    }
                    w.pending.removeFirst(line.count)
                    return PyStr(translateIn(try decode(w, line), w.newline, &w.seenNewlines))
                }
                searched = max(0, i)
                if !(try readChunk(w)) {
                    let line = w.pending
                    w.pending = []
                    return PyStr(translateIn(try decode(w, line), w.newline, &w.seenNewlines))
                }
            }
        }
        ModuleTypes.def(t, "tell") { o, _, _ in
            let w = try wrapper(o)
            _ = try call(w.buffer, "flush")
            let pos = try Ops.indexInt(call(w.buffer, "tell"))
            return PyInt.make(pos - w.pending.count)
        }
        ModuleTypes.def(t, "seek") { o, a, _ in
            let w = try wrapper(o)
            if try isClosed(w.buffer) { throw closedError() }
            let off = try Ops.indexInt(a[0])
            let whence = a.count > 1 ? try Ops.indexInt(a[1]) : 0
            if whence == 1 && off != 0 { throw unsupportedError("can't do nonzero cur-relative seeks") }
            if whence == 2 && off != 0 { throw unsupportedError("can't do nonzero end-relative seeks") }
            _ = try call(w.buffer, "flush")
            var target = off
            if whence == 1 { target = try Ops.indexInt(call(w.buffer, "tell")) - w.pending.count }
            w.pending = []
            w.eof = false
            if whence == 2 { return try call(w.buffer, "seek", [PyInt.make(0), PyInt.make(2)]) }
            if target < 0 { throw PythonError(PyExc.ValueError, "negative seek position \(target)") }
            return try call(w.buffer, "seek", [PyInt.make(target)])
        }
        ModuleTypes.def(t, "truncate") { o, a, _ in
            let w = try wrapper(o)
            _ = try call(w.buffer, "flush")
            return try call(w.buffer, "truncate", a.isEmpty ? [] : [a[0]])
        }
        ModuleTypes.def(t, "reconfigure") { o, _, k in
            let w = try wrapper(o)
            for (name, v) in k {
                switch name {
                case "encoding": if let s = v as? PyStr { w.encoding = try normalizeEncoding(s.value); w.encodingName = s.value }
                case "errors": if let s = v as? PyStr { w.errors = s.value }
                case "newline": w.newline = try checkNewline(v)
                case "line_buffering": if v !== pyNone { w.lineBuffering = try Ops.isTrue(v) }
                case "write_through": if v !== pyNone { w.writeThrough = try Ops.isTrue(v) }
                default: throw PythonError(PyExc.TypeError, "reconfigure() got an unexpected keyword argument '\(name)'")
                }
            }
            return pyNone
        }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let w = o as! PyTextWrapper
            var s = "<_io.TextIOWrapper"
            if let n = (try? Ops.getAttrOptional(w, PyStr.intern("name"))).flatMap({ $0 }) { s += " name=\(try Ops.repr(n).value)" }
            if let m = w.mode { s += " mode=\(try Ops.repr(m).value)" }
            return PyStr(s + " encoding='\(w.encodingName)'>")
        }
    }

    static func installNewlineDecoder() {
        let t = newlineDecoder
        ModuleTypes.ctor(t) { cls, a, k in
            let o = PyObject(type: cls)
            o.instanceDict = PyDict()
            o.instanceDict!.setItem(string: "_decoder", ModArgs.arg(a, k, 0, "decoder") ?? pyNone)
            o.instanceDict!.setItem(string: "_translate", pyBool(try Ops.isTrue(ModArgs.arg(a, k, 1, "translate") ?? pyFalse)))
            o.instanceDict!.setItem(string: "_pendingcr", pyFalse)
            o.instanceDict!.setItem(string: "_seen", PyStr(""))
            return o
        }
        ModuleTypes.def(t, "decode") { o, a, k in
            let d = o.instanceDict!
            let final = try ModArgs.arg(a, k, 1, "final").map(Ops.isTrue) ?? false
            var output: String
            let dec = d.getItem(string: "_decoder")!
            if dec === pyNone {
                output = (a[0] as? PyStr)?.value ?? ""
            } else {
                output = (try Ops.callMethod(dec, "decode", [a[0]], kwargs: [("final", pyBool(final))]) as! PyStr).value
            }
            if try Ops.isTrue(d.getItem(string: "_pendingcr")!) && (!output.isEmpty || final) {
                output = "\r" + output
                d.setItem(string: "_pendingcr", pyFalse)
            }
            if output.hasSuffix("\r") && !final {
                output.removeLast()
                d.setItem(string: "_pendingcr", pyTrue)
            }
            var seen = Set((d.getItem(string: "_seen") as! PyStr).value.split(separator: "|").map(String.init))
            let translate = try Ops.isTrue(d.getItem(string: "_translate")!)
            let result = translateIn(output, translate ? nil : "", &seen)
            d.setItem(string: "_seen", PyStr(seen.sorted().joined(separator: "|")))
            return PyStr(result)
        }
        ModuleTypes.def(t, "getstate") { o, _, _ in
            let d = o.instanceDict!
            let pending = try Ops.isTrue(d.getItem(string: "_pendingcr")!) ? 1 : 0
            return PyTuple([PyBytes([]), PyInt.make(pending)])
        }
        ModuleTypes.def(t, "setstate") { o, a, _ in
            let st = try Ops.toArray(a[0])
            o.instanceDict!.setItem(string: "_pendingcr", pyBool((try Ops.indexInt(st[1])) & 1 == 1))
            return pyNone
        }
        ModuleTypes.def(t, "reset") { o, _, _ in
            o.instanceDict!.setItem(string: "_pendingcr", pyFalse)
            o.instanceDict!.setItem(string: "_seen", PyStr(""))
            let dec = o.instanceDict!.getItem(string: "_decoder")!
            if dec !== pyNone { _ = try Ops.callMethod(dec, "reset", []) }
            return pyNone
        }
        ModuleTypes.getter(t, "newlines") { o in
            let s = (o.instanceDict!.getItem(string: "_seen") as! PyStr).value
            return newlinesValue(Set(s.split(separator: "|").map(String.init)))
        }
    }

    // MARK: open

    /// `io.open`, which is also `builtins.open`: it makes the module (and its types) on first use.
    static let openFunction: PyBuiltinFunction = {
        let f = PyBuiltinFunction(name: "open") { a, k in
            if Runtime.modules.getItem(string: "_io") == nil { _ = try Importer.importModule("_io") }
            return try open(a, k)
        }
        f.moduleName = "io"
        return f
    }()

    static func open(_ a: [PyObject], _ k: [(String, PyObject)]) throws -> PyObject {
        let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"]
        for (n, _) in k where !names.contains(n) {
            throw PythonError(PyExc.TypeError, "open() got an unexpected keyword argument '\(n)'")
        }
        if a.count > names.count {
            throw PythonError(PyExc.TypeError, "open() takes at most 8 arguments (\(a.count) given)")
        }
        func arg(_ i: Int) -> PyObject? {
            let v = ModArgs.arg(a, k, i, names[i])
            return v === pyNone ? nil : v
        }
        guard let file = ModArgs.arg(a, k, 0, "file") else {
            throw PythonError(PyExc.TypeError, "open() missing required argument 'file' (pos 1)")
        }
        if !(file is PyStr || file is PyBytes || file is PyInt) && file.type.lookup("__fspath__") == nil {
            throw PythonError(PyExc.TypeError, "expected str, bytes or os.PathLike object, not \(file.type.name)")
        }
        let mode = try arg(1).map { try ModArgs.str($0, "open", "argument 'mode'") } ?? "r"
        let buffering = try arg(2).map { try Ops.indexInt($0) } ?? -1
        let encoding = try arg(3).map { try ModArgs.str($0, "open", "argument 'encoding'") }
        let errors = try arg(4).map { try ModArgs.str($0, "open", "argument 'errors'") }
        let newline = arg(5)
        let closefd = try arg(6).map(Ops.isTrue) ?? true
        var seen = Set<Character>()
        for c in mode {
            if !"rwxabt+".contains(c) || seen.contains(c) { throw PythonError(PyExc.ValueError, "invalid mode: '\(mode)'") }
            seen.insert(c)
        }
        let binary = seen.contains("b"), text = seen.contains("t")
        if binary && text { throw PythonError(PyExc.ValueError, "can't have text and binary mode at once") }
        let kinds = seen.intersection(["r", "w", "x", "a"]).count
        if kinds > 1 {
            throw PythonError(PyExc.ValueError, "must have exactly one of create/read/write/append mode")
        }
        if kinds == 0 {
            throw PythonError(PyExc.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
        }
        if binary && encoding != nil { throw PythonError(PyExc.ValueError, "binary mode doesn't take an encoding argument") }
        if binary && errors != nil { throw PythonError(PyExc.ValueError, "binary mode doesn't take an errors argument") }
        if binary && newline != nil { throw PythonError(PyExc.ValueError, "binary mode doesn't take a newline argument") }
        if !binary && buffering == 0 { throw PythonError(PyExc.ValueError, "can't have unbuffered text I/O") }
        var rawMode = ""
        for c in "rwxa" where seen.contains(c) { rawMode.append(c) }
        if seen.contains("+") { rawMode.append("+") }
        var rawArgs: [(String, PyObject)] = [("closefd", pyBool(closefd))]
        if let op = arg(7) { rawArgs.append(("opener", op)) }
        let raw = try Ops.call(fileIO, args: [file, PyStr(rawMode)], kwargs: rawArgs)
        do {
            var lineBuffering = false
            var size = buffering
            let tty = buffering < 0 ? try Ops.isTrue(call(raw, "isatty")) : false
            if buffering == 1 || tty {
                lineBuffering = true
                size = -1
            }
            if size < 0 { size = defaultBufferSize }
            if buffering == 0 { return raw }
            let bufType = seen.contains("+") ? bufferedRandom : (seen.contains("r") ? bufferedReader : bufferedWriter)
            let buffer = try Ops.call(bufType, args: [raw, PyInt.make(size)])
            if binary { return buffer }
            var kw: [(String, PyObject)] = [("line_buffering", pyBool(lineBuffering))]
            if let e = encoding { kw.append(("encoding", PyStr(e))) }
            if let e = errors { kw.append(("errors", PyStr(e))) }
            if let n = newline { kw.append(("newline", n)) }
            let w = try Ops.call(textIOWrapper, args: [buffer], kwargs: kw) as! PyTextWrapper
            w.mode = PyStr(mode)
            return w
        } catch {
            _ = try? call(raw, "close")
            throw error
        }
    }
}
