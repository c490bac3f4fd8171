import CPythonABI
import PyCompiler
import PyObjects
import PyVM

/// Module objects created from a `PyModuleDef`, single-phase and multi-phase.
enum Modules {
    /// A module for `def`: name, doc, state (`m_size` bytes, zeroed) and its functions.
    static func create(_ def: UnsafeMutablePointer<PyModuleDef>, name: String) throws -> PyModule {
        let doc: PyObjects.PyObject = def.pointee.m_doc.map { PyStr(String(cString: $0)) } ?? pyNone
        let module = PyModule(name: name, doc: doc)
        module.extensionDef = UnsafeMutableRawPointer(def)
        if def.pointee.m_size > 0 {
            module.extensionState = calloc(1, def.pointee.m_size)
        }
        try addFunctions(module, def.pointee.m_methods)
        return module
    }

    static func addFunctions(_ module: PyModule, _ methods: UnsafeMutablePointer<PyMethodDef>?) throws {
        guard var m = methods else { return }
        while let name = m.pointee.ml_name {
            if m.pointee.ml_flags & Int32(METH_CLASS | METH_STATIC) != 0 {
                throw PythonError(PyExc.ValueError, "module functions cannot set METH_CLASS or METH_STATIC")
            }
            let fn = CFunctions.make(m, boundSelf: module, moduleName: module.name)
            module.dict.setItem(string: String(cString: name), fn)
            m += 1
        }
    }

    /// The runtime module behind a C module pointer.
    static func module(_ op: CObject?) throws -> PyModule {
        guard let op, let m = Bridge.object(op) as? PyModule else {
            throw PythonError(PyExc.TypeError, "expected a module object")
        }
        return m
    }

    /// Runs the `Py_mod_exec` slots of `def` on `module`.
    static func exec(_ moduleOp: CObject, _ def: UnsafeMutablePointer<PyModuleDef>) throws {
        guard var slot = def.pointee.m_slots else { return }
        typealias Exec = @convention(c) (CObject?) -> Int32
        while slot.pointee.slot != 0 {
            if slot.pointee.slot == Py_mod_exec, let fnPtr = slot.pointee.value {
                Bridge.enterC()
                let rc = unsafeBitCast(fnPtr, to: Exec.self)(moduleOp)
                Bridge.leaveC()
                let name = (try? Ops.getAttr(Bridge.object(moduleOp), "__name__") as? PyStr)??.value ?? text(def.pointee.m_name)
                if rc != 0 {
                    throw Errors.fetch() ?? PythonError(PyExc.SystemError, "execution of module \(name) failed without setting an exception")
                }
                if let pending = Errors.fetch() {
                    let e = PythonError(PyExc.SystemError, "execution of module \(name) raised unreported exception")
                    e.exception.cause = pending.exception
                    throw e
                }
            }
            slot += 1
        }
    }
}

/// PyObject *PyModule_Create2(PyModuleDef *def, int apiver): new reference.
@_cdecl("PyModule_Create2")
public func PyModule_Create2_(_ def: UnsafeMutablePointer<PyModuleDef>?, _ apiver: Int32) -> CObject? {
    capi(nil) {
        guard let def else { throw badInternalCall() }
        let name = Loading.currentName ?? text(def.pointee.m_name)
        return Bridge.newReference(try Modules.create(def, name: name))
    }
}

/// PyObject *PyModuleDef_Init(PyModuleDef *def): the def itself, typed, for multi-phase init.
@_cdecl("PyModuleDef_Init")
public func PyModuleDef_Init_(_ def: UnsafeMutablePointer<PyModuleDef>?) -> CObject? {
    guard let def else { return nil }
    def.withMemoryRebound(to: CPythonABI.PyObject.self, capacity: 1) { op in
        if op.pointee.ob_type == nil {
            op.pointee.ob_type = Mirrors.staticType(&PyModuleDef_Type)
            op.pointee.ob_refcnt = 1
        }
    }
    return UnsafeMutableRawPointer(def).assumingMemoryBound(to: CPythonABI.PyObject.self)
}

