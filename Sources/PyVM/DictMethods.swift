import PyObjects
import PyCompiler

/// Methods of `dict` and its views.
enum DictMethods {
    static func d(_ o: PyObject) -> PyDict { o as! PyDict }

    /// `reversed(d)` / `reversed(view)`: newest entry first.
    static func reversedView(_ v: PyDictView) throws -> PyObject {
        let dict = v.dict
        let entries = dict.entries
        var i = entries.count - 1
        let count = dict.count
        let t: PyType = v.kind == .keys ? VMTypes.dictKeyIterator : v.kind == .values ? VMTypes.dictValueIterator : VMTypes.dictItemIterator
        return PyNativeIterator(type: t) {
            if dict.count != count { throw PythonError(PyExc.RuntimeError, "dictionary changed size during iteration") }
            while i >= 0 {
                defer { i -= 1 }
                if i < entries.count, let e = entries[i] {
                    switch v.kind {
                    case .keys: return e.key
                    case .values: return e.value
                    case .items: return PyTuple([e.key, e.value])
                    }
                }
            }
            return nil
        }
    }

    /// A set of the items of a keys/items view or any iterable (for the views' set operators).
    static func asSet(_ o: PyObject) throws -> PySet {
        if let s = o as? PySet { return s }
        let r = PySet()
        for x in try Ops.toArray(o) { try r.add(x) }
        return r
    }

    static func isSetLikeView(_ o: PyObject) -> Bool { (o as? PyDictView).map { $0.kind != .values } ?? false }

    /// `view OP other` for keys and items views: a new set. nil when neither side is such a view.
    static func viewSetOp(_ a: PyObject, _ b: PyObject, _ op: BinaryOperator) throws -> PyObject? {
        guard isSetLikeView(a) || isSetLikeView(b) else { return nil }
        guard [.or, .and, .sub, .xor].contains(op) else { return nil }
        if op == .and {
            // Membership in the view (items compare values without hashing them).
            let (view, other) = isSetLikeView(a) ? (a, b) : (b, a)
            let r = PySet()
            for x in try Ops.toArray(other) where try Ops.contains(view, x) { try r.add(x) }
            return r
        }
        let x = try asSet(a), y = try asSet(b)
        let r = PySet()
        switch op {
        case .or:
            for e in x.elements { try r.add(e) }
            for e in y.elements { try r.add(e) }
        case .and: for e in x.elements where try y.contains(e) { try r.add(e) }
        case .sub: for e in x.elements where !(try y.contains(e)) { try r.add(e) }
        default:
            for e in x.elements where !(try y.contains(e)) { try r.add(e) }
            for e in y.elements where !(try x.contains(e)) { try r.add(e) }
        }
        return r
    }

    /// Comparisons between keys/items views and sets (or other such views); nil otherwise.
    static func viewCompare(_ a: PyObject, _ b: PyObject, _ op: CompareOperator) throws -> Bool? {
        guard isSetLikeView(a) || isSetLikeView(b) else { return nil }
        guard (a is PySet || isSetLikeView(a)) && (b is PySet || isSetLikeView(b)) else {
            if op == .eq { return false }
            if op == .ne { return true }
            return nil
        }
        return try Sequences.compare(try asSet(a), try asSet(b), op)
    }

