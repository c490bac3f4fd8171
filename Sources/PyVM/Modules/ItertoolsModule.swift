import PyObjects
import PyCompiler

/// `itertools.count` (its repr shows the current value).
final class PyCountIterator: PyObject {
    var current: PyObject
    let step: PyObject
    init(type: PyType, start: PyObject, step: PyObject) {
        current = start
        self.step = step
        super.init(type: type)
    }
}

/// `itertools.repeat`.
final class PyRepeatIterator: PyObject {
    let value: PyObject
    var remaining: Int?
    init(type: PyType, value: PyObject, times: Int?) {
        self.value = value
        remaining = times.map { max($0, 0) }
        super.init(type: type)
    }
}

/// `itertools`: iterator building blocks. Most are native iterators of the named type whose
/// state lives in the closure.
enum ItertoolsModule {
    static var types: [String: PyType] = [:]

    static func iterType(_ name: String) -> PyType {
        let t = ModuleTypes.make(name, module: "itertools")
        ModuleTypes.def(t, "__iter__") { o, _, _ in o }
        ModuleTypes.def(t, "__next__") { o, _, _ in
            guard let v = try Ops.next(o) else { throw PythonError(PyExc.StopIteration, args: []) }
            return v
        }
        return t
    }

    static func native(_ t: PyType, _ next: @escaping () throws -> PyObject?) -> PyObject {
        let it = PyNativeIterator(type: t, next: next)
        if t.flags.contains(.heapType) { it.instanceDict = PyDict() }
        return it
    }

    static func noKwargs(_ name: String, _ k: [(String, PyObject)]) throws {
        if !k.isEmpty { throw PythonError(PyExc.TypeError, "\(name)() takes no keyword arguments") }
    }

    static func argCount(_ name: String, _ a: [PyObject], _ min: Int, _ max: Int) throws {
        if a.count < min || a.count > max {
            let what = a.count < min ? "at least \(min)" : "at most \(max)"
            let n = a.count < min ? min : max
            throw PythonError(PyExc.TypeError, "\(name) expected \(what) argument\(n == 1 ? "" : "s"), got \(a.count)")
        }
    }

    /// A native iterator type whose constructor is `body(cls, args, kwargs)`.
    static func define(_ b: ModuleBuilder, _ name: String,
                       _ body: @escaping (PyType, [PyObject], [(String, PyObject)]) throws -> PyObject) {
        let t = iterType(name)
        ModuleTypes.ctor(t, body)
        b.set(name, t)
        types[name] = t
    }

