import PyObjects
import PyCompiler
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `os.DirEntry`, from `scandir`.
final class PyDirEntry: PyObject {
    let name: PyObject
    let path: PyObject
    let dtype: UInt8
    let inode: UInt
    var statCache: [Bool: PyObject] = [:]
    init(type: PyType, name: PyObject, path: PyObject, dtype: UInt8, inode: UInt) {
        self.name = name
        self.path = path
        self.dtype = dtype
        self.inode = inode
        super.init(type: type)
    }
}

/// `posix`: the operating system interface `os` is built on.
enum PosixModule {
    static let statResult = StructSeq.makeType("stat_result", module: "os", fields: [
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
        "st_rdev"], visible: 10)
    static let unameResult = StructSeq.makeType("uname_result", module: "posix", fields: [
        "sysname", "nodename", "release", "version", "machine"])
    static let timesResult = StructSeq.makeType("times_result", module: "posix", fields: [
        "user", "system", "children_user", "children_system", "elapsed"])
    static let terminalSize = StructSeq.makeType("terminal_size", module: "os", fields: ["columns", "lines"])
    static let dirEntryType = ModuleTypes.make("DirEntry", module: "posix", subclassable: false)
    static let scandirIterType = ModuleTypes.make("ScandirIterator", module: "posix", subclassable: false)

    // MARK: paths and errors

    /// A path argument: str, bytes or os.PathLike. Returns the bytes and whether it was bytes.
    static func path(_ o: PyObject?, _ fname: String, _ argName: String = "path") throws -> (String, Bool) {
        guard var p = o else { throw PythonError(PyExc.TypeError, "\(fname)() missing required argument '\(argName)' (pos 1)") }
        if !(p is PyStr) && !(p is PyBytes), let f = p.type.lookup("__fspath__") {
            p = try Ops.call(Ops.bindDescriptor(f, p, p.type), args: [])
        }
        if let s = p as? PyStr {
            if s.value.contains("\0") { throw PythonError(PyExc.ValueError, "\(fname): embedded null character in \(argName)") }
            return (s.value, false)
        }
        if let b = p as? PyBytes { return (String(decoding: b.value, as: UTF8.self), true) }
        throw PythonError(PyExc.TypeError,
            "\(fname): \(argName) should be string, bytes or os.PathLike, not \(p.type.name)")
    }

    static func osError(_ code: Int32 = errno, _ filename: PyObject? = nil, _ filename2: PyObject? = nil) -> PythonError {
        var args: [PyObject] = [PyInt.make(Int(code)), PyStr(String(cString: strerror(code)))]
        if let f = filename {
            args.append(f)
            if let f2 = filename2 { args.append(PyInt.make(0)); args.append(f2) }
        }
        do {
            let e = try Ops.call(PyExc.OSError, args: args)
            if let ex = e as? PyBaseException { return PythonError(ex) }
        } catch { return Errors.asPythonError(error) }
        return PythonError(PyExc.OSError, "[Errno \(code)]")
    }

    static func fd(_ o: PyObject?) throws -> Int32 {
        guard let o = o else { throw PythonError(PyExc.TypeError, "expected a file descriptor") }
        return Int32(try Ops.indexInt(o))
    }

    static func out(_ s: String, bytes: Bool) -> PyObject { bytes ? PyBytes(Array(s.utf8)) : PyStr(s) }

    static func statObject(_ st: stat) -> PyObject {
        func ts(_ t: timespec) -> (PyObject, PyObject, PyObject) {
            (PyInt.make(t.tv_sec), PyFloat(Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9),
             PyInt.make(t.tv_sec * 1_000_000_000 + t.tv_nsec))
        }
        let a = ts(st.st_atim), m = ts(st.st_mtim), c = ts(st.st_ctim)
        return StructSeq.make(statResult, [
            PyInt.make(Int(st.st_mode)), PyInt.make(Int(st.st_ino)), PyInt.make(Int(st.st_dev)), PyInt.make(Int(st.st_nlink)),
            PyInt.make(Int(st.st_uid)), PyInt.make(Int(st.st_gid)), PyInt.make(Int(st.st_size)),
            a.0, m.0, c.0, a.1, m.1, c.1, a.2, m.2, c.2,
            PyInt.make(Int(st.st_blksize)), PyInt.make(Int(st.st_blocks)), PyInt.make(Int(st.st_rdev))])
    }

