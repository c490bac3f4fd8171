import PyObjects
import PyCompiler

/// The variables of a context in the order they were first set (CPython's HAMT has its own
/// order; insertion order keeps Swallow's output deterministic). A value type: copying a
/// context copies the map lazily (copy on write), so `copy_context()` is cheap.
public struct ContextMap {
    var vars: [PyContextVar] = []
    var values: [PyObject] = []
    var index: [ObjectIdentifier: Int] = [:]

    subscript(v: PyContextVar) -> PyObject? { index[ObjectIdentifier(v)].map { values[$0] } }

    mutating func set(_ v: PyContextVar, _ value: PyObject) {
        if let i = index[ObjectIdentifier(v)] { values[i] = value; return }
        index[ObjectIdentifier(v)] = vars.count
        vars.append(v)
        values.append(value)
    }

    mutating func remove(_ v: PyContextVar) {
        guard let i = index.removeValue(forKey: ObjectIdentifier(v)) else { return }
        vars.remove(at: i)
        values.remove(at: i)
        for j in i..<vars.count { index[ObjectIdentifier(vars[j])] = j }
    }
}

/// `contextvars.Context`: a mapping from ContextVars to values, entered by `run`.
public final class PyContext: PyObject {
    public var map = ContextMap()
    var prev: PyContext?
    public var entered = false
}

/// `contextvars.ContextVar`.
public final class PyContextVar: PyObject {
    public let name: PyStr
    public let defaultValue: PyObject?
    init(type: PyType, name: PyStr, defaultValue: PyObject?) {
        self.name = name
        self.defaultValue = defaultValue
        super.init(type: type)
    }
}

/// `contextvars.Token`: what `ContextVar.set` returns, for `ContextVar.reset`.
public final class PyContextToken: PyObject {
    let context: PyContext
    let variable: PyContextVar
    let oldValue: PyObject?
    var used = false
    init(type: PyType, context: PyContext, variable: PyContextVar, oldValue: PyObject?) {
        self.context = context
        self.variable = variable
        self.oldValue = oldValue
        super.init(type: type)
    }
}

/// `_contextvars` (PEP 567). The runtime runs one Python thread, so the current context is
/// a single slot, made empty on first use as CPython makes each thread's.
public enum ContextVars {
    public static let contextType: PyType = {
        let t = ModuleTypes.make("Context", module: "_contextvars", subclassable: false)
        t.cTypeName = "_contextvars.Context"  // messages name it as CPython's tp_name does
        return t
    }()
    public static let varType: PyType = {
        let t = ModuleTypes.make("ContextVar", module: "_contextvars", subclassable: false)
        t.cTypeName = "_contextvars.ContextVar"  // messages name it as CPython's tp_name does
        return t
    }()
    public static let tokenType: PyType = {
        let t = ModuleTypes.make("Token", module: "_contextvars", subclassable: false)
        t.cTypeName = "_contextvars.Token"  // messages name it as CPython's tp_name does
        return t
    }()
    static let missing: PyObject = {
        let t = ModuleTypes.make("Token.MISSING", module: "_contextvars", subclassable: false)
        BuiltinMethods.def(t, "__repr__") { _, _, _ in PyStr("<Token.MISSING>") }
        return PyObject(type: t)
    }()

    nonisolated(unsafe) static var currentContext: PyContext?
    nonisolated(unsafe) static var installed = false

    /// The current context, made empty on first use.
    public static var current: PyContext {
        if let c = currentContext { return c }
        let c = newContext()
        currentContext = c
        return c
    }

    public static func newContext() -> PyContext {
        install()
        return PyContext(type: contextType)
    }

    public static func copy(_ c: PyContext) -> PyContext {
        let n = newContext()
        n.map = c.map
        return n
    }

    public static func newVar(_ name: PyStr, default value: PyObject?) -> PyContextVar {
        install()
        return PyContextVar(type: varType, name: name, defaultValue: value)
    }

    /// The variable's value in the current context, else `fallback`, else its default; nil
    /// when it has none of these.
    public static func get(_ v: PyContextVar, fallback: PyObject? = nil) -> PyObject? {
        if let c = currentContext, let value = c.map[v] { return value }
        return fallback ?? v.defaultValue
    }

