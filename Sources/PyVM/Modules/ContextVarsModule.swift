import PyObjects

/// `_contextvars` (PEP 567): ContextVar, Token, Context and copy_context. CPython builds it on
/// interpreter state that C extensions reach through PyContext_* (its lib-dynload module only
/// re-exports those types), so the runtime provides the module itself. There is one current
/// context for the process; threads share it for now.
enum ContextVarsModule {
    /// A context: the values of the variables set in it, in the order they were first set.
    final class Context: PyObject {
        let vars = PyDict()
        var entered = false
    }

    final class Var: PyObject {
        let name: PyStr
        let defaultValue: PyObject?
        init(name: PyStr, defaultValue: PyObject?) {
            self.name = name
            self.defaultValue = defaultValue
            super.init(type: varType)
        }
    }

    final class Token: PyObject {
        let context: Context
        let variable: Var
        let old: PyObject?  // nil: the variable had no value (Token.MISSING)
        var used = false
        init(context: Context, variable: Var, old: PyObject?) {
            self.context = context
            self.variable = variable
            self.old = old
            super.init(type: tokenType)
        }
    }

    static let contextType = ModuleTypes.make("Context", module: "_contextvars", subclassable: false)
    static let varType = ModuleTypes.make("ContextVar", module: "_contextvars", subclassable: false)
    static let tokenType = ModuleTypes.make("Token", module: "_contextvars", subclassable: false)
    static let missingType = ModuleTypes.make("Token.MISSING", module: "_contextvars", subclassable: false)
    static let missing: PyObject = PyObject(type: missingType)

    nonisolated(unsafe) static var current = Context(type: contextType)

