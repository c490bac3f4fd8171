import PyObjects
import PyCompiler

/// Methods of `list`.
enum ListMethods {
    /// A stable merge sort with a throwing "less than".
    static func mergeSort(_ a: inout [PyObject], _ keys: [PyObject], _ less: (PyObject, PyObject) throws -> Bool) throws {
        var idx = Array(0..<a.count)
        var tmp = idx
        func sort(_ lo: Int, _ hi: Int) throws {
            if hi - lo < 2 { return }
            if hi - lo <= 8 {
                for i in (lo + 1)..<hi {
                    let x = idx[i]
                    var j = i - 1
                    while j >= lo, try less(keys[x], keys[idx[j]]) { idx[j + 1] = idx[j]; j -= 1 }
                    idx[j + 1] = x
                }
                return
            }
            let mid = (lo + hi) / 2
            try sort(lo, mid)
            try sort(mid, hi)
            var i = lo, j = mid, k = lo
            while i < mid && j < hi {
                if try less(keys[idx[j]], keys[idx[i]]) { tmp[k] = idx[j]; j += 1 } else { tmp[k] = idx[i]; i += 1 }
                k += 1
            }
            while i < mid { tmp[k] = idx[i]; i += 1; k += 1 }
            while j < hi { tmp[k] = idx[j]; j += 1; k += 1 }
            for m in lo..<hi { idx[m] = tmp[m] }
        }
        try sort(0, a.count)
        a = idx.map { a[$0] }
    }

    static func sort(_ l: PyList, key: PyObject?, reverse: PyObject?) throws {
        let rev = try reverse.map(Ops.isTrue) ?? false
        var items = l.items
        // The list looks empty while it is sorted; a key or comparison that adds to it is an error.
        l.items = []
        var done = false
        defer { if !done { l.items = items } }
        let keys = try key.flatMap { $0 === pyNone ? nil : $0 }.map { k in try items.map { try Ops.call(k, args: [$0]) } } ?? items
        if rev {
            // Reverse-stable: sort reversed input with swapped comparison, then reverse.
            items.reverse()
            let rkeys = Array(keys.reversed())
            try mergeSort(&items, rkeys) { a, b in try Ops.compareBool(a, b, .lt) }
            items.reverse()
        } else {
            try mergeSort(&items, keys) { a, b in
                if let x = a as? PyInt, let y = b as? PyInt, x.big == nil, y.big == nil { return x.small < y.small }
                return try Ops.compareBool(a, b, .lt)
            }
        }
        let modified = !l.items.isEmpty
        done = true
        l.items = items
        if modified { throw PythonError(PyExc.ValueError, "list modified during sort") }
    }

    static let reverseIteratorType = PyType(name: "list_reverseiterator", bases: [PyTypes.object], flags: [])

    /// `reversed(list)`: sees the list's current items (it may shrink while iterating).
    static func reverseIterator(_ list: PyList) -> PyObject {
        var i = list.items.count - 1
        return PyNativeIterator(type: reverseIteratorType) {
            guard i >= 0 && i < list.items.count else { i = -1; return nil }
            defer { i -= 1 }
            return list.items[i]
        }
    }

