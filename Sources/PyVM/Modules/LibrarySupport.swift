import PyObjects
import PyCompiler

/// Behaviour of builtin types that the pure-Python library relies on, installed only where the
/// runtime does not define it already.
enum LibrarySupport {
    static func install() {
        installMethodType()
        installSimpleNamespace()
        installCallableMarkers()
        GenericAliasSupport.install()
        if Classes.constructors[ObjectIdentifier(PyTypes.module)] == nil {
            BuiltinMethods.ctor(PyTypes.module) { cls, a, k in
                try Args("module", a, k).check(min: 1, max: 2, keywords: ["name", "doc"])
                guard let name = (a.first ?? k.first { $0.0 == "name" }?.1) as? PyStr else {
                    throw PythonError(PyExc.TypeError, "module.__init__() argument 'name' must be str")
                }
                let doc = a.count > 1 ? a[1] : (k.first { $0.0 == "doc" }?.1 ?? pyNone)
                return PyModule(name: name.value, doc: doc, type: cls)
            }
        }
        for t in [PyTypes.set, PyTypes.frozenset] where t.dict.getItem(string: "__reduce__") == nil {
            ModuleTypes.def(t, "__reduce__") { o, _, _ in
                PyTuple([o.type, PyTuple([PyList((o as! PySet).elements)]), o.instanceDict ?? pyNone])
            }
        }
    }

    /// object.__new__ refuses classes with abstract methods (abc sets `__abstractmethods__`).
    static func checkAbstract(_ t: PyType) throws {
        guard let abstract = t.dict.getItem(string: "__abstractmethods__"), abstract !== pyNone,
              let names = try? Ops.toArray(abstract), !names.isEmpty else { return }
        let sorted = names.compactMap { ($0 as? PyStr)?.value }.sorted()
        throw PythonError(PyExc.TypeError, "Can't instantiate abstract class \(t.name) with abstract method"
            + (sorted.count > 1 ? "s " : " ") + sorted.joined(separator: ", "))
    }

    /// `types.MethodType(function, instance)`.
    static func installMethodType() {
        let t = PyTypes.method
        if Classes.constructors[ObjectIdentifier(t)] != nil { return }
        BuiltinMethods.ctor(t) { _, a, k in
            try Args("method", a, k).check(min: 2, max: 2)
            if !Ops.isCallable(a[0]) { throw PythonError(PyExc.TypeError, "first argument must be callable") }
            if a[1] === pyNone { throw PythonError(PyExc.TypeError, "instance must not be None") }
            return PyBoundMethod(function: a[0], receiver: a[1])
        }
    }

    /// `types.SimpleNamespace(**kwargs)`: attributes in the instance dict, a keyword repr, equality.
    static func installSimpleNamespace() {
        let t = SysModule.namespaceType
        if Classes.constructors[ObjectIdentifier(t)] != nil { return }
        // Its behaviour is in its dict (also for sys.implementation, a namespace).
        t.flags.formUnion([.baseType, .extensionType])
        BuiltinMethods.ctor(t) { cls, a, k in
            if a.count > 1 { throw PythonError(PyExc.TypeError, "SimpleNamespace expected at most 1 argument, got \(a.count)") }
            let o = PyObject(type: cls)
            o.instanceDict = PyDict()
            if let m = a.first {
                for key in try Ops.toArray(Ops.callMethod(m, "keys", [])) {
                    guard key is PyStr else { throw PythonError(PyExc.TypeError, "keywords must be strings") }
                    try o.instanceDict!.set(key, try Ops.getItem(m, key))
                }
            }
            for (name, v) in k { o.instanceDict!.setItem(string: name, v) }
            return o
        }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let id = ObjectIdentifier(o)
            let name = o.type === t ? "namespace" : o.type.name
            if Repr.inProgress.contains(id) { return PyStr("\(name)(...)") }
            Repr.inProgress.insert(id)
            defer { Repr.inProgress.remove(id) }
            let parts = try (o.instanceDict?.items ?? []).map { "\((($0.key as? PyStr)?.value) ?? "?")=\(try Ops.repr($0.value).value)" }
            return PyStr("\(name)(" + parts.joined(separator: ", ") + ")")
        }
        ModuleTypes.def(t, "__eq__") { o, a, _ in
            guard a[0].type.isSubtype(of: t), let x = o.instanceDict, let y = a[0].instanceDict else { return PyNotImplemented.shared }
            return pyBool(try Ops.equal(x, y))
        }
        ModuleTypes.def(t, "__reduce__") { o, _, _ in PyTuple([o.type, PyTuple([]), o.instanceDict ?? PyDict()]) }
    }

    /// collections.abc.Callable looks for `__call__` in the type's dict.
    static func installCallableMarkers() {
        for t in [PyTypes.builtinFunction, PyTypes.function, PyTypes.method] where t.dict.getItem(string: "__call__") == nil {
            ModuleTypes.def(t, "__call__") { o, a, k in try Ops.call(o, args: a, kwargs: k) }
        }
    }
}