    static func make() -> PyModule {
        let b = ModuleBuilder("itertools")
        defineCount(b)
        defineRepeat(b)
        define(b, "chain") { t, a, k in
            try noKwargs("chain", k)
            return chain(t, a.makeIterator().map { $0 })
        }
        let chainType = types["chain"]!
        ModuleTypes.classDef(chainType, "from_iterable") { cls, a, _ in
            let outer = try Ops.iter(a[0])
            var inner: PyObject?
            return native(cls as! PyType) {
                while true {
                    if let i = inner, let v = try Ops.next(i) { return v }
                    guard let nextIterable = try Ops.next(outer) else { inner = nil; return nil }
                    inner = try Ops.iter(nextIterable)
                }
            }
        }
        ModuleTypes.classDef(chainType, "__class_getitem__") { cls, a, _ in PyGenericAlias(origin: cls, args: a[0]) }
        define(b, "accumulate") { t, a, k in
            try argCount("accumulate", a, 1, 2)
            let it = try Ops.iter(a[0])
            let fn = a.count > 1 ? a[1] : k.first(where: { $0.0 == "func" })?.1
            var initial = k.first(where: { $0.0 == "initial" })?.1
            if initial === pyNone { initial = nil }
            var total: PyObject?
            return native(t) {
                if total == nil, let i = initial { total = i; initial = nil; return i }
                guard let v = try Ops.next(it) else { return nil }
                if let acc = total {
                    total = try fn.flatMap { $0 === pyNone ? nil : $0 }.map { try Ops.call($0, args: [acc, v]) }
                        ?? Ops.binaryOp(acc, v, .add)
                } else {
                    total = v
                }
                return total
            }
        }
        define(b, "compress") { t, a, k in
            let data = try Ops.iter(ModArgs.arg(a, k, 0, "data") ?? pyNone)
            let sel = try Ops.iter(ModArgs.arg(a, k, 1, "selectors") ?? pyNone)
            return native(t) {
                while true {
                    guard let d = try Ops.next(data), let s = try Ops.next(sel) else { return nil }
                    if try Ops.isTrue(s) { return d }
                }
            }
        }
        define(b, "cycle") { t, a, k in
            try noKwargs("cycle", k)
            try argCount("cycle", a, 1, 1)
            let it = try Ops.iter(a[0])
            var saved: [PyObject] = []
            var exhausted = false
            var i = 0
            return native(t) {
                if !exhausted {
                    if let v = try Ops.next(it) { saved.append(v); return v }
                    exhausted = true
                }
                if saved.isEmpty { return nil }
                defer { i = (i + 1) % saved.count }
                return saved[i]
            }
        }
        define(b, "dropwhile") { t, a, k in
            try noKwargs("dropwhile", k)
            try argCount("dropwhile", a, 2, 2)
            let pred = a[0], it = try Ops.iter(a[1])
            var dropping = true
            return native(t) {
                while let v = try Ops.next(it) {
                    if dropping, try Ops.isTrue(Ops.call(pred, args: [v])) { continue }
                    dropping = false
                    return v
                }
                return nil
            }
        }
        define(b, "takewhile") { t, a, k in
            try noKwargs("takewhile", k)
            try argCount("takewhile", a, 2, 2)
            let pred = a[0], it = try Ops.iter(a[1])
            var done = false
            return native(t) {
                if done { return nil }
                guard let v = try Ops.next(it) else { return nil }
                if try Ops.isTrue(Ops.call(pred, args: [v])) { return v }
                done = true
                return nil
            }
        }
        define(b, "filterfalse") { t, a, k in
            try noKwargs("filterfalse", k)
            try argCount("filterfalse", a, 2, 2)
            let pred = a[0], it = try Ops.iter(a[1])
            return native(t) {
                while let v = try Ops.next(it) {
                    let keep = pred === pyNone ? try Ops.isTrue(v) : try Ops.isTrue(Ops.call(pred, args: [v]))
                    if !keep { return v }
                }
                return nil
            }
        }
        define(b, "islice") { t, a, k in
            try noKwargs("islice", k)
            try argCount("islice", a, 2, 4)
            let it = try Ops.iter(a[0])
            func bound(_ o: PyObject, _ what: String) throws -> Int? {
                if o === pyNone { return nil }
                guard let v = try? Ops.indexInt(o), v >= 0 else {
                    throw PythonError(PyExc.ValueError, what == "stop"
                        ? "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
                        : "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                }
                return v
            }
            var start = 0, stop: Int?, step = 1
            if a.count == 2 {
                stop = try bound(a[1], "stop")
            } else {
                start = try bound(a[1], "start") ?? 0
                stop = try bound(a[2], "start")
                if a.count == 4 {
                    let s = try bound(a[3], "step") ?? 1
                    if s == 0 {
                        throw PythonError(PyExc.ValueError, "Step for islice() must be a positive integer or None.")
                    }
                    step = s
                }
            }
            var nextIndex = start
            var pos = 0
            return native(t) {
                if let s = stop, nextIndex >= s {
                    // Consume up to stop, as CPython does, then finish.
                    while pos < s, try Ops.next(it) != nil { pos += 1 }
                    pos = Int.max
                    return nil
                }
                while pos < nextIndex {
                    guard try Ops.next(it) != nil else { stop = 0; return nil }
                    pos += 1
                }
                guard let v = try Ops.next(it) else { stop = 0; return nil }
                pos += 1
                nextIndex += step
                return v
            }
        }
        define(b, "pairwise") { t, a, k in
            try noKwargs("pairwise", k)
            try argCount("pairwise", a, 1, 1)
            let it = try Ops.iter(a[0])
            var last: PyObject?
            var started = false
            return native(t) {
                if !started { started = true; last = try Ops.next(it) }
                guard let prev = last, let v = try Ops.next(it) else { last = nil; return nil }
                last = v
                return PyTuple([prev, v])
            }
        }
        define(b, "starmap") { t, a, k in
            try noKwargs("starmap", k)
            try argCount("starmap", a, 2, 2)
            let fn = a[0], it = try Ops.iter(a[1])
            return native(t) {
                guard let v = try Ops.next(it) else { return nil }
                return try Ops.call(fn, args: try Ops.toArray(v))
            }
        }
        define(b, "zip_longest") { t, a, k in
            var fill: PyObject = pyNone
            for (n, v) in k {
                if n == "fillvalue" { fill = v } else {
                    throw PythonError(PyExc.TypeError, "zip_longest() got an unexpected keyword argument '\(n)'")
                }
            }
            var its: [PyObject?] = try a.map { try Ops.iter($0) }
            var active = its.count
            return native(t) {
                if its.isEmpty || active == 0 { return nil }
                var out: [PyObject] = []
                for i in its.indices {
                    if let it = its[i], let v = try Ops.next(it) { out.append(v); continue }
                    if its[i] != nil { its[i] = nil; active -= 1 }
                    if active == 0 { return nil }
                    out.append(fill)
                }
                return PyTuple(out)
            }
        }
        define(b, "product") { t, a, k in
            var rep = 1
            for (n, v) in k {
                if n == "repeat" { rep = try Ops.indexInt(v) } else {
                    throw PythonError(PyExc.TypeError, "product() got an unexpected keyword argument '\(n)'")
                }
            }
            if rep < 0 { throw PythonError(PyExc.ValueError, "repeat argument cannot be negative") }
            let base = try a.map { try Ops.toArray($0) }
            var pools: [[PyObject]] = []
            for _ in 0..<rep { pools += base }
            var idx = [Int](repeating: 0, count: pools.count)
            var done = pools.contains { $0.isEmpty }
            var first = true
            return native(t) {
                if done { return nil }
                if first {
                    first = false
                } else {
                    var i = pools.count - 1
                    while i >= 0 {
                        idx[i] += 1
                        if idx[i] < pools[i].count { break }
                        idx[i] = 0
                        i -= 1
                    }
                    if i < 0 { done = true; return nil }
                }
                return PyTuple(zip(pools, idx).map { $0[$1] })
            }
        }
        define(b, "permutations") { t, a, k in
            let pool = try Ops.toArray(ModArgs.arg(a, k, 0, "iterable") ?? pyNone)
            let n = pool.count
            let rArg = ModArgs.arg(a, k, 1, "r")
            let r = rArg == nil || rArg === pyNone ? n : try Ops.indexInt(rArg!)
            if r < 0 { throw PythonError(PyExc.ValueError, "r must be non-negative") }
            var indices = Array(0..<n)
            var cycles = Array(stride(from: n, to: n - r, by: -1))
            var first = true
            var done = r > n
            return native(t) {
                if done { return nil }
                if first { first = false; return PyTuple(indices.prefix(r).map { pool[$0] }) }
                var i = r - 1
                while i >= 0 {
                    cycles[i] -= 1
                    if cycles[i] == 0 {
                        let moved = indices.remove(at: i)
                        indices.append(moved)
                        cycles[i] = n - i
                    } else {
                        let j = cycles[i]
                        indices.swapAt(i, n - j)
                        return PyTuple(indices.prefix(r).map { pool[$0] })
                    }
                    i -= 1
                }
                done = true
                return nil
            }
        }
        define(b, "combinations") { t, a, k in
            let pool = try Ops.toArray(ModArgs.arg(a, k, 0, "iterable") ?? pyNone)
            guard let rObj = ModArgs.arg(a, k, 1, "r") else {
                throw PythonError(PyExc.TypeError, "combinations() missing required argument 'r' (pos 2)")
            }
            let r = try Ops.indexInt(rObj)
            if r < 0 { throw PythonError(PyExc.ValueError, "r must be non-negative") }
            let n = pool.count
            var indices = Array(0..<r)
            var first = true
            var done = r > n
            return native(t) {
                if done { return nil }
                if first { first = false; return PyTuple(indices.map { pool[$0] }) }
                var i = r - 1
                while i >= 0 && indices[i] == i + n - r { i -= 1 }
                if i < 0 { done = true; return nil }
                indices[i] += 1
                for j in (i + 1)..<max(r, i + 1) { indices[j] = indices[j - 1] + 1 }
                return PyTuple(indices.map { pool[$0] })
            }
        }
        define(b, "combinations_with_replacement") { t, a, k in
            let pool = try Ops.toArray(ModArgs.arg(a, k, 0, "iterable") ?? pyNone)
            guard let rObj = ModArgs.arg(a, k, 1, "r") else {
                throw PythonError(PyExc.TypeError, "combinations_with_replacement() missing required argument 'r' (pos 2)")
            }
            let r = try Ops.indexInt(rObj)
            if r < 0 { throw PythonError(PyExc.ValueError, "r must be non-negative") }
            let n = pool.count
            var indices = [Int](repeating: 0, count: r)
            var first = true
            var done = n == 0 && r > 0
            return native(t) {
                if done { return nil }
                if first { first = false; return PyTuple(indices.map { pool[$0] }) }
                var i = r - 1
                while i >= 0 && indices[i] == n - 1 { i -= 1 }
                if i < 0 { done = true; return nil }
                let v = indices[i] + 1
                for j in i..<r { indices[j] = v }
                return PyTuple(indices.map { pool[$0] })
            }
        }
        defineGroupby(b)
        defineTee(b)
        return b.module
    }

    static func chain(_ t: PyType, _ iterables: [PyObject]) -> PyObject {
        var rest = iterables[...]
        var current: PyObject?
        return native(t) {
            while true {
                if let c = current, let v = try Ops.next(c) { return v }
                guard let n = rest.popFirst() else { current = nil; return nil }
                current = try Ops.iter(n)
            }
        }
    }

    static func defineCount(_ b: ModuleBuilder) {
        let t = ModuleTypes.make("count", module: "itertools")
        ModuleTypes.ctor(t) { cls, a, k in
            try argCount("count", a, 0, 2)
            let start = ModArgs.arg(a, k, 0, "start") ?? PyInt.make(0)
            let step = ModArgs.arg(a, k, 1, "step") ?? PyInt.make(1)
            let numeric = { (v: PyObject) in
                v is PyInt || v is PyFloat || v is PyComplex
                    || ["__index__", "__int__", "__float__", "__complex__"].contains { v.type.lookup($0) != nil }
            }
            for v in [start, step] where !numeric(v) {
                throw PythonError(PyExc.TypeError, "a number is required")
            }
            let c = PyCountIterator(type: cls, start: start, step: step)
            if cls.flags.contains(.heapType) { c.instanceDict = PyDict() }
            return c
        }
        ModuleTypes.def(t, "__iter__") { o, _, _ in o }
        ModuleTypes.def(t, "__next__") { o, _, _ in
            let c = o as! PyCountIterator
            let v = c.current
            c.current = try Ops.binaryOp(v, c.step, .add)
            return v
        }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let c = o as! PyCountIterator
            let name = c.type.name
            if let s = c.step as? PyInt, s.intValue == 1, !(c.step is PyBool) {
                return PyStr("\(name)(\(try Ops.repr(c.current).value))")
            }
            return PyStr("\(name)(\(try Ops.repr(c.current).value), \(try Ops.repr(c.step).value))")
        }
        b.set("count", t)
    }

    static func defineRepeat(_ b: ModuleBuilder) {
        let t = ModuleTypes.make("repeat", module: "itertools")
        ModuleTypes.ctor(t) { cls, a, k in
            try argCount("repeat", a, 0, 2)
            guard let v = ModArgs.arg(a, k, 0, "object") else {
                throw PythonError(PyExc.TypeError, "repeat() missing required argument 'object' (pos 1)")
            }
            let times = try ModArgs.arg(a, k, 1, "times").map { try Ops.indexInt($0) }
            let r = PyRepeatIterator(type: cls, value: v, times: times)
            if cls.flags.contains(.heapType) { r.instanceDict = PyDict() }
            return r
        }
        ModuleTypes.def(t, "__iter__") { o, _, _ in o }
        ModuleTypes.def(t, "__next__") { o, _, _ in
            let r = o as! PyRepeatIterator
            if let n = r.remaining {
                if n <= 0 { throw PythonError(PyExc.StopIteration, args: []) }
                r.remaining = n - 1
            }
            return r.value
        }
        ModuleTypes.def(t, "__length_hint__") { o, _, _ in
            let r = o as! PyRepeatIterator
            guard let n = r.remaining else { throw PythonError(PyExc.TypeError, "len() of unsized object") }
            return PyInt.make(n)
        }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let r = o as! PyRepeatIterator
            if let n = r.remaining { return PyStr("repeat(\(try Ops.repr(r.value).value), \(n))") }
            return PyStr("repeat(\(try Ops.repr(r.value).value))")
        }
        b.set("repeat", t)
    }

