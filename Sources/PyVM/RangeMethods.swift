import PyObjects
import BigInt

/// `range` (arbitrary-precision bounds) and `slice` objects.
enum RangeMethods {
    static func parts(_ r: PyRange) -> (BigInt, BigInt, BigInt) {
        r.big ?? (BigInt(r.start), BigInt(r.stop), BigInt(r.step))
    }

    static func length(_ r: PyRange) -> BigInt {
        if r.big == nil { return BigInt(r.count) }
        let (start, stop, step) = parts(r)
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    /// `len(r)`: OverflowError beyond the machine word.
    static func len(_ r: PyRange) throws -> Int {
        if r.big == nil { return r.count }
        guard let n = Int(exactly: length(r)) else {
            throw PythonError(PyExc.OverflowError, "Python int too large to convert to C ssize_t")
        }
        return n
    }

    static func make(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> PyRange {
        PyRange(start: start, stop: stop, step: step)
    }

    static func construct(_ t: PyType, _ a: [PyObject], _ k: [(String, PyObject)]) throws -> PyObject {
        if !k.isEmpty { throw PythonError(PyExc.TypeError, "range() takes no keyword arguments") }
        if a.isEmpty { throw PythonError(PyExc.TypeError, "range expected at least 1 argument, got 0") }
        if a.count > 3 { throw PythonError(PyExc.TypeError, "range expected at most 3 arguments, got \(a.count)") }
        let v = try a.map { try Ops.index($0).bigValue }
        if v.count == 1 { return make(0, v[0], 1) }
        let step = v.count == 3 ? v[2] : 1
        if step == 0 { throw PythonError(PyExc.ValueError, "range() arg 3 must not be zero") }
        return make(v[0], v[1], step)
    }

    /// The position of integer `x` in `r`, or nil.
    static func position(_ r: PyRange, _ x: BigInt) -> BigInt? {
        let (start, stop, step) = parts(r)
        if step > 0 ? (x < start || x >= stop) : (x > start || x <= stop) { return nil }
        let (q, rem) = (x - start).quotientAndRemainder(dividingBy: step)
        return rem == 0 ? q : nil
    }

    static func isExactInt(_ o: PyObject) -> Bool { o is PyInt && !o.type.flags.contains(.heapType) }

    static func contains(_ r: PyRange, _ item: PyObject) throws -> Bool {
        if isExactInt(item) { return position(r, (item as! PyInt).bigValue) != nil }
        let it = try Ops.iter(r)
        while let x = try Ops.next(it) { if try Ops.equal(x, item) { return true } }
        return false
    }

    static func item(_ r: PyRange, _ i: BigInt) -> PyObject {
        let (start, _, step) = parts(r)
        return PyInt.make(start + i * step)
    }

    static func getItem(_ r: PyRange, _ key: PyObject) throws -> PyObject {
        if let s = key as? PySlice {
            let (start, stop, step) = try SliceMethods.indices(s, length(r))
            let (rs, _, rstep) = parts(r)
            return make(rs + start * rstep, rs + stop * rstep, rstep * step)
        }
        guard key is PyInt || Ops.heapLookup(key.type, "__index__") != nil else {
            throw PythonError(PyExc.TypeError, "range indices must be integers or slices, not \(key.type.name)")
        }
        var i = try Ops.index(key).bigValue
        let n = length(r)
        if i < 0 { i += n }
        if i < 0 || i >= n { throw PythonError(PyExc.IndexError, "range object index out of range") }
        return item(r, i)
    }

    static func iter(_ r: PyRange) -> PyObject {
        if r.big == nil {
            return PyNativeIterator(rangeType: VMTypes.rangeIterator, start: r.start, stop: r.stop, step: r.step)
        }
        let (start, _, step) = parts(r)
        let n = length(r)
        var i = BigInt(0)
        return PyNativeIterator(type: VMTypes.rangeIterator) {
            guard i < n else { return nil }
            defer { i += 1 }
            return PyInt.make(start + i * step)
        }
    }

    static func reversed(_ r: PyRange) -> PyObject {
        let (start, _, step) = parts(r)
        let n = length(r)
        return iter(make(start + (n - 1) * step, start - step, -step))
    }

    static func equal(_ a: PyRange, _ b: PyRange) -> Bool {
        if a === b { return true }
        let n = length(a)
        if n != length(b) { return false }
        if n == 0 { return true }
        let (s1, _, st1) = parts(a), (s2, _, st2) = parts(b)
        if s1 != s2 { return false }
        return n == 1 || st1 == st2
    }

    static func hash(_ r: PyRange) throws -> Int {
        let n = length(r)
        let (start, _, step) = parts(r)
        let items: [PyObject] = n == 0 ? [PyInt.make(0), pyNone, pyNone]
            : n == 1 ? [PyInt.make(1), PyInt.make(start), pyNone]
            : [PyInt.make(n), PyInt.make(start), PyInt.make(step)]
        return try BuiltinHashing.hashTuple(items)
    }

    static func repr(_ r: PyRange) -> String {
        let (start, stop, step) = parts(r)
        return step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
    }

    static func install() {
        let t = PyTypes.range
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        func r(_ o: PyObject) -> PyRange { o as! PyRange }
        BuiltinMethods.ctor(t, construct)
        IntMethods.getter(t, "start") { PyInt.make(parts(r($0)).0) }
        IntMethods.getter(t, "stop") { PyInt.make(parts(r($0)).1) }
        IntMethods.getter(t, "step") { PyInt.make(parts(r($0)).2) }
        def("count") { o, a, k in
            try Args("count", a, k).check(min: 1, max: 1)
            if isExactInt(a[0]) { return PyInt.make(position(r(o), (a[0] as! PyInt).bigValue) == nil ? 0 : 1) }
            var n = 0
            let it = iter(r(o))
            while let x = try Ops.next(it) { if try Ops.equal(x, a[0]) { n += 1 } }
            return PyInt.make(n)
        }
        def("index") { o, a, k in
            try Args("index", a, k).check(min: 1, max: 1)
            if isExactInt(a[0]) {
                if let p = position(r(o), (a[0] as! PyInt).bigValue) { return PyInt.make(p) }
                throw PythonError(PyExc.ValueError, "\((a[0] as! PyInt).bigValue) is not in range")
            }
            var i = 0
            let it = iter(r(o))
            while let x = try Ops.next(it) {
                if try Ops.equal(x, a[0]) { return PyInt.make(i) }
                i += 1
            }
            throw PythonError(PyExc.ValueError, "sequence.index(x): x not in sequence")
        }
        def("__len__") { o, _, _ in PyInt.make(try len(r(o))) }
        def("__getitem__") { o, a, _ in try getItem(r(o), a[0]) }
        def("__contains__") { o, a, _ in pyBool(try contains(r(o), a[0])) }
        def("__iter__") { o, _, _ in iter(r(o)) }
        def("__reversed__") { o, _, _ in reversed(r(o)) }
        def("__bool__") { o, _, _ in pyBool(length(r(o)) != 0) }
        def("__sizeof__") { _, _, _ in PyInt.make(48) }
        def("__hash__") { o, _, _ in PyInt.make(try hash(r(o))) }
        def("__repr__") { o, _, _ in PyStr(repr(r(o))) }
        def("__eq__") { o, a, _ in
            guard let other = a.first as? PyRange else { return PyNotImplemented.shared }
            return pyBool(equal(r(o), other))
        }
        def("__ne__") { o, a, _ in
            guard let other = a.first as? PyRange else { return PyNotImplemented.shared }
            return pyBool(!equal(r(o), other))
        }
        def("__reduce__") { o, _, _ in
            let (a, b, c) = parts(r(o))
            return PyTuple([PyTypes.range, PyTuple([PyInt.make(a), PyInt.make(b), PyInt.make(c)])])
        }
        SliceMethods.install()
    }
}

enum SliceMethods {
    /// `slice.indices(length)` with exact arithmetic: (start, stop, step).
    static func indices(_ s: PySlice, _ length: BigInt) throws -> (BigInt, BigInt, BigInt) {
        func val(_ o: PyObject) throws -> BigInt? {
            if o === pyNone { return nil }
            guard o is PyInt || Ops.heapLookup(o.type, "__index__") != nil else {
                throw PythonError(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method")
            }
            return try Ops.index(o).bigValue
        }
        let step = try val(s.step) ?? 1
        if step == 0 { throw PythonError(PyExc.ValueError, "slice step cannot be zero") }
        let lower: BigInt = step < 0 ? -1 : 0
        let upper: BigInt = step < 0 ? length - 1 : length
        func clamp(_ v: BigInt?, _ dflt: BigInt) -> BigInt {
            guard var x = v else { return dflt }
            if x < 0 { x += length; if x < lower { x = lower } } else if x > upper { x = upper }
            return x
        }
        let start = clamp(try val(s.start), step < 0 ? upper : lower)
        let stop = clamp(try val(s.stop), step < 0 ? lower : upper)
        return (start, stop, step)
    }

    static func install() {
        let t = PyTypes.slice
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        func sl(_ o: PyObject) -> PySlice { o as! PySlice }
        BuiltinMethods.ctor(t) { _, a, k in
            if !k.isEmpty { throw PythonError(PyExc.TypeError, "slice() takes no keyword arguments") }
            try Args("slice", a, k).check(min: 1, max: 3)
            if a.count == 1 { return PySlice(start: pyNone, stop: a[0], step: pyNone) }
            return PySlice(start: a[0], stop: a[1], step: a.count > 2 ? a[2] : pyNone)
        }
        def("indices") { o, a, k in
            try Args("indices", a, k).check(min: 1, max: 1)
            let n = try Ops.index(a[0]).bigValue
            if n < 0 { throw PythonError(PyExc.ValueError, "length should not be negative") }
            let (x, y, z) = try indices(sl(o), n)
            return PyTuple([PyInt.make(x), PyInt.make(y), PyInt.make(z)])
        }
        def("__setattr__") { _, _, _ in throw PythonError(PyExc.AttributeError, "readonly attribute") }
        def("__sizeof__") { _, _, _ in PyInt.make(40) }
        def("__reduce__") { o, _, _ in PyTuple([PyTypes.slice, PyTuple([sl(o).start, sl(o).stop, sl(o).step])]) }
        t.dict.setItem(string: "__hash__", pyNone)
    }

    static func asTuple(_ s: PySlice) -> [PyObject] { [s.start, s.stop, s.step] }
}
