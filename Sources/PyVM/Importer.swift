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
    nonisolated(unsafe) public static var builtinModules: [String: () throws -> PyModule] = [
        "__future__": { FutureModule.make() },
        "_sre": { try SREModule.make() },
    ]

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

    /// The builtin `__import__` as installed, to tell whether a program replaced it.
    nonisolated(unsafe) static var originalImport: PyObject?

    /// The `importName` instruction: calls `builtins.__import__` (a replacement too, as CPython does).
    static func importStatement(_ f: Frame, _ name: PyStr, fromlist: PyObject, level: PyObject) throws -> PyObject {
        guard let imp = f.builtins.getItem(string: "__import__") else {
            throw PythonError(PyExc.ImportError, "__import__ not found")
        }
        if imp !== originalImport {
            return try Ops.call(imp, args: [name, f.globals, f.locals ?? pyNone, fromlist, level])
        }
        return try importName(name.value, globals: f.globals, fromlist: fromlist, level: (level as? PyInt)?.intValue ?? 0)
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
            try handleFromlist(m, full, try Ops.toArray(fromlist), recursive: false)
        }
        return module
    }

    /// Imports the submodules a from-import names that the package does not define yet
    /// (`*` means those of `__all__`). A submodule that does not exist is not an error here:
    /// `importFrom` reports the missing name.
    static func handleFromlist(_ m: PyModule, _ full: String, _ names: [PyObject], recursive: Bool) throws {
        for item in names {
            guard let s = item as? PyStr else { continue }
            if s.value == "*" {
                if !recursive, let all = m.dict.getItem(string: "__all__") {
                    try handleFromlist(m, full, try Ops.toArray(all), recursive: true)
                }
                continue
            }
            if m.dict.getItem(string: s.value) != nil { continue }
            let subName = full + "." + s.value
            do {
                _ = try importModule(subName)
            } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.ModuleNotFoundError)
                        && (e.exception.instanceDict?.getItem(string: "name") as? PyStr)?.value == subName {
            }
        }
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
        switch find(shortName, in: searchPath) {
        case let .extension(path):
            return try loadExtension(full, path, parent: parent, shortName: shortName)
        case let .source(path, packageDir):
            return try loadSource(full, path, packageDir: packageDir, parent: parent, shortName: shortName)
        case let .namespace(dirs):
            let m = PyModule(name: full)
            m.dict.setItem(string: "__path__", PyList(dirs.map { PyStr($0) }, type: namespacePathType))
            m.dict.setItem(string: "__package__", PyStr(full))
            m.dict.setItem(string: "__file__", pyNone)
            m.dict.setItem(string: "__spec__", moduleSpec(full, origin: nil, searchLocations: dirs))
            modules.setItem(string: full, m)
            if let p = parent { p.dict.setItem(string: shortName, m) }
            return m
        case nil:
            throw notFound(full)
        }
    }

    /// Where a module was found on a search path.
    enum Found {
        case `extension`(String)
        /// A `.py` file; for a package, its `__init__.py` and the package directory.
        case source(String, packageDir: String?)
        /// Directories without `__init__.py` (a namespace package).
        case namespace([String])
    }

    /// Searches `searchPath` for the module `shortName` (packages first, then extension
    /// modules, then `.py` files, per entry; namespace packages last).
    static func find(_ shortName: String, in searchPath: [String]) -> Found? {
        let fm = FileManager.default
        var namespaceDirs: [String] = []
        for entry in searchPath {
            // Relative entries are taken from the current directory, made absolute as CPython does.
            let dir = entry.isEmpty ? fm.currentDirectoryPath : entry.hasPrefix("/") ? entry : fm.currentDirectoryPath + "/" + entry
            let pkgDir = dir + "/" + shortName
            var isDir: ObjCBool = false
            let dirExists = fm.fileExists(atPath: pkgDir, isDirectory: &isDir) && isDir.boolValue
            if dirExists {
                for suffix in extensionSuffixes where fm.fileExists(atPath: pkgDir + "/__init__" + suffix) {
                    return .extension(pkgDir + "/__init__" + suffix)
                }
                let initPy = pkgDir + "/__init__.py"
                if fm.fileExists(atPath: initPy) { return .source(initPy, packageDir: pkgDir) }
            }
            for suffix in extensionSuffixes {
                let p = dir + "/" + shortName + suffix
                if fm.fileExists(atPath: p) { return .extension(p) }
            }
            let py = dir + "/" + shortName + ".py"
            if fm.fileExists(atPath: py) { return .source(py, packageDir: nil) }
            if dirExists { namespaceDirs.append(pkgDir) }
        }
        return namespaceDirs.isEmpty ? nil : .namespace(namespaceDirs)
    }

    /// The search path for submodules of `parentName` (importing it), or `sys.path` at top level.
    static func searchPath(forParentOf full: String) throws -> [String] {
        if let dot = full.lastIndex(of: ".") {
            let parentName = String(full[..<dot])
            let p = try importModule(parentName)
            guard let pm = p as? PyModule, let path = pm.dict.getItem(string: "__path__") else {
                throw notFound(full, "No module named '\(full)'; '\(parentName)' is not a package")
            }
            return try Ops.toArray(path).compactMap { ($0 as? PyStr)?.value }
        }
        let sysPath = Runtime.sys.dict.getItem(string: "path")
        return try sysPath.map { try Ops.toArray($0).compactMap { ($0 as? PyStr)?.value } } ?? []
    }

    /// A namespace package's `__path__` (a list of its directories, shown as CPython shows it).
    static let namespacePathType: PyType = {
        let t = PyType(name: "_NamespacePath", bases: [PyTypes.list], flags: [], moduleName: "importlib._bootstrap_external")
        t.slots.repr = { o in "_NamespacePath(" + (try Ops.repr(PyList((o as! PyList).items)).value) + ")" }
        return t
    }()

    /// Modules whose body is running (for the circular-import message of `importFrom`).
    nonisolated(unsafe) static var initializing: Set<String> = []

    static let moduleSpecType: PyType = {
        let t = PyType(name: "ModuleSpec", bases: [PyTypes.object], flags: [], moduleName: "importlib._bootstrap")
        t.slots.repr = { o in
            let d = o.instanceDict!
            var parts = ["name=" + (try Ops.repr(d.getItem(string: "name") ?? pyNone).value),
                         "loader=" + (try Ops.repr(d.getItem(string: "loader") ?? pyNone).value)]
            if let origin = d.getItem(string: "origin"), origin !== pyNone { parts.append("origin=" + (try Ops.repr(origin).value)) }
            if let s = d.getItem(string: "submodule_search_locations"), s !== pyNone {
                parts.append("submodule_search_locations=" + (try Ops.repr(s).value))
            }
            return "ModuleSpec(" + parts.joined(separator: ", ") + ")"
        }
        return t
    }()

    /// A `__spec__` with the attributes programs read (`name`, `origin`, `parent`…).
    static func moduleSpec(_ full: String, origin: String?, searchLocations: [String]?) -> PyObject {
        let spec = PyObject(type: moduleSpecType)
        let d = PyDict()
        spec.instanceDict = d
        d.setItem(string: "name", PyStr(full))
        d.setItem(string: "loader", pyNone)
        d.setItem(string: "origin", origin.map { PyStr($0) } ?? pyNone)
        d.setItem(string: "submodule_search_locations", searchLocations.map { PyList($0.map { PyStr($0) }) } ?? pyNone)
        d.setItem(string: "loader_state", pyNone)
        d.setItem(string: "cached", pyNone)
        d.setItem(string: "has_location", pyBool(origin != nil))
        let parent = searchLocations != nil ? full : String(full[..<(full.lastIndex(of: ".") ?? full.startIndex)])
        d.setItem(string: "parent", PyStr(parent))
        // importlib (3.11.7+) records a package's submodules being imported here.
        d.setItem(string: "_uninitialized_submodules", PyList([]))
        return spec
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
        // As CPython's import system does for every module it loads: a spec naming the file.
        if let mod = m as? PyModule, mod.dict.getItem(string: "__spec__") == nil || mod.dict.getItem(string: "__spec__") === pyNone {
            mod.dict.setItem(string: "__spec__", moduleSpec(full, origin: path, searchLocations: nil))
        }
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
        m.dict.setItem(string: "__spec__", moduleSpec(full, origin: path, searchLocations: packageDir.map { [$0] }))
        let modules = Runtime.modules!
        modules.setItem(string: full, m)
        initializing.insert(full)
        defer { initializing.remove(full) }
        do {
            // From the bytecode cache when it holds this source's code (CodeCache.swift).
            let code = try CodeCache.compileModule(source: Array(data), path: path)
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
        let file = (module as? PyModule)?.dict.getItem(string: "__file__") as? PyStr
        if let f = file { location = f.value }
        let partially = initializing.contains(modName)
            ? "partially initialized module '\(modName)' (most likely due to a circular import)" : "'\(modName)'"
        let e = PyBaseException(type: PyExc.ImportError, args: [PyStr("cannot import name '\(name)' from \(partially) (\(location))")])
        e.instanceDict?.setItem(string: "name", PyStr(modName))
        e.instanceDict?.setItem(string: "path", file ?? pyNone)
        throw PythonError(e)
    }

    /// `from module import *`.
    public static func importStar(_ module: PyObject, into ns: PyDict) throws {
        guard let m = module as? PyModule else { return }
        if let all = m.dict.getItem(string: "__all__") {
            for n in try Ops.toArray(all) {
                guard let s = n as? PyStr else {
                    throw PythonError(PyExc.TypeError, "Item in \(m.name).__all__ must be str, not \(n.type.name)")
                }
                try ns.set(s, try Ops.getAttr(m, s))
            }
            return
        }
        for (k, v) in m.dict.items {
            if let s = k as? PyStr, !s.value.hasPrefix("_") { try ns.set(s, v) }
        }
    }
}
