import PyObjects
import PyCompiler

/// Methods of `set` and `frozenset`.
enum SetMethods {
    static func me(_ o: PyObject) -> PySet { o as! PySet }

    /// A set holding the items of any iterable (the argument of the named methods).
    static func fromIterable(_ o: PyObject) throws -> PySet {
        if let s = o as? PySet { return s }
        let r = PySet()
        for x in try Ops.toArray(o) { try r.add(x) }
        return r
    }

    /// The result type of an operation on `s`: frozenset for frozensets, else set.
    static func result(like s: PySet) -> PySet { PySet(type: s.isFrozen ? PyTypes.frozenset : PyTypes.set) }

    /// Membership with a set as the key looks for the equal frozenset, as CPython does.
    static func key(_ o: PyObject) throws -> PyObject {
        if let s = o as? PySet, !s.isFrozen {
            let f = PySet(type: PyTypes.frozenset)
            for e in s.elements { try f.add(e) }
            return f
        }
        return o
    }

    /// CPython's frozenset hash: order-independent mixing of the element hashes.
    static func hash(_ s: PySet) throws -> Int {
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var h: UInt = 0
        for e in s.elements { h ^= shuffle(UInt(bitPattern: try Ops.hash(e))) }
        h ^= (UInt(s.count) &+ 1) &* 1927868237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907133923
        if h == UInt.max { h = 590923713 }
        return Int(bitPattern: h)
    }

