import PyObjects
import PyCompiler
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `_signal`: handlers are recorded (getsignal/signal) but Swallow does not deliver signals to
/// Python code yet; the default SIGINT behaviour (KeyboardInterrupt) is the process's.
enum SignalModule {
    nonisolated(unsafe) static var handlers: [Int: PyObject] = [:]

    static func make() -> PyModule {
        let b = ModuleBuilder("_signal")
        let names: [(String, Int32)] = [
            ("SIGHUP", SIGHUP), ("SIGINT", SIGINT), ("SIGQUIT", SIGQUIT), ("SIGILL", SIGILL), ("SIGTRAP", SIGTRAP),
            ("SIGABRT", SIGABRT), ("SIGIOT", SIGIOT), ("SIGBUS", SIGBUS), ("SIGFPE", SIGFPE), ("SIGKILL", SIGKILL),
            ("SIGUSR1", SIGUSR1), ("SIGSEGV", SIGSEGV), ("SIGUSR2", SIGUSR2), ("SIGPIPE", SIGPIPE), ("SIGALRM", SIGALRM),
            ("SIGTERM", SIGTERM), ("SIGSTKFLT", 16), ("SIGCHLD", SIGCHLD), ("SIGCLD", SIGCHLD), ("SIGCONT", SIGCONT),
            ("SIGSTOP", SIGSTOP), ("SIGTSTP", SIGTSTP), ("SIGTTIN", SIGTTIN), ("SIGTTOU", SIGTTOU), ("SIGURG", SIGURG),
            ("SIGXCPU", SIGXCPU), ("SIGXFSZ", SIGXFSZ), ("SIGVTALRM", SIGVTALRM), ("SIGPROF", SIGPROF),
            ("SIGWINCH", SIGWINCH), ("SIGIO", SIGIO), ("SIGPOLL", SIGIO), ("SIGPWR", 30), ("SIGSYS", SIGSYS),
            ("SIGRTMIN", 34), ("SIGRTMAX", 64)]
        for (n, v) in names { b.int(n, Int(v)) }
        b.int("NSIG", 65)
        b.int("SIG_DFL", 0)
        b.int("SIG_IGN", 1)
        b.int("SIG_BLOCK", 0)
        b.int("SIG_UNBLOCK", 1)
        b.int("SIG_SETMASK", 2)
        b.int("ITIMER_REAL", 0)
        b.int("ITIMER_VIRTUAL", 1)
        b.int("ITIMER_PROF", 2)
        b.set("ItimerError", PyExc.OSError)
        b.fn("default_int_handler") { _, _ in throw PythonError(PyExc.KeyboardInterrupt, args: []) }
        handlers[Int(SIGINT)] = b.module.dict.getItem(string: "default_int_handler")!
        func signum(_ o: PyObject?) throws -> Int {
            let n = try Ops.indexInt(o ?? PyInt.make(0))
            if n < 1 || n >= 65 { throw PythonError(PyExc.ValueError, "signal number out of range") }
            return n
        }
        b.fn("getsignal") { a, _ in
            let n = try signum(a.first)
            return handlers[n] ?? PyInt.make(0)
        }
        b.fn("signal") { a, _ in
            let n = try signum(a.first)
            guard a.count == 2 else { throw PythonError(PyExc.TypeError, "signal expected 2 arguments, got \(a.count)") }
            let h = a[1]
            if let i = h as? PyInt, i.big == nil, i.small == 0 || i.small == 1 {
                // SIG_DFL or SIG_IGN
            } else if !Ops.isCallable(h) {
                throw PythonError(PyExc.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
            }
            if n == Int(SIGKILL) || n == Int(SIGSTOP) { throw PosixModule.osError(EINVAL) }
            let old = handlers[n] ?? PyInt.make(0)
            handlers[n] = h
            if let i = h as? PyInt {
                Glibc.signal(Int32(n), i.intValue == 1 ? SIG_IGN : SIG_DFL)
            } else {
                SignalDelivery.install(Int32(n))
            }
            return old
        }
        b.fn("raise_signal") { a, _ in
            let n = try signum(a.first)
            // A Python handler runs from SignalDelivery; otherwise the default action happens.
            if handlers[n] == nil || handlers[n] is PyInt {
                Stdio.flushAll()
            } else {
                SignalDelivery.install(Int32(n))  // SIGINT's default_int_handler is not installed at start-up
            }
            Glibc.raise(Int32(n))
            try SignalDelivery.runPending()
            return pyNone
        }
        b.fn("strsignal") { a, _ in
            let n = try signum(a.first)
            guard let s = strsignal(Int32(n)) else { return pyNone }
            return PyStr(String(cString: s))
        }
        b.fn("valid_signals") { _, _ in
            let s = PySet()
            for i in 1..<65 where i != 32 && i != 33 { try s.add(PyInt.make(i)) }
            return s
        }
        b.fn("alarm") { a, _ in PyInt.make(Int(Glibc.alarm(UInt32(try Ops.indexInt(a[0]))))) }
        b.fn("pause") { _, _ in Glibc.pause(); try SignalDelivery.runPending(); return pyNone }
        func itimer(_ v: itimerval) -> PyObject {
            func secs(_ t: timeval) -> PyObject { PyFloat(Double(t.tv_sec) + Double(t.tv_usec) / 1e6) }
            return PyTuple([secs(v.it_value), secs(v.it_interval)])
        }
        func timeval(_ d: Double) -> Glibc.timeval {
            let s = d.rounded(.down)
            var us = Int(((d - s) * 1e6).rounded())
            if d > 0 && s == 0 && us == 0 { us = 1 }  // a positive time never disarms the timer
            return Glibc.timeval(tv_sec: Int(s), tv_usec: us)
        }
        b.fn("setitimer") { a, k in
            try Args("setitimer", a, k).check(min: 2, max: 3)
            let which = try Ops.indexInt(a[0])
            var new = itimerval(it_interval: timeval(a.count > 2 ? try Conversions.toFloat(a[2]) : 0),
                                it_value: timeval(try Conversions.toFloat(a[1])))
            var old = itimerval()
            if Glibc.setitimer(__itimer_which_t(UInt32(truncatingIfNeeded: which)), &new, &old) != 0 {
                throw PythonError(PyExc.OSError, args: [PyInt.make(Int(errno)), PyStr(String(cString: strerror(errno)))])
            }
            return itimer(old)
        }
        b.fn("getitimer") { a, k in
            try Args("getitimer", a, k).check(min: 1, max: 1)
            var v = itimerval()
            if Glibc.getitimer(__itimer_which_t(UInt32(truncatingIfNeeded: try Ops.indexInt(a[0]))), &v) != 0 {
                throw PythonError(PyExc.OSError, args: [PyInt.make(Int(errno)), PyStr(String(cString: strerror(errno)))])
            }
            return itimer(v)
        }
        b.fn("set_wakeup_fd") { _, _ in PyInt.make(-1) }
        b.fn("siginterrupt") { _, _ in pyNone }
        b.fn("pthread_kill") { a, _ in
            Glibc.raise(Int32(try Ops.indexInt(a[1])))
            return pyNone
        }
        b.fn("pthread_sigmask") { _, _ in PySet() }
        return b.module
    }
}

/// `pwd`: the password database.
enum PwdModule {
    static let structPasswd = StructSeq.makeType("struct_passwd", module: "pwd", fields: [
        "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"])

