import PyObjects
import PyCompiler
import Foundation

/// Hooks the C-API bridge installs.
public enum ImportHooks {
    /// Loads the extension module `name` from the shared object at `path` (dlopen, PyInit_…).
    /// Returns the module object. When nil, importing an extension raises ImportError.
    nonisolated(unsafe) public static var loadExtension: ((_ name: String, _ path: String) throws -> PyObject)?
}

/// The import system: `sys.path` search for packages, `.py` modules and extension modules.
public enum Importer {
    static let extensionSuffixes = [".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"]

    /// Modules implemented in Swift, created on first import.
    nonisolated(unsafe) public static var builtinModules: [String: () throws -> PyModule] = [:]

    static func resolveName(_ name: String, globals: PyDict, level: Int) throws -> String {
        if level == 0 { return name }
        var package: String
        if let p = globals.getItem(string: "__package__") as? PyStr {
            package = p.value
        } else if let n = globals.getItem(string: "__name__") as? PyStr {
            if globals.getItem(string: "__path__") != nil { package = n.value } else {
                package = n.value.split(separator: ".").dropLast().joined(separator: ".")
            }
        } else {
            throw PythonError(PyExc.KeyError, "'__name__' not in globals")
        }
        if package.isEmpty {
            throw PythonError(PyExc.ImportError, "attempted relative import with no known parent package")
        }
        var parts = package.split(separator: ".").map(String.init)
        if level - 1 > parts.count - 1 && level > 1 && level - 1 >= parts.count {
            throw PythonError(PyExc.ImportError, "attempted relative import beyond top-level package")
        }
        parts.removeLast(level - 1)
        let base = parts.joined(separator: ".")
        return name.isEmpty ? base : base + "." + name
    }

    /// The `importName` instruction and `__import__`.
    public static func importName(_ name: String, globals: PyDict, fromlist: PyObject, level: Int) throws -> PyObject {
        let full = try resolveName(name, globals: globals, level: level)
        if full.isEmpty { throw PythonError(PyExc.ValueError, "Empty module name") }
        let module = try importModule(full)
        let hasFromlist = fromlist !== pyNone && ((try? Ops.isTrue(fromlist)) ?? false)
        if !hasFromlist {
            if level == 0, let dot = full.firstIndex(of: ".") {
                return try importModule(String(full[..<dot]))
            }
            if level > 0 && !name.isEmpty {
                // `from . import x` handled with fromlist; plain relative import returns the top of `name`.
                let top = name.split(separator: ".")[0]
                let base = full.dropLast(name.count)
                return try importModule(String(base) + String(top))
            }
            return module
        }
        if let m = module as? PyModule, m.dict.getItem(string: "__path__") != nil {
            for item in try Ops.toArray(fromlist) {
                guard let s = item as? PyStr, s.value != "*" else { continue }
                if m.dict.getItem(string: s.value) == nil {
                    // Only the submodule itself being absent is ignored, not a failing import inside it.
                    do { _ = try importModule(full + "." + s.value) } catch let e as PythonError
                        where e.exception.type === PyExc.ModuleNotFoundError
                            && (e.exception.instanceDict?.getItem(string: "name") as? PyStr)?.value == full + "." + s.value {}
                }
            }
        }
        return module
    }

    static func notFound(_ name: String, _ message: String? = nil) -> PythonError {
        let e = PyBaseException(type: PyExc.ModuleNotFoundError, args: [PyStr(message ?? "No module named '\(name)'")])
        e.instanceDict?.setItem(string: "name", PyStr(name))
        return PythonError(e)
    }