    static func install() {
        for t in [PyTypes.set, PyTypes.frozenset] {
            func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
            let tn = t.name
            BuiltinMethods.ctor(t) { cls, a, k in
                if !k.isEmpty { throw PythonError(PyExc.TypeError, "\(tn)() takes no keyword arguments") }
                try Args(tn, a, k).check(min: 0, max: 1)
                if cls === PyTypes.frozenset, let f = a.first as? PySet, f.type === PyTypes.frozenset { return f }
                let s = PySet(type: cls)
                if cls.flags.contains(.heapType) { s.instanceDict = PyDict() }
                if let src = a.first { for x in try Ops.toArray(src) { try s.add(x) } }
                return s
            }
            def("copy") { r, _, _ in
                if r.type === PyTypes.frozenset { return r }
                let n = result(like: me(r))
                for e in me(r).elements { try n.add(e) }
                return n
            }
            for (name, op) in [("union", BinaryOperator.or), ("intersection", .and), ("difference", .sub)] {
                def(name) { r, a, _ in
                    var acc = me(r)
                    if a.isEmpty {
                        let n = result(like: acc)
                        for e in acc.elements { try n.add(e) }
                        return n
                    }
                    for o in a { acc = try Sequences.binary(acc, try fromIterable(o), op) as! PySet }
                    return acc
                }
            }
            def("symmetric_difference") { r, a, k in
                try Args("\(tn).symmetric_difference", a, k).check(min: 1, max: 1)
                return try Sequences.binary(me(r), try fromIterable(a[0]), .xor)!
            }
            def("issubset") { r, a, k in
                try Args("\(tn).issubset", a, k).check(min: 1, max: 1)
                let other = try fromIterable(a[0])
                return pyBool(try me(r).elements.allSatisfy { try other.contains($0) })
            }
            def("issuperset") { r, a, k in
                try Args("\(tn).issuperset", a, k).check(min: 1, max: 1)
                let s = me(r)
                return pyBool(try Ops.toArray(a[0]).allSatisfy { try s.contains($0) })
            }
            def("isdisjoint") { r, a, k in
                try Args("\(tn).isdisjoint", a, k).check(min: 1, max: 1)
                let s = me(r)
                return pyBool(try !Ops.toArray(a[0]).contains { try s.contains($0) })
            }
            def("__contains__") { r, a, _ in pyBool(try me(r).contains(try key(a[0]))) }
            def("__len__") { r, _, _ in PyInt.make(me(r).count) }
            def("__iter__") { r, _, _ in try Ops.iter(r) }
            def("__repr__") { r, _, _ in PyStr(try Repr.repr(r)) }
            def("__sizeof__") { r, _, _ in PyInt.make(200 + (me(r).count > 5 ? 16 * me(r).count : 0)) }
            for (name, op) in [("__or__", BinaryOperator.or), ("__and__", .and), ("__sub__", .sub), ("__xor__", .xor)] {
                def(name) { r, a, _ in
                    guard a.count == 1, a[0] is PySet else { return PyNotImplemented.shared }
                    return try Sequences.binary(r, a[0], op)!
                }
                def("__r" + name.dropFirst(2)) { r, a, _ in
                    guard a.count == 1, a[0] is PySet else { return PyNotImplemented.shared }
                    return try Sequences.binary(a[0], r, op)!
                }
            }
            for (name, op) in [("__lt__", CompareOperator.lt), ("__le__", .le), ("__eq__", .eq), ("__ne__", .ne),
                               ("__gt__", .gt), ("__ge__", .ge)] {
                def(name) { r, a, _ in
                    guard a.count == 1, a[0] is PySet else { return PyNotImplemented.shared }
                    return pyBool(try Sequences.compare(r, a[0], op)!)
                }
            }
        }
        BuiltinMethods.def(PyTypes.frozenset, "__hash__") { r, _, _ in PyInt.make(try hash(me(r))) }
        PyTypes.set.dict.setItem(string: "__hash__", pyNone)

        let t = PyTypes.set
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        def("add") { r, a, k in
            try Args("set.add", a, k).check(min: 1, max: 1)
            try me(r).add(a[0])
            return pyNone
        }
        def("remove") { r, a, k in
            try Args("set.remove", a, k).check(min: 1, max: 1)
            if !(try me(r).remove(try key(a[0]))) { throw PythonError(PyExc.KeyError, args: [a[0]]) }
            return pyNone
        }
        def("discard") { r, a, k in
            try Args("set.discard", a, k).check(min: 1, max: 1)
            try me(r).remove(try key(a[0]))
            return pyNone
        }
        def("clear") { r, _, _ in me(r).storage.clear(); return pyNone }
        def("pop") { r, a, k in
            try Args("set.pop", a, k).check(min: 0, max: 0)
            // The oldest live entry, scanning on from the last pop (entries before it are gone
            // unless the table was compacted, in which case the scan restarts).
            let set = me(r)
            var found: PyObject?
            do {
                // (The entries array must be released before removing, or removal copies it.)
                let entries = set.storage.entries
                for start in [min(set.popHint, entries.count), 0] {
                    var i = start
                    while i < entries.count, entries[i] == nil { i += 1 }
                    if i < entries.count { found = entries[i]!.key; set.popHint = i; break }
                }
            }
            guard let e = found else { throw PythonError(PyExc.KeyError, "pop from an empty set") }
            try me(r).remove(e)
            return e
        }
        def("update") { r, a, _ in
            for o in a { for e in try Ops.toArray(o) { try me(r).add(e) } }
            return pyNone
        }
        def("intersection_update") { r, a, _ in
            let s = me(r)
            for o in a {
                let other = try fromIterable(o)
                for e in s.elements where !(try other.contains(e)) { try s.remove(e) }
            }
            return pyNone
        }
        def("difference_update") { r, a, _ in
            for o in a { for e in try Ops.toArray(o) { try me(r).remove(e) } }
            return pyNone
        }
        def("symmetric_difference_update") { r, a, k in
            try Args("set.symmetric_difference_update", a, k).check(min: 1, max: 1)
            let s = me(r)
            for e in try fromIterable(a[0]).elements {
                if try s.contains(e) { try s.remove(e) } else { try s.add(e) }
            }
            return pyNone
        }
        for (name, op) in [("__ior__", BinaryOperator.or), ("__iand__", .and), ("__isub__", .sub), ("__ixor__", .xor)] {
            def(name) { r, a, _ in
                guard a.count == 1, a[0] is PySet else { return PyNotImplemented.shared }
                return try Ops.inplaceOp(r, a[0], op)
            }
        }
    }
}