/// PyObject *PyModule_FromDefAndSpec2(PyModuleDef *def, PyObject *spec, int apiver): new reference;
/// runs `Py_mod_create` if present (not the exec slots).
@_cdecl("PyModule_FromDefAndSpec2")
public func PyModule_FromDefAndSpec2_(_ def: UnsafeMutablePointer<PyModuleDef>?, _ spec: CObject?, _ apiver: Int32) -> CObject? {
    capi(nil) {
        guard let def, let spec else { throw badInternalCall() }
        let name = (try Ops.getAttr(Bridge.object(spec), "name") as? PyStr)?.value ?? text(def.pointee.m_name)
        typealias Create = @convention(c) (CObject?, UnsafeMutablePointer<PyModuleDef>?) -> CObject?
        // CPython's checks, in its order: the state size, then every slot's id.
        if def.pointee.m_size < 0 {
            throw PythonError(PyExc.SystemError, "module \(name): m_size may not be negative for multi-phase initialization")
        }
        var create: Create?
        var hasExec = false
        if var slot = def.pointee.m_slots {
            while slot.pointee.slot != 0 {
                switch slot.pointee.slot {
                case Py_mod_create:
                    if create != nil { throw PythonError(PyExc.SystemError, "module \(name) has multiple create slots") }
                    create = slot.pointee.value.map { unsafeBitCast($0, to: Create.self) }
                case Py_mod_exec: hasExec = true
                default:
                    throw PythonError(PyExc.SystemError, "module \(name) uses unknown slot ID \(slot.pointee.slot)")
                }
                slot += 1
            }
        }
        guard let create else { return Bridge.newReference(try Modules.create(def, name: name)) }
        Bridge.enterC()
        let made = create(spec, def)
        Bridge.leaveC()
        guard let result = made else {
            throw Errors.fetch() ?? PythonError(PyExc.SystemError, "creation of module \(name) failed without setting an exception")
        }
        if let pending = Errors.fetch() {
            Bridge.decrefPublic(result)
            let e = PythonError(PyExc.SystemError, "creation of module \(name) raised unreported exception")
            e.exception.cause = pending.exception
            throw e
        }
        let object = Bridge.object(result)
        if let m = object as? PyModule {
            if m.extensionDef == nil {
                m.extensionDef = UnsafeMutableRawPointer(def)
                if def.pointee.m_size > 0 { m.extensionState = calloc(1, def.pointee.m_size) }
                Mirrors.syncModule(m, result)
            }
            try Modules.addFunctions(m, def.pointee.m_methods)
        } else {
            if def.pointee.m_size > 0 || def.pointee.m_traverse != nil || def.pointee.m_clear != nil || def.pointee.m_free != nil {
                Bridge.decrefPublic(result)
                throw PythonError(PyExc.SystemError, "module \(name) is not a module object, but requests module state")
            }
            if hasExec {
                Bridge.decrefPublic(result)
                throw PythonError(PyExc.SystemError, "module \(name) specifies execution slots, but did not create a ModuleType instance")
            }
            // Functions become attributes of whatever object the create slot made.
            if var m = def.pointee.m_methods {
                while let fname = m.pointee.ml_name {
                    try Ops.setAttr(object, String(cString: fname), CFunctions.make(m, boundSelf: object, moduleName: name))
                    m += 1
                }
            }
        }
        if let doc = def.pointee.m_doc { try Ops.setAttr(object, "__doc__", PyStr(String(cString: doc))) }
        return result
    }
}

/// int PyModule_ExecDef(PyObject *module, PyModuleDef *def): 0, or -1 on error.
@_cdecl("PyModule_ExecDef")
public func PyModule_ExecDef_(_ module: CObject?, _ def: UnsafeMutablePointer<PyModuleDef>?) -> Int32 {
    capi(-1) {
        guard let module, let def else { throw badInternalCall() }
        try Modules.exec(module, def)
        return 0
    }
}

