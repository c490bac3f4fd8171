import PyObjects
import PyCore
import Foundation

/// The `sys` module.
enum SysModule {
    static func make(argv: [String], path: [String]) -> PyModule {
        let m = PyModule(name: "sys")
        let d = m.dict
        d.setItem(string: "argv", PyList(argv.map { PyStr($0) }))
        d.setItem(string: "orig_argv", PyList(CommandLine.arguments.map { PyStr($0) }))
        d.setItem(string: "path", PyList(path.map { PyStr($0) }))
        d.setItem(string: "modules", Runtime.modules)
        let v = SwallowVersion.self
        d.setItem(string: "version", PyStr("\(v.python) (Swallow \(v.swallow))"))
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
        d.setItem(string: "dont_write_bytecode", pyTrue)
        d.setItem(string: "builtin_module_names", PyTuple(["builtins", "sys"].map { PyStr($0) }))
        func fn(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            let f = PyBuiltinFunction(name: name, boundSelf: m, body: body)
            f.moduleName = "sys"
            d.setItem(string: name, f)
        }
        fn("exit") { a, _ in
            throw PythonError(PyExc.SystemExit, args: a.isEmpty ? [] : [a[0]])
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
        fn("getrecursionlimit") { _, _ in PyInt.make(Runtime.recursionLimit) }
        fn("setrecursionlimit") { a, _ in
            let n = try Ops.indexInt(a.first ?? PyInt.make(1000))
            if n < 1 { throw PythonError(PyExc.ValueError, "recursion limit must be greater or equal than 1") }
            Runtime.recursionLimit = n
            return pyNone
        }
        fn("exc_info") { _, _ in
            guard let e = Runtime.handledException else { return PyTuple([pyNone, pyNone, pyNone]) }
            return PyTuple([e.type, e, e.traceback ?? pyNone])
        }
        fn("exception") { _, _ in Runtime.handledException ?? pyNone }
        fn("intern") { a, _ in
            guard let s = a.first as? PyStr else { throw PythonError(PyExc.TypeError, "intern() argument must be str") }
            return PyStr.intern(s.value)
        }
        fn("getdefaultencoding") { _, _ in PyStr("utf-8") }
        fn("getfilesystemencoding") { _, _ in PyStr("utf-8") }
        fn("getsizeof") { a, _ in PyInt.make(64) }
        fn("_getframe") { _, _ in throw PythonError(PyExc.NotImplementedError, "sys._getframe is not supported by Swallow yet") }
        return m
    }

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
