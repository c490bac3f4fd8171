import CPythonABI
import PyObjects

/// Functions defined in C (`PyMethodDef`) as runtime callables: the calling conventions.
enum CFunctions {
    typealias Varargs = @convention(c) (CObject?, CObject?) -> CObject?
    typealias WithKeywords = @convention(c) (CObject?, CObject?, CObject?) -> CObject?
    typealias Fast = @convention(c) (CObject?, UnsafePointer<CObject?>?, Int) -> CObject?
    typealias FastWithKeywords = @convention(c) (CObject?, UnsafePointer<CObject?>?, Int, CObject?) -> CObject?
    typealias Method = @convention(c) (CObject?, CObject?, UnsafePointer<CObject?>?, Int, CObject?) -> CObject?

    /// A runtime function that calls `def` with `boundSelf` as its first C argument.
    static func make(_ def: UnsafeMutablePointer<PyMethodDef>, boundSelf: PyObjects.PyObject?, moduleName: String?,
                     definingClass: PyType? = nil) -> PyBuiltinFunction {
        let name = text(def.pointee.ml_name)
        let doc = def.pointee.ml_doc.map { String(cString: $0) }
        // Error messages name the function as CPython does: qualified by its module or type.
        let qualified: String
        if let m = boundSelf as? PyModule { qualified = "\(m.name).\(name)" }
        else if let t = boundSelf as? PyType { qualified = "\(t.name).\(name)" }
        else if let s = boundSelf { qualified = "\(s.type.name).\(name)" }
        else { qualified = name }
        let fn = PyBuiltinFunction(name: name, boundSelf: boundSelf, doc: doc) { args, kwargs in
            try call(def, name: qualified, boundSelf: boundSelf, definingClass: definingClass, args: args, kwargs: kwargs)
        }
        fn.methodDef = UnsafeMutableRawPointer(def)
        fn.moduleName = moduleName
        return fn
    }

    static func call(_ def: UnsafeMutablePointer<PyMethodDef>, name: String, boundSelf: PyObjects.PyObject?,
                     definingClass: PyType?, args: [PyObjects.PyObject], kwargs: [(String, PyObjects.PyObject)]) throws -> PyObjects.PyObject {
        let flags = def.pointee.ml_flags & ~Int32(METH_CLASS | METH_STATIC | METH_COEXIST)
        guard let meth = def.pointee.ml_meth else { throw PythonError(PyExc.SystemError, "\(name): NULL ml_meth") }
        let raw = unsafeBitCast(meth, to: UnsafeRawPointer.self)

        // The C arguments are borrowed; like the caller's stack in CPython, the call holds a
        // reference to each for its duration.
        Bridge.enterC()
        defer { Bridge.leaveC() }
        let selfArg = boundSelf.map(Bridge.borrowed)

        // The two commonest conventions first, without any allocation.
        if flags == Int32(METH_NOARGS) && args.isEmpty && kwargs.isEmpty {
            return try takeResult(unsafeBitCast(raw, to: Varargs.self)(selfArg, nil), of: def)
        }
        if flags == Int32(METH_O) && args.count == 1 && kwargs.isEmpty {
            let op = Bridge.borrowed(args[0])
            Bridge.incref(op)
            let result = unsafeBitCast(raw, to: Varargs.self)(selfArg, op)
            Bridge.decref(op)
            return try takeResult(result, of: def)
        }

        var held: [CObject] = []
        defer { for op in held { Bridge.decref(op) } }
        func pass(_ o: PyObjects.PyObject) -> CObject {
            let op = Bridge.borrowed(o)
            Bridge.incref(op)
            held.append(op)
            return op
        }

        let result: CObject?
        switch flags {
        case Int32(METH_NOARGS):
            if !kwargs.isEmpty { throw PythonError(PyExc.TypeError, "\(name)() takes no keyword arguments") }
            if !args.isEmpty { throw PythonError(PyExc.TypeError, "\(name)() takes no arguments (\(args.count) given)") }
            result = unsafeBitCast(raw, to: Varargs.self)(selfArg, nil)
        case Int32(METH_O):
            if !kwargs.isEmpty { throw PythonError(PyExc.TypeError, "\(name)() takes no keyword arguments") }
            if args.count != 1 { throw PythonError(PyExc.TypeError, "\(name)() takes exactly one argument (\(args.count) given)") }
            result = unsafeBitCast(raw, to: Varargs.self)(selfArg, pass(args[0]))
        case Int32(METH_VARARGS):
            if !kwargs.isEmpty {
                // CPython names the bare C function here, unqualified.
                throw PythonError(PyExc.TypeError, "\(text(def.pointee.ml_name))() takes no keyword arguments")
            }
            result = unsafeBitCast(raw, to: Varargs.self)(selfArg, pass(PyTuple(args)))
        case Int32(METH_VARARGS | METH_KEYWORDS):
            let kw: CObject? = kwargs.isEmpty ? nil : pass(try keywordDict(kwargs))
            result = unsafeBitCast(raw, to: WithKeywords.self)(selfArg, pass(PyTuple(args)), kw)
        case Int32(METH_FASTCALL):
            if !kwargs.isEmpty { throw PythonError(PyExc.TypeError, "\(name)() takes no keyword arguments") }
            let vector = args.map { Optional(pass($0)) }
            result = vector.withUnsafeBufferPointer { unsafeBitCast(raw, to: Fast.self)(selfArg, $0.baseAddress, args.count) }
        case Int32(METH_FASTCALL | METH_KEYWORDS), Int32(METH_METHOD | METH_FASTCALL | METH_KEYWORDS):
            let vector = (args + kwargs.map(\.1)).map { Optional(pass($0)) }
            let names: CObject? = kwargs.isEmpty ? nil : pass(PyTuple(kwargs.map { PyStr.intern($0.0) }))
            if flags & Int32(METH_METHOD) != 0 {
                let cls = definingClass.map(Bridge.borrowed)
                result = vector.withUnsafeBufferPointer {
                    unsafeBitCast(raw, to: Method.self)(selfArg, cls, $0.baseAddress, args.count, names)
                }
            } else {
                result = vector.withUnsafeBufferPointer {
                    unsafeBitCast(raw, to: FastWithKeywords.self)(selfArg, $0.baseAddress, args.count, names)
                }
            }
        default:
            throw PythonError(PyExc.SystemError, "\(name)() method: bad call flags")
        }
        return try takeResult(result, of: def)
    }