    static func install() {
        let t = PyTypes.list
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        func l(_ o: PyObject) -> PyList { o as! PyList }
        def("append") { r, a, k in
            try Args("list.append", a, k).check(min: 1, max: 1)
            l(r).items.append(a[0])
            return pyNone
        }
        def("extend") { r, a, k in
            try Args("list.extend", a, k).check(min: 1, max: 1)
            l(r).items.append(contentsOf: try Ops.toArray(a[0]))
            return pyNone
        }
        def("pop") { r, a, k in
            try Args("pop", a, k).check(min: 0, max: 1)
            let list = l(r)
            let index = try a.first.map { try Ops.indexInt($0) }
            if list.items.isEmpty { throw PythonError(PyExc.IndexError, "pop from empty list") }
            var i = index ?? list.items.count - 1
            if i < 0 { i += list.items.count }
            guard i >= 0 && i < list.items.count else { throw PythonError(PyExc.IndexError, "pop index out of range") }
            return list.items.remove(at: i)
        }
        def("insert") { r, a, k in
            try Args("insert", a, k).check(min: 2, max: 2)
            let list = l(r)
            var i = try Ops.indexInt(a[0])
            if i < 0 { i = max(0, i + list.items.count) }
            list.items.insert(a[1], at: min(i, list.items.count))
            return pyNone
        }
        def("index") { r, a, k in
            try Args("index", a, k).check(min: 1, max: 3)
            let items = l(r).items
            let (start, end) = try indexBounds(a, items.count)
            var i = start
            while i < end && i < items.count {
                if try Ops.equal(items[i], a[0]) { return PyInt.make(i) }
                i += 1
            }
            throw PythonError(PyExc.ValueError, "\(try Ops.repr(a[0]).value) is not in list")
        }
        def("count") { r, a, k in
            try Args("list.count", a, k).check(min: 1, max: 1)
            var n = 0
            for x in l(r).items where try Ops.equal(x, a[0]) { n += 1 }
            return PyInt.make(n)
        }
        def("remove") { r, a, k in
            try Args("remove", a, k).check(min: 1, max: 1)
            let list = l(r)
            for (i, x) in list.items.enumerated() where try Ops.equal(x, a[0]) {
                list.items.remove(at: i)
                return pyNone
            }
            throw PythonError(PyExc.ValueError, "list.remove(x): x not in list")
        }
        def("sort") { r, a, k in
            if !a.isEmpty { throw PythonError(PyExc.TypeError, "sort() takes no positional arguments") }
            let args = Args("sort", a, k)
            try args.check(min: 0, max: 0, keywords: ["key", "reverse"])
            try sort(l(r), key: args.keyword("key"), reverse: args.keyword("reverse"))
            return pyNone
        }
        def("reverse") { r, _, _ in l(r).items.reverse(); return pyNone }
        def("clear") { r, _, _ in l(r).items.removeAll(); return pyNone }
        def("copy") { r, _, _ in PyList(l(r).items) }
        def("__init__") { r, a, k in
            try Args("list", a, k).check(min: 0, max: 1)
            l(r).items = try a.first.map(Ops.toArray) ?? []
            return pyNone
        }
        def("__len__") { r, _, _ in PyInt.make(l(r).items.count) }
        def("__getitem__") { r, a, _ in try Ops.getItem(PyList(l(r).items), a[0]) }
        def("__setitem__") { r, a, _ in
            let tmp = PyList(l(r).items)
            try Ops.setItem(tmp, a[0], a[1])
            l(r).items = tmp.items
            return pyNone
        }
        def("__iter__") { r, _, _ in try Ops.iter(PyList(l(r).items)) }
        def("__contains__") { r, a, _ in pyBool(try Ops.contains(PyList(l(r).items), a[0])) }
        def("__repr__") { r, _, _ in PyStr(try Repr.repr(PyList(l(r).items))) }
        def("__delitem__") { r, a, _ in
            let tmp = PyList(l(r).items)
            try Ops.delItem(tmp, a[0])
            l(r).items = tmp.items
            return pyNone
        }
        def("__reversed__") { r, _, _ in reverseIterator(l(r)) }
        for name in ["__next__", "__iter__"] {
            BuiltinMethods.def(reverseIteratorType, name) { r, _, _ in
                if name == "__iter__" { return r }
                guard let v = try (r as! PyNativeIterator).next() else { throw PythonError(PyExc.StopIteration, args: []) }
                return v
            }
        }
        def("__add__") { r, a, _ in
            guard a.count == 1, let o = a[0] as? PyList else {
                throw PythonError(PyExc.TypeError, "can only concatenate list (not \"\(a.first?.type.name ?? "")\") to list")
            }
            return PyList(l(r).items + o.items)
        }
        for name in ["__mul__", "__rmul__"] {
            def(name) { r, a, _ in
                guard a.count == 1, a[0] is PyInt || Ops.heapLookup(a[0].type, "__index__") != nil else {
                    return PyNotImplemented.shared
                }
                let n = max(0, try Ops.indexInt(a[0]))
                return PyList(try Sequences.repeated(l(r).items, n))
            }
        }
        def("__iadd__") { r, a, _ in
            l(r).items.append(contentsOf: try Ops.toArray(a[0]))
            return r
        }
        def("__imul__") { r, a, _ in
            let n = max(0, try Ops.indexInt(a[0]))
            let items = l(r).items
            l(r).items = try Sequences.repeated(items, n)
            return r
        }
        for (name, op) in [("__lt__", CompareOperator.lt), ("__le__", .le), ("__eq__", .eq), ("__ne__", .ne),
                           ("__gt__", .gt), ("__ge__", .ge)] {
            def(name) { r, a, _ in
                guard a.count == 1, let o = a[0] as? PyList else { return PyNotImplemented.shared }
                return pyBool(try Sequences.seqCompare(l(r).items, o.items, op))
            }
        }
        t.dict.setItem(string: "__hash__", pyNone)
        def("__sizeof__") { r, _, _ in PyInt.make(40 + 8 * l(r).items.count) }
        installTuple()
    }