    static func doStat(_ o: PyObject, follow: Bool, _ fname: String) throws -> PyObject {
        var st = stat()
        if o is PyInt {
            if fstat(try fd(o), &st) != 0 { throw osError() }
            return statObject(st)
        }
        let (p, _) = try path(o, fname)
        let r = follow ? stat(p, &st) : lstat(p, &st)
        if r != 0 { throw osError(errno, o) }
        return statObject(st)
    }

    static func kw(_ k: [(String, PyObject)], _ name: String) -> PyObject? { k.first { $0.0 == name }?.1 }

    // MARK: the module

    static func make() -> PyModule {
        let b = ModuleBuilder("posix")
        installDirEntry()
        b.set("stat_result", statResult)
        b.set("uname_result", unameResult)
        b.set("times_result", timesResult)
        b.set("terminal_size", terminalSize)
        b.set("DirEntry", dirEntryType)
        b.set("error", PyExc.OSError)
        let have = ["HAVE_FSTATAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_OPENAT",
                    "HAVE_UNLINKAT", "HAVE_RENAMEAT", "HAVE_FDOPENDIR"]
        _ = have
        b.set("_have_functions", PyList([]))
        b.fn("stat") { a, k in
            let follow = try kw(k, "follow_symlinks").map(Ops.isTrue) ?? true
            return try doStat(ModArgs.arg(a, k, 0, "path") ?? pyNone, follow: follow, "stat")
        }
        b.fn("lstat") { a, k in try doStat(ModArgs.arg(a, k, 0, "path") ?? pyNone, follow: false, "lstat") }
        b.fn("fstat") { a, k in
            var st = stat()
            if fstat(try fd(ModArgs.arg(a, k, 0, "fd")), &st) != 0 { throw osError() }
            return statObject(st)
        }
        b.fn("getcwd") { _, _ in
            guard let p = getcwd(nil, 0) else { throw osError() }
            defer { free(p) }
            return PyStr(String(cString: p))
        }
        b.fn("getcwdb") { _, _ in
            guard let p = getcwd(nil, 0) else { throw osError() }
            defer { free(p) }
            return PyBytes(Array(String(cString: p).utf8))
        }
        b.fn("chdir") { a, k in
            let (p, _) = try path(ModArgs.arg(a, k, 0, "path"), "chdir")
            if chdir(p) != 0 { throw osError(errno, a[0]) }
            return pyNone
        }
        b.fn("listdir") { a, k in
            let arg = ModArgs.arg(a, k, 0, "path") ?? PyStr(".")
            let (p, isBytes) = arg === pyNone ? (".", false) : try path(arg, "listdir")
            guard let dir = opendir(p) else { throw osError(errno, arg) }
            defer { closedir(dir) }
            var names: [PyObject] = []
            while let ent = readdir(dir) {
                let name = withUnsafePointer(to: ent.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                names.append(out(name, bytes: isBytes))
            }
            return PyList(names)
        }
        b.fn("scandir") { a, k in
            let arg = ModArgs.arg(a, k, 0, "path") ?? PyStr(".")
            let (p, isBytes) = arg === pyNone ? (".", false) : try path(arg, "scandir")
            guard let dir = opendir(p) else { throw osError(errno, arg) }
            var open = true
            var entries: [PyObject] = []
            while let ent = readdir(dir) {
                let name = withUnsafePointer(to: ent.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                let full = (p == "." && (arg === pyNone || (arg as? PyStr)?.value == ".") ? "./" : (p.hasSuffix("/") ? p : p + "/")) + name
                entries.append(PyDirEntry(type: dirEntryType, name: out(name, bytes: isBytes), path: out(full, bytes: isBytes),
                                          dtype: ent.pointee.d_type, inode: UInt(ent.pointee.d_ino)))
            }
            closedir(dir)
            var i = 0
            let it = PyNativeIterator(type: scandirIterType) {
                guard open, i < entries.count else { return nil }
                defer { i += 1 }
                return entries[i]
            }
            _ = open
            open = true
            return it
        }
        b.fn("mkdir") { a, k in
            let (p, _) = try path(ModArgs.arg(a, k, 0, "path"), "mkdir")
            let mode = try ModArgs.arg(a, k, 1, "mode").map { try Ops.indexInt($0) } ?? 0o777
            if mkdir(p, mode_t(mode)) != 0 { throw osError(errno, a[0]) }
            return pyNone
        }
        b.fn("rmdir") { a, k in
            let (p, _) = try path(ModArgs.arg(a, k, 0, "path"), "rmdir")
            if rmdir(p) != 0 { throw osError(errno, a[0]) }
            return pyNone
        }
        for name in ["unlink", "remove"] {
            b.fn(name) { a, k in
                let (p, _) = try path(ModArgs.arg(a, k, 0, "path"), name)
                if unlink(p) != 0 { throw osError(errno, a[0]) }
                return pyNone
            }
        }
        for name in ["rename", "replace"] {
            b.fn(name) { a, k in
                let (s, _) = try path(ModArgs.arg(a, k, 0, "src"), name, "src")
                let (d, _) = try path(ModArgs.arg(a, k, 1, "dst"), name, "dst")
                if Glibc.rename(s, d) != 0 { throw osError(errno, a[0], a[1]) }
                return pyNone
            }
        }
        b.fn("open") { a, k in
            let (p, _) = try path(ModArgs.arg(a, k, 0, "path"), "open")
            let flags = try Ops.indexInt(ModArgs.arg(a, k, 1, "flags") ?? PyInt.make(0))
            let mode = try ModArgs.arg(a, k, 2, "mode").map { try Ops.indexInt($0) } ?? 0o777
            let fdv = Glibc.open(p, Int32(flags) | O_CLOEXEC, mode_t(mode))
            if fdv < 0 { throw osError(errno, a[0]) }
            return PyInt.make(Int(fdv))
        }
        b.fn("close") { a, k in
            if Glibc.close(try fd(ModArgs.arg(a, k, 0, "fd"))) != 0 { throw osError() }
            return pyNone
        }
        b.fn("closerange") { a, _ in
            let lo = try fd(a[0]), hi = try fd(a[1])
            if lo < hi { for f in lo..<hi { Glibc.close(f) } }
            return pyNone
        }
        b.fn("read") { a, _ in
            let f = try fd(a.first)
            let n = try Ops.indexInt(a.count > 1 ? a[1] : PyInt.make(0))
            if n < 0 { throw PythonError(PyExc.ValueError, "negative count") }
            var buf = [UInt8](repeating: 0, count: n)
            // Another Python thread may be the writer: wait without the GIL.
            let r = GIL.withoutGIL { Glibc.read(f, &buf, n) }
            if r < 0 { throw osError() }
            return PyBytes(Array(buf[..<r]))
        }
        b.fn("write") { a, _ in
            let f = try fd(a.first)
            guard a.count > 1 else {
                throw PythonError(PyExc.TypeError, "write expected 2 arguments, got \(a.count)")
            }
            // Any buffer: bytes, bytearray, memoryview (subprocess writes memoryview slices).
            let data = try IOModule.bytesLike(a[1])
            let r = data.withUnsafeBytes { Glibc.write(f, $0.baseAddress, data.count) }
            if r < 0 { throw osError() }
            return PyInt.make(r)
        }
        b.fn("lseek") { a, _ in
            let r = Glibc.lseek(try fd(a[0]), off_t(try Ops.indexInt(a[1])), Int32(try Ops.indexInt(a[2])))
            if r < 0 { throw osError() }
            return PyInt.make(Int(r))
        }
        b.fn("fsync") { a, _ in
            if Glibc.fsync(try fd(a[0])) != 0 { throw osError() }
            return pyNone
        }
        b.fn("ftruncate") { a, _ in
            if Glibc.ftruncate(try fd(a[0]), off_t(try Ops.indexInt(a[1]))) != 0 { throw osError() }
            return pyNone
        }
        b.fn("truncate") { a, _ in
            let (p, _) = try path(a.first, "truncate")
            if Glibc.truncate(p, off_t(try Ops.indexInt(a[1]))) != 0 { throw osError(errno, a[0]) }
            return pyNone
        }
        b.fn("isatty") { a, _ in pyBool(Glibc.isatty(try fd(a.first)) == 1) }
        b.fn("pipe") { _, _ in
            var fds: [Int32] = [0, 0]
            if Glibc.pipe(&fds) != 0 { throw osError() }
            for f in fds { _ = Glibc.fcntl(f, F_SETFD, FD_CLOEXEC) }
            return PyTuple([PyInt.make(Int(fds[0])), PyInt.make(Int(fds[1]))])
        }
        b.fn("dup") { a, _ in
            let r = Glibc.fcntl(try fd(a.first), F_DUPFD_CLOEXEC, 0)
            if r < 0 { throw osError() }
            return PyInt.make(Int(r))
        }
        b.fn("dup2") { a, _ in
            let r = Glibc.dup2(try fd(a[0]), try fd(a[1]))
            if r < 0 { throw osError() }
            return PyInt.make(Int(r))
        }
        b.fn("get_inheritable") { a, _ in pyBool(Glibc.fcntl(try fd(a[0]), F_GETFD) & FD_CLOEXEC == 0) }
        b.fn("set_inheritable") { a, _ in
            let f = try fd(a[0])
            let flags = Glibc.fcntl(f, F_GETFD)
            _ = Glibc.fcntl(f, F_SETFD, try Ops.isTrue(a[1]) ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC)
            return pyNone
        }
        b.fn("get_blocking") { a, _ in pyBool(Glibc.fcntl(try fd(a[0]), F_GETFL) & O_NONBLOCK == 0) }
        b.fn("set_blocking") { a, _ in
            let f = try fd(a[0])
            let flags = Glibc.fcntl(f, F_GETFL)
            _ = Glibc.fcntl(f, F_SETFL, try Ops.isTrue(a[1]) ? flags & ~O_NONBLOCK : flags | O_NONBLOCK)
            return pyNone
        }
        b.fn("access") { a, k in
            let (p, _) = try path(ModArgs.arg(a, k, 0, "path"), "access")
            let mode = try Ops.indexInt(ModArgs.arg(a, k, 1, "mode") ?? PyInt.make(0))
            return pyBool(Glibc.access(p, Int32(mode)) == 0)
        }
        b.fn("chmod") { a, k in
            let (p, _) = try path(ModArgs.arg(a, k, 0, "path"), "chmod")
            if Glibc.chmod(p, mode_t(try Ops.indexInt(ModArgs.arg(a, k, 1, "mode") ?? PyInt.make(0)))) != 0 {
                throw osError(errno, a[0])
            }
            return pyNone
        }
        b.fn("readlink") { a, k in
            let arg = ModArgs.arg(a, k, 0, "path")
            let (p, isBytes) = try path(arg, "readlink")
            var buf = [CChar](repeating: 0, count: 4096)
            let n = Glibc.readlink(p, &buf, buf.count)
            if n < 0 { throw osError(errno, arg) }
            return out(String(decoding: buf[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self), bytes: isBytes)
        }
        b.fn("symlink") { a, k in
            let (s, _) = try path(ModArgs.arg(a, k, 0, "src"), "symlink", "src")
            let (d, _) = try path(ModArgs.arg(a, k, 1, "dst"), "symlink", "dst")
            if Glibc.symlink(s, d) != 0 { throw osError(errno, a[0], a[1]) }
            return pyNone
        }
        b.fn("link") { a, k in
            let (s, _) = try path(ModArgs.arg(a, k, 0, "src"), "link", "src")
            let (d, _) = try path(ModArgs.arg(a, k, 1, "dst"), "link", "dst")
            if Glibc.link(s, d) != 0 { throw osError(errno, a[0], a[1]) }
            return pyNone
        }
        b.fn("utime") { a, k in
            let (p, _) = try path(ModArgs.arg(a, k, 0, "path"), "utime")
            var times = [timespec(tv_sec: 0, tv_nsec: (1 << 30) - 1), timespec(tv_sec: 0, tv_nsec: (1 << 30) - 1)]
            if let t = ModArgs.arg(a, k, 1, "times"), t !== pyNone {
                let v = try Ops.toArray(t)
                for i in 0..<2 {
                    let x = try Conversions.toFloat(v[i])
                    times[i] = timespec(tv_sec: Int(x.rounded(.down)), tv_nsec: Int((x - x.rounded(.down)) * 1e9))
                }
            } else if let ns = kw(k, "ns") {
                let v = try Ops.toArray(ns)
                for i in 0..<2 {
                    let x = try Ops.indexInt(v[i])
                    times[i] = timespec(tv_sec: x / 1_000_000_000, tv_nsec: x % 1_000_000_000)
                }
            }
            if utimensat(AT_FDCWD, p, &times, 0) != 0 { throw osError(errno, a[0]) }
            return pyNone
        }
        b.fn("fspath") { a, k in
            guard let p = ModArgs.arg(a, k, 0, "path") else {
                throw PythonError(PyExc.TypeError, "fspath() missing required argument 'path' (pos 1)")
            }
            if p is PyStr || p is PyBytes { return p }
            guard let f = p.type.lookup("__fspath__") else {
                throw PythonError(PyExc.TypeError, "expected str, bytes or os.PathLike object, not \(p.type.name)")
            }
            let r = try Ops.call(Ops.bindDescriptor(f, p, p.type), args: [])
            if !(r is PyStr || r is PyBytes) {
                throw PythonError(PyExc.TypeError,
                    "expected \(p.type.name).__fspath__() to return str or bytes, not \(r.type.name)")
            }
            return r
        }
        b.fn("getpid") { _, _ in PyInt.make(Int(getpid())) }
        b.fn("getppid") { _, _ in PyInt.make(Int(getppid())) }
        b.fn("getuid") { _, _ in PyInt.make(Int(getuid())) }
        b.fn("geteuid") { _, _ in PyInt.make(Int(geteuid())) }
        b.fn("getgid") { _, _ in PyInt.make(Int(getgid())) }
        b.fn("getegid") { _, _ in PyInt.make(Int(getegid())) }
        b.fn("getpgrp") { _, _ in PyInt.make(Int(getpgrp())) }
        b.fn("getgroups") { _, _ in
            var groups = [gid_t](repeating: 0, count: 256)
            let n = getgroups(256, &groups)
            return PyList(groups.prefix(max(0, Int(n))).map { PyInt.make(Int($0)) })
        }
        b.fn("umask") { a, _ in PyInt.make(Int(umask(mode_t(try Ops.indexInt(a[0]))))) }
        b.fn("kill") { a, _ in
            if Glibc.kill(pid_t(try Ops.indexInt(a[0])), Int32(try Ops.indexInt(a[1]))) != 0 { throw osError() }
            // A signal sent to this process is handled before kill() returns, as in CPython.
            try SignalDelivery.runPending()
            return pyNone
        }
        b.fn("strerror") { a, _ in PyStr(String(cString: strerror(Int32(try Ops.indexInt(a[0]))))) }
        b.fn("urandom") { a, _ in
            let n = try Ops.indexInt(a.first ?? PyInt.make(0))
            if n < 0 { throw PythonError(PyExc.ValueError, "negative argument not allowed") }
            var buf = [UInt8](repeating: 0, count: n)
            // /dev/urandom, as CPython falls back to when getrandom() is unavailable.
            let f = Glibc.open("/dev/urandom", O_RDONLY | O_CLOEXEC)
            if f < 0 { throw osError() }
            defer { Glibc.close(f) }
            var got = 0
            while got < n {
                let r = buf.withUnsafeMutableBytes { Glibc.read(f, $0.baseAddress! + got, n - got) }
                if r <= 0 { throw osError() }
                got += r
            }
            return PyBytes(buf)
        }
        b.fn("uname") { _, _ in
            var u = utsname()
            Glibc.uname(&u)
            func s<T>(_ v: T) -> PyStr {
                withUnsafePointer(to: v) { $0.withMemoryRebound(to: CChar.self, capacity: 65) { PyStr(String(cString: $0)) } }
            }
            return StructSeq.make(unameResult, [s(u.sysname), s(u.nodename), s(u.release), s(u.version), s(u.machine)])
        }
        b.fn("times") { _, _ in
            var t = tms()
            let elapsed = Glibc.times(&t)
            let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
            return StructSeq.make(timesResult, [PyFloat(Double(t.tms_utime) / hz), PyFloat(Double(t.tms_stime) / hz),
                PyFloat(Double(t.tms_cutime) / hz), PyFloat(Double(t.tms_cstime) / hz), PyFloat(Double(elapsed) / hz)])
        }
        b.fn("cpu_count") { _, _ in PyInt.make(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
        b.fn("get_terminal_size") { a, _ in
            var w = winsize()
            let f = a.isEmpty ? 1 : try fd(a[0])
            if ioctl(f, UInt(TIOCGWINSZ), &w) != 0 { throw osError() }
            return StructSeq.make(terminalSize, [PyInt.make(Int(w.ws_col)), PyInt.make(Int(w.ws_row))])
        }
        b.fn("device_encoding") { a, _ in Glibc.isatty(try fd(a[0])) == 1 ? PyStr("utf-8") : pyNone }
        b.fn("_exit") { a, _ in
            Stdio.flushAll()
            Glibc._exit(Int32(try Ops.indexInt(a.first ?? PyInt.make(0))))
        }
        b.fn("abort") { _, _ in Glibc.abort() }
        b.fn("system") { a, _ in
            let cmd = try ModArgs.str(a.first, "system")
            Stdio.flushAll()
            return PyInt.make(Int(Glibc.system(cmd)))
        }
        PosixProcess.install(b)
        b.fn("waitpid") { a, _ in
            var status: Int32 = 0
            let pid = pid_t(try Ops.indexInt(a[0])), options = Int32(try Ops.indexInt(a[1]))
            var r: pid_t
            repeat {
                r = GIL.withoutGIL { Glibc.waitpid(pid, &status, options) }
                if r < 0 && errno == EINTR { try SignalDelivery.runPending() }
            } while r < 0 && errno == EINTR
            if r < 0 { throw osError() }
            return PyTuple([PyInt.make(Int(r)), PyInt.make(Int(status))])
        }
        b.fn("waitstatus_to_exitcode") { a, _ in
            let s = Int32(try Ops.indexInt(a[0]))
            if s & 0x7f == 0 { return PyInt.make(Int((s >> 8) & 0xff)) }
            return PyInt.make(-Int(s & 0x7f))
        }
        b.fn("WIFEXITED") { a, _ in pyBool(Int32(try Ops.indexInt(a[0])) & 0x7f == 0) }
        b.fn("WEXITSTATUS") { a, _ in PyInt.make(Int((Int32(try Ops.indexInt(a[0])) >> 8) & 0xff)) }
        b.fn("WIFSIGNALED") { a, _ in
            let s = Int32(try Ops.indexInt(a[0]))
            return pyBool(((s & 0x7f) + 1) >> 1 > 0 && s & 0x7f != 0x7f && s & 0x7f != 0)
        }
        b.fn("WTERMSIG") { a, _ in PyInt.make(Int(Int32(try Ops.indexInt(a[0])) & 0x7f)) }
        b.fn("WIFSTOPPED") { a, _ in pyBool(Int32(try Ops.indexInt(a[0])) & 0xff == 0x7f) }
        b.fn("WSTOPSIG") { a, _ in PyInt.make(Int((Int32(try Ops.indexInt(a[0])) >> 8) & 0xff)) }
        b.fn("putenv") { a, _ in
            let (n, _) = try path(a[0], "putenv", "name")
            let (v, _) = try path(a[1], "putenv", "value")
            if n.isEmpty || n.contains("=") { throw PythonError(PyExc.ValueError, "illegal environment variable name") }
            setenv(n, v, 1)
            return pyNone
        }
        b.fn("unsetenv") { a, _ in
            let (n, _) = try path(a[0], "unsetenv", "name")
            unsetenv(n)
            return pyNone
        }
        b.fn("sysconf") { a, _ in
            let names = ["SC_CLK_TCK": Int32(_SC_CLK_TCK), "SC_PAGESIZE": Int32(_SC_PAGESIZE),
                         "SC_PAGE_SIZE": Int32(_SC_PAGESIZE), "SC_NPROCESSORS_ONLN": Int32(_SC_NPROCESSORS_ONLN),
                         "SC_OPEN_MAX": Int32(_SC_OPEN_MAX)]
            if let s = a.first as? PyStr {
                guard let n = names[s.value] else { throw PythonError(PyExc.ValueError, "unrecognized configuration name") }
                return PyInt.make(sysconf(n))
            }
            return PyInt.make(sysconf(Int32(try Ops.indexInt(a[0]))))
        }
        let env = PyDict()
        for (k, v) in ProcessInfo.processInfo.environment {
            try? env.set(PyBytes(Array(k.utf8)), PyBytes(Array(v.utf8)))
        }
        b.set("environ", env)
        let ints: [(String, Int32)] = [
            ("O_RDONLY", O_RDONLY), ("O_WRONLY", O_WRONLY), ("O_RDWR", O_RDWR), ("O_APPEND", O_APPEND),
            ("O_CREAT", O_CREAT), ("O_EXCL", O_EXCL), ("O_TRUNC", O_TRUNC), ("O_NONBLOCK", O_NONBLOCK),
            ("O_NOCTTY", O_NOCTTY), ("O_CLOEXEC", O_CLOEXEC), ("O_DIRECTORY", O_DIRECTORY), ("O_NOFOLLOW", O_NOFOLLOW),
            ("O_SYNC", O_SYNC), ("O_DSYNC", O_DSYNC), ("O_ACCMODE", O_ACCMODE), ("O_NDELAY", O_NDELAY),
            ("F_OK", F_OK), ("R_OK", R_OK), ("W_OK", W_OK), ("X_OK", X_OK),
            ("SEEK_SET", SEEK_SET), ("SEEK_CUR", SEEK_CUR), ("SEEK_END", SEEK_END),
            ("WNOHANG", WNOHANG), ("WUNTRACED", WUNTRACED), ("EX_OK", 0),
            ("F_LOCK", 1), ("F_TLOCK", 2), ("F_ULOCK", 0), ("F_TEST", 3)]
        for (n, v) in ints { b.int(n, Int(v)) }
        b.int("O_LARGEFILE", 0)
        b.int("O_TMPFILE", 0o20200000)
        return b.module
    }

    static func installDirEntry() {
        let t = dirEntryType
        func entry(_ o: PyObject) -> PyDirEntry { o as! PyDirEntry }
        ModuleTypes.getter(t, "name") { entry($0).name }
        ModuleTypes.getter(t, "path") { entry($0).path }
        ModuleTypes.def(t, "inode") { o, _, _ in PyInt.make(Int(entry(o).inode)) }
        ModuleTypes.def(t, "__fspath__") { o, _, _ in entry(o).path }
        ModuleTypes.def(t, "__repr__") { o, _, _ in PyStr("<DirEntry \(try Ops.repr(entry(o).name).value)>") }
        ModuleTypes.def(t, "stat") { o, _, k in
            let e = entry(o)
            let follow = try kw(k, "follow_symlinks").map(Ops.isTrue) ?? true
            if let s = e.statCache[follow] { return s }
            let s = try doStat(e.path, follow: follow, "stat")
            e.statCache[follow] = s
            return s
        }
        ModuleTypes.def(t, "is_symlink") { o, _, _ in
            let e = entry(o)
            if e.dtype != UInt8(DT_UNKNOWN) { return pyBool(e.dtype == UInt8(DT_LNK)) }
            var st = stat()
            let (p, _) = try path(e.path, "is_symlink")
            return pyBool(lstat(p, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK)
        }
        for (name, dt, mode) in [("is_dir", DT_DIR, S_IFDIR), ("is_file", DT_REG, S_IFREG)] {
            ModuleTypes.def(t, name) { o, _, k in
                let e = entry(o)
                let follow = try kw(k, "follow_symlinks").map(Ops.isTrue) ?? true
                if e.dtype != UInt8(DT_UNKNOWN) && !(follow && e.dtype == UInt8(DT_LNK)) {
                    return pyBool(e.dtype == UInt8(dt))
                }
                var st = stat()
                let (p, _) = try path(e.path, name)
                let r = follow ? stat(p, &st) : lstat(p, &st)
                return pyBool(r == 0 && (st.st_mode & S_IFMT) == mode)
            }
        }
        let it = scandirIterType
        ModuleTypes.def(it, "__iter__") { o, _, _ in o }
        ModuleTypes.def(it, "__next__") { o, _, _ in
            guard let v = try Ops.next(o) else { throw PythonError(PyExc.StopIteration, args: []) }
            return v
        }
        ModuleTypes.def(it, "__enter__") { o, _, _ in o }
        ModuleTypes.def(it, "__exit__") { _, _, _ in pyFalse }
        ModuleTypes.def(it, "close") { _, _, _ in pyNone }
    }
}
