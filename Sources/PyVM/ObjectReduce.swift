import PyObjects

/// `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__` with CPython 3.11's
/// rules: protocols 0 and 1 go through `copyreg._reduce_ex`, protocol 2 and later build
/// `copyreg.__newobj__` / `__newobj_ex__` reductions from `__getnewargs_ex__` /
/// `__getnewargs__` and the object's state. They live in object's dict as real descriptors, so
/// C code (Cython's pickling setup) finds the same objects through the type or `tp_dict`.
enum ObjectReduce {
    static func install() {
        let o = PyTypes.object
        BuiltinMethods.def(o, "__reduce_ex__") { r, a, k in
            if !k.isEmpty { throw PythonError(PyExc.TypeError, "object.__reduce_ex__() takes no keyword arguments") }
            guard a.count == 1 else {
                throw PythonError(PyExc.TypeError, "object.__reduce_ex__() takes exactly one argument (\(a.count) given)")
            }
            if a[0] is PyFloat { throw PythonError(PyExc.TypeError, "'float' object cannot be interpreted as an integer") }
            return try reduceEx(r, protocol: try Ops.indexInt(a[0]))
        }
        BuiltinMethods.def(o, "__reduce__") { r, a, k in
            if !k.isEmpty || !a.isEmpty {
                throw PythonError(PyExc.TypeError, "object.__reduce__() takes no arguments (\(a.count + k.count) given)")
            }
            return try commonReduce(r, protocol: 0)
        }
        BuiltinMethods.def(o, "__getstate__") { r, a, k in
            if !k.isEmpty || !a.isEmpty {
                throw PythonError(PyExc.TypeError, "object.__getstate__() takes no arguments (\(a.count + k.count) given)")
            }
            return try defaultState(r, required: false)
        }
        // Builtin functions pickle by name; bound builtin methods as getattr(self, name).
        BuiltinMethods.def(PyTypes.builtinFunction, "__reduce__") { r, _, _ in
            guard let f = r as? PyBuiltinFunction else { throw PythonError(PyExc.TypeError, "bad builtin function") }
            guard let receiver = f.boundSelf, !(receiver is PyModule) else { return PyStr(f.name) }
            return PyTuple([try Ops.getAttr(Runtime.builtinsModule, "getattr"), PyTuple([receiver, PyStr(f.name)])])
        }
        // Method descriptors (str.upper) as getattr(owner, name).
        BuiltinMethods.def(VMTypes.methodDescriptor, "__reduce__") { r, _, _ in
            guard let m = r as? PyMethodDescriptor else { throw PythonError(PyExc.TypeError, "bad method descriptor") }
            return PyTuple([try Ops.getAttr(Runtime.builtinsModule, "getattr"), PyTuple([m.owner, PyStr(m.name)])])
        }
    }

    /// The name CPython's messages use: `tp_name` (module-qualified for non-builtin C types).
    static func tpName(_ t: PyType) -> String {
        if t.flags.contains(.heapType) { return t.name }
        if let m = t.moduleName, m != "builtins" { return "\(m).\(t.name)" }
        return t.name
    }

    static func isObjectMethod(_ v: PyObject?, _ name: String) -> Bool {
        guard let v else { return false }
        return v === PyTypes.object.dict.getItem(string: name)
    }

    /// `object.__reduce_ex__(protocol)`: an overridden `__reduce__` wins.
    static func reduceEx(_ o: PyObject, protocol proto: Int) throws -> PyObject {
        if let reduce = try Ops.getAttrOptional(o, PyStr.intern("__reduce__")) {
            let clsReduce = try Ops.getAttr(o.type, "__reduce__")
            if !isObjectMethod(clsReduce, "__reduce__") {
                return try Ops.call(reduce, args: [])
            }
        }
        return try commonReduce(o, protocol: proto)
    }

    static func commonReduce(_ o: PyObject, protocol proto: Int) throws -> PyObject {
        if proto >= 2 { return try reduceNewObj(o) }
        let copyreg = try Importer.importModule("copyreg")
        return try Ops.call(Ops.getAttr(copyreg, "_reduce_ex"), args: [o, PyInt.make(proto)])
    }

    /// Whether instances of `t` can be created by `cls.__new__(cls)` (CPython: tp_new set).
    static func hasNew(_ t: PyType) -> Bool {
        for c in t.mro {
            if Classes.constructors[ObjectIdentifier(c)] != nil { return true }
            if c.dict.getItem(string: "__new__") != nil { return true }
            if c.bridgeType != nil { return true }
        }
        return false
    }

