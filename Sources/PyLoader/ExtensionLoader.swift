#if canImport(Glibc)
import Glibc
#endif
import CPythonABI
import PyCAPI
import PyObjects

/// Finds nothing (the import system does that); checks, dlopens and initialises one extension
/// module file, single-phase or multi-phase.
public enum ExtensionLoader {
    /// Loads the extension at `path` as module `name` (a dotted name for submodules).
    public static func load(name: String, path: String) throws -> PyObjects.PyObject {
        Bridge.initialize()
        if let reason = unsupported[name] { throw importError(reason, name: name, path: path) }
        try checkELF(path, name: name)
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown dlopen error"
            throw importError(reason, name: name, path: path)
        }
        let shortName = String(name.split(separator: ".").last ?? Substring(name))
        let initName = "PyInit_" + shortName
        guard let sym = dlsym(handle, initName) else {
            throw importError("dynamic module does not define module export function (\(initName))", name: name, path: path)
        }
        typealias InitFunction = @convention(c) () -> CObject?
        let previous = Loading.currentName
        Loading.currentName = name
        defer { Loading.currentName = previous }
        let result = Bridge.callIntoC { unsafeBitCast(sym, to: InitFunction.self)() }
        return try initialize(result, name: name, path: path)
    }

    /// CPython's own extensions that cannot work yet, refused with ImportError (which callers
    /// such as NumPy's optional `import ctypes` expect) rather than failing half-way.
    static let unsupported: [String: String] = [
        "_ctypes": "_ctypes is not supported by Swallow yet (its C metaclasses replace the tp_dict of the types they create with a dict subclass)",
    ]

    /// Turns what `PyInit_*` returned into the module: a module (single-phase) or a
    /// `PyModuleDef` to create and execute (multi-phase).
    private static func initialize(_ result: CObject?, name: String, path: String) throws -> PyObjects.PyObject {
        guard let result else {
            throw Errors.fetchForLoader() ?? PythonError(PyExc.SystemError, "initialization of \(name) failed without raising an exception")
        }
        if PyErr_Occurred() != nil {
            let cause = Errors.fetchForLoader()
            let e = PythonError(PyExc.SystemError, "initialization of \(name) raised unreported exception")
            e.exception.cause = cause?.exception
            throw e
        }
        // A PyModuleDef not passed through PyModuleDef_Init has no type yet.
        if result.pointee.ob_type == nil {
            throw PythonError(PyExc.SystemError, "init function of \(name) returned uninitialized object")
        }
        if result.pointee.ob_type == Bridge.moduleDefType {
            let def = UnsafeMutableRawPointer(result).assumingMemoryBound(to: PyModuleDef.self)
            let spec = ModuleSpec(name: name, origin: path)
            let specOp = Bridge.newReference(spec)
            defer { Bridge.decrefPublic(specOp) }
            guard let moduleOp = Bridge.callIntoC({ PyModule_FromDefAndSpec2(def, specOp, 1013) }) else {
                throw Errors.fetchForLoader() ?? PythonError(PyExc.SystemError, "creation of \(name) failed")
            }
            let module = Bridge.steal(moduleOp)
            setFile(module, path)
            if Bridge.callIntoC({ PyModule_ExecDef(Bridge.borrowed(module), def) }) != 0 {
                throw Errors.fetchForLoader() ?? PythonError(PyExc.SystemError, "execution of \(name) failed")
            }
            return module
        }
        let module = Bridge.steal(result)
        setFile(module, path)
        // As CPython after a single-phase init: PyState_FindModule(def) finds the module now.
        if module is PyModule, let def = PyModule_GetDef(Bridge.borrowed(module)) {
            _ = PyState_AddModule_(Bridge.borrowed(module), def)
        }
        return module
    }

    private static func setFile(_ module: PyObjects.PyObject, _ path: String) {
        guard let m = module as? PyModule else { return }
        m.dict.setItem(string: "__file__", PyStr(path))
    }

    static func importError(_ message: String, name: String, path: String) -> PythonError {
        let e = PythonError(PyExc.ImportError, message)
        e.exception.instanceDict?.setItem(string: "name", PyStr(name))
        e.exception.instanceDict?.setItem(string: "path", PyStr(path))
        return e
    }

    /// Rejects files that are not x86_64 ELF shared objects with a clear ImportError instead of
    /// whatever dlopen would say (or do).
    static func checkELF(_ path: String, name: String) throws {
        guard let f = fopen(path, "rb") else {
            throw importError("cannot open shared object file \(path): No such file or directory", name: name, path: path)
        }
        defer { fclose(f) }
        var header = [UInt8](repeating: 0, count: 20)
        let n = fread(&header, 1, 20, f)
        guard n == 20, header[0] == 0x7f, header[1] == 0x45, header[2] == 0x4c, header[3] == 0x46 else {
            throw importError("\(path): invalid ELF header (not a shared object)", name: name, path: path)
        }
        guard header[4] == 2 else {
            throw importError("\(path): wrong ELF class: ELFCLASS32 (Swallow needs x86_64 extensions)", name: name, path: path)
        }
        let machine = UInt16(header[18]) | UInt16(header[19]) << 8
        guard machine == 62 else {
            throw importError("\(path): ELF machine \(machine) is not x86_64", name: name, path: path)
        }
    }
}

/// The `spec` handed to multi-phase initialisation (name and origin are what extensions read).
final class ModuleSpec: PyObjects.PyObject {
    init(name: String, origin: String) {
        super.init(type: PyTypes.object)
        instanceDict = PyDict()
        instanceDict!.setItem(string: "name", PyStr(name))
        instanceDict!.setItem(string: "origin", PyStr(origin))
        instanceDict!.setItem(string: "parent", PyStr(name.split(separator: ".").dropLast().joined(separator: ".")))
    }
}
