import PyObjects
import PyCore
import Foundation

/// The `sys` module.
public enum SysModule {
    static func make(argv: [String], path: [String]) -> PyModule {
        let m = PyModule(name: "sys")
        let d = m.dict
        d.setItem(string: "argv", PyList(argv.map { PyStr($0) }))
        d.setItem(string: "orig_argv", PyList(CommandLine.arguments.map { PyStr($0) }))
        d.setItem(string: "path", PyList(path.map { PyStr($0) }))
        d.setItem(string: "modules", Runtime.modules)
        let v = SwallowVersion.self
        d.setItem(string: "version", PyStr(v.sysVersion))
        let vi = versionInfo()
        d.setItem(string: "version_info", vi)
        d.setItem(string: "hexversion", PyInt.make(Int(v.pythonHex)))
        d.setItem(string: "api_version", PyInt.make(1013))
        let impl = PyModule(name: "implementation")
        impl.type = namespaceType
        impl.dict.clear()
        impl.dict.setItem(string: "name", PyStr("swallow"))
        impl.dict.setItem(string: "cache_tag", pyNone)
        impl.dict.setItem(string: "version", vi)
        impl.dict.setItem(string: "hexversion", PyInt.make(Int(v.pythonHex)))
        impl.dict.setItem(string: "_multiarch", PyStr("x86_64-linux-gnu"))
        d.setItem(string: "implementation", impl)
        d.setItem(string: "platform", PyStr("linux"))
        d.setItem(string: "byteorder", PyStr("little"))
        d.setItem(string: "maxsize", PyInt.make(Int.max))
        d.setItem(string: "maxunicode", PyInt.make(0x10FFFF))
        d.setItem(string: "stdout", Stdio.stdout)
        d.setItem(string: "stderr", Stdio.stderr)
        d.setItem(string: "stdin", Stdio.stdin)
        d.setItem(string: "__stdout__", Stdio.stdout)
        d.setItem(string: "__stderr__", Stdio.stderr)
        d.setItem(string: "__stdin__", Stdio.stdin)
        let exe = executablePath()
        d.setItem(string: "executable", PyStr(exe))
        d.setItem(string: "_base_executable", PyStr(exe))
        d.setItem(string: "prefix", PyStr("/usr/local"))
        d.setItem(string: "exec_prefix", PyStr("/usr/local"))
        d.setItem(string: "base_prefix", PyStr("/usr/local"))
        d.setItem(string: "platlibdir", PyStr("lib"))
        d.setItem(string: "abiflags", PyStr(""))
        d.setItem(string: "meta_path", PyList())
        d.setItem(string: "path_hooks", PyList())
        d.setItem(string: "path_importer_cache", PyDict())
        // True under PYTHONDONTWRITEBYTECODE: then the bytecode cache is read, not written (CodeCache).
        d.setItem(string: "dont_write_bytecode", pyBool((getenv("PYTHONDONTWRITEBYTECODE").map { $0.pointee != 0 }) ?? false))
        d.setItem(string: "builtin_module_names", PyTuple(["builtins", "sys"].map { PyStr($0) }))
        func fn(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            let f = PyBuiltinFunction(name: name, boundSelf: m, body: body)
            f.moduleName = "sys"
            d.setItem(string: name, f)
        }
        fn("exit") { a, k in
            try Args("exit", a, k).check(min: 0, max: 1)
            // As PyErr_SetObject does: None means no arguments, a tuple is the arguments.
            if a.isEmpty || a[0] === pyNone { throw PythonError(PyExc.SystemExit, args: []) }
            if let t = a[0] as? PyTuple, t.type === PyTypes.tuple {
                let e = PyBaseException(type: PyExc.SystemExit, args: t.items)
                tupleExit = (e, t)
                throw PythonError(e)
            }
            throw PythonError(PyExc.SystemExit, args: [a[0]])
        }
        fn("get_int_max_str_digits") { _, _ in PyInt.make(IntMethods.maxStrDigits) }
        fn("set_int_max_str_digits") { a, k in
            let args = Args("set_int_max_str_digits", a, k)
            try args.check(min: 1, max: 1, keywords: ["maxdigits"])
            let n = try Ops.indexInt(args[0] ?? args.keyword("maxdigits")!)
            if n != 0 && n < 640 { throw PythonError(PyExc.ValueError, "maxdigits must be 0 or larger than 640") }
            IntMethods.maxStrDigits = n
            return pyNone
        }
        fn("excepthook") { a, _ in
            guard a.count == 3 else { throw PythonError(PyExc.TypeError, "excepthook expected 3 arguments, got \(a.count)") }
            if let e = a[1] as? PyBaseException { Traceback.printException(e) }
            return pyNone
        }
        d.setItem(string: "__excepthook__", d.getItem(string: "excepthook")!)
        fn("getrecursionlimit") { a, k in
            try Args("sys.getrecursionlimit", a, k).check(min: 0, max: 0)
            return PyInt.make(Runtime.recursionLimit)
        }
        fn("setrecursionlimit") { a, k in
            try Args("setrecursionlimit", a, k).check(min: 1, max: 1)
            guard let i = a[0] as? PyInt else {
                throw PythonError(PyExc.TypeError, "'\(a[0].type.messageName)' object cannot be interpreted as an integer")
            }
            guard let n = i.intValue, n <= Int(Int32.max) else {
                throw PythonError(PyExc.OverflowError, "Python int too large to convert to C int")
            }
            if n < 1 { throw PythonError(PyExc.ValueError, "recursion limit must be greater or equal than 1") }
            // The depth counts this call too, as CPython's one-argument builtins do.
            let depth = Runtime.depth + 1
            if n <= depth {
                throw PythonError(PyExc.RecursionError,
                    "cannot set the recursion limit to \(n) at the recursion depth \(depth): the limit is too low")
            }
            Runtime.recursionLimit = n
            return pyNone
        }
        fn("exc_info") { _, _ in
            guard let e = Runtime.handledException else { return PyTuple([pyNone, pyNone, pyNone]) }
            return PyTuple([e.type, e, e.traceback ?? pyNone])
        }
        fn("exception") { _, _ in Runtime.handledException ?? pyNone }
        fn("intern") { a, k in
            try Args("sys.intern", a, k).check(min: 1, max: 1)
            guard let s = a[0] as? PyStr else {
                throw PythonError(PyExc.TypeError, "intern() argument must be str, not \(a[0].type.name)")
            }
            if s.type !== PyTypes.str { throw PythonError(PyExc.TypeError, "can't intern \(s.type.name)") }
            return PyStr.intern(s.value)
        }
        fn("getdefaultencoding") { _, _ in PyStr("utf-8") }
        fn("getfilesystemencoding") { _, _ in PyStr("utf-8") }
        fn("getsizeof") { a, k in
            let a = try BuiltinsExtra.bind("getsizeof", a, k, names: ["object", "default"], required: 1, defaults: [Runtime.null])
            do {
                return PyInt.make(try SysSizes.sizeof(a[0]))
            } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.TypeError) && a[1] !== Runtime.null {
                return a[1]
            }
        }
        // Swift keeps its own reference counts; any count of a live object is at least 1.
        fn("getrefcount") { a, k in
            try Args("getrefcount", a, k).check(min: 1, max: 1)
            return PyInt.make(2)
        }
        fn("getswitchinterval") { _, _ in PyFloat(0.005) }
        fn("setswitchinterval") { _, _ in pyNone }
        fn("displayhook") { a, k in
            try Args("displayhook", a, k).check(min: 1, max: 1)
            if a[0] === pyNone { return pyNone }
            Runtime.builtins.setItem(string: "_", pyNone)
            try Stdio.write(Stdio.stdout, try Ops.repr(a[0]).value + "\n")
            Runtime.builtins.setItem(string: "_", a[0])
            return pyNone
        }
        // No debugger: the hook honours PYTHONBREAKPOINT=0 and otherwise does nothing.
        fn("breakpointhook") { _, _ in pyNone }
        d.setItem(string: "__breakpointhook__", d.getItem(string: "breakpointhook")!)
        d.setItem(string: "__displayhook__", d.getItem(string: "displayhook")!)
        fn("getfilesystemencodeerrors") { _, _ in PyStr("surrogateescape") }
        fn("is_finalizing") { _, _ in pyFalse }
        fn("getallocatedblocks") { _, _ in PyInt.make(0) }
        fn("_clear_type_cache") { _, _ in pyNone }
        // No tracing or profiling machinery: nothing is ever installed.
        fn("gettrace") { _, _ in pyNone }
        fn("getprofile") { _, _ in pyNone }
        fn("call_tracing") { a, k in
            try Args("call_tracing", a, k).check(min: 2, max: 2)
            guard let t = a[1] as? PyTuple else {
                throw PythonError(PyExc.TypeError, "call_tracing() argument 2 must be tuple, not \(a[1].type.name)")
            }
            return try Ops.call(a[0], args: t.items)
        }
        // Audit hooks (PEP 578): hooks added by the program see the events it raises.
        fn("addaudithook") { a, k in
            try Args("addaudithook", a, k).check(min: 1, max: 1)
            auditHooks.append(a[0])
            return pyNone
        }
        fn("audit") { a, k in
            guard let event = a.first as? PyStr else {
                throw PythonError(PyExc.TypeError, a.isEmpty ? "audit() missing 1 required positional argument: 'event'"
                                                             : "expected str for argument 'event', not \(a[0].type.name)")
            }
            let args = PyTuple(Array(a.dropFirst()))
            try cAuditHooks?(event, args)
            for hook in auditHooks { _ = try Ops.call(hook, args: [event, args]) }
            return pyNone
        }
        d.setItem(string: "base_exec_prefix", PyStr("/usr/local"))
        d.setItem(string: "pycache_prefix", pyNone)
        d.setItem(string: "_framework", PyStr(""))
        d.setItem(string: "_xoptions", PyDict())
        d.setItem(string: "warnoptions", PyList())
        d.setItem(string: "float_repr_style", PyStr("short"))
        let threadInfo = StructSequence.makeType("sys.thread_info", fields: ["name", "lock", "version"])
        d.setItem(string: "thread_info", StructSequence.make(threadInfo, [PyStr("pthread"), PyStr("semaphore"),
                                                                   SysSizes.pthreadVersion()]))
        d.setItem(string: "flags", SysSizes.flags())
        d.setItem(string: "float_info", SysSizes.floatInfo())
        d.setItem(string: "int_info", SysSizes.intInfo())
        d.setItem(string: "hash_info", SysSizes.hashInfo())
        fn("_getframe") { a, k in
            try Args("_getframe", a, k).check(min: 0, max: 1)
            var depth = a.isEmpty ? 0 : try Ops.indexInt(a[0])
            var f = Runtime.currentFrame
            while depth > 0, let cur = f { f = cur.back; depth -= 1 }
            guard let frame = f else { throw PythonError(PyExc.ValueError, "call stack is not deep enough") }
            return PyFrameObject.of(frame)
        }
        return m
    }

    /// `sys.exit(tuple)`: the exception and its tuple. Caught, the exception has the tuple's
    /// items as arguments; uncaught, CPython reports the tuple itself (it was never normalised).
    /// Hooks added by sys.addaudithook (PySys_Audit calls them too).
    public nonisolated(unsafe) static var auditHooks: [PyObject] = []
    /// Runs the hooks added from C (PySys_AddAuditHook), which come before the Python ones.
    public nonisolated(unsafe) static var cAuditHooks: ((PyStr, PyTuple) throws -> Void)?
    nonisolated(unsafe) static var tupleExit: (PyBaseException, PyTuple)?

    static let namespaceType = PyType(name: "SimpleNamespace", bases: [PyTypes.object], flags: [], moduleName: "types")

    static let versionInfoType: PyType = {
        let t = PyType(name: "version_info", bases: [PyTypes.tuple], flags: [], moduleName: "sys")
        for (i, name) in ["major", "minor", "micro", "releaselevel", "serial"].enumerated() {
            t.dict.setItem(string: name, PyProperty(fget: PyBuiltinFunction(name: name) { a, _ in (a[0] as! PyTuple).items[i] },
                                                    fset: nil, fdel: nil, doc: nil))
        }
        t.slots.repr = { o in
            let items = (o as! PyTuple).items
            let names = ["major", "minor", "micro", "releaselevel", "serial"]
            return "sys.version_info(" + zip(names, items).map { "\($0)=\((try? Ops.repr($1).value) ?? "?")" }.joined(separator: ", ") + ")"
        }
        return t
    }()

    static func versionInfo() -> PyObject {
        let v = SwallowVersion.self
        return PyTuple([PyInt.make(v.pythonMajor), PyInt.make(v.pythonMinor), PyInt.make(v.pythonMicro), PyStr("final"), PyInt.make(0)],
                       type: versionInfoType)
    }

    static func executablePath() -> String {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return p }
        return CommandLine.arguments.first ?? "swallow"
    }
}