    static func entry(_ p: UnsafeMutablePointer<passwd>) -> PyObject {
        let e = p.pointee
        func s(_ c: UnsafeMutablePointer<CChar>?) -> PyStr { PyStr(c.map { String(cString: $0) } ?? "") }
        return StructSeq.make(structPasswd, [s(e.pw_name), s(e.pw_passwd), PyInt.make(Int(e.pw_uid)),
                                             PyInt.make(Int(e.pw_gid)), s(e.pw_gecos), s(e.pw_dir), s(e.pw_shell)])
    }

    static func make() -> PyModule {
        let b = ModuleBuilder("pwd")
        b.set("struct_passwd", structPasswd)
        b.fn("getpwuid") { a, _ in
            let uid = try Ops.indexInt(a.first ?? pyNone)
            guard uid >= 0, let p = getpwuid(uid_t(uid)) else {
                throw PythonError(PyExc.KeyError, "getpwuid(): uid not found: \(uid)")
            }
            return entry(p)
        }
        b.fn("getpwnam") { a, _ in
            let name = try ModArgs.str(a.first, "getpwnam", "argument")
            guard let p = getpwnam(name) else { throw PythonError(PyExc.KeyError, "getpwnam(): name not found: '\(name)'") }
            return entry(p)
        }
        b.fn("getpwall") { _, _ in
            var out: [PyObject] = []
            setpwent()
            while let p = getpwent() { out.append(entry(p)) }
            endpwent()
            return PyList(out)
        }
        return b.module
    }
}

/// `_locale`: the C locale functions `locale` is built on.
enum LocaleModule {
    static func make() -> PyModule {
        let b = ModuleBuilder("_locale")
        let cats: [(String, Int32)] = [("LC_CTYPE", LC_CTYPE), ("LC_COLLATE", LC_COLLATE), ("LC_TIME", LC_TIME),
                                       ("LC_MONETARY", LC_MONETARY), ("LC_NUMERIC", LC_NUMERIC), ("LC_ALL", LC_ALL),
                                       ("LC_MESSAGES", LC_MESSAGES)]
        for (n, v) in cats { b.int(n, Int(v)) }
        b.int("CHAR_MAX", 127)
        // nl_langinfo item numbers of glibc.
        let items: [(String, Int)] = [("CODESET", 14), ("RADIXCHAR", 65536), ("THOUSEP", 65537), ("D_T_FMT", 131112),
                                      ("D_FMT", 131113), ("T_FMT", 131114), ("YESEXPR", 327680), ("NOEXPR", 327681)]
        for (n, v) in items { b.int(n, v) }
        let error = PyType(name: "Error", bases: [PyExc.Exception], flags: [.baseType, .exception, .heapType], moduleName: "locale")
        error.dict.setItem(string: "__module__", PyStr("locale"))
        b.set("Error", error)
        b.fn("setlocale") { a, _ in
            let cat = Int32(try Ops.indexInt(a.first ?? PyInt.make(Int(LC_ALL))))
            let name: String? = a.count > 1 && a[1] !== pyNone ? try ModArgs.str(a[1], "setlocale", "argument 2") : nil
            guard let r = name.map({ Glibc.setlocale(cat, $0) }) ?? Glibc.setlocale(cat, nil) else {
                throw PythonError(PyBaseException(type: error, args: [PyStr("unsupported locale setting")]))
            }
            return PyStr(String(cString: r))
        }
        b.fn("localeconv") { _, _ in
            let d = PyDict()
            guard let lc = Glibc.localeconv()?.pointee else { return d }
            func s(_ c: UnsafeMutablePointer<CChar>?) -> PyStr { PyStr(c.map { String(cString: $0) } ?? "") }
            d.setItem(string: "decimal_point", s(lc.decimal_point))
            d.setItem(string: "thousands_sep", s(lc.thousands_sep))
            d.setItem(string: "grouping", PyList([]))
            d.setItem(string: "int_curr_symbol", s(lc.int_curr_symbol))
            d.setItem(string: "currency_symbol", s(lc.currency_symbol))
            d.setItem(string: "mon_decimal_point", s(lc.mon_decimal_point))
            d.setItem(string: "mon_thousands_sep", s(lc.mon_thousands_sep))
            d.setItem(string: "mon_grouping", PyList([]))
            d.setItem(string: "positive_sign", s(lc.positive_sign))
            d.setItem(string: "negative_sign", s(lc.negative_sign))
            for (n, v) in [("int_frac_digits", lc.int_frac_digits), ("frac_digits", lc.frac_digits),
                           ("p_cs_precedes", lc.p_cs_precedes), ("p_sep_by_space", lc.p_sep_by_space),
                           ("n_cs_precedes", lc.n_cs_precedes), ("n_sep_by_space", lc.n_sep_by_space),
                           ("p_sign_posn", lc.p_sign_posn), ("n_sign_posn", lc.n_sign_posn)] {
                d.setItem(string: n, PyInt.make(Int(v)))
            }
            return d
        }
        b.fn("nl_langinfo") { a, _ in
            let item = nl_item(try Ops.indexInt(a.first ?? PyInt.make(0)))
            return PyStr(String(cString: Glibc.nl_langinfo(item)))
        }
        b.fn("getencoding") { _, _ in PyStr("UTF-8") }
        b.fn("strcoll") { a, _ in
            let x = try ModArgs.str(a.first, "strcoll", "argument 1"), y = try ModArgs.str(a.count > 1 ? a[1] : nil, "strcoll", "argument 2")
            return PyInt.make(Int(Glibc.strcoll(x, y)))
        }
        b.fn("strxfrm") { a, _ in a.first ?? PyStr("") }
        return b.module
    }
}

/// `faulthandler`: Swallow's own crash reporter prints native and Python tracebacks on a fatal
/// signal, so this is its switch.
enum FaulthandlerModule {
    nonisolated(unsafe) static var enabled = false
    static func make() -> PyModule {
        let b = ModuleBuilder("faulthandler")
        b.fn("enable") { _, _ in enabled = true; return pyNone }
        b.fn("disable") { _, _ in enabled = false; return pyNone }
        b.fn("is_enabled") { _, _ in pyBool(enabled) }
        b.fn("dump_traceback") { _, _ in pyNone }
        b.fn("dump_traceback_later") { _, _ in pyNone }
        b.fn("cancel_dump_traceback_later") { _, _ in pyNone }
        b.fn("register") { _, _ in pyNone }
        b.fn("unregister") { _, _ in pyFalse }
        return b.module
    }
}

/// `_tracemalloc`: memory tracing is not available; tracing is always off.
enum TracemallocModule {
    static func make() -> PyModule {
        let b = ModuleBuilder("_tracemalloc")
        b.fn("is_tracing") { _, _ in pyFalse }
        b.fn("start") { _, _ in throw PythonError(PyExc.RuntimeError, "tracemalloc is not supported by Swallow") }
        b.fn("stop") { _, _ in pyNone }
        b.fn("clear_traces") { _, _ in pyNone }
        b.fn("get_traceback_limit") { _, _ in PyInt.make(1) }
        b.fn("get_traced_memory") { _, _ in PyTuple([PyInt.make(0), PyInt.make(0)]) }
        b.fn("reset_peak") { _, _ in pyNone }
        b.fn("get_tracemalloc_memory") { _, _ in PyInt.make(0) }
        b.fn("_get_object_traceback") { _, _ in pyNone }
        b.fn("_get_traces") { _, _ in PyList() }
        return b.module
    }
}

/// `_warnings`: the warning filters and `warn`/`warn_explicit` in Swift, as CPython's C module,
/// so that importing `warnings` needs no regular expressions (its default filters compare
/// module names as plain strings). Messages are shown through `warnings._showwarnmsg`.
enum WarningsModule {
    static func make() -> PyModule {
        let b = ModuleBuilder("_warnings")
        func filter(_ action: String, _ category: PyType, _ module: PyObject) -> PyObject {
            PyTuple([PyStr(action), pyNone, category, module, PyInt.make(0)])
        }
        let filters = PyList([filter("default", PyExc.DeprecationWarning, PyStr("__main__")),
                              filter("ignore", PyExc.DeprecationWarning, pyNone),
                              filter("ignore", PyExc.PendingDeprecationWarning, pyNone),
                              filter("ignore", PyExc.ImportWarning, pyNone),
                              filter("ignore", PyExc.ResourceWarning, pyNone)])
        b.set("filters", filters)
        b.set("_defaultaction", PyStr("default"))
        b.set("_onceregistry", PyDict())
        b.fn("_filters_mutated") { _, _ in pyNone }
        let module = b.module
        b.fn("warn") { a, k in
            guard let message = ModArgs.arg(a, k, 0, "message") else {
                throw PythonError(PyExc.TypeError, "warn() missing required argument 'message' (pos 1)")
            }
            var category = ModArgs.arg(a, k, 1, "category") ?? pyNone
            let stacklevel = try ModArgs.arg(a, k, 2, "stacklevel").map { try Ops.indexInt($0) } ?? 1
            if message.type.isSubtype(of: PyExc.Warning) { category = message.type }
            if category === pyNone { category = PyExc.UserWarning }
            guard let cat = category as? PyType, cat.isSubtype(of: PyExc.Warning) else {
                throw PythonError(PyExc.TypeError, "category must be a Warning subclass, not '\(category.type.name)'")
            }
            var frame = Runtime.currentFrame
            var level = stacklevel
            while level > 1, let f = frame { frame = f.back; level -= 1 }
            let globals = frame?.globals ?? Runtime.sys.dict
            let filename = frame?.code.filename ?? "sys"
            let lineno = frame?.currentLine ?? 1
            let name = (globals.getItem(string: "__name__") as? PyStr)?.value ?? "<string>"
            var registry = globals.getItem(string: "__warningregistry__")
            if registry == nil || registry === pyNone {
                let d = PyDict()
                if frame != nil { globals.setItem(string: "__warningregistry__", d) }
                registry = d
            }
            try warnExplicit(module, message, cat, filename, lineno, PyStr(name), registry!,
                             source: ModArgs.arg(a, k, 3, "source") ?? pyNone)
            return pyNone
        }
        b.fn("warn_explicit") { a, k in
            let message = ModArgs.arg(a, k, 0, "message") ?? pyNone
            guard let cat = (ModArgs.arg(a, k, 1, "category") ?? PyExc.UserWarning) as? PyType else {
                throw PythonError(PyExc.TypeError, "category must be a Warning subclass")
            }
            let filename = try ModArgs.str(ModArgs.arg(a, k, 2, "filename"), "warn_explicit", "argument 'filename'")
            let lineno = try Ops.indexInt(ModArgs.arg(a, k, 3, "lineno") ?? PyInt.make(0))
            var mod = ModArgs.arg(a, k, 4, "module") ?? pyNone
            if mod === pyNone {
                mod = PyStr(filename.hasSuffix(".py") ? String(filename.dropLast(3)) : (filename.isEmpty ? "<unknown>" : filename))
            }
            try warnExplicit(module, message, cat, filename, lineno, mod, ModArgs.arg(a, k, 5, "registry") ?? pyNone,
                             source: ModArgs.arg(a, k, 7, "source") ?? pyNone)
            return pyNone
        }
        return b.module
    }