    static func reduceNewObj(_ o: PyObject) throws -> PyObject {
        let cls = o.type
        if !hasNew(cls) { throw PythonError(PyExc.TypeError, "cannot pickle '\(tpName(cls))' object") }
        let (args, kwargs) = try newArguments(o)
        let copyreg = try Importer.importModule("copyreg")
        let newobj: PyObject
        let newargs: PyTuple
        if kwargs == nil || kwargs!.count == 0 {
            newobj = try Ops.getAttr(copyreg, "__newobj__")
            newargs = PyTuple([cls] + (args?.items ?? []))
        } else if let args {
            newobj = try Ops.getAttr(copyreg, "__newobj_ex__")
            newargs = PyTuple([cls, args, kwargs!])
        } else {
            throw PythonError(PyExc.SystemError, "bad argument to internal function")
        }
        let state = try getState(o, required: !(args != nil || o is PyList || o is PyDict))
        let listItems: PyObject = o is PyList ? try Ops.iter(o) : pyNone
        let dictItems: PyObject = o is PyDict ? try Ops.iter(Ops.callMethod(o, "items", [])) : pyNone
        return PyTuple([newobj, newargs, state, listItems, dictItems])
    }

    /// `__getnewargs_ex__()` (args, kwargs), else `__getnewargs__()` (args, nil), else (nil, nil).
    static func newArguments(_ o: PyObject) throws -> (PyTuple?, PyDict?) {
        if let f = o.type.lookup("__getnewargs_ex__") {
            let r = try Ops.call(Ops.bindDescriptor(f, o, o.type), args: [])
            guard let t = r as? PyTuple else {
                throw PythonError(PyExc.TypeError, "__getnewargs_ex__ should return a tuple, not '\(r.type.name)'")
            }
            guard t.items.count == 2 else {
                throw PythonError(PyExc.ValueError, "__getnewargs_ex__ should return a tuple of length 2, not \(t.items.count)")
            }
            guard let args = t.items[0] as? PyTuple else {
                throw PythonError(PyExc.TypeError,
                                  "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '\(t.items[0].type.name)'")
            }
            guard let kwargs = t.items[1] as? PyDict else {
                throw PythonError(PyExc.TypeError,
                                  "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '\(t.items[1].type.name)'")
            }
            return (args, kwargs)
        }
        if let f = o.type.lookup("__getnewargs__") {
            let r = try Ops.call(Ops.bindDescriptor(f, o, o.type), args: [])
            guard let args = r as? PyTuple else {
                throw PythonError(PyExc.TypeError, "__getnewargs__ should return a tuple, not '\(r.type.name)'")
            }
            return (args, nil)
        }
        return (nil, nil)
    }

    /// The state to pickle: an overridden `__getstate__()`, else the default one.
    static func getState(_ o: PyObject, required: Bool) throws -> PyObject {
        let getstate = try Ops.getAttr(o, "__getstate__")
        if let m = getstate as? PyBoundMethod, m.receiver === o, isObjectMethod(m.function, "__getstate__") {
            return try defaultState(o, required: required)
        }
        if isObjectMethod(o.type.lookup("__getstate__"), "__getstate__"),
           Ops.attrDict(o)?.getItem(string: "__getstate__") == nil {
            return try defaultState(o, required: required)
        }
        return try Ops.call(getstate, args: [])
    }

    /// `object.__getstate__()`: the instance dict (None when empty), paired with a dict of the
    /// `__slots__` values when there are any. `required` refuses objects whose C layout holds
    /// more than a plain object's (the state could not rebuild them).
    static func defaultState(_ o: PyObject, required: Bool) throws -> PyObject {
        let cls = o.type
        var state: PyObject = pyNone
        // attrDict: with both __slots__ and __dict__, the instance dict is kept inside the slot storage.
        if let d = Ops.attrDict(o), d.count > 0 { state = d }
        let copyreg = try Importer.importModule("copyreg")
        let slotNames = try Ops.call(Ops.getAttr(copyreg, "_slotnames"), args: [cls])
        if required {
            var solid: PyType = PyTypes.object
            for c in cls.mro where !c.flags.contains(.heapType) { solid = c; break }
            if solid !== PyTypes.object {
                throw PythonError(PyExc.TypeError, "cannot pickle '\(tpName(cls))' object")
            }
        }
        let names = (slotNames as? PyList)?.items ?? []
        if !names.isEmpty {
            let slots = PyDict()
            for name in names {
                guard let n = name as? PyStr else { continue }
                do {
                    if let v = try Ops.getAttrOptional(o, n) { try slots.set(n, v) }
                } catch let e as PythonError where Ops.isAttributeError(e) {}  // an unset slot
            }
            if slots.count > 0 { state = PyTuple([state, slots]) }
        }
        return state
    }
}
