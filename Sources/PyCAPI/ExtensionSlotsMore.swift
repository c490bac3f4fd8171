import CPythonABI
import PyObjects
import PyVM

/// CPython's generic lookup, which C types name as their tp_getattro.
private let genericGetAttr: getattrofunc = PyObject_GenericGetAttr

extension ExtensionTypes {
    /// Sequence slots beyond item access and the in-place number slots, as dunders:
    /// sq_concat / sq_repeat (when the number protocol does not define + / *), their in-place
    /// forms and sq_ass_item (when there is no mp_ass_subscript).
    static func addMoreSlots(_ type: PyType, _ t: CType) {
        let n = type.name
        let sq = t.pointee.tp_as_sequence?.pointee
        let nb = t.pointee.tp_as_number?.pointee
        addAttributeSlots(type, t)
        if let nb {
            let inplace: [(String, binaryfunc?)] = [
                ("__iadd__", nb.nb_inplace_add), ("__isub__", nb.nb_inplace_subtract), ("__imul__", nb.nb_inplace_multiply),
                ("__imod__", nb.nb_inplace_remainder), ("__ifloordiv__", nb.nb_inplace_floor_divide),
                ("__itruediv__", nb.nb_inplace_true_divide), ("__iand__", nb.nb_inplace_and), ("__ior__", nb.nb_inplace_or),
                ("__ixor__", nb.nb_inplace_xor), ("__ilshift__", nb.nb_inplace_lshift), ("__irshift__", nb.nb_inplace_rshift),
                ("__imatmul__", nb.nb_inplace_matrix_multiply),
            ]
            for (name, slot) in inplace {
                guard let f = slot else { continue }
                dunder(type, name, arity: 1) { s, a in try result(f(s, a[0]), "\(n).\(name)") }
            }
            if let f = nb.nb_power {
                // pow(a, b[, mod]): the ternary slot, with Py_None for a missing modulus.
                let none = Bridge.borrowed(pyNone)
                for (name, reflected) in [("__pow__", false), ("__rpow__", true)] where type.dict.getItem(string: name) == nil {
                    type.dict.setItem(string: name, PyMethodDescriptor(name: name, owner: type) { receiver, args, kwargs in
                        guard (1...2).contains(args.count), kwargs.isEmpty else {
                            throw PythonError(PyExc.TypeError, "expected 1 or 2 arguments, got \(args.count)")
                        }
                        return try Bridge.callIntoC {
                            let s = Bridge.borrowed(receiver), o = Bridge.borrowed(args[0])
                            let m = args.count > 1 ? Bridge.borrowed(args[1]) : none
                            return try result(reflected ? f(o, s, m) : f(s, o, m), "\(n).\(name)")
                        }
                    })
                }
            }
            if let f = nb.nb_inplace_power {
                dunder(type, "__ipow__", arity: 1) { s, a in try result(f(s, a[0], Bridge.borrowed(pyNone)), "\(n).__ipow__") }
            }
        }
        // Not the builtins' generic slot (PyObject_GetAttr calls back into this very lookup: a
        // C subtype of dict inherits it).
        if let f = t.pointee.tp_getattro, !isGeneric(f, { $0.pointee.tp_getattro }),
           unsafeBitCast(f, to: UnsafeRawPointer.self) != unsafeBitCast(genericGetAttr, to: UnsafeRawPointer.self),
           unsafeBitCast(f, to: UnsafeRawPointer.self) != unsafeBitCast(PyObject_GetAttr as getattrofunc, to: UnsafeRawPointer.self) {
            // A C type's own attribute lookup (cffi's cdata fields): AttributeError means absent.
            type.slots.getattr = { obj, name in
                try Bridge.callIntoC {
                    if let r = f(Bridge.borrowed(obj), Bridge.borrowed(PyStr(name))) { return Bridge.steal(r) }
                    guard let e = Errors.fetch() else { return nil }
                    if e.exception.type.isSubtype(of: PyExc.AttributeError) { return nil }
                    throw e
                }
            }
        }
        if let f = t.pointee.tp_descr_get, type.dict.getItem(string: "__get__") == nil {
            // Bound methods of C function types (Cython's cyfunction) come from here.
            type.dict.setItem(string: "__get__", PyMethodDescriptor(name: "__get__", owner: type) { receiver, args, kwargs in
                guard (1...2).contains(args.count), kwargs.isEmpty else {
                    throw PythonError(PyExc.TypeError, "expected 1 or 2 arguments, got \(args.count)")
                }
                let obj = args[0] === pyNone ? nil : args[0]
                let owner = args.count > 1 && args[1] !== pyNone ? args[1] : nil
                if obj == nil && owner == nil { throw PythonError(PyExc.TypeError, "__get__(None, None) is invalid") }
                return try Bridge.callIntoC {
                    try result(f(Bridge.borrowed(receiver), obj.map(Bridge.borrowed), owner.map(Bridge.borrowed)), "\(n).__get__")
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
        if let f = t.pointee.tp_init, t.pointee.tp_flags & UInt(1 << 30) != 0,
           t.pointee.tp_base.map({ $0.pointee.tp_init == nil }) ?? true {
            // Exception types written in C: Python subclasses and `super().__init__` reach tp_init.
            type.dict.setItem(string: "__init__", PyMethodDescriptor(name: "__init__", owner: type) { receiver, args, kwargs in
                try Bridge.callIntoC {
                    let a = Bridge.newReference(PyTuple(args))
                    defer { Bridge.decref(a) }
                    let k = kwargs.isEmpty ? nil : Bridge.newReference(try CFunctions.keywordDict(kwargs))
                    defer { if let k { Bridge.decref(k) } }
                    if f(Bridge.borrowed(receiver), a, k) < 0 { throw Errors.afterFailure("\(n).__init__") }
                    return pyNone
                }
            })
        }
        guard let sq else { return }
        if let f = sq.sq_concat, nb?.nb_add == nil {
            dunder(type, "__add__", arity: 1) { s, a in try result(f(s, a[0]), "\(n).__add__") }
        }
        if let f = sq.sq_repeat, nb?.nb_multiply == nil {
            for name in ["__mul__", "__rmul__"] {
                dunder(type, name, arity: 1) { s, a in try result(f(s, try repeatCount(a[0])), "\(n).\(name)") }
            }
        }
        if let f = sq.sq_inplace_concat, nb?.nb_inplace_add == nil {
            dunder(type, "__iadd__", arity: 1) { s, a in try result(f(s, a[0]), "\(n).__iadd__") }
        }
        if let f = sq.sq_inplace_repeat, nb?.nb_inplace_multiply == nil {
            dunder(type, "__imul__", arity: 1) { s, a in try result(f(s, try repeatCount(a[0])), "\(n).__imul__") }
        }
        if let f = sq.sq_ass_item, t.pointee.tp_as_mapping?.pointee.mp_ass_subscript == nil {
            dunder(type, "__setitem__", arity: 2) { s, a in
                if f(s, try index(a[0]), a[1]) < 0 { throw Errors.afterFailure("\(n).__setitem__") }
                return pyNone
            }
            dunder(type, "__delitem__", arity: 1) { s, a in
                if f(s, try index(a[0]), nil) < 0 { throw Errors.afterFailure("\(n).__delitem__") }
                return pyNone
            }
        }
    }

    private static func index(_ op: CObject) throws -> Int {
        let i = PyLong_AsSsize_t(op)
        if i == -1, let e = Errors.fetch() { throw e }
        return i
    }

    /// The count of `seq * n`: an index, else the TypeError of CPython's sequence repeat.
    private static func repeatCount(_ op: CObject) throws -> Int {
        let o = Bridge.object(op)
        guard o is PyInt || o.type.lookup("__index__") != nil else {
            throw PythonError(PyExc.TypeError, "can't multiply sequence by non-int of type '\(o.type.name)'")
        }
        let i = try Ops.index(o)
        return i.intValue ?? (i.bigValue < 0 ? Int.min : Int.max)
    }

    /// A type's own tp_setattro / tp_getattro (xxlimited.Xxo keeps attributes in a dict of its
    /// own): __setattr__ and __delattr__ call the slot (NULL value for delete), and __getattr__,
    /// consulted after the runtime's lookup fails, calls tp_getattro. Generic slots get none.
    static func addAttributeSlots(_ type: PyType, _ t: CType) {
        let n = type.name
        func same<F>(_ a: F, _ b: F) -> Bool {
            unsafeBitCast(a, to: UnsafeRawPointer.self) == unsafeBitCast(b, to: UnsafeRawPointer.self)
        }
        // Slots that call back into the runtime's lookup (the builtins' PyObject_SetAttr /
        // PyObject_GetAttr) are generic too: as dunders they would recurse.
        if let f = t.pointee.tp_setattro, !isGeneric(f, { $0.pointee.tp_setattro }), !same(f, PyObject_GenericSetAttr as setattrofunc),
           !same(f, PyObject_SetAttr as setattrofunc) {
            dunder(type, "__setattr__", arity: 2) { s, a in
                if f(s, a[0], a[1]) < 0 { throw Errors.afterFailure("\(n).__setattr__") }
                return pyNone
            }
            dunder(type, "__delattr__", arity: 1) { s, a in
                if f(s, a[0], nil) < 0 { throw Errors.afterFailure("\(n).__delattr__") }
                return pyNone
            }
        }
        // The older char * form (xxlimited_35), when the type has no tp_setattro of its own.
        if let f = t.pointee.tp_setattr, type.dict.getItem(string: "__setattr__") == nil {
            func name(_ o: CObject) throws -> UnsafePointer<CChar> {
                guard let p = PyUnicode_AsUTF8(o) else { throw Errors.afterFailure("\(n).__setattr__") }
                return p
            }
            dunder(type, "__setattr__", arity: 2) { s, a in
                if f(s, UnsafeMutablePointer(mutating: try name(a[0])), a[1]) < 0 { throw Errors.afterFailure("\(n).__setattr__") }
                return pyNone
            }
            dunder(type, "__delattr__", arity: 1) { s, a in
                if f(s, UnsafeMutablePointer(mutating: try name(a[0])), nil) < 0 { throw Errors.afterFailure("\(n).__delattr__") }
                return pyNone
            }
        }
        // tp_getattro itself becomes the type's whole lookup (addMoreSlots).
    }
}
