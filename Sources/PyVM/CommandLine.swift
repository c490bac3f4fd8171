import PyObjects
import PyCompiler
import PyCore
import Foundation

/// `swallow FILE [args]`, `swallow -c CODE [args]`, `swallow -V`; the front end's inspection modes
/// (`--dump-ast`, `--dump-symtable`, their `-batch` forms, `--parse-only-batch`) are in
/// FrontendCommands.swift. Returns the exit status.
public func runPythonCommandLine(_ argv: [String]) -> Int32 {
    final class Box: @unchecked Sendable { var status: Int32 = 0 }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    // Run on a thread with a large stack: deep Python recursion recurses in the eval loop.
    let stackSize = 1 << 29
    // Signals sent to the process go to the interpreter thread, where Python handlers run:
    // the waiting main thread blocks them (the new thread inherits, then restores, the mask).
    var all = sigset_t(), original = sigset_t()
    sigfillset(&all)
    pthread_sigmask(SIG_BLOCK, &all, &original)
    let restore = original
    let startPid = getpid()
    let thread = Thread {
        var mask = restore
        pthread_sigmask(SIG_SETMASK, &mask, nil)
        Runtime.recordNativeStack(size: stackSize)
        box.status = PythonMain.run(argv)
        // A child made by os.fork has no main thread waiting for this one: exit here.
        if getpid() != startPid { exit(box.status) }
        done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
    return box.status
}

enum PythonMain {
    static func usage(_ exe: String) -> Int32 {
        let msg = "usage: \(exe) [option] ... [-c cmd | file | -] [arg] ...\nTry `python -h' for more information.\n"
        FileHandle.standardError.write(msg.data(using: .utf8)!)
        return 2
    }

    static func run(_ argv: [String]) -> Int32 {
        if let status = FrontendCommands.run(argv) { return status }
        let exe = SysModule.executablePath()
        var i = 1
        var command: String?
        var script: String?
        var module: String?
        var dis = false
        var dashScript = false
        while i < argv.count {
            let a = argv[i]
            if a == "-c" {
                guard i + 1 < argv.count else {
                    FileHandle.standardError.write("Argument expected for the -c option\n".data(using: .utf8)!)
                    return usage(exe)
                }
                command = argv[i + 1]
                i += 2
                break
            } else if a == "-m" {
                guard i + 1 < argv.count else { return usage(exe) }
                module = argv[i + 1]
                i += 2
                break
            } else if a == "-V" || a == "--version" {
                print("Python \(SwallowVersion.python) (Swallow \(SwallowVersion.swallow))")
                return 0
            } else if a == "--dis" {
                dis = true
                i += 1
            } else if a == "-" {
                dashScript = true
                i += 1
                break
            } else if a == "-u" {
                Stdio.unbuffered = true
                i += 1
            } else if a == "-X" || a == "-W" {
                i += 2
            } else if a.hasPrefix("-") && a.count > 1 {
                i += 1
            } else {
                script = a
                i += 1
                break
            }
        }
        let rest = Array(argv[min(i, argv.count)...])
        let cwd = FileManager.default.currentDirectoryPath
        var path: [String] = []
        var sysArgv: [String]
        var source: [UInt8]
        var filename: String
        if let c = command {
            sysArgv = ["-c"] + rest
            path.append("")
            source = Array(c.utf8)
            filename = "<string>"
        } else if let s = script {
            let abs = s.hasPrefix("/") ? s : cwd + "/" + s
            let normalized = URL(fileURLWithPath: abs).standardizedFileURL.path
            guard let data = FileManager.default.contents(atPath: normalized), !isDirectory(normalized) else {
                let msg = "\(exe): can't open file '\(abs)': [Errno 2] No such file or directory\n"
                FileHandle.standardError.write(msg.data(using: .utf8)!)
                return 2
            }
            sysArgv = [s] + rest
            path.append((normalized as NSString).deletingLastPathComponent)
            source = Array(data)
            filename = abs  // CPython keeps the path as given, made absolute
        } else if module != nil {
            sysArgv = [module!] + rest
            path.append(cwd)
            source = []
            filename = ""
        } else {
            sysArgv = [dashScript ? "-" : ""] + rest
            path.append("")
            source = Array(FileHandle.standardInput.readDataToEndOfFile())
            filename = "<stdin>"
        }
        if let pp = ProcessInfo.processInfo.environment["PYTHONPATH"] {
            path.append(contentsOf: pp.split(separator: ":").map(String.init).filter { !$0.isEmpty })
        }
        Runtime.initialize(argv: sysArgv, path: path)
        let main = PyModule(name: "__main__")
        main.dict.setItem(string: "__builtins__", Runtime.builtinsModule)
        main.dict.setItem(string: "__cached__", pyNone)
        if script != nil { main.dict.setItem(string: "__file__", PyStr(filename)) }
        Runtime.modules.setItem(string: "__main__", main)
        var exitCode: Int32 = 0
        do {
            if let m = module {
                if let status = try runModuleAsMain(m, main, exe: exe) { return status }
            } else {
                let code = try Runtime.compile(source: source, filename: filename)
                if dis { print(code.disassemble()); return 0 }
                try Runtime.runModuleCode(code, in: main)
            }
        } catch {
            exitCode = handleUncaught(Errors.asPythonError(error).exception)
        }
        // As CPython: wait for the non-daemon threads, then the atexit callbacks.
        if let threading = Runtime.modules.getItem(string: "threading"),
           let shutdown = try? Ops.getAttrOptional(threading, PyStr.intern("_shutdown")) {
            do { _ = try Ops.call(shutdown, args: []) } catch {
                try? Stdio.write(Stdio.stderr, "Exception ignored on threading shutdown:\n"
                                 + Traceback.format(Errors.asPythonError(error).exception))
            }
        }
        AtexitModule.runAll()
        Generators.finalizeAtExit()
        TypeObjects.finalizeAtExit(main)
        Stdio.flushAll()
        return exitCode
    }

    static func isDirectory(_ p: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: p, isDirectory: &d) && d.boolValue
    }

    /// `-m name`: finds the module on `sys.path` (a package runs its `__main__` submodule) and
    /// runs it as `__main__`. Returns an exit status when it cannot be run.
    static func runModuleAsMain(_ name: String, _ main: PyModule, exe: String) throws -> Int32? {
        func fail(_ message: String) -> Int32 {
            FileHandle.standardError.write("\(exe): \(message)\n".data(using: .utf8)!)
            return 1
        }
        var target = name
        var found = Importer.find(String(target.split(separator: ".").last ?? ""),
                                  in: try Importer.searchPath(forParentOf: target))
        if case let .source(_, packageDir?)? = found {
            _ = try Importer.importModule(target)
            found = Importer.find("__main__", in: [packageDir])
            guard found != nil else {
                return fail("No module named \(target).__main__; '\(target)' is a package and cannot be directly executed")
            }
            target += ".__main__"
        }
        guard case let .source(path, nil)? = found else {
            return found == nil ? fail("No module named \(name)") : fail("cannot run \(name) with -m")
        }
        guard let data = FileManager.default.contents(atPath: path) else { return fail("can't read \(path)") }
        let package = target.contains(".") ? String(target[..<target.lastIndex(of: ".")!]) : ""
        main.dict.setItem(string: "__file__", PyStr(path))
        main.dict.setItem(string: "__package__", PyStr(package))
        main.dict.setItem(string: "__spec__", Importer.moduleSpec(target, origin: path, searchLocations: nil))
        if let argv = Runtime.sys.dict.getItem(string: "argv") as? PyList, !argv.items.isEmpty { argv.items[0] = PyStr(path) }
        let code = try Runtime.compile(source: Array(data), filename: path)
        try Runtime.runModuleCode(code, in: main)
        return nil
    }

    /// Prints an uncaught exception (or handles SystemExit) and returns the exit status.
    static func handleUncaught(_ exc: PyBaseException) -> Int32 {
        if exc.type.isSubtype(of: PyExc.SystemExit) {
            var code: PyObject = (try? ExceptionMethods.member(exc, "code")).flatMap { $0 } ?? pyNone
            if let (e, t) = SysModule.tupleExit, e === exc { code = t }
            Stdio.flush(Stdio.stdout)
            if code === pyNone { return 0 }
            if let i = code as? PyInt { return Int32(truncatingIfNeeded: i.intValue ?? -1) }
            let text = ((try? Ops.str(code).value) ?? "") + "\n"
            try? Stdio.write(Stdio.stderr, text)
            Stdio.flush(Stdio.stderr)
            return 1
        }
        if let hook = Runtime.sys.dict.getItem(string: "excepthook"),
           hook !== Runtime.sys.dict.getItem(string: "__excepthook__") {
            // A hook the program installed prints the exception instead.
            Stdio.flush(Stdio.stdout)
            do {
                _ = try Ops.call(hook, args: [exc.type, exc, exc.traceback ?? pyNone])
            } catch {
                try? Stdio.write(Stdio.stderr, "Error in sys.excepthook:\n")
                Traceback.printException(Errors.asPythonError(error).exception)
                try? Stdio.write(Stdio.stderr, "\nOriginal exception was:\n")
                Traceback.printException(exc)
            }
        } else {
            Traceback.printException(exc)
        }
        if exc.type.isSubtype(of: PyExc.KeyboardInterrupt) {
            // CPython ends by the signal, so the parent sees SIGINT.
            Stdio.flushAll()
            signal(SIGINT, SIG_DFL)
            kill(getpid(), SIGINT)
        }
        return 1
    }
}
