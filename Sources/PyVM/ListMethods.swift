import PyObjects

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
        l.items = []
        defer { if l.items.isEmpty { l.items = items } }
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
        l.items = items
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
            if list.items.isEmpty { throw PythonError(PyExc.IndexError, "pop from empty list") }
            var i = try a.first.map { try Ops.indexInt($0) } ?? list.items.count - 1
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
            let (start, end) = try StrMethods.bounds(a, 1, items.count)
            var i = start
            while i < end && i < items.count {
                if try Ops.equal(items[i], a[0]) { return PyInt.make(i) }
                i += 1
            }
            throw PythonError(PyExc.ValueError, "\(try Ops.repr(a[0]).value) is not in list")
        }
        def("count") { r, a, k in
            try Args("count", a, k).check(min: 1, max: 1)
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
    }
}

/// Methods of `dict`.
enum DictMethods {
    static func install() {
        let t = PyTypes.dict
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        func d(_ o: PyObject) -> PyDict { o as! PyDict }
        def("get") { r, a, k in
            try Args("get", a, k).check(min: 1, max: 2)
            return try d(r).get(a[0]) ?? (a.count > 1 ? a[1] : pyNone)
        }
        def("keys") { r, _, _ in PyDictView(dict: d(r), kind: .keys) }
        def("values") { r, _, _ in PyDictView(dict: d(r), kind: .values) }
        def("items") { r, _, _ in PyDictView(dict: d(r), kind: .items) }
        def("pop") { r, a, k in
            try Args("pop", a, k).check(min: 1, max: 2)
            if let v = try d(r).remove(a[0]) { return v }
            if a.count > 1 { return a[1] }
            throw PythonError(PyExc.KeyError, args: [a[0]])
        }
        def("popitem") { r, _, _ in
            guard let last = d(r).items.last else { throw PythonError(PyExc.KeyError, "popitem(): dictionary is empty") }
            try d(r).remove(last.key)
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
            try Args("update", a, k).check(min: 0, max: 1, keywords: k.map(\.0))
            if let o = a.first { try Ops.dictUpdate(d(r), o) }
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
            if let o = a.first { try Ops.dictUpdate(d(r), o) }
            for (key, v) in k { try d(r).set(PyStr(key), v) }
            return pyNone
        }
        def("__getitem__") { r, a, _ in
            if let v = try d(r).get(a[0]) { return v }
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
        def("__repr__") { r, _, _ in
            let copy = PyDict()
            for (k, v) in d(r).items { try copy.set(k, v) }
            return PyStr(try Repr.repr(copy))
        }
        BuiltinMethods.classDef(t, "fromkeys") { cls, a, _ in
            let n = try Ops.call(cls, args: [])
            let v = a.count > 1 ? a[1] : pyNone
            for key in try Ops.toArray(a[0]) { try Ops.setItem(n, key, v) }
            return n
        }
    }
}
