import CPythonABI
import PyCompiler
import PyObjects
import PyVM

/// The runtime face of types defined in C (static `PyTypeObject`s and `PyType_FromSpec` heap
/// types): a `PyType` whose dict holds the C methods, members and getsets as descriptors and
/// the C slots as dunders, and whose constructor runs `tp_new` and `tp_init`. Instances stay C
/// objects; the runtime holds `CNativeObject` proxies. Python subclasses of C types are in
/// `Subclassing.swift`, C types deriving from builtins in `NativeLayout.swift`, cycle collection
/// through `tp_traverse` in `CycleSupport.swift`. (`tp_getattro` overrides are still to come.)
enum ExtensionTypes {
    typealias Unary = @convention(c) (CObject?) -> CObject?
    typealias Binary = @convention(c) (CObject?, CObject?) -> CObject?
    typealias Ternary = @convention(c) (CObject?, CObject?, CObject?) -> CObject?

    static func cObject(_ t: CType) -> CObject { UnsafeMutableRawPointer(t).assumingMemoryBound(to: CPythonABI.PyObject.self) }

    /// The runtime type for C type `t`, made once.
    static func runtimeType(for t: CType) -> PyType {
        let full = t.pointee.tp_name.map { String(cString: $0) } ?? "?"
        let parts = full.split(separator: ".")
        let base: PyType
        if let b = t.pointee.tp_base, b != t {
            base = Bridge.object(cObject(b)) as? PyType ?? PyTypes.object
        } else {
            base = PyTypes.object
        }
        var flags: TypeFlags = [.extensionType]
        if t.pointee.tp_flags & UInt(Py_TPFLAGS_BASETYPE) != 0 { flags.insert(.baseType) }
        // Heap types (PyType_FromSpec) are mutable unless they ask otherwise; static ones never.
        if t.pointee.tp_flags & UInt(Py_TPFLAGS_HEAPTYPE) != 0 && t.pointee.tp_flags & UInt(1 << 8) == 0 {
            flags.insert(.mutableAttributes)
        }
        if base.flags.contains(.exception) { flags.insert(.exception) }
        let type = PyType(name: String(parts.last ?? "?"), bases: [base], flags: flags,
                          moduleName: parts.count > 1 ? parts.dropLast().joined(separator: ".") : "builtins")
        type.bridgeType = UnsafeMutableRawPointer(t)
        type.bridgeHandle = UnsafeMutableRawPointer(t)
        type.cTypeName = full
        // A C metatype (NumPy's _DTypeMeta, pybind11's pybind11_type): the class's attributes
        // include the metatype's members and getsets, read from the class's own C struct.
        if let meta = t.pointee.ob_base.ob_base.ob_type, meta != Mirrors.staticType(&PyType_Type),
           let m = Bridge.object(cObject(meta)) as? PyType, m.isSubtype(of: PyTypes.type) {
            type.type = m
        }
        if let doc = t.pointee.tp_doc { type.dict.setItem(string: "__doc__", PyStr(String(cString: doc))) }
        if t.pointee.tp_flags & UInt(Py_TPFLAGS_HEAPTYPE) == 0 { TypeDocHook.staticTypeDoc = staticTypeDoc }
        addMethods(type, t)
        addMembers(type, t)
        addGetSets(type, t)
        addSlots(type, t)
        addMoreSlots(type, t)
        Classes.registerConstructor(type) { cls, args, kwargs in try construct(cls, args, kwargs) }
        return type
    }

    /// `T.__doc__` for a static C type: its current tp_doc without the signature line Argument
    /// Clinic puts first ("name(sig)\n--\n\n"), as CPython's type.__doc__ getter does.
    static func staticTypeDoc(_ type: PyType) -> PyObjects.PyObject? {
        guard let raw = type.bridgeType else { return nil }
        let t = raw.assumingMemoryBound(to: PyTypeObject.self)
        guard t.pointee.tp_flags & UInt(Py_TPFLAGS_HEAPTYPE) == 0, let doc = t.pointee.tp_doc else { return nil }
        let text = String(cString: doc)
        if let end = text.range(of: ")\n--\n\n"), text.hasPrefix(qualifiedName(t).split(separator: ".").last.map(String.init) ?? "\u{0}") {
            return PyStr(String(text[end.upperBound...]))
        }
        return PyStr(text)
    }

