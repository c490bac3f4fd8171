import PyObjects
import PyCompiler

/// `collections.deque`.
final class PyDeque: PyObject {
    var items: [PyObject] = []
    var maxlen: Int?
    /// Bumped by every mutation, so iterators can detect them.
    var state = 0
}

/// `_collections`: deque and defaultdict (OrderedDict, namedtuple's helpers and Counter's
/// counting loop use collections' pure-Python versions).
enum CollectionsModule {
    static let dequeType = ModuleTypes.make("deque", module: "collections")
    static let dequeIterType = PyType(name: "_deque_iterator", bases: [PyTypes.object], flags: [])
    static let dequeRevIterType = PyType(name: "_deque_reverse_iterator", bases: [PyTypes.object], flags: [])
    static let defaultdictType = ModuleTypes.make("defaultdict", module: "collections", base: PyTypes.dict)

    static func make() -> PyModule {
        let b = ModuleBuilder("_collections")
        installDeque()
        installDefaultdict()
        b.set("deque", dequeType)
        b.set("defaultdict", defaultdictType)
        b.set("_deque_iterator", dequeIterType)
        b.set("_deque_reverse_iterator", dequeRevIterType)
        installTupleGetter()
        b.set("_tuplegetter", tupleGetterType)
        return b.module
    }

    static func deque(_ o: PyObject) -> PyDeque { o as! PyDeque }

    static func trim(_ d: PyDeque, fromLeft: Bool) {
        guard let m = d.maxlen, d.items.count > m else { return }
        if fromLeft { d.items.removeFirst(d.items.count - m) } else { d.items.removeLast(d.items.count - m) }
    }

    static func extend(_ d: PyDeque, _ iterable: PyObject, left: Bool) throws {
        let values = iterable === d ? d.items : try Ops.toArray(iterable)
        d.state += 1
        if left {
            for v in values { d.items.insert(v, at: 0); trim(d, fromLeft: false) }
        } else {
            d.items.append(contentsOf: values)
            trim(d, fromLeft: true)
        }
    }

    static func index(_ d: PyDeque, _ key: PyObject) throws -> Int {
        var i = try Ops.indexInt(key)
        if i < 0 { i += d.items.count }
        if i < 0 || i >= d.items.count { throw PythonError(PyExc.IndexError, "deque index out of range") }
        return i
    }

    static func newDeque(_ cls: PyType, _ items: [PyObject], maxlen: Int?) -> PyDeque {
        let d = PyDeque(type: cls)
        if cls.flags.contains(.heapType) { d.instanceDict = PyDict() }
        d.maxlen = maxlen
        d.items = items
        trim(d, fromLeft: true)
        return d
    }

