import PyObjects
import Foundation

/// `sys.stdout`/`sys.stderr`-like text streams over file descriptors, and simple files.
public final class PyTextStream: PyObject {
    public let fd: Int32
    public let name: String
    var buffer: [UInt8] = []
    /// Line-buffered streams flush at each newline (stderr, terminals).
    let lineBuffered: Bool
    /// Unbuffered mode (`-u`, PYTHONUNBUFFERED) for the standard streams: every write goes out.
    var writeThrough = false
    var closed = false
    /// For files opened for reading: the remaining content.
    var readBuffer: [UInt8]?
    var readPos = 0
    /// The descriptor reported end of file (reads stop asking it).
    var atEOF = false
    public let mode: String

    init(fd: Int32, name: String, lineBuffered: Bool, mode: String = "w") {
        self.fd = fd
        self.name = name
        self.lineBuffered = lineBuffered
        self.mode = mode
        super.init(type: Stdio.textIOType)
    }
}

enum Stdio {
    static let textIOType: PyType = {
        let t = PyType(name: "TextIOWrapper", bases: [PyTypes.object], flags: [], moduleName: "_io")
        return t
    }()
    /// `-u` or PYTHONUNBUFFERED: set before the standard streams are first used.
    nonisolated(unsafe) static var unbuffered = getenv("PYTHONUNBUFFERED").map { $0.pointee != 0 } ?? false
    nonisolated(unsafe) static var stdout: PyTextStream = {
        let s = PyTextStream(fd: 1, name: "<stdout>", lineBuffered: isatty(1) != 0)
        s.writeThrough = unbuffered
        return s
    }()
    nonisolated(unsafe) static var stderr: PyTextStream = {
        let s = PyTextStream(fd: 2, name: "<stderr>", lineBuffered: true)
        s.writeThrough = unbuffered
        return s
    }()
    nonisolated(unsafe) static var stdin = PyTextStream(fd: 0, name: "<stdin>", lineBuffered: false, mode: "r")

    static func write(_ s: PyTextStream, _ text: String) throws {
        if s.closed { throw PythonError(PyExc.ValueError, "I/O operation on closed file.") }
        if LoneSurrogate.contains(text) {
            // Lone surrogates have no UTF-8: the stream's error handler decides (as `errors` reports).
            s.buffer.append(contentsOf: try Codecs.encode(text, "utf-8", s.fd == 2 ? "backslashreplace" : "strict"))
        } else {
            s.buffer.append(contentsOf: text.utf8)
        }
        if s.writeThrough || s.buffer.count > 1 << 16 || (s.lineBuffered && text.contains("\n")) { flush(s) }
    }

    static func flush(_ s: PyTextStream) {
        if s.buffer.isEmpty { return }
        var off = 0
        s.buffer.withUnsafeBytes { p in
            while off < p.count {
                let n = Foundation.write(s.fd, p.baseAddress! + off, p.count - off)
                if n <= 0 { break }
                off += n
            }
        }
        s.buffer.removeAll(keepingCapacity: true)
    }

    static func flushAll() {
        flush(stdout)
        flush(stderr)
    }