    public static func set(_ v: PyContextVar, _ value: PyObject) -> PyContextToken {
        let c = current
        let old = c.map[v]
        c.map.set(v, value)
        return PyContextToken(type: tokenType, context: c, variable: v, oldValue: old)
    }

    public static func reset(_ v: PyContextVar, _ tokenObject: PyObject) throws {
        guard let token = tokenObject as? PyContextToken else {
            throw PythonError(PyExc.TypeError, "expected an instance of Token, got \(try Ops.repr(tokenObject).value)")
        }
        if token.used {
            throw PythonError(PyExc.RuntimeError, "\(try Ops.repr(token).value) has already been used once")
        }
        if token.variable !== v {
            throw PythonError(PyExc.ValueError, "\(try Ops.repr(token).value) was created by a different ContextVar")
        }
        if token.context !== current {
            throw PythonError(PyExc.ValueError, "\(try Ops.repr(token).value) was created in a different Context")
        }
        token.used = true
        if let old = token.oldValue { token.context.map.set(v, old) } else { token.context.map.remove(v) }
    }

    /// Makes `c` the current context (Context.run, PyContext_Enter).
    public static func enter(_ c: PyContext) throws {
        if c.entered {
            throw PythonError(PyExc.RuntimeError,
                              "cannot enter context: <_contextvars.Context object at \(Repr.address(c))> is already entered")
        }
        c.prev = current
        c.entered = true
        currentContext = c
    }

    /// Leaves `c`, which must be the current context (PyContext_Exit).
    public static func exit(_ c: PyContext) throws {
        if !c.entered {
            throw PythonError(PyExc.RuntimeError,
                              "cannot exit context: <_contextvars.Context object at \(Repr.address(c))> has not been entered")
        }
        if currentContext !== c {
            throw PythonError(PyExc.RuntimeError, "cannot exit context: thread state references a different context object")
        }
        currentContext = c.prev
        c.prev = nil
        c.entered = false
    }

    static func make() -> PyModule {
        install()
        let b = ModuleBuilder("_contextvars")
        b.set("Context", contextType)
        b.set("ContextVar", varType)
        b.set("Token", tokenType)
        b.fn("copy_context") { a, k in
            try Args("copy_context", a, k).check(min: 0, max: 0)
            return copy(current)
        }
        return b.module
    }

    static func key(_ o: PyObject) throws -> PyContextVar {
        guard let v = o as? PyContextVar else {
            throw PythonError(PyExc.TypeError, "a ContextVar key was expected, got \(try Ops.repr(o).value)")
        }
        return v
    }

    static func install() {
        if installed { return }
        installed = true
        // CPython's messages name them by tp_name.
        for t in [contextType, varType, tokenType] { t.cTypeName = "_contextvars.\(t.name)" }
        installContext()
        installVar()
        installToken()
    }

    static func installContext() {
        let t = contextType
        ModuleTypes.ctor(t) { cls, a, k in
            if !a.isEmpty || !k.isEmpty { throw PythonError(PyExc.TypeError, "Context() does not accept any arguments") }
            return newContext()
        }
        t.dict.setItem(string: "__hash__", pyNone)
        func ctx(_ o: PyObject) -> PyContext { o as! PyContext }
        ModuleTypes.def(t, "run") { o, a, k in
            guard let f = a.first else { throw PythonError(PyExc.TypeError, "run() missing 1 required positional argument") }
            let c = ctx(o)
            try enter(c)
            defer { try? exit(c) }
            return try Ops.call(f, args: Array(a.dropFirst()), kwargs: k)
        }
        ModuleTypes.def(t, "copy") { o, a, k in
            try Args("copy", a, k).check(min: 0, max: 0)
            return copy(ctx(o))
        }
        ModuleTypes.def(t, "get") { o, a, k in
            try Args("get", a, k).check(min: 1, max: 2)
            return ctx(o).map[try key(a[0])] ?? (a.count > 1 ? a[1] : pyNone)
        }
        ModuleTypes.def(t, "__getitem__") { o, a, _ in
            let v = try key(a[0])
            guard let value = ctx(o).map[v] else { throw PythonError(PyExc.KeyError, args: [v]) }
            return value
        }
        ModuleTypes.def(t, "__contains__") { o, a, _ in
            pyBool(ctx(o).map[try key(a[0])] != nil)
        }
        ModuleTypes.def(t, "__len__") { o, _, _ in PyInt.make(ctx(o).map.vars.count) }
        ModuleTypes.def(t, "__iter__") { o, _, _ in try Ops.iter(PyList(ctx(o).map.vars)) }
        ModuleTypes.def(t, "keys") { o, _, _ in PyList(ctx(o).map.vars) }
        ModuleTypes.def(t, "values") { o, _, _ in PyList(ctx(o).map.values) }
        ModuleTypes.def(t, "items") { o, _, _ in
            let m = ctx(o).map
            return PyList(zip(m.vars, m.values).map { PyTuple([$0, $1]) })
        }
        ModuleTypes.def(t, "__eq__") { o, a, _ in
            guard let other = a[0] as? PyContext else { return PyNotImplemented.shared }
            let m = ctx(o).map, n = other.map
            if m.vars.count != n.vars.count { return pyFalse }
            for (v, value) in zip(m.vars, m.values) {
                guard let w = n[v] else { return pyFalse }
                if !(try Ops.compareBool(value, w, .eq)) { return pyFalse }
            }
            return pyTrue
        }
    }