    static func installDeque() {
        let t = dequeType
        let def = { (name: String, body: @escaping PyMethodDescriptor.Body) in ModuleTypes.def(t, name, body) }
        func initDeque(_ d: PyDeque, _ a: [PyObject], _ k: [(String, PyObject)]) throws {
            if a.count > 2 { throw PythonError(PyExc.TypeError, "deque expected at most 2 arguments, got \(a.count)") }
            for (n, _) in k where n != "iterable" && n != "maxlen" {
                throw PythonError(PyExc.TypeError, "deque() got an unexpected keyword argument '\(n)'")
            }
            let ml = ModArgs.arg(a, k, 1, "maxlen")
            if let m = ml, m !== pyNone {
                let n = try Ops.indexInt(m)
                if n < 0 { throw PythonError(PyExc.ValueError, "maxlen must be non-negative") }
                d.maxlen = n
            } else {
                d.maxlen = nil
            }
            if !d.items.isEmpty { d.items = []; d.state += 1 }
            if let it = ModArgs.arg(a, k, 0, "iterable") { try extend(d, it, left: false) }
        }
        ModuleTypes.ctor(t) { cls, a, k in
            let d = newDeque(cls, [], maxlen: nil)
            // Heap subclasses get their arguments in __init__.
            if !cls.flags.contains(.heapType) { try initDeque(d, a, k) }
            return d
        }
        def("__init__") { o, a, k in try initDeque(deque(o), a, k); return pyNone }
        def("append") { o, a, _ in
            let d = deque(o)
            d.items.append(a[0]); d.state += 1
            trim(d, fromLeft: true)
            return pyNone
        }
        def("appendleft") { o, a, _ in
            let d = deque(o)
            d.items.insert(a[0], at: 0); d.state += 1
            trim(d, fromLeft: false)
            return pyNone
        }
        def("pop") { o, _, _ in
            let d = deque(o)
            guard let v = d.items.popLast() else { throw PythonError(PyExc.IndexError, "pop from an empty deque") }
            d.state += 1
            return v
        }
        def("popleft") { o, _, _ in
            let d = deque(o)
            if d.items.isEmpty { throw PythonError(PyExc.IndexError, "pop from an empty deque") }
            d.state += 1
            return d.items.removeFirst()
        }
        def("extend") { o, a, _ in try extend(deque(o), a[0], left: false); return pyNone }
        def("extendleft") { o, a, _ in try extend(deque(o), a[0], left: true); return pyNone }
        def("clear") { o, _, _ in let d = deque(o); d.items = []; d.state += 1; return pyNone }
        def("copy") { o, _, _ in
            let d = deque(o)
            if d.type === t { return newDeque(t, d.items, maxlen: d.maxlen) }
            return try Ops.call(d.type, args: [d], kwargs: d.maxlen.map { [("maxlen", PyInt.make($0))] } ?? [])
        }
        t.dict.setItem(string: "__copy__", t.dict.getItem(string: "copy")!)
        def("count") { o, a, _ in
            let d = deque(o)
            let state = d.state
            var n = 0
            for v in d.items {
                if try Ops.equal(v, a[0]) { n += 1 }
                if d.state != state { throw PythonError(PyExc.RuntimeError, "deque mutated during iteration") }
            }
            return PyInt.make(n)
        }
        def("index") { o, a, _ in
            let d = deque(o)
            var start = a.count > 1 ? try Ops.indexInt(a[1]) : 0
            var stop = a.count > 2 ? try Ops.indexInt(a[2]) : d.items.count
            if start < 0 { start = max(0, start + d.items.count) }
            if stop < 0 { stop = max(0, stop + d.items.count) }
            stop = min(stop, d.items.count)
            let state = d.state
            var i = start
            while i < stop {
                if try Ops.equal(d.items[i], a[0]) { return PyInt.make(i) }
                if d.state != state { throw PythonError(PyExc.RuntimeError, "deque mutated during iteration") }
                i += 1
            }
            throw PythonError(PyExc.ValueError, "\(try Ops.repr(a[0]).value) is not in deque")
        }
        def("insert") { o, a, _ in
            let d = deque(o)
            if let m = d.maxlen, d.items.count >= m { throw PythonError(PyExc.IndexError, "deque already at its maximum size") }
            var i = try Ops.indexInt(a[0])
            let n = d.items.count
            if i < 0 { i = max(0, i + n) }
            d.items.insert(a[1], at: min(i, n))
            d.state += 1
            return pyNone
        }
        def("remove") { o, a, _ in
            let d = deque(o)
            for (i, v) in d.items.enumerated() where try Ops.equal(v, a[0]) {
                if i < d.items.count { d.items.remove(at: i); d.state += 1 }
                return pyNone
            }
            throw PythonError(PyExc.ValueError, "\(try Ops.repr(a[0]).value) is not in deque")
        }
        def("reverse") { o, _, _ in let d = deque(o); d.items.reverse(); d.state += 1; return pyNone }
        def("rotate") { o, a, _ in
            let d = deque(o)
            let n = d.items.count
            guard n > 1 else { return pyNone }
            let r = a.isEmpty ? 1 : try Ops.indexInt(a[0])
            let s = ((r % n) + n) % n
            if s != 0 { d.items = Array(d.items[(n - s)...] + d.items[..<(n - s)]) }
            d.state += 1
            return pyNone
        }
        ModuleTypes.getter(t, "maxlen") { o in deque(o).maxlen.map { PyInt.make($0) } ?? pyNone }
        def("__len__") { o, _, _ in PyInt.make(deque(o).items.count) }
        def("__bool__") { o, _, _ in pyBool(!deque(o).items.isEmpty) }
        def("__iter__") { o, _, _ in
            let d = deque(o)
            let state = d.state
            var i = 0
            return PyNativeIterator(type: dequeIterType) {
                if d.state != state { throw PythonError(PyExc.RuntimeError, "deque mutated during iteration") }
                guard i < d.items.count else { return nil }
                defer { i += 1 }
                return d.items[i]
            }
        }
        def("__reversed__") { o, _, _ in
            let d = deque(o)
            let state = d.state
            var i = d.items.count - 1
            return PyNativeIterator(type: dequeRevIterType) {
                if d.state != state { throw PythonError(PyExc.RuntimeError, "deque mutated during iteration") }
                guard i >= 0 else { return nil }
                defer { i -= 1 }
                return d.items[i]
            }
        }
        def("__getitem__") { o, a, _ in let d = deque(o); return d.items[try index(d, a[0])] }
        def("__setitem__") { o, a, _ in let d = deque(o); d.items[try index(d, a[0])] = a[1]; return pyNone }
        def("__delitem__") { o, a, _ in
            let d = deque(o)
            d.items.remove(at: try index(d, a[0])); d.state += 1
            return pyNone
        }
        def("__contains__") { o, a, _ in
            let d = deque(o)
            let state = d.state
            for v in d.items {
                if try Ops.equal(v, a[0]) { return pyTrue }
                if d.state != state { throw PythonError(PyExc.RuntimeError, "deque mutated during iteration") }
            }
            return pyFalse
        }
        def("__repr__") { o, _, _ in
            let d = deque(o)
            let id = ObjectIdentifier(d)
            if Repr.inProgress.contains(id) { return PyStr("[...]") }
            Repr.inProgress.insert(id)
            defer { Repr.inProgress.remove(id) }
            let inner = try d.items.map { try Ops.repr($0).value }.joined(separator: ", ")
            if let m = d.maxlen { return PyStr("\(d.type.name)([\(inner)], maxlen=\(m))") }
            return PyStr("\(d.type.name)([\(inner)])")
        }
        let ops: [(String, CompareOperator)] = [("__eq__", .eq), ("__ne__", .ne), ("__lt__", .lt),
                                                ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)]
        for (name, op) in ops {
            def(name) { o, a, _ in
                guard let other = a[0] as? PyDeque else { return PyNotImplemented.shared }
                return try Ops.richCompare(PyList(deque(o).items), PyList(other.items), op)
            }
        }
        t.dict.setItem(string: "__hash__", pyNone)
        def("__add__") { o, a, _ in
            guard let other = a[0] as? PyDeque else {
                throw PythonError(PyExc.TypeError, "can only concatenate deque (not \"\(a[0].type.name)\") to deque")
            }
            let d = deque(o)
            return newDeque(d.type.flags.contains(.heapType) ? t : d.type, d.items + other.items, maxlen: d.maxlen)
        }
        def("__iadd__") { o, a, _ in try extend(deque(o), a[0], left: false); return o }
        def("__mul__") { o, a, _ in
            let d = deque(o)
            let n = max(0, try Ops.indexInt(a[0]))
            var items: [PyObject] = []
            for _ in 0..<n { items += d.items }
            return newDeque(t, items, maxlen: d.maxlen)
        }
        t.dict.setItem(string: "__rmul__", t.dict.getItem(string: "__mul__")!)
        def("__imul__") { o, a, _ in
            let d = deque(o)
            let n = max(0, try Ops.indexInt(a[0]))
            let base = d.items
            d.items = []
            for _ in 0..<n { d.items += base }
            d.state += 1
            trim(d, fromLeft: true)
            return o
        }
        def("__reduce__") { o, _, _ in
            let d = deque(o)
            let state: PyObject = d.instanceDict.map { $0.count > 0 ? $0 : pyNone } ?? pyNone
            return PyTuple([d.type, PyTuple([PyList(d.items), d.maxlen.map { PyInt.make($0) } ?? pyNone]), state])
        }
        ModuleTypes.classDef(t, "__class_getitem__") { cls, a, _ in PyGenericAlias(origin: cls, args: a[0]) }
    }

    /// `_tuplegetter(index, doc)`: namedtuple's field descriptors.
    final class TupleGetter: PyObject {
        let index: Int
        var doc: PyObject
        init(index: Int, doc: PyObject) {
            self.index = index
            self.doc = doc
            super.init(type: CollectionsModule.tupleGetterType)
        }
    }
    static let tupleGetterType = ModuleTypes.make("_tuplegetter", module: "collections", subclassable: false)

    static func installTupleGetter() {
        let t = tupleGetterType
        ModuleTypes.ctor(t) { _, a, k in
            try Args("_tuplegetter", a, k).check(min: 2, max: 2)
            return TupleGetter(index: try Ops.indexInt(a[0]), doc: a[1])
        }
        ModuleTypes.def(t, "__get__") { o, a, _ in
            let g = o as! TupleGetter
            guard let obj = a.first, obj !== pyNone else { return g }
            guard let tup = obj as? PyTuple else {
                throw PythonError(PyExc.TypeError, "descriptor for index '\(g.index)' for tuple subclasses doesn't apply to '\(obj.type.messageName)' object")
            }
            if g.index >= tup.items.count { throw PythonError(PyExc.IndexError, "tuple index out of range") }
            return tup.items[g.index]
        }
        ModuleTypes.def(t, "__set__") { _, _, _ in throw PythonError(PyExc.AttributeError, "can't set attribute") }
        ModuleTypes.def(t, "__delete__") { _, _, _ in throw PythonError(PyExc.AttributeError, "can't delete attribute") }
        t.dict.setItem(string: "__doc__", PyProperty(fget: PyBuiltinFunction(name: "__doc__") { a, _ in (a[0] as! TupleGetter).doc },
            fset: PyBuiltinFunction(name: "__doc__") { a, _ in (a[0] as! TupleGetter).doc = a[1]; return pyNone }, fdel: nil, doc: nil))
        ModuleTypes.def(t, "__reduce__") { o, _, _ in
            let g = o as! TupleGetter
            return PyTuple([t, PyTuple([PyInt.make(g.index), g.doc])])
        }
    }

    static func factory(_ d: PyObject) -> PyObject {
        d.instanceDict?.getItem(string: "default_factory") ?? pyNone
    }

    static func installDefaultdict() {
        let t = defaultdictType
        // The factory lives in the instance's attribute dict, as `default_factory`.
        ModuleTypes.ctor(t) { cls, a, k in
            let d = PyDict(type: cls)
            d.instanceDict = PyDict()
            let f = a.first ?? pyNone
            if f !== pyNone && !Ops.isCallable(f) {
                throw PythonError(PyExc.TypeError, "first argument must be callable or None")
            }
            d.instanceDict!.setItem(string: "default_factory", f)
            if !cls.flags.contains(.heapType) {
                try Ops.callMethod(d, "update", Array(a.dropFirst()), kwargs: k)
            }
            return d
        }
        ModuleTypes.def(t, "__init__") { o, a, k in
            let f = a.first ?? pyNone
            if f !== pyNone && !Ops.isCallable(f) {
                throw PythonError(PyExc.TypeError, "first argument must be callable or None")
            }
            o.instanceDict!.setItem(string: "default_factory", f)
            _ = try Ops.callMethod(o, "update", Array(a.dropFirst()), kwargs: k)
            return pyNone
        }
        ModuleTypes.def(t, "__missing__") { o, a, _ in
            let f = factory(o)
            if f === pyNone { throw PythonError(PyExc.KeyError, args: [a[0]]) }
            let v = try Ops.call(f, args: [])
            try (o as! PyDict).set(a[0], v)
            return v
        }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let f = factory(o)
            let id = ObjectIdentifier(o)
            if Repr.inProgress.contains(id) { return PyStr("...") }
            let plain = PyDict()
            for (k, v) in (o as! PyDict).items { try plain.set(k, v) }
            let fr: String
            if Repr.inProgress.contains(ObjectIdentifier(f)) { fr = "..." } else {
                Repr.inProgress.insert(id)
                defer { Repr.inProgress.remove(id) }
                fr = try Ops.repr(f).value
            }
            Repr.inProgress.insert(id)
            defer { Repr.inProgress.remove(id) }
            return PyStr("\(o.type.name)(\(fr), \(try Ops.repr(plain).value))")
        }
        ModuleTypes.def(t, "copy") { o, _, _ in
            let d = PyDict(type: o.type)
            d.instanceDict = PyDict()
            d.instanceDict!.setItem(string: "default_factory", factory(o))
            for (k, v) in (o as! PyDict).items { try d.set(k, v) }
            return d
        }
        t.dict.setItem(string: "__copy__", t.dict.getItem(string: "copy")!)
        ModuleTypes.def(t, "__reduce__") { o, _, _ in
            let f = factory(o)
            return PyTuple([o.type, f === pyNone ? PyTuple([]) : PyTuple([f]), pyNone, pyNone,
                            try Ops.iter(try Ops.callMethod(o, "items", []))])
        }
        for (name, reflected) in [("__or__", false), ("__ror__", true)] {
            ModuleTypes.def(t, name) { o, a, _ in
                guard let other = a[0] as? PyDict else { return PyNotImplemented.shared }
                let (left, right) = reflected ? (other, o as! PyDict) : (o as! PyDict, other)
                let d = PyDict(type: t)
                d.instanceDict = PyDict()
                d.instanceDict!.setItem(string: "default_factory", factory(o))
                for (k, v) in left.items { try d.set(k, v) }
                for (k, v) in right.items { try d.set(k, v) }
                return d
            }
        }
    }
}