    static func installMethods() {
        let t = textIOType
        func def(_ name: String, _ body: @escaping PyMethodDescriptor.Body) {
            t.dict.setItem(string: name, PyMethodDescriptor(name: name, owner: t, body: body))
        }
        def("write") { r, a, _ in
            let s = r as! PyTextStream
            if s.mode.contains("b") {
                guard a.count == 1, let bytes = (a[0] as? PyBytes)?.value ?? (a[0] as? PyByteArray)?.value else {
                    throw PythonError(PyExc.TypeError, "a bytes-like object is required, not '\(a.first?.type.name ?? "nothing")'")
                }
                if s.closed { throw PythonError(PyExc.ValueError, "write to closed file") }
                s.buffer.append(contentsOf: bytes)
                if s.buffer.count > 1 << 16 { flush(s) }
                return PyInt.make(bytes.count)
            }
            guard a.count == 1, let text = a[0] as? PyStr else {
                throw PythonError(PyExc.TypeError, "write() argument must be str, not \(a.first?.type.name ?? "nothing")")
            }
            try write(s, text.value)
            return PyInt.make(text.count)
        }
        def("writelines") { r, a, _ in
            let s = r as! PyTextStream
            for line in try Ops.toArray(a.first ?? PyList()) {
                guard let text = line as? PyStr else {
                    throw PythonError(PyExc.TypeError, "write() argument must be str, not \(line.type.name)")
                }
                try write(s, text.value)
            }
            return pyNone
        }
        def("flush") { r, _, _ in flush(r as! PyTextStream); return pyNone }
        def("fileno") { r, _, _ in PyInt.make(Int((r as! PyTextStream).fd)) }
        def("isatty") { r, _, _ in pyBool(isatty((r as! PyTextStream).fd) != 0) }
        def("readable") { r, _, _ in
            let m = (r as! PyTextStream).mode
            return pyBool(m.contains("r") || m.contains("+"))
        }
        def("writable") { r, _, _ in
            let m = (r as! PyTextStream).mode
            return pyBool(!m.contains("r") || m.contains("+"))
        }
        def("read") { r, a, _ in
            let s = r as! PyTextStream
            try FileObjects.checkReadable(s)
            var size = -1
            if let n = a.first, n !== pyNone { size = try Ops.indexInt(n) }
            // read(n) reads only until n bytes are buffered (a pipe need not reach end of file).
            if size < 0 { _ = try FileObjects.readAll(s) } else {
                while (s.readBuffer?.count ?? 0) < s.readPos + size + 4 && FileObjects.fill(s) {}
            }
            let data = s.readBuffer ?? []
            var end = data.count
            if size >= 0 {
                end = min(data.count, s.readPos + size)
                // Text reads count characters: extend over UTF-8 continuation bytes.
                if !s.mode.contains("b") { while end < data.count && data[end] & 0xC0 == 0x80 { end += 1 } }
            }
            let start = min(s.readPos, end)
            s.readPos = end
            if s.mode.contains("b") { return PyBytes(Array(data[start..<end])) }
            return PyStr(String(decoding: data[start..<end], as: UTF8.self))
        }
        for (name, get) in [("closed", { (s: PyTextStream) -> PyObject in pyBool(s.closed) }),
                            ("name", { (s: PyTextStream) -> PyObject in PyStr(s.name) }),
                            ("mode", { (s: PyTextStream) -> PyObject in PyStr(s.mode) }),
                            ("encoding", { (s: PyTextStream) -> PyObject in PyStr("utf-8") }),
                            ("buffer", { (s: PyTextStream) -> PyObject in PyBufferedView(s) }),
                            // Unbuffered streams write through instead of buffering lines.
                            ("line_buffering", { (s: PyTextStream) -> PyObject in
                                pyBool(s.lineBuffered && !s.writeThrough)
                            }),
                            ("errors", { (s: PyTextStream) -> PyObject in PyStr(s.fd == 2 ? "backslashreplace" : "strict") })] {
            t.dict.setItem(string: name, PyProperty(fget: PyBuiltinFunction(name: name) { a, _ in get(a[0] as! PyTextStream) },
                                                    fset: nil, fdel: nil, doc: nil))
        }
        def("readline") { r, _, _ in
            let s = r as! PyTextStream
            let line = try FileObjects.readLine(s)
            if s.mode.contains("b") { return PyBytes(Array(line)) }
            return PyStr(String(decoding: line, as: UTF8.self))
        }
        def("readlines") { r, _, _ in
            let s = r as! PyTextStream
            let data = try FileObjects.readAll(s)
            let text = String(decoding: data[s.readPos...], as: UTF8.self)
            s.readPos = data.count
            var lines: [PyObject] = []
            var cur = ""
            for ch in text { cur.append(ch); if ch == "\n" { lines.append(PyStr(cur)); cur = "" } }
            if !cur.isEmpty { lines.append(PyStr(cur)) }
            return PyList(lines)
        }
        def("close") { r, _, _ in
            let s = r as! PyTextStream
            flush(s)
            if s.fd > 2 && !s.closed { Foundation.close(s.fd) }
            s.closed = true
            return pyNone
        }
        def("__enter__") { r, _, _ in r }
        def("__exit__") { r, _, _ in
            let s = r as! PyTextStream
            flush(s)
            if s.fd > 2 && !s.closed { Foundation.close(s.fd) }
            s.closed = true
            return pyNone
        }
        def("__iter__") { r, _, _ in
            let s = r as! PyTextStream
            return PyNativeIterator(type: VMTypes.callableIterator) {
                let line = try FileObjects.readLine(s)
                if line.isEmpty { return nil }
                if s.mode.contains("b") { return PyBytes(Array(line)) }
                return PyStr(String(decoding: line, as: UTF8.self))
            }
        }
        t.slots.repr = { o in
            let s = o as! PyTextStream
            return "<_io.TextIOWrapper name='\(s.name)' mode='\(s.mode)' encoding='utf-8'>"
        }
    }
}

enum FileObjects {
    /// `io.UnsupportedOperation` (an OSError and a ValueError).
    static let unsupportedOperation = PyType(name: "UnsupportedOperation", bases: [PyExc.OSError, PyExc.ValueError],
                                             flags: [.baseType, .exception], moduleName: "io")

    static func checkReadable(_ s: PyTextStream) throws {
        if s.closed { throw PythonError(PyExc.ValueError, "I/O operation on closed file.") }
        if !s.mode.contains("r") && !s.mode.contains("+") {
            throw PythonError(unsupportedOperation, "not readable")
        }
    }

    /// Reads what the descriptor has (one chunk) into the stream's buffer; false at end of file.
    static func fill(_ s: PyTextStream) -> Bool {
        if s.atEOF { return false }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { Foundation.read(s.fd, $0.baseAddress!, 65536) }
        if n <= 0 { s.atEOF = true; return false }
        if s.readBuffer == nil { s.readBuffer = [] }
        s.readBuffer!.append(contentsOf: chunk[0..<n])
        return true
    }