    static func install() {
        let t = PyTypes.dict
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        def("get") { r, a, k in
            try Args("get", a, k).check(min: 1, max: 2)
            return try d(r).get(a[0]) ?? (a.count > 1 ? a[1] : pyNone)
        }
        def("keys") { r, a, k in try Args("dict.keys", a, k).check(min: 0, max: 0); return PyDictView(dict: d(r), kind: .keys) }
        def("values") { r, a, k in try Args("dict.values", a, k).check(min: 0, max: 0); return PyDictView(dict: d(r), kind: .values) }
        def("items") { r, a, k in try Args("dict.items", a, k).check(min: 0, max: 0); return PyDictView(dict: d(r), kind: .items) }
        def("pop") { r, a, k in
            try Args("pop", a, k).check(min: 1, max: 2)
            if let v = try d(r).remove(a[0]) { return v }
            if a.count > 1 { return a[1] }
            throw PythonError(PyExc.KeyError, args: [a[0]])
        }
        def("popitem") { r, a, k in
            try Args("dict.popitem", a, k).check(min: 0, max: 0)
            guard let last = try d(r).popLast() else {
                throw PythonError(PyExc.KeyError, "popitem(): dictionary is empty")
            }
            return PyTuple([last.key, last.value])
        }
        def("setdefault") { r, a, k in
            try Args("setdefault", a, k).check(min: 1, max: 2)
            if let v = try d(r).get(a[0]) { return v }
            let v = a.count > 1 ? a[1] : pyNone
            try d(r).set(a[0], v)
            return v
        }
        def("update") { r, a, k in
            if a.count > 1 { throw PythonError(PyExc.TypeError, "update expected at most 1 argument, got \(a.count)") }
            if let o = a.first {
                if !(o is PyDict) && !Ops.hasAttr(o, "keys") && !Ops.isIterable(o) {
                    throw PythonError(PyExc.TypeError, "'\(o.type.messageName)' object is not iterable")
                }
                try Ops.dictUpdate(d(r), o)
            }
            for (key, v) in k { try d(r).set(PyStr(key), v) }
            return pyNone
        }
        def("clear") { r, _, _ in d(r).clear(); return pyNone }
        def("copy") { r, _, _ in
            let n = PyDict()
            for (k, v) in d(r).items { try n.set(k, v) }
            return n
        }
        def("__init__") { r, a, k in
            if a.count > 1 { throw PythonError(PyExc.TypeError, "dict expected at most 1 argument, got \(a.count)") }
            if let o = a.first { try Ops.dictUpdate(d(r), o) }
            for (key, v) in k { try d(r).set(PyStr(key), v) }
            return pyNone
        }
        def("__getitem__") { r, a, _ in
            if let v = try d(r).get(a[0]) { return v }
            if r.type !== PyTypes.dict, let m = r.type.lookup("__missing__") {
                return try Ops.call(Ops.bindDescriptor(m, r, r.type), args: [a[0]])
            }
            throw PythonError(PyExc.KeyError, args: [a[0]])
        }
        def("__setitem__") { r, a, _ in try d(r).set(a[0], a[1]); return pyNone }
        def("__delitem__") { r, a, _ in
            if try d(r).remove(a[0]) == nil { throw PythonError(PyExc.KeyError, args: [a[0]]) }
            return pyNone
        }
        def("__contains__") { r, a, _ in pyBool(try d(r).get(a[0]) != nil) }
        def("__len__") { r, _, _ in PyInt.make(d(r).count) }
        def("__iter__") { r, _, _ in Ops.dictIterator(d(r), .keys) }
        def("__reversed__") { r, _, _ in try reversedView(PyDictView(dict: d(r), kind: .keys)) }
        def("__repr__") { r, _, _ in
            let copy = PyDict()
            for (k, v) in d(r).items { try copy.set(k, v) }
            return PyStr(try Repr.repr(copy))
        }
        def("__or__") { r, a, _ in
            guard a.count == 1, let o = a[0] as? PyDict else { return PyNotImplemented.shared }
            let n = PyDict()
            try Ops.dictUpdate(n, r)
            try Ops.dictUpdate(n, o)
            return n
        }
        def("__ror__") { r, a, _ in
            guard a.count == 1, let o = a[0] as? PyDict else { return PyNotImplemented.shared }
            let n = PyDict()
            try Ops.dictUpdate(n, o)
            try Ops.dictUpdate(n, r)
            return n
        }
        def("__ior__") { r, a, _ in try Ops.dictUpdate(d(r), a[0]); return r }
        def("__eq__") { r, a, _ in
            guard a.count == 1, a[0] is PyDict else { return PyNotImplemented.shared }
            return pyBool(try Sequences.compare(r, a[0], .eq) ?? false)
        }
        BuiltinMethods.classDef(t, "fromkeys") { cls, a, k in
            try Args("fromkeys", a, k).check(min: 1, max: 2)
            let n = try Ops.call(cls, args: [])
            let v = a.count > 1 ? a[1] : pyNone
            for key in try Ops.toArray(a[0]) { try Ops.setItem(n, key, v) }
            return n
        }
        t.dict.setItem(string: "__hash__", pyNone)
        def("__sizeof__") { r, _, _ in PyInt.make(48 + 24 * d(r).count) }

        // Views.
        for vt in [VMTypes.dictKeys, VMTypes.dictValues, VMTypes.dictItems] {
            func vdef(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(vt, n, b) }
            func v(_ o: PyObject) -> PyDictView { o as! PyDictView }
            vdef("__len__") { r, _, _ in PyInt.make(v(r).dict.count) }
            vdef("__iter__") { r, _, _ in Ops.dictIterator(v(r).dict, v(r).kind) }
            vdef("__reversed__") { r, _, _ in try reversedView(v(r)) }
            if vt !== VMTypes.dictValues { vdef("__contains__") { r, a, _ in pyBool(try Ops.contains(r, a[0])) } }
            vdef("__sizeof__") { _, _, _ in PyInt.make(40) }
            IntMethods.getter(vt, "mapping") { PyMappingProxy(v($0).dict) }
            if vt !== VMTypes.dictValues {
                vdef("isdisjoint") { r, a, k in
                    try Args("isdisjoint", a, k).check(min: 1, max: 1)
                    for x in try Ops.toArray(a[0]) where try Ops.contains(r, x) { return pyFalse }
                    return pyTrue
                }
                for (name, op) in [("__or__", BinaryOperator.or), ("__and__", .and), ("__sub__", .sub), ("__xor__", .xor)] {
                    vdef(name) { r, a, _ in try viewSetOp(r, a[0], op) ?? PyNotImplemented.shared }
                    vdef("__r" + name.dropFirst(2)) { r, a, _ in try viewSetOp(a[0], r, op) ?? PyNotImplemented.shared }
                }
            }
        }
    }
}