    static func address(_ o: PyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16)
    }

    static func context(_ o: PyObject) -> Context { o as! Context }
    static func variable(_ o: PyObject) -> Var { o as! Var }

    static func key(_ o: PyObject) throws -> Var {
        guard let v = o as? Var else {
            throw PythonError(PyExc.TypeError, "a ContextVar key was expected, got \(try Ops.repr(o).value)")
        }
        return v
    }

    static func make() -> PyModule {
        let b = ModuleBuilder("_contextvars")
        installContext()
        installVar()
        installToken()
        b.set("Context", contextType)
        b.set("ContextVar", varType)
        b.set("Token", tokenType)
        b.fn("copy_context") { a, _ in
            if !a.isEmpty { throw PythonError(PyExc.TypeError, "copy_context() takes no arguments (\(a.count) given)") }
            return try copy(current)
        }
        return b.module
    }

    static func copy(_ c: Context) throws -> Context {
        let n = Context(type: contextType)
        try Ops.dictUpdate(n.vars, c.vars)
        return n
    }

    static func installContext() {
        let t = contextType
        ModuleTypes.ctor(t) { _, a, k in
            if !a.isEmpty || !k.isEmpty { throw PythonError(PyExc.TypeError, "Context() does not accept any arguments") }
            return Context(type: contextType)
        }
        ModuleTypes.def(t, "run") { o, a, k in
            let c = context(o)
            guard let f = a.first else { throw PythonError(PyExc.TypeError, "run() missing 1 required positional argument") }
            if c.entered {
                throw PythonError(PyExc.RuntimeError, "cannot enter context: \(try Ops.repr(c).value) is already entered")
            }
            let saved = current
            c.entered = true
            current = c
            defer { current = saved; c.entered = false }
            return try Ops.call(f, args: Array(a.dropFirst()), kwargs: k)
        }
        ModuleTypes.def(t, "copy") { o, _, _ in try copy(context(o)) }
        ModuleTypes.def(t, "__getitem__") { o, a, _ in
            let v = try key(a[0])
            guard let r = try context(o).vars.get(v) else { throw PythonError(PyExc.KeyError, args: [v]) }
            return r
        }
        ModuleTypes.def(t, "get") { o, a, _ in
            guard a.count == 1 || a.count == 2 else {
                throw PythonError(PyExc.TypeError, "get expected at least 1 argument, got \(a.count)")
            }
            return try context(o).vars.get(try key(a[0])) ?? (a.count > 1 ? a[1] : pyNone)
        }
        ModuleTypes.def(t, "__contains__") { o, a, _ in pyBool(try context(o).vars.get(try key(a[0])) != nil) }
        ModuleTypes.def(t, "__len__") { o, _, _ in PyInt.make(context(o).vars.count) }
        ModuleTypes.def(t, "__iter__") { o, _, _ in try Ops.iter(PyList(context(o).vars.items.map(\.key))) }
        ModuleTypes.def(t, "keys") { o, _, _ in PyList(context(o).vars.items.map(\.key)) }
        ModuleTypes.def(t, "values") { o, _, _ in PyList(context(o).vars.items.map(\.value)) }
        ModuleTypes.def(t, "items") { o, _, _ in PyList(context(o).vars.items.map { PyTuple([$0.key, $0.value]) }) }
        ModuleTypes.def(t, "__eq__") { o, a, _ in
            guard let other = a[0] as? Context else { return PyNotImplemented.shared }
            return pyBool(try Ops.equal(context(o).vars, other.vars))
        }
        t.dict.setItem(string: "__hash__", pyNone)
    }

    static func installVar() {
        let t = varType
        ModuleTypes.ctor(t) { _, a, k in
            guard a.count == 1, let name = a[0] as? PyStr else {
                if a.count == 1 { throw PythonError(PyExc.TypeError, "context variable name must be a str") }
                throw PythonError(PyExc.TypeError, "ContextVar() takes exactly 1 positional argument (\(a.count) given)")
            }
            var dflt: PyObject? = nil
            for (n, v) in k {
                guard n == "default" else {
                    throw PythonError(PyExc.TypeError, "'\(n)' is an invalid keyword argument for ContextVar()")
                }
                dflt = v
            }
            return Var(name: name, defaultValue: dflt)
        }
        ModuleTypes.getter(t, "name") { o in variable(o).name }
        ModuleTypes.def(t, "get") { o, a, _ in
            let v = variable(o)
            if a.count > 1 { throw PythonError(PyExc.TypeError, "get expected at most 1 argument, got \(a.count)") }
            if let r = try current.vars.get(v) { return r }
            if let d = a.first ?? v.defaultValue { return d }
            throw PythonError(PyExc.LookupError, args: [v])
        }
        ModuleTypes.def(t, "set") { o, a, _ in
            guard a.count == 1 else { throw PythonError(PyExc.TypeError, "ContextVar.set() takes exactly one argument (\(a.count) given)") }
            let v = variable(o)
            let token = Token(context: current, variable: v, old: try current.vars.get(v))
            try current.vars.set(v, a[0])
            return token
        }
        ModuleTypes.def(t, "reset") { o, a, _ in
            guard a.count == 1 else { throw PythonError(PyExc.TypeError, "ContextVar.reset() takes exactly one argument (\(a.count) given)") }
            let v = variable(o)
            guard let tok = a[0] as? Token else {
                throw PythonError(PyExc.TypeError, "expected an instance of Token, got \(try Ops.repr(a[0]).value)")
            }
            let shown = try Ops.repr(tok).value
            if tok.used { throw PythonError(PyExc.RuntimeError, "\(shown) has already been used once") }
            if tok.variable !== v { throw PythonError(PyExc.ValueError, "\(shown) was created by a different ContextVar") }
            if tok.context !== current { throw PythonError(PyExc.ValueError, "\(shown) was created in a different Context") }
            tok.used = true
            if let old = tok.old { try current.vars.set(v, old) } else { _ = try current.vars.remove(v) }
            return pyNone
        }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let v = variable(o)
            var s = "<ContextVar name=\(try Ops.repr(v.name).value)"
            if let d = v.defaultValue { s += " default=\(try Ops.repr(d).value)" }
            return PyStr(s + " at \(address(v))>")
        }
        ModuleTypes.classDef(t, "__class_getitem__") { cls, _, _ in cls }
    }

    static func installToken() {
        let t = tokenType
        ModuleTypes.ctor(t) { _, _, _ in throw PythonError(PyExc.RuntimeError, "Tokens can only be created by ContextVars") }
        ModuleTypes.getter(t, "var") { o in (o as! Token).variable }
        ModuleTypes.getter(t, "old_value") { o in (o as! Token).old ?? missing }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let tok = o as! Token
            return PyStr("<Token\(tok.used ? " used" : "") var=\(try Ops.repr(tok.variable).value) at \(address(tok))>")
        }
        t.dict.setItem(string: "MISSING", missing)
        ModuleTypes.def(missingType, "__repr__") { _, _, _ in PyStr("<Token.MISSING>") }
        ModuleTypes.classDef(t, "__class_getitem__") { cls, _, _ in cls }
    }
}
