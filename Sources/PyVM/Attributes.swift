import PyObjects
import PyCompiler

/// Attributes of builtin objects that live in Swift fields rather than in a `__dict__`.
/// Set by the C-API bridge: the `__doc__` of a statically allocated C type, read from its
/// `tp_doc` (nil for other types, whose `__doc__` is an ordinary class attribute).
public enum TypeDocHook {
    nonisolated(unsafe) public static var staticTypeDoc: ((PyType) throws -> PyObject?)?
}

enum Attributes {
    static func str(_ s: String) -> PyStr { PyStr(s) }

    static func native(_ o: PyObject, _ name: String) throws -> PyObject? {
        if name == "__class__" { return o.type }
        // Plain instances of Python classes are exactly PyObject: only the default case below
        // applies, so skip the chain of class casts (hot: every method lookup on an instance).
        if type(of: o) == PyObject.self {
            if name == "__dict__", !o.type.flags.contains(.slotsNoDict), let d = o.instanceDict { return d }
            return nil
        }
        switch o {
        case let f as PyFunction:
            switch name {
            case "__name__": return PyStr(f.name)
            case "__qualname__": return PyStr(f.qualname)
            case "__doc__": return f.doc
            case "__module__": return f.moduleName
            case "__defaults__": return f.defaults.isEmpty ? pyNone : PyTuple(f.defaults)
            case "__kwdefaults__": return f.kwdefaults ?? pyNone
            case "__code__": return f.code
            case "__globals__": return f.globals
            case "__closure__": return f.closure.isEmpty ? pyNone : PyTuple(f.closure)
            case "__dict__": return f.instanceDict
            case "__annotations__":
                if f.annotations == nil { f.annotations = PyDict() }
                return f.annotations
            case "__builtins__": return Runtime.builtins
            default: return nil
            }
        case let b as PyBuiltinFunction:
            switch name {
            case "__name__", "__qualname__": return PyStr(b.name)
            case "__self__": return b.boundSelf ?? Runtime.builtinsModule
            case "__doc__": return b.doc.map { PyStr($0) } ?? pyNone
            case "__module__": return b.moduleName.map { PyStr($0) } ?? pyNone
            default: return nil
            }
        case let m as PyBoundMethod:
            switch name {
            case "__self__": return m.receiver
            case "__func__": return m.function
            default: return try Ops.getAttrOptional(m.function, PyStr.intern(name))
            }
        case let d as PyMethodDescriptor:
            switch name {
            case "__name__": return PyStr(d.name)
            case "__qualname__": return PyStr("\(d.owner.name).\(d.name)")
            case "__objclass__": return d.owner
            case "__doc__": return pyNone
            case "__get__":
                // descriptor.__get__(obj, type=None): the method bound to obj (to the class for
                // class methods), or the descriptor itself when obj is None.
                return PyBuiltinFunction(name: "__get__", boundSelf: d) { args, _ in
                    guard (1...2).contains(args.count) else {
                        throw PythonError(PyExc.TypeError, "expected 1 or 2 arguments, got \(args.count)")
                    }
                    let type = args.count > 1 ? args[1] as? PyType : nil
                    if args[0] === pyNone {
                        if d.isClassMethod, let t = type { return try Ops.bindDescriptor(d, t, t) }
                        return d
                    }
                    return try Ops.bindDescriptor(d, args[0], type ?? args[0].type)
                }
            default: return nil
            }
        case let e as PyBaseException:
            switch name {
            case "args": return e.args
            case "__cause__": return e.cause ?? pyNone
            case "__context__": return e.context ?? pyNone
            case "__traceback__": return e.traceback ?? pyNone
            case "__suppress_context__": return pyBool(e.suppressContext)
            case "__dict__": return e.instanceDict
            default: return try ExceptionMethods.member(e, name)
            }
        case let m as PyModule:
            return name == "__dict__" ? m.dict : nil
        case let t as PyTracebackObject:
            switch name {
            case "tb_next": return t.next ?? pyNone
            case "tb_lineno": return PyInt.make(t.line)
            case "tb_lasti": return PyInt.make(t.instructionIndex * 2)
            case "tb_frame":
                // Tracebacks keep no frames: a stand-in with the code and line (types.FrameType).
                let f = Frame(code: t.code, globals: PyDict(), builtins: Runtime.builtins, locals: nil)
                f.lastInstruction = t.instructionIndex
                return PyFrameObject(f)
            default: return nil
            }
        case let c as CodeObject:
            switch name {
            case "co_name": return PyStr(c.name)
            case "co_qualname": return PyStr(c.qualname)
            case "co_filename": return PyStr(c.filename)
            case "co_firstlineno": return PyInt.make(c.firstLineno)
            case "co_argcount": return PyInt.make(c.argcount)
            case "co_posonlyargcount": return PyInt.make(c.posonlyargcount)
            case "co_kwonlyargcount": return PyInt.make(c.kwonlyargcount)
            case "co_varnames": return PyTuple(Attributes.localNames(c).map { PyStr($0) })
            case "co_names": return PyTuple(c.names.map { PyStr($0) })
            case "co_cellvars": return PyTuple(c.cellvars.map { PyStr($0) })
            case "co_freevars": return PyTuple(c.freevars.map { PyStr($0) })
            case "co_consts": return PyTuple(c.consts)
            // 0x40 (CO_NOFREE) is the VM's own fast-path marker; CPython 3.11 has no such flag.
            case "co_flags": return PyInt.make(Int(c.flags.rawValue) & ~0x40 | Int(c.futureFlags))
            case "co_stacksize": return PyInt.make(max(1, c.instructions.count))
            case "co_code": return PyBytes(c.instructions.flatMap { [UInt8(truncatingIfNeeded: $0.opcode.rawValue), UInt8(truncatingIfNeeded: $0.arg)] })
            case "co_linetable", "co_lnotab", "co_exceptiontable": return PyBytes([])
            case "co_positions":
                return PyBuiltinFunction(name: "co_positions", boundSelf: c) { _, _ in
                    try Ops.iter(PyList((0..<c.instructions.count).map { i in
                        let line = PyInt.make(c.line(at: i))
                        return PyTuple([line, line, pyNone, pyNone])
                    }))
                }
            case "co_nlocals": return PyInt.make(Attributes.localNames(c).count)
            default: return nil
            }
        case let c as PyCell:
            if name == "cell_contents" {
                guard let v = c.value else { throw PythonError(PyExc.ValueError, "Cell is empty") }
                return v
            }
            return nil
        case let s as PySlice:
            switch name {
            case "start": return s.start
            case "stop": return s.stop
            case "step": return s.step
            default: return nil
            }
        case let c as PyComplex:
            switch name {
            case "real": return PyFloat(c.real)
            case "imag": return PyFloat(c.imag)
            default: return nil
            }
        case let i as PyInt:
            switch name {
            case "real", "numerator": return PyInt.make(i.bigValue)
            case "imag": return PyInt.make(0)
            case "denominator": return PyInt.make(1)
            default: return nil
            }
        case let f as PyFloat:
            switch name {
            case "real": return f
            case "imag": return PyFloat(0)
            default: return nil
            }
        case let p as PyProperty:
            switch name {
            case "fget": return p.fget ?? pyNone
            case "fset": return p.fset ?? pyNone
            case "fdel": return p.fdel ?? pyNone
            case "__doc__": return p.doc ?? pyNone
            case "__isabstractmethod__":
                // abc: a property is abstract when any of its functions is.
                for f in [p.fget, p.fset, p.fdel].compactMap({ $0 }) {
                    if let v = try Ops.getAttrOptional(f, PyStr.intern("__isabstractmethod__")), try Ops.isTrue(v) { return pyTrue }
                }
                return pyFalse
            default: return nil
            }
        case let g as InstanceDictDescriptor:
            switch name {
            case "__name__": return PyStr(g.name)
            case "__qualname__": return PyStr("\(g.owner.name).\(g.name)")
            case "__objclass__": return g.owner
            case "__doc__": return pyNone
            default: return nil
            }
        case let m as PyMemberDescriptor:
            switch name {
            case "__name__", "__qualname__": return PyStr(name == "__name__" ? m.name : "\(m.owner.name).\(m.name)")
            case "__objclass__": return m.owner
            case "__doc__": return pyNone
            default: return nil
            }
        case let s as PyStaticMethod:
            return try wrapperAttribute(s.function, name)
        case let c as PyClassMethod:
            return try wrapperAttribute(c.function, name)
        case let g as PyGenerator:
            return Generators.attribute(g, name)
        case let f as PyFrameObject:
            return Generators.frameAttribute(f, name)
        case let s as PySuper:
            switch name {
            case "__thisclass__": return s.thisType
            case "__self__": return s.receiver ?? pyNone
            case "__self_class__": return s.receiverType
            default: return nil
            }
        default:
            if name == "__dict__", let d = Ops.attrDict(o) { return d }
            return nil
        }
    }

