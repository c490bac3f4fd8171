import PyObjects
import PyCompiler
import Foundation

/// The modules CPython compiles into its binary that Swallow implements in Swift, and the
/// standard library's location on `sys.path`.
enum StdlibModules {
    static let makers: [String: () throws -> PyModule] = [
        "errno": ErrnoModule.make,
        "_weakref": WeakrefModule.make,
        "_thread": ThreadModule.make,
        "atexit": AtexitModule.make,
        "_string": StringModule.make,
        "time": TimeModule.make,
        "itertools": ItertoolsModule.make,
        "_collections": CollectionsModule.make,
        "posix": PosixModule.make,
        "_io": IOModule.make,
        "_codecs": CodecsModule.make,
        "_signal": SignalModule.make,
        "pwd": PwdModule.make,
        "_locale": LocaleModule.make,
        "faulthandler": FaulthandlerModule.make,
        "_tracemalloc": TracemallocModule.make,
        "_warnings": WarningsModule.make,
        "_imp": ImpModule.make,
        "_stat": StatModule.make,
        "marshal": MarshalModule.make,
        "_functools": FunctoolsModule.make,
        "_operator": OperatorModule.make,
        "_ast": AstModule.make,
        "_contextvars": ContextVars.make,
        "_abc": AbcModule.make,
        "_symtable": SymtableModule.make,
        "_tokenize": TokenizeModule.make,
        "_frozen_importlib": FrozenImportlib.makeBootstrap,
        "_frozen_importlib_external": FrozenImportlib.makeExternal,
    ]

    static func install(_ sys: PyModule) {
        for (name, make) in makers where Importer.builtinModules[name] == nil {
            Importer.builtinModules[name] = make
        }
        var names = Set(["builtins", "sys"])
        if let existing = sys.dict.getItem(string: "builtin_module_names") as? PyTuple {
            for n in existing.items { if let s = n as? PyStr { names.insert(s.value) } }
        }
        names.formUnion(Importer.builtinModules.keys)
        sys.dict.setItem(string: "builtin_module_names", PyTuple(names.sorted().map { PyStr($0) }))
        SysExtras.install(sys)
        LibrarySupport.install()
        CodeReplace.install()
        // builtins.open is io.open (the _io types are made on first use).
        Runtime.builtins.setItem(string: "open", IOModule.openFunction)
        // types.MappingProxyType(mapping) (enum's __members__).
        if Classes.constructors[ObjectIdentifier(VMTypes.mappingProxy)] == nil {
            BuiltinMethods.ctor(VMTypes.mappingProxy) { _, a, k in
                try Args("mappingproxy", a, k).check(min: 1, max: 1, keywords: ["mapping"])
                let m = a.first ?? k[0].1
                if let d = m as? PyDict { return PyMappingProxy(d) }
                if m is PyList || m is PyTuple || m.type.lookup("__getitem__") == nil || m.type.lookup("keys") == nil {
                    throw PythonError(PyExc.TypeError, "mappingproxy() argument must be a mapping, not \(m.type.name)")
                }
                // A mapping that is not a dict is snapshotted.
                let d = PyDict()
                for key in try Ops.toArray(Ops.callMethod(m, "keys", [])) { try d.set(key, try Ops.getItem(m, key)) }
                return PyMappingProxy(d)
            }
        }
        // abc's pure-Python ABCMeta calls it on every class it checks.
        if PyTypes.object.dict.getItem(string: "__subclasshook__") == nil {
            ModuleTypes.classDef(PyTypes.object, "__subclasshook__") { _, _, _ in PyNotImplemented.shared }
        }
        // types.py takes GetSetDescriptorType and MemberDescriptorType from these; the
        // attributes themselves are read natively.
        if PyTypes.function.dict.getItem(string: "__code__") == nil {
            PyTypes.function.dict.setItem(string: "__code__", PyObject(type: TypeObjects.getsetDescriptor))
            PyTypes.function.dict.setItem(string: "__globals__", PyObject(type: TypeObjects.memberDescriptor))
        }
        Stdlib.configure(sys)
    }
}