/// PyObject *PyModule_NewObject(PyObject *name): new reference.
@_cdecl("PyModule_NewObject")
public func PyModule_NewObject_(_ name: CObject?) -> CObject? {
    capi(nil) { Bridge.newReference(PyModule(name: try strObject(name).value)) }
}

/// PyObject *PyModule_New(const char *name): new reference.
@_cdecl("PyModule_New")
public func PyModule_New_(_ name: UnsafePointer<CChar>?) -> CObject? { Bridge.newReference(PyModule(name: text(name))) }

/// void *PyModule_GetState(PyObject *module): the state block, or NULL (TypeError if not a module).
@_cdecl("PyModule_GetState")
public func PyModule_GetState_(_ op: CObject?) -> UnsafeMutableRawPointer? {
    capi(nil) { try Modules.module(op).extensionState }
}

/// PyModuleDef *PyModule_GetDef(PyObject *module): borrowed, or NULL.
@_cdecl("PyModule_GetDef")
public func PyModule_GetDef_(_ op: CObject?) -> UnsafeMutableRawPointer? {
    capi(nil) { try Modules.module(op).extensionDef }
}

/// PyObject *PyModule_GetDict(PyObject *module): borrowed reference.
@_cdecl("PyModule_GetDict")
public func PyModule_GetDict_(_ op: CObject?) -> CObject? {
    capi(nil) { Bridge.borrowed(try Modules.module(op).dict) }
}

/// PyObject *PyModule_GetNameObject(PyObject *module): new reference.
@_cdecl("PyModule_GetNameObject")
public func PyModule_GetNameObject_(_ op: CObject?) -> CObject? {
    capi(nil) {
        guard let name = try Modules.module(op).dict.getItem(string: "__name__") as? PyStr else {
            throw PythonError(PyExc.SystemError, "nameless module")
        }
        return Bridge.newReference(name)
    }
}

/// const char *PyModule_GetName(PyObject *module): UTF-8 of the name, borrowed from the module.
@_cdecl("PyModule_GetName")
public func PyModule_GetName_(_ op: CObject?) -> UnsafePointer<CChar>? {
    capi(nil) {
        guard let name = try Modules.module(op).dict.getItem(string: "__name__") as? PyStr else {
            throw PythonError(PyExc.SystemError, "nameless module")
        }
        return UnicodeMirror.utf8(Bridge.borrowed(name), size: nil)
    }
}

/// int PyModule_AddObjectRef(PyObject *module, const char *name, PyObject *value): no steal.
@_cdecl("PyModule_AddObjectRef")
public func PyModule_AddObjectRef_(_ op: CObject?, _ name: UnsafePointer<CChar>?, _ value: CObject?) -> Int32 {
    capi(-1) {
        let m = try Modules.module(op)
        guard let name else { throw PythonError(PyExc.TypeError, "PyModule_AddObjectRef() must be called with a string name") }
        guard let value else {
            if PyErr_Occurred() == nil {
                throw PythonError(PyExc.SystemError, "PyModule_AddObjectRef() must be called with an exception raised if value is NULL")
            }
            return -1
        }
        m.dict.setItem(string: String(cString: name), Bridge.object(value))
        Bridge.ensureShare(value)
        return 0
    }
}

/// int PyModule_AddObject(PyObject *module, const char *name, PyObject *value): steals value on success.
@_cdecl("PyModule_AddObject")
public func PyModule_AddObject_(_ op: CObject?, _ name: UnsafePointer<CChar>?, _ value: CObject?) -> Int32 {
    let rc = PyModule_AddObjectRef_(op, name, value)
    if rc == 0, let value { Bridge.decref(value) }
    return rc
}