    /// groupby's shared state: the current key and value, and which group is live.
    final class GroupState {
        let it: PyObject
        let keyfunc: PyObject?
        var currKey: PyObject?
        var currValue: PyObject?
        var tgtKey: PyObject?
        var generation = 0
        var exhausted = false
        init(it: PyObject, keyfunc: PyObject?) { self.it = it; self.keyfunc = keyfunc }
        func step() throws -> Bool {
            guard let v = try Ops.next(it) else { exhausted = true; return false }
            currValue = v
            currKey = try keyfunc.map { try Ops.call($0, args: [v]) } ?? v
            return true
        }
    }

    static func defineGroupby(_ b: ModuleBuilder) {
        let grouper = iterType("_grouper")
        b.set("_grouper", grouper)
        define(b, "groupby") { t, a, k in
            try argCount("groupby", a, 0, 2)
            guard let iterable = ModArgs.arg(a, k, 0, "iterable") else {
                throw PythonError(PyExc.TypeError, "groupby() missing required argument 'iterable' (pos 1)")
            }
            var kf = ModArgs.arg(a, k, 1, "key")
            if kf === pyNone { kf = nil }
            let st = GroupState(it: try Ops.iter(iterable), keyfunc: kf)
            return native(t) {
                // Skip what is left of the current group.
                while true {
                    if st.exhausted { return nil }
                    if st.currKey == nil {
                        if !(try st.step()) { return nil }
                    } else if let tgt = st.tgtKey, try Ops.equal(tgt, st.currKey!) {
                        if !(try st.step()) { return nil }
                    } else {
                        break
                    }
                }
                st.tgtKey = st.currKey
                st.generation += 1
                let gen = st.generation
                let key = st.currKey!
                let group = native(grouper) {
                    if st.generation != gen || st.exhausted { return nil }
                    if st.currValue == nil { if !(try st.step()) { return nil } }
                    guard try Ops.equal(key, st.currKey!) else { return nil }
                    let v = st.currValue!
                    st.currValue = nil
                    if !(try st.step()) { st.currValue = nil; return v }
                    return v
                }
                return PyTuple([key, group])
            }
        }
    }

    /// tee's shared buffer: values read from the source not yet seen by every copy.
    final class TeeBuffer {
        let it: PyObject
        var values: [PyObject] = []
        var offset = 0
        var positions: [Int] = []
        init(_ it: PyObject) { self.it = it }
    }

    static func defineTee(_ b: ModuleBuilder) {
        let teeType = iterType("_tee")
        b.set("_tee", teeType)
        func copy(_ buf: TeeBuffer, at position: Int) -> PyObject {
            var pos = position
            return native(teeType) {
                if pos - buf.offset >= buf.values.count {
                    guard let v = try Ops.next(buf.it) else { return nil }
                    buf.values.append(v)
                }
                let v = buf.values[pos - buf.offset]
                pos += 1
                return v
            }
        }
        b.fn("tee") { a, k in
            try noKwargs("tee", k)
            try argCount("tee", a, 1, 2)
            let n = a.count > 1 ? try Ops.indexInt(a[1]) : 2
            if n < 0 { throw PythonError(PyExc.ValueError, "n must be >= 0") }
            let buf = TeeBuffer(try Ops.iter(a[0]))
            return PyTuple((0..<n).map { _ in copy(buf, at: 0) })
        }
    }
}
