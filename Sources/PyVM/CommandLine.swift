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
    let thread = Thread {
        box.status = PythonMain.run(argv)
        done.signal()
    }
    thread.stackSize = 1 << 29
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
                i += 1
                break
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
                let msg = "\(exe): can't open file '\(normalized)': [Errno 2] No such file or directory\n"
                FileHandle.standardError.write(msg.data(using: .utf8)!)
                return 2
            }
            sysArgv = [s] + rest
            path.append((normalized as NSString).deletingLastPathComponent)
            source = Array(data)
            filename = normalized
        } else if module != nil {
            sysArgv = [module!] + rest
            path.append(cwd)
            source = []
            filename = ""
        } else {
            sysArgv = [""] + rest
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
                try runModuleAsMain(m, main)
            } else {
                let code = try Runtime.compile(source: source, filename: filename)
                if dis { print(code.disassemble()); return 0 }
                try Runtime.runModuleCode(code, in: main)
            }
        } catch {
            exitCode = handleUncaught(Errors.asPythonError(error).exception)
        }
        AtexitModule.runAll()
        Generators.finalizeAtExit(main.dict)
        Stdio.flushAll()
        return exitCode
    }

    static func isDirectory(_ p: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: p, isDirectory: &d) && d.boolValue
    }

    static func runModuleAsMain(_ name: String, _ main: PyModule) throws {
        _ = try? Runtime.modules.remove(PyStr("__main__"))
        let m = try Importer.importModule(name)
        _ = m
    }

    /// Prints an uncaught exception (or handles SystemExit) and returns the exit status.
    static func handleUncaught(_ exc: PyBaseException) -> Int32 {
        if exc.type.isSubtype(of: PyExc.SystemExit) {
            let code: PyObject = exc.args.items.isEmpty ? pyNone : (exc.args.items.count == 1 ? exc.args.items[0] : exc.args)
            Stdio.flush(Stdio.stdout)
            if code === pyNone { return 0 }
            if let i = code as? PyInt { return Int32(truncatingIfNeeded: i.intValue ?? -1) }
            let text = ((try? Ops.str(code).value) ?? "") + "\n"
            try? Stdio.write(Stdio.stderr, text)
            Stdio.flush(Stdio.stderr)
            return 1
        }
        Traceback.printException(exc)
        return 1
    }
}