    /// Imports the module with absolute dotted name `full` (and its parents).
    public static func importModule(_ full: String) throws -> PyObject {
        let modules = Runtime.modules!
        if let m = modules.getItem(string: full) {
            if m === pyNone { throw notFound(full, "import of \(full) halted; None in sys.modules") }
            return m
        }
        var searchPath: [String]
        var parent: PyModule?
        let shortName: String
        if let dot = full.lastIndex(of: ".") {
            let parentName = String(full[..<dot])
            shortName = String(full[full.index(after: dot)...])
            let p = try importModule(parentName)
            if let m = modules.getItem(string: full) { return m }
            guard let pm = p as? PyModule, let path = pm.dict.getItem(string: "__path__") else {
                throw notFound(full, "No module named '\(full)'; '\(parentName)' is not a package")
            }
            parent = pm
            searchPath = try Ops.toArray(path).compactMap { ($0 as? PyStr)?.value }
        } else {
            shortName = full
            if let make = builtinModules[full] {
                let m = try make()
                modules.setItem(string: full, m)
                return m
            }
            let sysPath = Runtime.sys.dict.getItem(string: "path")
            searchPath = try sysPath.map { try Ops.toArray($0).compactMap { ($0 as? PyStr)?.value } } ?? []
        }
        let fm = FileManager.default
        var namespaceDirs: [String] = []
        for entry in searchPath {
            let dir = entry.isEmpty ? fm.currentDirectoryPath : entry
            let pkgDir = dir + "/" + shortName
            var isDir: ObjCBool = false
            let dirExists = fm.fileExists(atPath: pkgDir, isDirectory: &isDir) && isDir.boolValue
            if dirExists {
                for suffix in extensionSuffixes where fm.fileExists(atPath: pkgDir + "/__init__" + suffix) {
                    return try loadExtension(full, pkgDir + "/__init__" + suffix, parent: parent, shortName: shortName)
                }
                let initPy = pkgDir + "/__init__.py"
                if fm.fileExists(atPath: initPy) {
                    return try loadSource(full, initPy, packageDir: pkgDir, parent: parent, shortName: shortName)
                }
            }
            for suffix in extensionSuffixes {
                let p = dir + "/" + shortName + suffix
                if fm.fileExists(atPath: p) {
                    return try loadExtension(full, p, parent: parent, shortName: shortName)
                }
            }
            let py = dir + "/" + shortName + ".py"
            if fm.fileExists(atPath: py) {
                return try loadSource(full, py, packageDir: nil, parent: parent, shortName: shortName)
            }
            if dirExists { namespaceDirs.append(pkgDir) }
        }
        if !namespaceDirs.isEmpty {
            let m = PyModule(name: full)
            m.dict.setItem(string: "__path__", PyList(namespaceDirs.map { PyStr($0) }))
            m.dict.setItem(string: "__package__", PyStr(full))
            m.dict.setItem(string: "__file__", pyNone)
            modules.setItem(string: full, m)
            if let p = parent { p.dict.setItem(string: shortName, m) }
            return m
        }
        throw notFound(full)
    }

    static func loadExtension(_ full: String, _ path: String, parent: PyModule?, shortName: String) throws -> PyObject {
        guard let hook = ImportHooks.loadExtension else {
            let e = PyBaseException(type: PyExc.ImportError,
                                    args: [PyStr("extension modules are not supported (no loader installed): '\(path)'")])
            e.instanceDict?.setItem(string: "name", PyStr(full))
            e.instanceDict?.setItem(string: "path", PyStr(path))
            throw PythonError(e)
        }
        let m = try hook(full, path)
        if Runtime.modules.getItem(string: full) == nil { Runtime.modules.setItem(string: full, m) }
        if let p = parent { p.dict.setItem(string: shortName, m) }
        return m
    }

    static func loadSource(_ full: String, _ path: String, packageDir: String?, parent: PyModule?, shortName: String) throws -> PyObject {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PythonError(PyExc.ImportError, "cannot read '\(path)'")
        }
        let m = PyModule(name: full)
        m.dict.setItem(string: "__file__", PyStr(path))
        m.dict.setItem(string: "__cached__", pyNone)
        if let pkg = packageDir {
            m.dict.setItem(string: "__path__", PyList([PyStr(pkg)]))
            m.dict.setItem(string: "__package__", PyStr(full))
        } else {
            m.dict.setItem(string: "__package__", PyStr(full.split(separator: ".").dropLast().joined(separator: ".")))
        }
        m.dict.setItem(string: "__builtins__", Runtime.builtinsModule)
        let modules = Runtime.modules!
        modules.setItem(string: full, m)
        do {
            let code = try Runtime.compile(source: Array(data), filename: path)
            try Runtime.runModuleCode(code, in: m)
        } catch {
            try? modules.remove(PyStr(full))
            throw error
        }
        let result = modules.getItem(string: full) ?? m
        if let p = parent { p.dict.setItem(string: shortName, result) }
        return result
    }

    /// The `importFrom` instruction: `from module import name`.
    public static func importFrom(_ module: PyObject, _ name: String) throws -> PyObject {
        if let v = try? Ops.getAttrOptional(module, PyStr.intern(name)) { return v }
        let modName = (module as? PyModule)?.name ?? "?"
        if let sub = Runtime.modules.getItem(string: modName + "." + name) { return sub }
        var location = "unknown location"
        if let f = (module as? PyModule)?.dict.getItem(string: "__file__") as? PyStr { location = f.value }
        let e = PyBaseException(type: PyExc.ImportError, args: [PyStr("cannot import name '\(name)' from '\(modName)' (\(location))")])
        e.instanceDict?.setItem(string: "name", PyStr(modName))
        throw PythonError(e)
    }

    /// `from module import *`.
    public static func importStar(_ module: PyObject, into ns: PyDict) throws {
        guard let m = module as? PyModule else { return }
        if let all = m.dict.getItem(string: "__all__") {
            for n in try Ops.toArray(all) {
                guard let s = n as? PyStr else { continue }
                try ns.set(s, try Ops.getAttr(m, s))
            }
            return
        }
        for (k, v) in m.dict.items {
            if let s = k as? PyStr, !s.value.hasPrefix("_") { try ns.set(s, v) }
        }
    }
}