/// int PyModule_AddIntConstant(PyObject *module, const char *name, long value).
@_cdecl("PyModule_AddIntConstant")
public func PyModule_AddIntConstant_(_ op: CObject?, _ name: UnsafePointer<CChar>?, _ value: Int) -> Int32 {
    capi(-1) {
        try Modules.module(op).dict.setItem(string: text(name), PyInt.make(value))
        return 0
    }
}

/// int PyModule_AddStringConstant(PyObject *module, const char *name, const char *value).
@_cdecl("PyModule_AddStringConstant")
public func PyModule_AddStringConstant_(_ op: CObject?, _ name: UnsafePointer<CChar>?, _ value: UnsafePointer<CChar>?) -> Int32 {
    capi(-1) {
        guard let value else { throw badInternalCall() }
        try Modules.module(op).dict.setItem(string: text(name), PyStr(try decodeUTF8(value, strlen(value))))
        return 0
    }
}

/// int PyModule_AddFunctions(PyObject *module, PyMethodDef *functions).
@_cdecl("PyModule_AddFunctions")
public func PyModule_AddFunctions_(_ op: CObject?, _ methods: UnsafeMutablePointer<PyMethodDef>?) -> Int32 {
    capi(-1) {
        try Modules.addFunctions(try Modules.module(op), methods)
        return 0
    }
}

/// int PyModule_SetDocString(PyObject *module, const char *doc).
@_cdecl("PyModule_SetDocString")
public func PyModule_SetDocString_(_ op: CObject?, _ doc: UnsafePointer<CChar>?) -> Int32 {
    capi(-1) {
        try Modules.module(op).dict.setItem(string: "__doc__", PyStr(text(doc)))
        return 0
    }
}

// MARK: - PyState_*: single-phase modules found by their PyModuleDef (CPython's
// interp->modules_by_index), registered after PyInit_* returns or by PyState_AddModule.

/// The modules registered for each def, held for the process as in CPython.
nonisolated(unsafe) private var modulesByDef: [UnsafeMutableRawPointer: PyObjects.PyObject] = [:]

/// int PyState_AddModule(PyObject *module, PyModuleDef *def)
@_cdecl("PyState_AddModule")
public func PyState_AddModule_(_ module: CObject?, _ def: UnsafeMutablePointer<PyModuleDef>?) -> Int32 {
    capi(-1) {
        guard let module, let def else {
            throw PythonError(PyExc.SystemError, module == nil ? "module is NULL" : "module definition is NULL")
        }
        if def.pointee.m_slots != nil {
            throw PythonError(PyExc.SystemError, "PyState_AddModule called on module with slots")
        }
        modulesByDef[UnsafeMutableRawPointer(def)] = Bridge.object(module)
        return 0
    }
}

/// PyObject *PyState_FindModule(PyModuleDef *def): borrowed, or NULL (no error) when the def
/// has no single-phase module (multi-phase defs never have one).
@_cdecl("PyState_FindModule")
public func PyState_FindModule_(_ def: UnsafeMutablePointer<PyModuleDef>?) -> CObject? {
    guard let def, def.pointee.m_slots == nil else { return nil }
    return modulesByDef[UnsafeMutableRawPointer(def)].map { Bridge.borrowed($0) }
}

/// int PyState_RemoveModule(PyModuleDef *def)
@_cdecl("PyState_RemoveModule")
public func PyState_RemoveModule_(_ def: UnsafeMutablePointer<PyModuleDef>?) -> Int32 {
    capi(-1) {
        if let def, def.pointee.m_slots != nil {
            throw PythonError(PyExc.SystemError, "PyState_RemoveModule called on module with slots")
        }
        guard let def, modulesByDef.removeValue(forKey: UnsafeMutableRawPointer(def)) != nil else {
            throw PythonError(PyExc.SystemError, "PyState_RemoveModule: module to remove not found")
        }
        return 0
    }
}