    /// `takeResult` for a C function, naming it only if something went wrong.
    @inline(__always)
    static func takeResult(_ result: CObject?, of def: UnsafeMutablePointer<PyMethodDef>) throws -> PyObjects.PyObject {
        if let result, PyErr_Occurred() == nil { return Bridge.steal(result) }
        return try takeResult(result, of: "<built-in function \(text(def.pointee.ml_name))>")
    }

    /// Converts a C function's result: a new reference, or NULL with the error indicator set.
    static func takeResult(_ result: CObject?, of function: String) throws -> PyObjects.PyObject {
        guard let result else { throw Errors.afterFailure(function) }
        if PyErr_Occurred() != nil {
            let cause = Errors.fetch()
            Bridge.decref(result)
            let e = PythonError(PyExc.SystemError, "\(function) returned a result with an exception set")
            e.exception.cause = cause?.exception
            throw e
        }
        return Bridge.steal(result)
    }

    static func keywordDict(_ kwargs: [(String, PyObjects.PyObject)]) throws -> PyDict {
        let d = PyDict()
        for (k, v) in kwargs { try d.set(PyStr.intern(k), v) }
        return d
    }
}

/// PyObject *PyCFunction_NewEx(PyMethodDef *ml, PyObject *self, PyObject *module): new reference.
@_cdecl("PyCFunction_NewEx")
public func PyCFunction_NewEx_(_ def: UnsafeMutablePointer<PyMethodDef>?, _ selfObj: CObject?, _ module: CObject?) -> CObject? {
    PyCMethod_New_(def, selfObj, module, nil)
}

/// PyObject *PyCMethod_New(PyMethodDef *ml, PyObject *self, PyObject *module, PyTypeObject *cls).
@_cdecl("PyCMethod_New")
public func PyCMethod_New_(_ def: UnsafeMutablePointer<PyMethodDef>?, _ selfObj: CObject?, _ module: CObject?,
                           _ cls: UnsafeMutablePointer<PyTypeObject>?) -> CObject? {
    capi(nil) {
        guard let def else { throw badInternalCall() }
        let moduleName = module.map(Bridge.object).flatMap { ($0 as? PyStr)?.value }
        let definingClass = cls.map { Bridge.object(UnsafeMutableRawPointer($0).assumingMemoryBound(to: CPythonABI.PyObject.self)) as? PyType } ?? nil
        return Bridge.newReference(CFunctions.make(def, boundSelf: selfObj.map(Bridge.object), moduleName: moduleName,
                                            definingClass: definingClass))
    }
}
