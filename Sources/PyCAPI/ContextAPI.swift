import CPythonABI
import PyObjects
import PyVM

// The context-variable API (PEP 567) over the runtime's `_contextvars` (ContextVars in PyVM).
// NumPy keeps its floating-point error state in a ContextVar it reads from C.

private func contextArg(_ op: CObject?) throws -> PyContext {
    guard let c = try arg(op) as? PyContext else {
        throw PythonError(PyExc.TypeError, "an instance of Context was expected")
    }
    return c
}

private func varArg(_ op: CObject?) throws -> PyContextVar {
    guard let v = try arg(op) as? PyContextVar else {
        throw PythonError(PyExc.TypeError, "an instance of ContextVar was expected")
    }
    return v
}

/// PyObject *PyContext_New(void): a new, empty context.
@_cdecl("PyContext_New")
public func PyContext_New_() -> CObject? {
    capiObject { ContextVars.newContext() }
}

/// PyObject *PyContext_Copy(PyObject *ctx): a shallow copy of ctx.
@_cdecl("PyContext_Copy")
public func PyContext_Copy_(_ ctx: CObject?) -> CObject? {
    capiObject { ContextVars.copy(try contextArg(ctx)) }
}

/// PyObject *PyContext_CopyCurrent(void): a copy of the current context.
@_cdecl("PyContext_CopyCurrent")
public func PyContext_CopyCurrent_() -> CObject? {
    capiObject { ContextVars.copy(ContextVars.current) }
}

/// int PyContext_Enter(PyObject *ctx): makes ctx current; RuntimeError if already entered.
@_cdecl("PyContext_Enter")
public func PyContext_Enter_(_ ctx: CObject?) -> Int32 {
    capi(-1) { try ContextVars.enter(try contextArg(ctx)); return 0 }
}

/// int PyContext_Exit(PyObject *ctx): restores the context current before PyContext_Enter.
@_cdecl("PyContext_Exit")
public func PyContext_Exit_(_ ctx: CObject?) -> Int32 {
    capi(-1) { try ContextVars.exit(try contextArg(ctx)); return 0 }
}

/// PyObject *PyContextVar_New(const char *name, PyObject *def): a new variable; def may be NULL.
@_cdecl("PyContextVar_New")
public func PyContextVar_New_(_ name: UnsafePointer<CChar>?, _ def: CObject?) -> CObject? {
    capiObject {
        guard let name else { throw badInternalCall() }
        return ContextVars.newVar(PyStr(String(cString: name)), default: def.map(Bridge.object))
    }
}

/// int PyContextVar_Get(PyObject *var, PyObject *default_value, PyObject **value): 0 with a new
/// reference in *value (NULL when the variable has no value, no default_value and no default),
/// or -1 with an exception.
@_cdecl("PyContextVar_Get")
public func PyContextVar_Get_(_ v: CObject?, _ fallback: CObject?, _ value: UnsafeMutablePointer<CObject?>?) -> Int32 {
    capi(-1) {
        guard let value else { throw badInternalCall() }
        let variable = try varArg(v)
        value.pointee = ContextVars.get(variable, fallback: fallback.map(Bridge.object)).map(Bridge.newReference)
        return 0
    }
}

/// PyObject *PyContextVar_Set(PyObject *var, PyObject *value): a new Token.
@_cdecl("PyContextVar_Set")
public func PyContextVar_Set_(_ v: CObject?, _ value: CObject?) -> CObject? {
    capiObject { ContextVars.set(try varArg(v), try arg(value)) }
}

/// int PyContextVar_Reset(PyObject *var, PyObject *token): restores the value before the Set
/// that made token.
@_cdecl("PyContextVar_Reset")
public func PyContextVar_Reset_(_ v: CObject?, _ token: CObject?) -> Int32 {
    capi(-1) {
        let variable = try varArg(v)
        guard let t = try arg(token) as? PyContextToken else {
            throw PythonError(PyExc.TypeError, "an instance of Token was expected")
        }
        try ContextVars.reset(variable, t)
        return 0
    }
}
