import PyObjects
import PyCompiler
import Foundation

/// The `sys` attributes the standard library reads while importing (only those `SysModule`
/// does not define already).
enum SysExtras {
    static func install(_ sys: PyModule) {
        let d = sys.dict
        func add(_ name: String, _ value: @autoclosure () -> PyObject) {
            if d.getItem(string: name) == nil { d.setItem(string: name, value()) }
        }
        func fn(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            let f = PyBuiltinFunction(name: name, boundSelf: sys, body: body)
            f.moduleName = "sys"
            add(name, f)
        }
        let flagNames = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                         "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
                         "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"]
        let flagsType = StructSeq.makeType("flags", module: "sys", fields: flagNames)
        var flagValues: [PyObject] = flagNames.map { _ in PyInt.make(0) }
        flagValues[4] = PyInt.make(1)
        flagValues[11] = PyInt.make(1)
        flagValues[13] = pyFalse
        flagValues[16] = pyFalse
        flagValues[17] = PyInt.make(-1)
        add("flags", StructSeq.make(flagsType, flagValues))
        let floatInfo = StructSeq.makeType("float_info", module: "sys", fields: [
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"])
        add("float_info", StructSeq.make(floatInfo, [
            PyFloat(Double.greatestFiniteMagnitude), PyInt.make(1024), PyInt.make(308), PyFloat(Double.leastNormalMagnitude),
            PyInt.make(-1021), PyInt.make(-307), PyInt.make(15), PyInt.make(53), PyFloat(Double.ulpOfOne), PyInt.make(2), PyInt.make(1)]))
        let hashInfo = StructSeq.makeType("hash_info", module: "sys", fields: [
            "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"])
        add("hash_info", StructSeq.make(hashInfo, [
            PyInt.make(64), PyInt.make(2305843009213693951), PyInt.make(314159), PyInt.make(0), PyInt.make(1000003),
            PyStr("siphash13"), PyInt.make(64), PyInt.make(128), PyInt.make(0)]))
        let intInfo = StructSeq.makeType("int_info", module: "sys", fields: [
            "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"])
        add("int_info", StructSeq.make(intInfo, [PyInt.make(30), PyInt.make(4), PyInt.make(4300), PyInt.make(640)]))
        let threadInfo = StructSeq.makeType("thread_info", module: "sys", fields: ["name", "lock", "version"])
        add("thread_info", StructSeq.make(threadInfo, [PyStr("pthread"), PyStr("semaphore"), pyNone]))
        add("float_repr_style", PyStr("short"))
        add("warnoptions", PyList())
        add("_xoptions", PyDict())
        add("pycache_prefix", pyNone)
        add("platlibdir", PyStr("lib"))
        add("_git", PyTuple([PyStr("Swallow"), PyStr(""), PyStr("")]))
        add("_framework", PyStr(""))
        add("base_exec_prefix", d.getItem(string: "exec_prefix") ?? PyStr("/usr/local"))
        add("copyright", PyStr("Copyright (c) Swallow authors."))
        add("stdlib_module_names", PySet(type: PyTypes.frozenset))
        fn("getfilesystemencodeerrors") { _, _ in PyStr("surrogateescape") }
        fn("getrefcount") { _, _ in PyInt.make(2) }
        fn("getswitchinterval") { _, _ in PyFloat(0.005) }
        fn("setswitchinterval") { _, _ in pyNone }
        fn("audit") { _, _ in pyNone }
        fn("addaudithook") { _, _ in pyNone }
        fn("is_finalizing") { _, _ in pyFalse }
        fn("gettrace") { _, _ in pyNone }
        fn("settrace") { _, _ in pyNone }
        fn("getprofile") { _, _ in pyNone }
        fn("setprofile") { _, _ in pyNone }
        fn("get_int_max_str_digits") { _, _ in PyInt.make(4300) }
        fn("set_int_max_str_digits") { _, _ in pyNone }
        fn("call_tracing") { a, _ in try Ops.call(a[0], args: try Ops.toArray(a[1])) }
        fn("get_asyncgen_hooks") { _, _ in PyTuple([pyNone, pyNone]) }
        fn("set_asyncgen_hooks") { _, _ in pyNone }
        fn("get_coroutine_origin_tracking_depth") { _, _ in PyInt.make(0) }
        fn("set_coroutine_origin_tracking_depth") { _, _ in pyNone }
        fn("getdlopenflags") { _, _ in PyInt.make(2) }
        fn("setdlopenflags") { _, _ in pyNone }
        fn("excepthook") { a, _ in
            if a.count == 3, let e = a[1] as? PyBaseException { Traceback.printException(e) }
            return pyNone
        }
        add("__excepthook__", d.getItem(string: "excepthook")!)
        fn("displayhook") { a, _ in
            guard let v = a.first, v !== pyNone else { return pyNone }
            Runtime.builtins.setItem(string: "_", pyNone)
            try Stdio.write(Stdio.stdout, try Ops.repr(v).value + "\n")
            Runtime.builtins.setItem(string: "_", v)
            return pyNone
        }
        add("__displayhook__", d.getItem(string: "displayhook")!)
        installGetframe(sys)
    }

    /// Where `sys._getframe` is still the placeholder that raises NotImplementedError, a basic
    /// one (namedtuple, enum and typing read the caller's `f_globals['__name__']`).
    static func installGetframe(_ sys: PyModule) {
        if let existing = sys.dict.getItem(string: "_getframe") {
            do { _ = try Ops.call(existing, args: []); return } catch let e as PythonError {
                if !e.exception.type.isSubtype(of: PyExc.NotImplementedError) { return }
            } catch { return }
        }
        let f = PyBuiltinFunction(name: "_getframe", boundSelf: sys) { a, _ in
            var depth = try a.first.map { try Ops.indexInt($0) } ?? 0
            var frame = Runtime.currentFrame
            while depth > 0, let f = frame { frame = f.back; depth -= 1 }
            guard let result = frame else { throw PythonError(PyExc.ValueError, "call stack is not deep enough") }
            return PyFrameObject(result)
        }
        f.moduleName = "sys"
        sys.dict.setItem(string: "_getframe", f)
    }
}