    /// staticmethod/classmethod objects expose their function and copy its identity (3.10+).
    static func wrapperAttribute(_ f: PyObject, _ name: String) throws -> PyObject? {
        switch name {
        case "__func__", "__wrapped__": return f
        case "__name__", "__qualname__", "__doc__", "__module__", "__annotations__":
            return try Ops.getAttrOptional(f, PyStr.intern(name))
        case "__isabstractmethod__":
            return try Ops.getAttrOptional(f, PyStr.intern(name)) ?? pyFalse
        default: return nil
        }
    }

    static func setNative(_ o: PyObject, _ name: String, _ value: PyObject) throws -> Bool {
        // Plain instances (exactly PyObject) have only `__class__` natively (the default case).
        if type(of: o) == PyObject.self && name != "__class__" { return false }
        switch o {
        case let p as PyProperty where name == "__doc__":
            // A property's docstring is writable (selectors and namedtuple fields set it).
            p.doc = value
            return true
        case let e as PyBaseException:
            switch name {
            case "__cause__":
                if value === pyNone { e.cause = nil } else if value is PyBaseException { e.cause = value } else {
                    throw PythonError(PyExc.TypeError, "exception cause must be None or derive from BaseException")
                }
                e.suppressContext = true
                return true
            case "__context__":
                guard value === pyNone || value is PyBaseException else {
                    throw PythonError(PyExc.TypeError, "exception context must be None or derive from BaseException")
                }
                e.context = value === pyNone ? nil : value
                return true
            case "__traceback__":
                try ExceptionMethods.setTraceback(e, value)
                return true
            case "__suppress_context__":
                e.suppressContext = try Ops.isTrue(value)
                return true
            case "args":
                e.args = PyTuple(try Ops.toArray(value))
                return true
            default: return try ExceptionMethods.setMember(e, name, value)
            }
        case let b as PyBuiltinFunction where name == "__module__":
            // A writable member in CPython (NumPy renames its C functions' module).
            b.moduleName = try value === pyNone ? nil : (value as? PyStr)?.value ?? Ops.str(value).value
            return true
        case let f as PyFunction:
            switch name {
            case "__name__":
                guard let s = value as? PyStr else { throw PythonError(PyExc.TypeError, "__name__ must be set to a string object") }
                f.name = s.value
                return true
            case "__qualname__":
                guard let s = value as? PyStr else { throw PythonError(PyExc.TypeError, "__qualname__ must be set to a string object") }
                f.qualname = s.value
                return true
            case "__doc__": f.doc = value; return true
            case "__module__": f.moduleName = value; return true
            case "__defaults__":
                guard value === pyNone || value is PyTuple else {
                    throw PythonError(PyExc.TypeError, "__defaults__ must be set to a tuple object")
                }
                f.defaults = (value as? PyTuple)?.items ?? []
                return true
            case "__kwdefaults__":
                guard value === pyNone || value is PyDict else {
                    throw PythonError(PyExc.TypeError, "__kwdefaults__ must be set to a dict object")
                }
                f.kwdefaults = value as? PyDict
                return true
            case "__annotations__":
                guard value === pyNone || value is PyDict else {
                    throw PythonError(PyExc.TypeError, "__annotations__ must be set to a dict object")
                }
                f.annotations = value as? PyDict
                return true
            case "__code__":
                guard let c = value as? CodeObject else {
                    throw PythonError(PyExc.TypeError, "__code__ must be set to a code object")
                }
                if c.freevars.count != f.closure.count {
                    throw PythonError(PyExc.ValueError,
                        "\(f.name)() requires a code object with \(f.closure.count) free vars, not \(c.freevars.count)")
                }
                f.code = c
                return true
            default: return false
            }
        case let c as PyCell where name == "cell_contents":
            c.value = value
            return true
        case let g as PyGenerator:
            return try Generators.setAttribute(g, name, value)
        case let t as PyTracebackObject where name == "tb_next":
            // Writable since 3.7 (unittest cuts its own frames off tracebacks).
            if value === pyNone { t.next = nil; return true }
            guard let next = value as? PyTracebackObject else {
                throw PythonError(PyExc.TypeError, "expected traceback object or None, got '\(value.type.name)'")
            }
            var cursor: PyTracebackObject? = next
            while let c = cursor {
                if c === t { throw PythonError(PyExc.ValueError, "traceback loop detected") }
                cursor = c.next
            }
            t.next = next
            return true
        default:
            if name == "__class__" {
                guard let t = value as? PyType else {
                    throw PythonError(PyExc.TypeError, "__class__ must be set to a class, not '\(value.type.messageName)' object")
                }
                guard t.flags.contains(.heapType) && o.type.flags.contains(.heapType) else {
                    throw PythonError(PyExc.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
                }
                if Classes.solidBase(t) !== Classes.solidBase(o.type)
                    || t.flags.intersection([.slotsNoDict, .slotsWithDict]) != o.type.flags.intersection([.slotsNoDict, .slotsWithDict]) {
                    throw PythonError(PyExc.TypeError, "__class__ assignment: '\(t.name)' object layout differs from '\(o.type.name)'")
                }
                o.type = t
                return true
            }
            return false
        }
    }

    /// The data descriptors of `type` (they win over anything in the class's own MRO).
    static func typeData(_ t: PyType, _ name: String) throws -> PyObject? {
        switch name {
        case "__name__": return PyStr(t.name)
        case "__qualname__": return PyStr(t.qualname)
        case "__bases__": return PyTuple(t.bases)
        case "__base__": return t.bases.first ?? pyNone
        case "__mro__": return PyTuple(t.mro)
        case "__dict__": return PyMappingProxy(t.dict)
        case "__class__": return t.type
        case "__doc__" where t.flags.contains(.extensionType):
            // A static C type's doc is read from tp_doc each time (C may rewrite it after
            // PyType_Ready, as NumPy's add_docstring does).
            return try TypeDocHook.staticTypeDoc?(t)
        default: return nil
        }
    }

    /// `co_varnames` as CPython 3.11 lists them: parameters, then the other locals that are
    /// not cells (the VM also gives cell variables a fast slot).
    static func localNames(_ c: CodeObject) -> [String] {
        var params = c.argcount + c.kwonlyargcount
        if c.flags.contains(.varargs) { params += 1 }
        if c.flags.contains(.varkeywords) { params += 1 }
        let cells = Set(c.cellvars)
        return c.varnames.enumerated().filter { $0.offset < params || !cells.contains($0.element) }.map(\.element)
    }

    static func typeNative(_ t: PyType, _ name: String) throws -> PyObject? {
        switch name {
        case "__module__": return PyStr(t.moduleName ?? "builtins")
        case "__doc__": return pyNone
        case "__annotations__" where t.flags.contains(.heapType):
            // A class without annotations gets an empty dict on first access (stored, as in 3.11).
            let d = PyDict()
            t.dict.setItem(string: "__annotations__", d)
            return d
        case "mro":
            return PyBuiltinFunction(name: "mro", boundSelf: t) { _, _ in PyList(t.mro) }
        case "__subclasses__":
            return PyBuiltinFunction(name: "__subclasses__", boundSelf: t) { _, _ in PyList(TypeObjects.subclasses(t)) }
        case "__flags__":
            return PyInt.make(cpythonFlags(t))
        default: return nil
        }
    }

    /// `type.__flags__` with CPython's bit values (copyreg tests Py_TPFLAGS_HEAPTYPE, 1 << 9).
    static func cpythonFlags(_ t: PyType) -> Int {
        var f = 1 << 12  // READY
        f |= t.flags.contains(.heapType) ? 1 << 9 : 1 << 8  // HEAPTYPE or IMMUTABLETYPE
        if t.flags.contains(.baseType) || t.flags.contains(.heapType) { f |= 1 << 10 }
        if t.dict.getItem(string: "__abstractmethods__") != nil { f |= 1 << 20 }
        let subclassBits: [(PyType, Int)] = [
            (PyTypes.int, 1 << 24), (PyTypes.list, 1 << 25), (PyTypes.tuple, 1 << 26), (PyTypes.bytes, 1 << 27),
            (PyTypes.str, 1 << 28), (PyTypes.dict, 1 << 29), (PyExc.BaseException, 1 << 30), (PyTypes.type, 1 << 31),
        ]
        for (base, bit) in subclassBits where t.isSubtype(of: base) { f |= bit }
        return f
    }
}