    /// Everything up to end of file (the buffer; reading continues from `readPos`).
    static func readAll(_ s: PyTextStream) throws -> [UInt8] {
        try checkReadable(s)
        while fill(s) {}
        return s.readBuffer ?? []
    }

    /// The next line (with its newline) or what is left before end of file, reading only as
    /// much as needed, so that input() and readline() return as soon as a line arrives.
    static func readLine(_ s: PyTextStream) throws -> ArraySlice<UInt8> {
        try checkReadable(s)
        var searchFrom = s.readPos
        while true {
            let data = s.readBuffer ?? []
            if let nl = data[min(searchFrom, data.count)...].firstIndex(of: 10) {
                let line = data[s.readPos...nl]
                s.readPos = nl + 1
                return line
            }
            searchFrom = data.count
            if !fill(s) {
                let rest = data[min(s.readPos, data.count)...]
                s.readPos = data.count
                return rest
            }
        }
    }

    /// `open(path, mode='r')` for text files (reading, writing, appending).
    static func open(_ a: [PyObject], _ k: [(String, PyObject)]) throws -> PyObject {
        let a = try BuiltinsExtra.bind("open", a, k, names: ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
                                       required: 1, defaults: [PyStr("r"), PyInt.make(-1), pyNone, pyNone, pyNone, pyTrue, pyNone])
        guard let path = a[0] as? PyStr else {
            throw PythonError(PyExc.TypeError, "expected str, bytes or os.PathLike object, not \(a[0].type.name)")
        }
        guard let mode = (a[1] as? PyStr)?.value else {
            throw PythonError(PyExc.TypeError, "open() argument 'mode' must be str, not \(a[1].type.name)")
        }
        // CPython's checks, in its order.
        if mode.contains(where: { !"rwaxbt+".contains($0) }) || Set(mode).count != mode.count {
            throw PythonError(PyExc.ValueError, "invalid mode: '\(mode)'")
        }
        if mode.contains("b") && mode.contains("t") {
            throw PythonError(PyExc.ValueError, "can't have text and binary mode at once")
        }
        let kinds = mode.filter { "rwax".contains($0) }.count
        if kinds > 1 { throw PythonError(PyExc.ValueError, "must have exactly one of create/read/write/append mode") }
        if kinds == 0 {
            throw PythonError(PyExc.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
        }
        var flags: Int32
        let access = mode.contains("+") ? O_RDWR : O_WRONLY
        if mode.contains("w") { flags = access | O_CREAT | O_TRUNC }
        else if mode.contains("a") { flags = access | O_CREAT | O_APPEND }
        else if mode.contains("x") { flags = access | O_CREAT | O_EXCL }
        else { flags = mode.contains("+") ? O_RDWR : O_RDONLY }
        let fd = Foundation.open(path.value, flags, 0o644)
        if fd < 0 {
            let e = errno
            let msg = String(cString: strerror(e))
            let type: PyType = e == ENOENT ? PyExc.FileNotFoundError : (e == EACCES ? PyExc.PermissionError : PyExc.OSError)
            throw PythonError(PyBaseException(type: type, args: [PyInt.make(Int(e)), PyStr(msg), path]))
        }
        return PyTextStream(fd: fd, name: path.value, lineBuffered: false, mode: mode)
    }
}

/// `stream.buffer`: the binary layer under a text stream (`sys.stdout.buffer.write(b"...")`).
/// It shares the text stream's buffer, so text and binary writes stay in order.
final class PyBufferedView: PyObject {
    let stream: PyTextStream
    init(_ stream: PyTextStream) {
        self.stream = stream
        super.init(type: stream.mode.contains("r") ? PyBufferedView.readerType : PyBufferedView.writerType)
    }

    static func makeType(_ name: String) -> PyType {
        let t = PyType(name: name, bases: [PyTypes.object], flags: [], moduleName: "_io")
        func def(_ name: String, _ body: @escaping (PyTextStream, [PyObject]) throws -> PyObject) {
            t.dict.setItem(string: name, PyMethodDescriptor(name: name, owner: t) { r, a, _ in
                try body((r as! PyBufferedView).stream, a)
            })
        }
        def("write") { s, a in
            guard a.count == 1, let bytes = (a[0] as? PyBytes)?.value ?? (a[0] as? PyByteArray)?.value else {
                throw PythonError(PyExc.TypeError, "a bytes-like object is required, not '\(a.first?.type.name ?? "nothing")'")
            }
            if s.closed { throw PythonError(PyExc.ValueError, "write to closed file") }
            s.buffer.append(contentsOf: bytes)
            if s.writeThrough || s.buffer.count > 1 << 16 || (s.lineBuffered && bytes.contains(10)) { Stdio.flush(s) }
            return PyInt.make(bytes.count)
        }
        def("read") { s, _ in
            let data = try FileObjects.readAll(s)
            let start = min(s.readPos, data.count)
            s.readPos = data.count
            return PyBytes(Array(data[start...]))
        }
        def("flush") { s, _ in Stdio.flush(s); return pyNone }
        def("fileno") { s, _ in PyInt.make(Int(s.fd)) }
        return t
    }
    static let writerType = makeType("BufferedWriter")
    static let readerType = makeType("BufferedReader")
}
