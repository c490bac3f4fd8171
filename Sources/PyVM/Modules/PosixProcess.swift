import PyObjects
import Foundation

/// `posix` process services: fork (with `register_at_fork` hooks), the exec family, wait,
/// sessions and process groups. `subprocess` itself runs through CPython's `_posixsubprocess`
/// extension, which forks and execs in C.
public enum PosixProcess {
    /// `register_at_fork` callables: before (called newest first), after in parent and in
    /// child (called oldest first).
    nonisolated(unsafe) static var before: [PyObject] = []
    nonisolated(unsafe) static var afterParent: [PyObject] = []
    nonisolated(unsafe) static var afterChild: [PyObject] = []

    public static func beforeFork() { runHooks(before.reversed()) }
    public static func afterFork(child: Bool) { runHooks(child ? afterChild : afterParent) }

    /// Calls fork hooks; as in CPython their exceptions are reported, not raised.
    static func runHooks(_ hooks: [PyObject]) {
        for h in hooks {
            do { _ = try Ops.call(h, args: []) } catch {
                let e = Errors.asPythonError(error).exception
                let text = "Exception ignored in: \((try? Ops.repr(h).value) ?? "<hook>")\n" + Traceback.format(e)
                try? Stdio.write(Stdio.stderr, text)
                Stdio.flush(Stdio.stderr)
            }
        }
    }

    /// The argument vector of execv/execve: a non-empty tuple or list of paths.
    static func argv(_ o: PyObject, _ fname: String) throws -> [String] {
        let items: [PyObject]
        if let t = o as? PyTuple { items = t.items } else if let l = o as? PyList { items = l.items } else {
            throw PythonError(PyExc.TypeError, "\(fname)() arg 2 must be a tuple or list")
        }
        if items.isEmpty { throw PythonError(PyExc.ValueError, "\(fname)() arg 2 must not be empty") }
        let out = try items.map { try PosixModule.path($0, fname, "args").0 }
        if out[0].isEmpty { throw PythonError(PyExc.ValueError, "\(fname)() arg 2 first element cannot be empty") }
        return out
    }

    /// `KEY=VALUE` strings of an environment mapping.
    static func envp(_ o: PyObject, _ fname: String) throws -> [String] {
        guard o.type.lookup("keys") != nil, o.type.lookup("__getitem__") != nil else {
            throw PythonError(PyExc.TypeError, "\(fname): environment must be a mapping object")
        }
        var out: [String] = []
        for key in try Ops.toArray(Ops.callMethod(o, "keys", [])) {
            let (k, _) = try PosixModule.path(key, fname, "env")
            let (v, _) = try PosixModule.path(try Ops.getItem(o, key), fname, "env")
            if k.isEmpty || k.contains("=") { throw PythonError(PyExc.ValueError, "illegal environment variable name") }
            out.append(k + "=" + v)
        }
        return out
    }

    /// Runs `body` with a NULL-terminated C array of the strings.
    static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var ptrs: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        ptrs.append(nil)
        defer { for p in ptrs { free(p) } }
        return body(ptrs)
    }

    static func exec(_ path: PyObject, _ args: PyObject, _ env: PyObject?, _ fname: String) throws -> Never {
        let (p, _) = try PosixModule.path(path, fname)
        let av = try argv(args, fname)
        let ev = try env.map { try envp($0, fname) }
        Stdio.flushAll()
        withCStrings(av) { cargs in
            if let ev = ev {
                withCStrings(ev) { cenv in _ = execve(p, cargs, cenv) }
            } else {
                _ = execv(p, cargs)
            }
        }
        throw PosixModule.osError(errno)
    }

    static func install(_ b: ModuleBuilder) {
        b.fn("fork") { a, k in
            try Args("fork", a, k).check(min: 0, max: 0)
            beforeFork()
            // Output buffered so far is written once, by the parent.
            Stdio.flushAll()
            let pid = Glibc.fork()
            if pid < 0 { throw PosixModule.osError() }
            afterFork(child: pid == 0)
            return PyInt.make(Int(pid))
        }
        b.fn("register_at_fork") { a, k in
            if !a.isEmpty { throw PythonError(PyExc.TypeError, "register_at_fork() takes no positional arguments") }
            if k.isEmpty { throw PythonError(PyExc.TypeError, "At least one argument is required.") }
            for (name, f) in k {
                guard ["before", "after_in_child", "after_in_parent"].contains(name) else {
                    throw PythonError(PyExc.TypeError, "register_at_fork() got an unexpected keyword argument '\(name)'")
                }
                if !Ops.isCallable(f) {
                    throw PythonError(PyExc.TypeError, "'\(name)' must be callable, not \(f.type.name)")
                }
            }
            for (name, f) in k {
                switch name {
                case "before": before.append(f)
                case "after_in_child": afterChild.append(f)
                default: afterParent.append(f)
                }
            }
            return pyNone
        }
        b.fn("execv") { a, k in
            try Args("execv", a, k).check(min: 2, max: 2)
            try exec(a[0], a[1], nil, "execv")
        }
        b.fn("execve") { a, k in
            try Args("execve", a, k).check(min: 3, max: 3)
            try exec(a[0], a[1], a[2], "execve")
        }
        b.fn("wait") { a, k in
            try Args("wait", a, k).check(min: 0, max: 0)
            var status: Int32 = 0
            var r: pid_t
            repeat {
                r = GIL.withoutGIL { Glibc.wait(&status) }
                if r < 0 && errno == EINTR { try SignalDelivery.runPending() }
            } while r < 0 && errno == EINTR
            if r < 0 { throw PosixModule.osError() }
            return PyTuple([PyInt.make(Int(r)), PyInt.make(Int(status))])
        }
        b.fn("WCOREDUMP") { a, _ in pyBool(Int32(try Ops.indexInt(a[0])) & 0x80 != 0) }
        b.fn("WIFCONTINUED") { a, _ in pyBool(Int32(try Ops.indexInt(a[0])) == 0xffff) }
        b.fn("setsid") { _, _ in
            if Glibc.setsid() < 0 { throw PosixModule.osError() }
            return pyNone
        }
        b.fn("getsid") { a, _ in
            let r = Glibc.getsid(pid_t(try Ops.indexInt(a[0])))
            if r < 0 { throw PosixModule.osError() }
            return PyInt.make(Int(r))
        }
        b.fn("getpgid") { a, _ in
            let r = Glibc.getpgid(pid_t(try Ops.indexInt(a[0])))
            if r < 0 { throw PosixModule.osError() }
            return PyInt.make(Int(r))
        }
        b.fn("setpgid") { a, _ in
            if Glibc.setpgid(pid_t(try Ops.indexInt(a[0])), pid_t(try Ops.indexInt(a[1]))) < 0 { throw PosixModule.osError() }
            return pyNone
        }
        b.fn("killpg") { a, _ in
            if Glibc.killpg(pid_t(try Ops.indexInt(a[0])), Int32(try Ops.indexInt(a[1]))) != 0 { throw PosixModule.osError() }
            try SignalDelivery.runPending()
            return pyNone
        }
        b.int("WCONTINUED", Int(WCONTINUED))
    }
}