    /// start/stop of list.index and tuple.index (their own wording for a bad index).
    static func indexBounds(_ a: [PyObject], _ count: Int) throws -> (Int, Int) {
        for x in a.dropFirst() where !(x is PyInt) && Ops.heapLookup(x.type, "__index__") == nil {
            throw PythonError(PyExc.TypeError, "slice indices must be integers or have an __index__ method")
        }
        return try StrMethods.bounds(a, 1, count)
    }

    static func installTuple() {
        let t = PyTypes.tuple
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        func items(_ o: PyObject) -> [PyObject] { (o as! PyTuple).items }
        def("index") { r, a, k in
            try Args("index", a, k).check(min: 1, max: 3)
            let v = items(r)
            let (start, end) = try indexBounds(a, v.count)
            var i = start
            while i < end && i < v.count {
                if try Ops.equal(v[i], a[0]) { return PyInt.make(i) }
                i += 1
            }
            throw PythonError(PyExc.ValueError, "tuple.index(x): x not in tuple")
        }
        def("count") { r, a, k in
            try Args("tuple.count", a, k).check(min: 1, max: 1)
            var n = 0
            for y in items(r) where try Ops.equal(y, a[0]) { n += 1 }
            return PyInt.make(n)
        }
        def("__getitem__") { r, a, _ in try Ops.getItem(PyTuple(items(r)), a[0]) }
        def("__len__") { r, _, _ in PyInt.make(items(r).count) }
        def("__contains__") { r, a, _ in pyBool(try Ops.contains(PyTuple(items(r)), a[0])) }
        def("__iter__") { r, _, _ in try Ops.iter(PyTuple(items(r))) }
        def("__hash__") { r, _, _ in PyInt.make(try BuiltinHashing.hashTuple(items(r))) }
        def("__repr__") { r, _, _ in PyStr(try Repr.repr(PyTuple(items(r)))) }
        def("__getnewargs__") { r, _, _ in PyTuple([PyTuple(items(r))]) }
        def("__sizeof__") { r, _, _ in PyInt.make(24 + 8 * items(r).count) }
        def("__add__") { r, a, _ in
            guard a.count == 1, let o = a[0] as? PyTuple else {
                throw PythonError(PyExc.TypeError, "can only concatenate tuple (not \"\(a.first?.type.name ?? "")\") to tuple")
            }
            return PyTuple(items(r) + o.items)
        }
        for name in ["__mul__", "__rmul__"] {
            def(name) { r, a, _ in
                guard a.count == 1, a[0] is PyInt || Ops.heapLookup(a[0].type, "__index__") != nil else {
                    return PyNotImplemented.shared
                }
                let n = max(0, try Ops.indexInt(a[0]))
                return PyTuple(Array([[PyObject]](repeating: items(r), count: n).joined()))
            }
        }
        for (name, op) in [("__lt__", CompareOperator.lt), ("__le__", .le), ("__eq__", .eq), ("__ne__", .ne),
                           ("__gt__", .gt), ("__ge__", .ge)] {
            def(name) { r, a, _ in
                guard a.count == 1, let o = a[0] as? PyTuple else { return PyNotImplemented.shared }
                return pyBool(try Sequences.seqCompare(items(r), o.items, op))
            }
        }
    }
}