    static func installVar() {
        let t = varType
        ModuleTypes.ctor(t) { _, a, k in
            if a.count != 1 {
                throw PythonError(PyExc.TypeError, a.count > 1
                    ? "ContextVar() takes at most 1 positional argument (\(a.count) given)"
                    : "ContextVar() takes exactly 1 positional argument (0 given)")
            }
            for (name, _) in k where name != "default" {
                throw PythonError(PyExc.TypeError, "'\(name)' is an invalid keyword argument for ContextVar()")
            }
            guard let name = a[0] as? PyStr else {
                throw PythonError(PyExc.TypeError, "context variable name must be a str")
            }
            return newVar(name, default: k.first?.1)
        }
        func cv(_ o: PyObject) -> PyContextVar { o as! PyContextVar }
        ModuleTypes.getter(t, "name") { cv($0).name }
        ModuleTypes.def(t, "get") { o, a, k in
            try Args("get", a, k).check(min: 0, max: 1)
            guard let value = get(cv(o), fallback: a.first) else { throw PythonError(PyExc.LookupError, args: [o]) }
            return value
        }
        ModuleTypes.def(t, "set") { o, a, k in
            if a.count != 1 || !k.isEmpty {
                throw PythonError(PyExc.TypeError, "ContextVar.set() takes exactly one argument (\(a.count) given)")
            }
            return set(cv(o), a[0])
        }
        ModuleTypes.def(t, "reset") { o, a, k in
            if a.count != 1 || !k.isEmpty {
                throw PythonError(PyExc.TypeError, "ContextVar.reset() takes exactly one argument (\(a.count) given)")
            }
            try reset(cv(o), a[0])
            return pyNone
        }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let v = cv(o)
            var s = "<ContextVar name=\(try Ops.repr(v.name).value)"
            if let d = v.defaultValue { s += " default=\(try Ops.repr(d).value)" }
            return PyStr(s + " at \(Repr.address(v))>")
        }
        ModuleTypes.classDef(t, "__class_getitem__") { cls, a, _ in PyGenericAlias(origin: cls, args: a[0]) }
    }

    static func installToken() {
        let t = tokenType
        ModuleTypes.ctor(t) { _, _, _ in
            throw PythonError(PyExc.RuntimeError, "Tokens can only be created by ContextVars")
        }
        func tok(_ o: PyObject) -> PyContextToken { o as! PyContextToken }
        ModuleTypes.getter(t, "var") { tok($0).variable }
        ModuleTypes.getter(t, "old_value") { tok($0).oldValue ?? missing }
        t.dict.setItem(string: "MISSING", missing)
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let k = tok(o)
            return PyStr("<Token\(k.used ? " used" : "") var=\(try Ops.repr(k.variable).value) at \(Repr.address(k))>")
        }
        ModuleTypes.classDef(t, "__class_getitem__") { cls, a, _ in PyGenericAlias(origin: cls, args: a[0]) }
    }
}