    /// A filter field matches: None matches all, a str must be equal, else its `match` decides.
    static func matches(_ pattern: PyObject, _ text: PyObject) throws -> Bool {
        if pattern === pyNone { return true }
        if let p = pattern as? PyStr, p.type === PyTypes.str { return try Ops.equal(p, text) }
        return try Ops.isTrue(Ops.callMethod(pattern, "match", [text]))
    }

    static func warnExplicit(_ mod: PyModule, _ message: PyObject, _ category: PyType, _ filename: String, _ lineno: Int,
                             _ module: PyObject, _ registry: PyObject, source: PyObject) throws {
        var category = category
        let text: PyObject
        let instance: PyObject
        if message.type.isSubtype(of: PyExc.Warning) {
            text = try Ops.str(message)
            category = message.type
            instance = message
        } else {
            text = message is PyStr ? message : try Ops.str(message)
            instance = try Ops.call(category, args: [message])
        }
        let key = PyTuple([text, category, PyInt.make(lineno)])
        if let reg = registry as? PyDict, let seen = try reg.get(key), try Ops.isTrue(seen) { return }
        // The warnings module's own state wins (it may have replaced the lists).
        let warnings = Runtime.modules.getItem(string: "warnings")
        let filters = (try warnings.flatMap { try Ops.getAttrOptional($0, PyStr.intern("filters")) }) ?? mod.dict.getItem(string: "filters")!
        var action = ((try warnings.flatMap { try Ops.getAttrOptional($0, PyStr.intern("defaultaction")) }) as? PyStr)?.value ?? "default"
        for f in try Ops.toArray(filters) {
            let parts = try Ops.toArray(f)
            guard parts.count == 5 else { throw PythonError(PyExc.ValueError, "_warnings.filters item has to be a 5-tuple") }
            guard let cat = parts[2] as? PyType else { continue }
            let ln = try Ops.indexInt(parts[4])
            if try matches(parts[1], text), category.isSubtype(of: cat), try matches(parts[3], module), ln == 0 || ln == lineno {
                action = (parts[0] as? PyStr)?.value ?? "default"
                break
            }
        }
        switch action {
        case "error": throw PythonError(instance as! PyBaseException)
        case "ignore": return
        case "once":
            if let reg = registry as? PyDict { try reg.set(key, pyTrue) }
            let once = (try warnings.flatMap { try Ops.getAttrOptional($0, PyStr.intern("onceregistry")) } as? PyDict)
                ?? (mod.dict.getItem(string: "_onceregistry") as! PyDict)
            let onceKey = PyTuple([text, category])
            if try once.get(onceKey) != nil { return }
            try once.set(onceKey, pyTrue)
        case "module":
            if let reg = registry as? PyDict {
                try reg.set(key, pyTrue)
                let altKey = PyTuple([text, category, PyInt.make(0)])
                if try reg.get(altKey) != nil { return }
                try reg.set(altKey, pyTrue)
            }
        case "always": break
        case "default":
            if let reg = registry as? PyDict { try reg.set(key, pyTrue) }
        default:
            throw PythonError(PyExc.RuntimeError, "Unrecognized action (\(action)) in warnings.filters:\n \(action)")
        }
        if let w = warnings, let show = try Ops.getAttrOptional(w, PyStr.intern("_showwarnmsg")),
           let cls = try Ops.getAttrOptional(w, PyStr.intern("WarningMessage")) {
            let msg = try Ops.call(cls, args: [instance, category, PyStr(filename), PyInt.make(lineno), pyNone, pyNone, source])
            _ = try Ops.call(show, args: [msg])
            return
        }
        try Stdio.write(Stdio.stderr, "\(filename):\(lineno): \(category.name): \((text as? PyStr)?.value ?? "")\n")
    }
}

/// `_imp`: the parts of the import machinery's C helpers that importlib reads.
enum ImpModule {
    static func make() -> PyModule {
        let b = ModuleBuilder("_imp")
        b.set("check_hash_based_pycs", PyStr("never"))
        b.set("_frozen_module_names", PyTuple([]))
        b.fn("is_builtin") { a, _ in
            let n = (a.first as? PyStr)?.value ?? ""
            return PyInt.make(Importer.builtinModules[n] != nil || n == "sys" || n == "builtins" ? 1 : 0)
        }
        b.fn("is_frozen") { _, _ in pyFalse }
        // test.support's import helpers switch frozen modules off around imports; none are frozen here.
        b.fn("_override_frozen_modules_for_tests") { _, _ in pyNone }
        b.fn("is_frozen_package") { _, _ in pyFalse }
        b.fn("find_frozen") { _, _ in pyNone }
        for name in ["get_frozen_object", "init_frozen"] {
            b.fn(name) { a, _ in
                throw PythonError(PyExc.ImportError, "No such frozen object named \((try? Ops.repr(a.first ?? pyNone).value) ?? "?")")
            }
        }
        b.fn("create_builtin") { a, _ in
            guard let spec = a.first else { throw PythonError(PyExc.TypeError, "create_builtin() takes exactly one argument") }
            let name = try ModArgs.str(try Ops.getAttr(spec, "name"), "create_builtin", "spec.name")
            if let m = Runtime.modules.getItem(string: name) { return m }
            return try Importer.importModule(name)
        }
        b.fn("exec_builtin") { _, _ in PyInt.make(0) }
        b.fn("create_dynamic") { a, _ in
            let spec = a[0]
            let name = try ModArgs.str(try Ops.getAttr(spec, "name"), "create_dynamic", "spec.name")
            let origin = try ModArgs.str(try Ops.getAttr(spec, "origin"), "create_dynamic", "spec.origin")
            guard let hook = ImportHooks.loadExtension else {
                throw PythonError(PyExc.ImportError, "extension modules are not supported (no loader installed)")
            }
            return try hook(name, origin)
        }
        b.fn("exec_dynamic") { _, _ in PyInt.make(0) }
        b.fn("extension_suffixes") { _, _ in PyList(Importer.extensionSuffixes.map { PyStr($0) }) }
        b.fn("acquire_lock") { _, _ in pyNone }
        b.fn("release_lock") { _, _ in pyNone }
        b.fn("lock_held") { _, _ in pyFalse }
        b.fn("_fix_co_filename") { _, _ in pyNone }
        b.fn("source_hash") { a, _ in
            // A 64-bit FNV-1a over the source with the key folded in (used only by hash-based pycs).
            var h: UInt64 = 0xcbf29ce484222325 ^ UInt64(truncatingIfNeeded: try Ops.indexInt(a[0]))
            for byte in ModArgs.bytes(a[1]) ?? [] { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
            return PyBytes(withUnsafeBytes(of: h.littleEndian) { Array($0) })
        }
        return b.module
    }
}

/// `_stat`: the file mode constants and tests `stat` re-exports.
enum StatModule {
    static func make() -> PyModule {
        let b = ModuleBuilder("_stat")
        let consts: [(String, Int)] = [
            ("S_IFMT", 0o170000), ("S_IFDIR", 0o040000), ("S_IFCHR", 0o020000), ("S_IFBLK", 0o060000),
            ("S_IFREG", 0o100000), ("S_IFIFO", 0o010000), ("S_IFLNK", 0o120000), ("S_IFSOCK", 0o140000),
            ("S_IFDOOR", 0), ("S_IFPORT", 0), ("S_IFWHT", 0),
            ("S_ISUID", 0o4000), ("S_ISGID", 0o2000), ("S_ENFMT", 0o2000), ("S_ISVTX", 0o1000),
            ("S_IREAD", 0o400), ("S_IWRITE", 0o200), ("S_IEXEC", 0o100), ("S_IRWXU", 0o700), ("S_IRUSR", 0o400),
            ("S_IWUSR", 0o200), ("S_IXUSR", 0o100), ("S_IRWXG", 0o070), ("S_IRGRP", 0o040), ("S_IWGRP", 0o020),
            ("S_IXGRP", 0o010), ("S_IRWXO", 0o007), ("S_IROTH", 0o004), ("S_IWOTH", 0o002), ("S_IXOTH", 0o001),
            ("UF_NODUMP", 1), ("UF_IMMUTABLE", 2), ("UF_APPEND", 4), ("UF_OPAQUE", 8), ("UF_NOUNLINK", 16),
            ("UF_COMPRESSED", 32), ("UF_HIDDEN", 0x8000), ("SF_ARCHIVED", 0x10000), ("SF_IMMUTABLE", 0x20000),
            ("SF_APPEND", 0x40000), ("SF_NOUNLINK", 0x100000), ("SF_SNAPSHOT", 0x200000),
            ("ST_MODE", 0), ("ST_INO", 1), ("ST_DEV", 2), ("ST_NLINK", 3), ("ST_UID", 4), ("ST_GID", 5),
            ("ST_SIZE", 6), ("ST_ATIME", 7), ("ST_MTIME", 8), ("ST_CTIME", 9)]
        for (n, v) in consts { b.int(n, v) }
        for (name, fmt) in [("S_ISDIR", 0o040000), ("S_ISCHR", 0o020000), ("S_ISBLK", 0o060000), ("S_ISREG", 0o100000),
                            ("S_ISFIFO", 0o010000), ("S_ISLNK", 0o120000), ("S_ISSOCK", 0o140000)] {
            b.fn(name) { a, _ in pyBool(try Ops.indexInt(a.first ?? PyInt.make(0)) & 0o170000 == fmt) }
        }
        for name in ["S_ISDOOR", "S_ISPORT", "S_ISWHT"] { b.fn(name) { _, _ in pyFalse } }
        b.fn("S_IMODE") { a, _ in PyInt.make(try Ops.indexInt(a.first ?? PyInt.make(0)) & 0o7777) }
        b.fn("S_IFMT") { a, _ in PyInt.make(try Ops.indexInt(a.first ?? PyInt.make(0)) & 0o170000) }
        b.fn("filemode") { a, _ in
            let m = try Ops.indexInt(a.first ?? PyInt.make(0))
            let kinds: [(Int, Character)] = [(0o140000, "s"), (0o120000, "l"), (0o100000, "-"), (0o060000, "b"),
                                             (0o040000, "d"), (0o020000, "c"), (0o010000, "p")]
            var s = String(kinds.first { m & 0o170000 == $0.0 }?.1 ?? "?")
            let bits: [(Int, Character)] = [(0o400, "r"), (0o200, "w"), (0o100, "x"), (0o040, "r"), (0o020, "w"),
                                            (0o010, "x"), (0o004, "r"), (0o002, "w"), (0o001, "x")]
            for (i, (bit, ch)) in bits.enumerated() {
                let special = i == 2 ? 0o4000 : i == 5 ? 0o2000 : i == 8 ? 0o1000 : 0
                let sc: Character = i == 8 ? "t" : "s"
                if special != 0 && m & special != 0 {
                    s.append(m & bit != 0 ? sc : Character(sc.uppercased()))
                } else {
                    s.append(m & bit != 0 ? ch : "-")
                }
            }
            return PyStr(s)
        }
        return b.module
    }
}

/// `_frozen_importlib` and `_frozen_importlib_external`: CPython freezes importlib's bootstrap
/// into its binary and installs it at start-up. Swallow loads the same two files from the
/// library when `importlib` is first imported, and installs the path-based finder on
/// `sys.meta_path`/`sys.path_hooks` (used by importlib.import_module, find_spec, runpy, pkgutil;
/// Swallow's own `import` statement does not go through them).
enum FrozenImportlib {
    static func load(_ name: String, file: String) throws -> PyModule {
        guard let lib = Stdlib.libPath else { throw Importer.notFound(name) }
        let m = try Importer.loadSource(name, lib + "/importlib/" + file, packageDir: nil, parent: nil, shortName: name)
        guard let module = m as? PyModule else { throw Importer.notFound(name) }
        return module
    }

    static func makeBootstrap() throws -> PyModule {
        let m = try load("_frozen_importlib", file: "_bootstrap.py")
        _ = try Ops.callMethod(m, "_install", [Runtime.sys, try Importer.importModule("_imp")])
        return m
    }

    static func makeExternal() throws -> PyModule {
        let bootstrap = try Importer.importModule("_frozen_importlib")
        let m = try load("_frozen_importlib_external", file: "_bootstrap_external.py")
        _ = try Ops.callMethod(m, "_set_bootstrap_module", [bootstrap])
        try Ops.setAttr(bootstrap, "_bootstrap_external", m)
        _ = try Ops.callMethod(m, "_install", [bootstrap])
        return m
    }
}
