import PyObjects
import PyCompiler

/// Indexing, slicing, concatenation and comparison of the builtin sequences.
enum Sequences {
    /// A normalised index, raising IndexError ("list index out of range") when outside.
    static func index(_ key: PyObject, count: Int, typeName: String, assignment: Bool = false) throws -> Int {
        guard let k = key as? PyInt else {
            if Ops.heapLookup(key.type, "__index__") != nil {
                return try index(Ops.index(key), count: count, typeName: typeName, assignment: assignment)
            }
            let what = typeName == "string" ? "string" : typeName == "index" ? "byte" : typeName
            let tn = what == "range object" ? "range" : what
            throw PythonError(PyExc.TypeError, "\(tn) indices must be integers or slices, not \(key.type.name)")
        }
        guard var i = k.intValue else {
            throw PythonError(PyExc.IndexError, "cannot fit 'int' into an index-sized integer")
        }
        if i < 0 { i += count }
        if i < 0 || i >= count {
            let name = typeName == "index" ? "index" : assignment && typeName == "list" ? "list assignment index" : "\(typeName) index"
            throw PythonError(PyExc.IndexError, "\(name) out of range")
        }
        return i
    }

    /// start, stop, step of a slice for a sequence of `count` items (CPython's adjustment).
    static func sliceBounds(_ count: Int, _ s: PySlice) throws -> (Int, Int, Int) {
        func val(_ o: PyObject) throws -> Int? {
            if o === pyNone { return nil }
            if !(o is PyInt), !o.type.hasDictBehaviour || Ops.heapLookup(o.type, "__index__") == nil {
                throw PythonError(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method")
            }
            let i = try Ops.index(o)
            if let v = i.intValue { return v }
            return i.bigValue.signum() < 0 ? Int.min / 2 : Int.max / 2
        }
        // CPython clamps the step to -maxsize, so that -step never overflows.
        let step = max(try val(s.step) ?? 1, -Int.max)
        if step == 0 { throw PythonError(PyExc.ValueError, "slice step cannot be zero") }
        var start: Int, stop: Int
        if step > 0 {
            start = try val(s.start) ?? 0
            stop = try val(s.stop) ?? count
            if start < 0 { start = max(start + count, 0) } else { start = min(start, count) }
            if stop < 0 { stop = max(stop + count, 0) } else { stop = min(stop, count) }
        } else {
            start = try val(s.start) ?? count - 1
            stop = try val(s.stop) ?? -count - 1
            if start < 0 { start = max(start + count, -1) } else { start = min(start, count - 1) }
            if stop < 0 { stop = max(stop + count, -1) } else { stop = min(stop, count - 1) }
        }
        return (start, stop, step)
    }

    /// How many items start, start+step, ... lie before stop (bounds from sliceBounds). Counting
    /// first keeps `i += step` from overflowing with a huge step.
    static func sliceLength(_ start: Int, _ stop: Int, _ step: Int) -> Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / -step + 1 : 0
    }

    static func sliceIndices(_ count: Int, _ s: PySlice) throws -> [Int] {
        let (start, stop, step) = try sliceBounds(count, s)
        return (0..<sliceLength(start, stop, step)).map { start + $0 * step }
    }