    /// `cls(*args, **kwargs)` for a C type: tp_new, then tp_init on an instance of cls.
    static func construct(_ cls: PyType, _ args: [PyObjects.PyObject], _ kwargs: [(String, PyObjects.PyObject)]) throws -> PyObjects.PyObject {
        guard let raw = cls.bridgeType else { throw PythonError(PyExc.TypeError, "cannot create '\(cls.name)' instances") }
        let t = raw.assumingMemoryBound(to: PyTypeObject.self)
        guard let new = t.pointee.tp_new else {
            throw PythonError(PyExc.TypeError, "cannot create '\(qualifiedName(t))' instances")
        }
        Bridge.enterC()
        defer { Bridge.leaveC() }
        let argsOp = Bridge.newReference(PyTuple(args))
        defer { Bridge.decref(argsOp) }
        let kwOp = kwargs.isEmpty ? nil : Bridge.newReference(try CFunctions.keywordDict(kwargs))
        defer { if let kwOp { Bridge.decref(kwOp) } }
        guard let op = new(t, argsOp, kwOp) else { throw Errors.afterFailure("\(cls.name).__new__") }
        if let initFn = op.pointee.ob_type.pointee.tp_init, PyType_IsSubtype_(op.pointee.ob_type, t) != 0 {
            if initFn(op, argsOp, kwOp) < 0 {
                Bridge.decref(op)
                throw Errors.afterFailure("\(cls.name).__init__")
            }
        }
        return Bridge.steal(op)
    }

    static func qualifiedName(_ t: CType) -> String { t.pointee.tp_name.map { String(cString: $0) } ?? "?" }

    static func addMethods(_ type: PyType, _ t: CType) {
        guard var m = t.pointee.tp_methods else { return }
        while let cname = m.pointee.ml_name {
            let name = String(cString: cname)
            let def = m
            let flags = def.pointee.ml_flags
            let qualified = "\(type.name).\(name)"
            let value: PyObjects.PyObject
            if flags & Int32(METH_STATIC) != 0 {
                value = CFunctions.make(def, boundSelf: nil, moduleName: type.moduleName)
            } else {
                let isClass = flags & Int32(METH_CLASS) != 0
                value = PyMethodDescriptor(name: name, owner: type, isClassMethod: isClass) { receiver, args, kwargs in
                    try CFunctions.call(def, name: qualified, boundSelf: receiver, definingClass: type, args: args, kwargs: kwargs)
                }
            }
            if type.dict.getItem(string: name) == nil || flags & Int32(METH_COEXIST) != 0 {
                type.dict.setItem(string: name, value)
            }
            m += 1
        }
    }

    /// `PyMemberDef`s as properties reading and writing the instance's memory.
    static func addMembers(_ type: PyType, _ t: CType) {
        guard var m = t.pointee.tp_members else { return }
        while let cname = m.pointee.name {
            let name = String(cString: cname)
            let member = m.pointee
            if !name.hasPrefix("__") || !name.hasSuffix("offset__") {
                let getter = PyBuiltinFunction(name: name) { args, _ in
                    guard let obj = args.first else { throw PythonError(PyExc.TypeError, "member needs an instance") }
                    return try Members.get(Bridge.borrowed(obj), member)
                }
                let readonly = member.flags & Int32(READONLY) != 0
                let setter = PyBuiltinFunction(name: name) { args, _ in
                    if readonly { throw PythonError(PyExc.AttributeError, "readonly attribute") }
                    guard args.count == 2 else { throw PythonError(PyExc.TypeError, "member assignment needs a value") }
                    try Members.set(Bridge.borrowed(args[0]), member, args[1], name: name, owner: type.name)
                    return pyNone
                }
                let doc: PyObjects.PyObject = member.doc.map { PyStr(String(cString: $0)) } ?? pyNone
                type.dict.setItem(string: name, PyProperty(fget: getter, fset: setter, fdel: nil, doc: doc))
            }
            m += 1
        }
    }

    /// `PyGetSetDef`s as properties calling the C getter and setter.
    static func addGetSets(_ type: PyType, _ t: CType) {
        guard var g = t.pointee.tp_getset else { return }
        while let cname = g.pointee.name {
            type.dict.setItem(string: String(cString: cname), GetSetDescriptors.make(type, g.pointee))
            g += 1
        }
    }

    /// A dunder calling a C slot with the receiver and the arguments as borrowed pointers.
    static func dunder(_ type: PyType, _ name: String, arity: Int,
                       _ body: @escaping (CObject, [CObject]) throws -> PyObjects.PyObject) {
        if type.dict.getItem(string: name) != nil { return }
        type.dict.setItem(string: name, PyMethodDescriptor(name: name, owner: type) { receiver, args, kwargs in
            guard args.count == arity, kwargs.isEmpty else {
                throw PythonError(PyExc.TypeError, "expected \(arity) argument\(arity == 1 ? "" : "s"), got \(args.count)")
            }
            return try Bridge.callIntoC { try body(Bridge.borrowed(receiver), args.map(Bridge.borrowed)) }
        })
    }

    static func result(_ op: CObject?, _ what: String) throws -> PyObjects.PyObject {
        try CFunctions.takeResult(op, of: what)
    }