    static func slice<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        let (start, stop, step) = try sliceBounds(items.count, s)
        if step == 1 { return start < stop ? Array(items[start..<stop]) : [] }
        return (0..<sliceLength(start, stop, step)).map { items[start + $0 * step] }
    }

    static func assignSlice(_ items: inout [PyObject], _ s: PySlice, _ values: [PyObject]) throws {
        let (start, stop, step) = try sliceBounds(items.count, s)
        if step == 1 {
            items.replaceSubrange(start..<max(start, stop), with: values)
            return
        }
        let idx = try sliceIndices(items.count, s)
        if idx.count != values.count {
            throw PythonError(PyExc.ValueError,
                "attempt to assign sequence of size \(values.count) to extended slice of size \(idx.count)")
        }
        for (i, v) in zip(idx, values) { items[i] = v }
    }

    /// `bytearray[slice] = value`: any bytes-like or iterable of ints; an int is rejected.
    static func assignByteSlice(_ b: PyByteArray, _ s: PySlice, _ value: PyObject) throws {
        let new: [UInt8]
        if BytesMethods.isBytesLike(value) {
            new = try BytesMethods.buffer(value)
        } else if value is PyInt || value is PyStr || !Ops.isIterable(value) {
            throw PythonError(PyExc.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        } else {
            new = try Conversions.toBytes(value, encoding: nil, bytearray: true)
        }
        let (start, stop, step) = try sliceBounds(b.value.count, s)
        if step == 1 {
            if max(start, stop) - start != new.count { try b.checkResizable() }
            b.value.replaceSubrange(start..<max(start, stop), with: new)
            return
        }
        let idx = try sliceIndices(b.value.count, s)
        if idx.count != new.count {
            throw PythonError(PyExc.ValueError,
                "attempt to assign bytes of size \(new.count) to extended slice of size \(idx.count)")
        }
        for (i, v) in zip(idx, new) { b.value[i] = v }
    }

    /// `items * n`, refusing sizes no machine holds (CPython: MemoryError, or OverflowError when
    /// the byte/str length overflows) instead of trapping in the allocator.
    static func repeated<T>(_ items: [T], _ n: Int, overflowMessage: String? = nil) throws -> [T] {
        if n <= 0 || items.isEmpty { return [] }
        try checkRepeat(items.count, n, overflowMessage: overflowMessage)
        // One allocation, then appends (joining n copies of an array made O(n) array headers).
        if items.count == 1 { return [T](repeating: items[0], count: n) }
        var out: [T] = []
        out.reserveCapacity(items.count * n)
        for _ in 0..<n { out.append(contentsOf: items) }
        return out
    }

    static func checkRepeat(_ count: Int, _ n: Int, overflowMessage: String? = nil) throws {
        let (total, overflow) = count.multipliedReportingOverflow(by: n)
        if overflow, let m = overflowMessage { throw PythonError(PyExc.OverflowError, m) }
        if overflow || total > 1 << 36 { throw PythonError(PyExc.MemoryError, args: []) }
    }

    static func repeatCount(_ o: PyObject) throws -> Int? {
        var int = o as? PyInt
        // An object with __index__ repeats a sequence too.
        if int == nil, o.type.hasDictBehaviour, Ops.heapLookup(o.type, "__index__") != nil { int = try Ops.index(o) }
        guard let i = int else { return nil }
        guard let n = i.intValue else { throw PythonError(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer") }
        return max(n, 0)
    }

    static func binary(_ a: PyObject, _ b: PyObject, _ op: BinaryOperator) throws -> PyObject? {
        switch op {
        case .add:
            switch (a, b) {
            case let (x as PyStr, y as PyStr): return PyStr(x.value + y.value)
            case let (x as PyList, y as PyList): return PyList(x.items + y.items)
            case let (x as PyTuple, y as PyTuple): return PyTuple(x.items + y.items)
            case (is PyBytes, _), (is PyByteArray, _):
                guard BytesMethods.isBytesLike(b) else {
                    throw PythonError(PyExc.TypeError, "can't concat \(b.type.name) to \(a.type.name)")
                }
                let v = BytesMethods.bytes(a) + (try BytesMethods.buffer(b))
                return a is PyBytes ? PyBytes(v) : PyByteArray(v)
            default: return nil
            }
        case .mul:
            let isSeq = { (o: PyObject) in o is PyStr || o is PyList || o is PyTuple || o is PyBytes || o is PyByteArray }
            // An immutable sequence repeated once is itself (CPython returns the same object).
            if let n = (b as? PyInt)?.intValue, n == 1, a.type === PyTypes.tuple || a.type === PyTypes.str || a.type === PyTypes.bytes {
                return a
            }
            if isSeq(a), let n = try repeatCount(b) {
                switch a {
                case let x as PyStr:
                    try checkRepeat(x.value.utf8.count, n, overflowMessage: "repeated string is too long")
                    return PyStr(String(repeating: x.value, count: n))
                case let x as PyList: return PyList(try repeated(x.items, n))
                case let x as PyTuple: return PyTuple(try repeated(x.items, n))
                case let x as PyBytes: return PyBytes(try repeated(x.value, n, overflowMessage: "repeated bytes are too long"))
                case let x as PyByteArray: return PyByteArray(try repeated(x.value, n, overflowMessage: "repeated bytes are too long"))
                default: break
                }
            }
            if isSeq(b), let n = try repeatCount(a), !(a is PyBool && b is PyInt) {
                switch b {
                case let x as PyStr:
                    try checkRepeat(x.value.utf8.count, n, overflowMessage: "repeated string is too long")
                    return PyStr(String(repeating: x.value, count: n))
                case let x as PyList: return PyList(try repeated(x.items, n))
                case let x as PyTuple: return PyTuple(try repeated(x.items, n))
                case let x as PyBytes: return PyBytes(try repeated(x.value, n, overflowMessage: "repeated bytes are too long"))
                case let x as PyByteArray: return PyByteArray(try repeated(x.value, n, overflowMessage: "repeated bytes are too long"))
                default: break
                }
            }
            return nil
        case .mod:
            if let s = a as? PyStr { return PyStr(try Formatting.percent(s.value, b)) }
            if a is PyBytes || a is PyByteArray {
                // Bytes map to the code points U+0000-U+00FF and back.
                let text = String(String.UnicodeScalarView(BytesMethods.bytes(a).map { Unicode.Scalar($0) }))
                let r = try Formatting.percent(text, b, bytesMode: true).unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
                return a is PyBytes ? PyBytes(r) : PyByteArray(r)
            }
            return nil
        case .or, .and, .sub, .xor:
            if let x = a as? PySet, let y = b as? PySet {
                let r = PySet(type: x.isFrozen ? PyTypes.frozenset : PyTypes.set)
                switch op {
                case .or:
                    for e in x.elements { try r.add(e) }
                    for e in y.elements { try r.add(e) }
                case .and:
                    for e in x.elements where try y.contains(e) { try r.add(e) }
                case .sub:
                    for e in x.elements where !(try y.contains(e)) { try r.add(e) }
                default:
                    for e in x.elements where !(try y.contains(e)) { try r.add(e) }
                    for e in y.elements where !(try x.contains(e)) { try r.add(e) }
                }
                return r
            }
            if op == .or, let x = a as? PyDict, let y = b as? PyDict {
                let r = PyDict()
                try Ops.dictUpdate(r, x)
                try Ops.dictUpdate(r, y)
                return r
            }
            if let r = try DictMethods.viewSetOp(a, b, op) { return r }
            return nil
        default:
            return nil
        }
    }

    /// Comparisons of strings, bytes, lists, tuples, sets and dicts; nil for other pairs.
    static func compare(_ a: PyObject, _ b: PyObject, _ op: CompareOperator) throws -> Bool? {
        func ordered<T: Comparable>(_ x: T, _ y: T) -> Bool {
            switch op {
            case .lt: return x < y
            case .le: return x <= y
            case .eq: return x == y
            case .ne: return x != y
            case .gt: return x > y
            case .ge: return x >= y
            }
        }
        switch (a, b) {
        case let (x as PyStr, y as PyStr):
            // Code-point order (Swift's String comparison is by canonical equivalence).
            if op == .eq { return PyStr.sameText(x.value, y.value) }
            if op == .ne { return !PyStr.sameText(x.value, y.value) }
            let c = PyStr.compareText(x.value, y.value)
            return ordered(c, 0)
        case (is PyBytes, is PyBytes), (is PyBytes, is PyByteArray), (is PyByteArray, is PyBytes), (is PyByteArray, is PyByteArray):
            return ordered(lexCompare(BytesMethods.bytes(a), BytesMethods.bytes(b)), 0)
        case (is PyMemoryView, _), (_, is PyMemoryView):
            guard op == .eq || op == .ne else { return nil }
            let m = (a as? PyMemoryView) ?? (b as! PyMemoryView)
            let other = m === a ? b : a
            guard BytesMethods.isBytesLike(other) else { return op == .ne }
            if m.released || (other as? PyMemoryView)?.released == true { return op == .eq ? a === b : a !== b }
            let eq = try m.bytes() == BytesMethods.buffer(other)
            return op == .eq ? eq : !eq
        case let (x as PyList, y as PyList):
            return try seqCompare(x.items, y.items, op)
        case let (x as PyTuple, y as PyTuple):
            return try seqCompare(x.items, y.items, op)
        case let (x as PyDict, y as PyDict):
            guard op == .eq || op == .ne else { return nil }
            var eq = x.count == y.count
            if eq {
                for (k, v) in x.items {
                    guard let w = try y.get(k), try Ops.equal(v, w) else { eq = false; break }
                }
            }
            return op == .eq ? eq : !eq
        case let (x as PySet, y as PySet):
            let sub = try x.elements.allSatisfy { try y.contains($0) }
            let sup = try y.elements.allSatisfy { try x.contains($0) }
            switch op {
            case .eq: return sub && sup
            case .ne: return !(sub && sup)
            case .le: return sub
            case .lt: return sub && !sup
            case .ge: return sup
            case .gt: return sup && !sub
            }
        case let (x as PyRange, y as PyRange):
            guard op == .eq || op == .ne else { return nil }
            let eq = RangeMethods.equal(x, y)
            return op == .eq ? eq : !eq
        case let (x as PyGenericAlias, y as PyGenericAlias):
            guard op == .eq || op == .ne else { return nil }
            let eq = try GenericAliases.equal(x, y)
            return op == .eq ? eq : !eq
        case let (x as PySlice, y as PySlice):
            return try seqCompare(SliceMethods.asTuple(x), SliceMethods.asTuple(y), op)
        case (is PyDictView, _), (_, is PyDictView):
            return try DictMethods.viewCompare(a, b, op)
        default:
            return nil
        }
    }

    static func lexCompare<T: Comparable>(_ x: [T], _ y: [T]) -> Int {
        for (p, q) in zip(x, y) where p != q { return p < q ? -1 : 1 }
        return x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)
    }

    static func seqCompare(_ x: [PyObject], _ y: [PyObject], _ op: CompareOperator) throws -> Bool {
        // Comparing nested containers is a level of recursion per nesting, as in CPython.
        try Runtime.enterRecursiveCall(" in comparison")
        defer { Runtime.depth -= 1 }
        var i = 0
        while i < x.count && i < y.count {
            if !(try Ops.equal(x[i], y[i])) { break }
            i += 1
        }
        if i >= x.count || i >= y.count {
            switch op {
            case .lt: return x.count < y.count
            case .le: return x.count <= y.count
            case .eq: return x.count == y.count
            case .ne: return x.count != y.count
            case .gt: return x.count > y.count
            case .ge: return x.count >= y.count
            }
        }
        if op == .eq { return false }
        if op == .ne { return true }
        return try Ops.compareBool(x[i], y[i], op)
    }
}