    /// Whether a slot holds what `object` has there (inherited by PyType_Ready): a call back into
    /// the runtime's generic behaviour, so no dunder of its own (it would recurse).
    static func isGeneric<F>(_ f: F, _ slot: (CType) -> F?) -> Bool {
        guard let g = slot(Mirrors.staticType(&PyBaseObject_Type)) else { return false }
        return unsafeBitCast(f, to: UnsafeRawPointer.self) == unsafeBitCast(g, to: UnsafeRawPointer.self)
    }

    static func addSlots(_ type: PyType, _ t: CType) {
        let n = type.name
        // Slot wrappers for construction, so that Python subclasses reach tp_new and tp_init
        // (`super().__init__(...)`, `Base.__new__(cls)`).
        if let f = t.pointee.tp_new, type.dict.getItem(string: "__new__") == nil {
            type.dict.setItem(string: "__new__", Subclassing.newWrapper(type, t, f))
        }
        if let f = t.pointee.tp_init, !isGeneric(f, { $0.pointee.tp_init }), type.dict.getItem(string: "__init__") == nil {
            type.dict.setItem(string: "__init__", Subclassing.initWrapper(type, f))
        }
        if let f = t.pointee.tp_repr, !isGeneric(f, { $0.pointee.tp_repr }) {
            dunder(type, "__repr__", arity: 0) { s, _ in try result(f(s), "\(n).__repr__") }
        }
        if let f = t.pointee.tp_str, !isGeneric(f, { $0.pointee.tp_str }) {
            dunder(type, "__str__", arity: 0) { s, _ in try result(f(s), "\(n).__str__") }
        }
        if let f = t.pointee.tp_hash, !isGeneric(f, { $0.pointee.tp_hash }) {
            dunder(type, "__hash__", arity: 0) { s, _ in
                let h = f(s)
                if h == -1, let e = Errors.fetch() { throw e }
                return PyInt.make(h)
            }
        }
        if let f = t.pointee.tp_call {
            type.dict.setItem(string: "__call__", PyMethodDescriptor(name: "__call__", owner: type) { receiver, args, kwargs in
                try Bridge.callIntoC {
                    let a = Bridge.newReference(PyTuple(args))
                    defer { Bridge.decref(a) }
                    let k = kwargs.isEmpty ? nil : Bridge.newReference(try CFunctions.keywordDict(kwargs))
                    defer { if let k { Bridge.decref(k) } }
                    return try result(f(Bridge.borrowed(receiver), a, k), "\(n).__call__")
                }
            })
        }
        // Descriptors defined in C (pybind11's static properties).
        if let f = t.pointee.tp_descr_get {
            type.dict.setItem(string: "__get__", PyMethodDescriptor(name: "__get__", owner: type) { receiver, args, _ in
                guard (1...2).contains(args.count) else {
                    throw PythonError(PyExc.TypeError, "expected 1 or 2 arguments, got \(args.count)")
                }
                let obj = args[0] === pyNone ? nil : args[0]
                let cls = args.count > 1 && args[1] !== pyNone ? args[1] : nil
                return try Bridge.callIntoC {
                    try result(f(Bridge.borrowed(receiver), obj.map(Bridge.borrowed), cls.map(Bridge.borrowed)), "\(n).__get__")
                }
            })
        }
        if let f = t.pointee.tp_descr_set {
            dunder(type, "__set__", arity: 2) { s, a in
                if f(s, a[0], a[1]) < 0 { throw Errors.afterFailure("\(n).__set__") }
                return pyNone
            }
            dunder(type, "__delete__", arity: 1) { s, a in
                if f(s, a[0], nil) < 0 { throw Errors.afterFailure("\(n).__delete__") }
                return pyNone
            }
        }
        if let f = t.pointee.tp_iter { dunder(type, "__iter__", arity: 0) { s, _ in try result(f(s), "\(n).__iter__") } }
        if let f = t.pointee.tp_iternext {
            dunder(type, "__next__", arity: 0) { s, _ in
                if let r = f(s) { return Bridge.steal(r) }
                if let e = Errors.fetch() { throw e }
                throw PythonError(PyExc.StopIteration, args: [])
            }
        }
        if let f = t.pointee.tp_richcompare, !isGeneric(f, { $0.pointee.tp_richcompare }) {
            for (name, op) in [("__lt__", Py_LT), ("__le__", Py_LE), ("__eq__", Py_EQ), ("__ne__", Py_NE), ("__gt__", Py_GT), ("__ge__", Py_GE)] {
                dunder(type, name, arity: 1) { s, a in try result(f(s, a[0], op), "\(n).\(name)") }
            }
        }
        if let nb = t.pointee.tp_as_number?.pointee {
            let binaries: [(String, binaryfunc?)] = [
                ("__add__", nb.nb_add), ("__sub__", nb.nb_subtract), ("__mul__", nb.nb_multiply),
                ("__mod__", nb.nb_remainder), ("__floordiv__", nb.nb_floor_divide), ("__truediv__", nb.nb_true_divide),
                ("__and__", nb.nb_and), ("__or__", nb.nb_or), ("__xor__", nb.nb_xor),
                ("__lshift__", nb.nb_lshift), ("__rshift__", nb.nb_rshift), ("__divmod__", nb.nb_divmod),
                ("__matmul__", nb.nb_matrix_multiply),
            ]
            for (name, slot) in binaries {
                guard let f = slot else { continue }
                dunder(type, name, arity: 1) { s, a in try result(f(s, a[0]), "\(n).\(name)") }
                let reflected = "__r" + name.dropFirst(2)
                dunder(type, reflected, arity: 1) { s, a in try result(f(a[0], s), "\(n).\(reflected)") }
            }
            let inplace: [(String, binaryfunc?)] = [
                ("__iadd__", nb.nb_inplace_add), ("__isub__", nb.nb_inplace_subtract),
                ("__imul__", nb.nb_inplace_multiply), ("__imod__", nb.nb_inplace_remainder),
                ("__ifloordiv__", nb.nb_inplace_floor_divide), ("__itruediv__", nb.nb_inplace_true_divide),
                ("__iand__", nb.nb_inplace_and), ("__ior__", nb.nb_inplace_or), ("__ixor__", nb.nb_inplace_xor),
                ("__ilshift__", nb.nb_inplace_lshift), ("__irshift__", nb.nb_inplace_rshift),
                ("__imatmul__", nb.nb_inplace_matrix_multiply),
            ]
            for (name, slot) in inplace {
                guard let f = slot else { continue }
                dunder(type, name, arity: 1) { s, a in try result(f(s, a[0]), "\(n).\(name)") }
            }
            // nb_power is ternary: pow(a, b) passes None as the modulus.
            if let f = nb.nb_power {
                let none = Bridge.borrowed(pyNone)
                dunder(type, "__pow__", arity: 1) { s, a in try result(f(s, a[0], none), "\(n).__pow__") }
                dunder(type, "__rpow__", arity: 1) { s, a in try result(f(a[0], s, none), "\(n).__rpow__") }
            }
            if let f = nb.nb_inplace_power {
                let none = Bridge.borrowed(pyNone)
                dunder(type, "__ipow__", arity: 1) { s, a in try result(f(s, a[0], none), "\(n).__ipow__") }
            }
            let unaries: [(String, unaryfunc?)] = [
                ("__neg__", nb.nb_negative), ("__pos__", nb.nb_positive), ("__abs__", nb.nb_absolute),
                ("__invert__", nb.nb_invert), ("__int__", nb.nb_int), ("__float__", nb.nb_float), ("__index__", nb.nb_index),
            ]
            for (name, slot) in unaries {
                guard let f = slot else { continue }
                dunder(type, name, arity: 0) { s, _ in try result(f(s), "\(n).\(name)") }
            }
            if let f = nb.nb_bool {
                dunder(type, "__bool__", arity: 0) { s, _ in
                    let r = f(s)
                    if r < 0 { throw Errors.afterFailure("\(n).__bool__") }
                    return pyBool(r != 0)
                }
            }
        }
        let sq = t.pointee.tp_as_sequence?.pointee
        let mp = t.pointee.tp_as_mapping?.pointee
        if let f = mp?.mp_length ?? sq?.sq_length {
            dunder(type, "__len__", arity: 0) { s, _ in
                let r = f(s)
                if r < 0 { throw Errors.afterFailure("\(n).__len__") }
                return PyInt.make(r)
            }
        }
        if let f = mp?.mp_subscript {
            dunder(type, "__getitem__", arity: 1) { s, a in try result(f(s, a[0]), "\(n).__getitem__") }
        } else if let f = sq?.sq_item {
            dunder(type, "__getitem__", arity: 1) { s, a in
                let i = PyLong_AsSsize_t(a[0])
                if i == -1, let e = Errors.fetch() { throw e }
                return try result(f(s, i), "\(n).__getitem__")
            }
        }
        if let f = mp?.mp_ass_subscript {
            dunder(type, "__setitem__", arity: 2) { s, a in
                if f(s, a[0], a[1]) < 0 { throw Errors.afterFailure("\(n).__setitem__") }
                return pyNone
            }
            dunder(type, "__delitem__", arity: 1) { s, a in
                if f(s, a[0], nil) < 0 { throw Errors.afterFailure("\(n).__delitem__") }
                return pyNone
            }
        }
        if let f = sq?.sq_contains {
            dunder(type, "__contains__", arity: 1) { s, a in
                let r = f(s, a[0])
                if r < 0 { throw Errors.afterFailure("\(n).__contains__") }
                return pyBool(r != 0)
            }
        }
    }
}
