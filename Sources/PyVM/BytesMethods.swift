import PyObjects
import Foundation

/// Methods of `bytes` and `bytearray` (results keep the receiver's type), and `bytes % args`.
enum BytesMethods {
    static func find(_ hay: [UInt8], _ needle: [UInt8], _ start: Int) -> Int {
        find(hay, needle, start, hay.count)
    }

    static func find(_ hay: [UInt8], _ needle: [UInt8], _ start: Int, _ end: Int, reverse: Bool = false) -> Int {
        let n = needle.count
        if start > hay.count || end - start < n { return -1 }
        if n == 0 { return reverse ? end : start }
        if !reverse {
            var i = start
            while i + n <= end {
                if hay[i] == needle[0] && hay[i..<(i + n)].elementsEqual(needle) { return i }
                i += 1
            }
        } else {
            var i = end - n
            while i >= start {
                if hay[i..<(i + n)].elementsEqual(needle) { return i }
                i -= 1
            }
        }
        return -1
    }

    /// The bytes of a bytes, bytearray or memoryview (empty for anything else).
    static func bytes(_ o: PyObject) -> [UInt8] {
        switch o {
        case let b as PyBytes: return b.value
        case let b as PyByteArray: return b.value
        case let m as PyMemoryView: return (try? m.bytes()) ?? []
        default: return []
        }
    }

    static let bytearrayIterator = PyType(name: "bytearray_iterator", bases: [PyTypes.object], flags: [])

    static func isBytesLike(_ o: PyObject) -> Bool { o is PyBytes || o is PyByteArray || o is PyMemoryView }

    /// A bytes-like argument, or "a bytes-like object is required, not 'X'".
    static func buffer(_ o: PyObject) throws -> [UInt8] {
        if let m = o as? PyMemoryView { return try m.bytes() }
        // A C exporter (mmap, array...): a copy of its buffer, released at once.
        if !isBytesLike(o), let f = try MemoryViews.exportForeign?(o) { return Array(f.bytes) }
        guard isBytesLike(o) else {
            throw PythonError(PyExc.TypeError, "a bytes-like object is required, not '\(o.type.name)'")
        }
        return bytes(o)
    }

    /// The needle of find/count/index: a bytes-like object or an int in range(256).
    static func needle(_ o: PyObject) throws -> [UInt8] {
        if let i = o as? PyInt {
            guard let v = i.intValue, v >= 0 && v < 256 else { throw PythonError(PyExc.ValueError, "byte must be in range(0, 256)") }
            return [UInt8(v)]
        }
        guard isBytesLike(o) else {
            throw PythonError(PyExc.TypeError, "argument should be integer or bytes-like object, not '\(o.type.name)'")
        }
        return try buffer(o)
    }

    static func decode(_ b: [UInt8], encoding: String, errors: String) throws -> String {
        try Codecs.decode(b, encoding, errors)
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
    static func isUpper(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
    static func isLower(_ c: UInt8) -> Bool { c >= 97 && c <= 122 }
    static func isAlpha(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }
    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    static func toUpper(_ c: UInt8) -> UInt8 { isLower(c) ? c - 32 : c }
    static func toLower(_ c: UInt8) -> UInt8 { isUpper(c) ? c + 32 : c }

    static func split(_ v: [UInt8], _ sep: PyObject?, _ maxsplit: Int, reverse: Bool) throws -> [[UInt8]] {
        var parts: [[UInt8]] = []
        if let sepObj = sep, sepObj !== pyNone {
            let n = try buffer(sepObj)
            if n.isEmpty { throw PythonError(PyExc.ValueError, "empty separator") }
            if !reverse {
                var i = 0
                while maxsplit < 0 || parts.count < maxsplit {
                    let j = find(v, n, i, v.count)
                    if j < 0 { break }
                    parts.append(Array(v[i..<j])); i = j + n.count
                }
                parts.append(Array(v[i...]))
                return parts
            }
            var end = v.count
            while maxsplit < 0 || parts.count < maxsplit {
                let j = find(v, n, 0, end, reverse: true)
                if j < 0 { break }
                parts.append(Array(v[(j + n.count)..<end])); end = j
            }
            parts.append(Array(v[..<end]))
            return parts.reversed()
        }
        if !reverse {
            var i = 0
            while true {
                while i < v.count && isSpace(v[i]) { i += 1 }
                if i == v.count { break }
                if maxsplit >= 0 && parts.count == maxsplit {
                    parts.append(Array(v[i...])); break
                }
                var j = i
                while j < v.count && !isSpace(v[j]) { j += 1 }
                parts.append(Array(v[i..<j])); i = j
            }
            return parts
        }
        var e = v.count
        while true {
            while e > 0 && isSpace(v[e - 1]) { e -= 1 }
            if e == 0 { break }
            if maxsplit >= 0 && parts.count == maxsplit {
                parts.append(Array(v[..<e])); break
            }
            var j = e
            while j > 0 && !isSpace(v[j - 1]) { j -= 1 }
            parts.append(Array(v[j..<e])); e = j
        }
        return parts.reversed()
    }

    static func fill(_ a: [PyObject], _ name: String) throws -> UInt8 {
        guard a.count > 1 else { return 32 }
        guard isBytesLike(a[1]), case let f = bytes(a[1]), f.count == 1 else {
            throw PythonError(PyExc.TypeError, "\(name)() argument 2 must be a byte string of length 1, not \(a[1].type.name)")
        }
        return f[0]
    }

    static func hex(_ b: [UInt8], _ a: [PyObject], _ k: [(String, PyObject)]) throws -> String {
        let args = Args("hex", a, k)
        try args.check(min: 0, max: 2, keywords: ["sep", "bytes_per_sep"])
        let digits = b.map { Repr.hex(UInt32($0), 2) }
        guard let sepObj = args[0] ?? args.keyword("sep") else { return digits.joined() }
        let sep: String
        if let s = sepObj as? PyStr { sep = s.value } else if isBytesLike(sepObj) {
            sep = String(decoding: bytes(sepObj), as: UTF8.self)
        } else {
            throw PythonError(PyExc.TypeError, "object of type '\(sepObj.type.messageName)' has no len()")
        }
        if sep.unicodeScalars.count != 1 { throw PythonError(PyExc.ValueError, "sep must be length 1.") }
        if !sep.unicodeScalars.first!.isASCII { throw PythonError(PyExc.ValueError, "sep must be ASCII.") }
        let per = try (args[1] ?? args.keyword("bytes_per_sep")).map { try Ops.indexInt($0) } ?? 1
        if per == 0 || digits.isEmpty { return digits.joined() }
        let n = abs(per)
        var groups: [String] = []
        if per > 0 {
            // Groups counted from the right.
            var end = digits.count
            while end > 0 { let s = max(0, end - n); groups.insert(digits[s..<end].joined(), at: 0); end = s }
        } else {
            var s = 0
            while s < digits.count { let e = min(digits.count, s + n); groups.append(digits[s..<e].joined()); s = e }
        }
        return groups.joined(separator: sep)
    }

    static func fromHex(_ s: String) throws -> [UInt8] {
        let u = Array(s.unicodeScalars)
        var out: [UInt8] = []
        var i = 0
        func val(_ c: Unicode.Scalar) -> UInt8? {
            switch c.value {
            case 48...57: return UInt8(c.value - 48)
            case 97...102: return UInt8(c.value - 87)
            case 65...70: return UInt8(c.value - 55)
            default: return nil
            }
        }
        while i < u.count {
            if u[i].value < 128 && isSpace(UInt8(u[i].value)) { i += 1; continue }
            guard let hi = val(u[i]) else {
                throw PythonError(PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position \(i)")
            }
            guard i + 1 < u.count, let lo = val(u[i + 1]) else {
                throw PythonError(PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position \(i + 1)")
            }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    static func install() {
        for t in [PyTypes.bytes, PyTypes.bytearray] {
            let isBytes = t === PyTypes.bytes
            let tn = t.name
            func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
            func make(_ v: [UInt8]) -> PyObject { isBytes ? PyBytes(v) : PyByteArray(v) }
            func make<S: Sequence>(_ v: S) -> PyObject where S.Element == UInt8 { make(Array(v)) }
            func noArgs(_ n: String, _ body: @escaping ([UInt8]) throws -> PyObject) {
                def(n) { r, a, k in
                    try Args("\(tn).\(n)", a, k).check(min: 0, max: 0)
                    return try body(bytes(r))
                }
            }
            def("decode") { r, a, k in
                let args = Args("decode", a, k)
                try args.check(min: 0, max: 2, keywords: ["encoding", "errors"])
                func str(_ o: PyObject?, _ name: String, _ d: String) throws -> String {
                    guard let o = o else { return d }
                    guard let s = o as? PyStr else {
                        throw PythonError(PyExc.TypeError, "decode() argument '\(name)' must be str, not \(o.type.name)")
                    }
                    return s.value
                }
                let enc = try str(args[0] ?? args.keyword("encoding"), "encoding", "utf-8")
                let err = try str(args[1] ?? args.keyword("errors"), "errors", "strict")
                return PyStr(try Codecs.decode(bytes(r), enc, err, object: isBytes ? r : PyBytes(bytes(r))))
            }
            def("hex") { r, a, k in PyStr(try hex(bytes(r), a, k)) }
            BuiltinMethods.classDef(t, "fromhex") { cls, a, k in
                try Args("fromhex", a, k).check(min: 1, max: 1)
                guard let s = a[0] as? PyStr else {
                    throw PythonError(PyExc.TypeError, "fromhex() argument must be str, not \(a[0].type.name)")
                }
                let v = try fromHex(s.value)
                let c = cls as! PyType
                if c === PyTypes.bytes { return PyBytes(v) }
                if c === PyTypes.bytearray { return PyByteArray(v) }
                return try Ops.call(c, args: [PyBytes(v)])
            }
            noArgs("upper") { make($0.map(toUpper)) }
            noArgs("lower") { make($0.map(toLower)) }
            noArgs("swapcase") { make($0.map { isUpper($0) ? toLower($0) : toUpper($0) }) }
            noArgs("capitalize") { b in make(b.enumerated().map { $0.offset == 0 ? toUpper($0.element) : toLower($0.element) }) }
            noArgs("title") { b in
                var prev = false
                return make(b.map { c -> UInt8 in
                    let out = prev ? toLower(c) : toUpper(c)
                    prev = isAlpha(c)
                    return out
                })
            }
            func pred(_ n: String, _ empty: Bool = false, _ test: @escaping (UInt8) -> Bool) {
                noArgs(n) { b in pyBool(b.isEmpty ? empty : b.allSatisfy(test)) }
            }
            pred("isalpha", false, isAlpha)
            pred("isalnum", false) { isAlpha($0) || isDigit($0) }
            pred("isdigit", false, isDigit)
            pred("isspace", false, isSpace)
            pred("isascii", true) { $0 < 128 }
            noArgs("islower") { b in pyBool(b.contains(where: isLower) && !b.contains(where: isUpper)) }
            noArgs("isupper") { b in pyBool(b.contains(where: isUpper) && !b.contains(where: isLower)) }
            noArgs("istitle") { b in
                var cased = false, prev = false
                for c in b {
                    if isUpper(c) { if prev { return pyFalse }; prev = true; cased = true }
                    else if isLower(c) { if !prev { return pyFalse }; prev = true; cased = true }
                    else { prev = false }
                }
                return pyBool(cased)
            }
            for (name, isStart) in [("startswith", true), ("endswith", false)] {
                def(name) { r, a, k in
                    if a.isEmpty { throw PythonError(PyExc.TypeError, "\(name)() takes at least 1 argument (0 given)") }
                    try Args(name, a, k).check(min: 1, max: 3)
                    let v = bytes(r)
                    let (start, end) = try StrMethods.bounds(a, 1, v.count)
                    let candidates: [PyObject]
                    if let tup = a[0] as? PyTuple { candidates = tup.items } else {
                        guard isBytesLike(a[0]) else {
                            throw PythonError(PyExc.TypeError, "\(name) first arg must be bytes or a tuple of bytes, not \(a[0].type.name)")
                        }
                        candidates = [a[0]]
                    }
                    for c in candidates {
                        let n = try buffer(c)
                        if start > v.count || end - start < n.count { continue }
                        let ok = isStart ? v[start..<(start + n.count)].elementsEqual(n) : v[(end - n.count)..<end].elementsEqual(n)
                        if ok { return pyTrue }
                    }
                    return pyFalse
                }
            }
            for (name, reverse, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
                def(name) { r, a, k in
                    if a.isEmpty { throw PythonError(PyExc.TypeError, "\(name)() takes at least 1 argument (0 given)") }
                    try Args(name, a, k).check(min: 1, max: 3)
                    let v = bytes(r), n = try needle(a[0])
                    let (start, end) = try StrMethods.bounds(a, 1, v.count)
                    let i = find(v, n, start, end, reverse: reverse)
                    if i < 0 && raises { throw PythonError(PyExc.ValueError, "subsection not found") }
                    return PyInt.make(i)
                }
            }
            def("count") { r, a, k in
                if a.isEmpty { throw PythonError(PyExc.TypeError, "count() takes at least 1 argument (0 given)") }
                try Args("count", a, k).check(min: 1, max: 3)
                let v = bytes(r), n = try needle(a[0])
                let (start, end) = try StrMethods.bounds(a, 1, v.count)
                if start > v.count { return PyInt.make(0) }
                if n.isEmpty { return PyInt.make(max(0, end - start + 1)) }
                var c = 0, i = start
                while case let j = find(v, n, i, end), j >= 0 { c += 1; i = j + n.count }
                return PyInt.make(c)
            }
            def("join") { r, a, k in
                try Args("join", a, k).check(min: 1, max: 1)
                guard Ops.isIterable(a[0]) else { throw PythonError(PyExc.TypeError, "can only join an iterable") }
                let sep = bytes(r)
                var out: [UInt8] = []
                for (i, x) in try Ops.toArray(a[0]).enumerated() {
                    guard isBytesLike(x) else {
                        throw PythonError(PyExc.TypeError, "sequence item \(i): expected a bytes-like object, \(x.type.name) found")
                    }
                    if i > 0 { out += sep }
                    out += try buffer(x)
                }
                return make(out)
            }
            for (name, reverse) in [("split", false), ("rsplit", true)] {
                def(name) { r, a, k in
                    let args = Args(name, a, k)
                    try args.check(min: 0, max: 2, keywords: ["sep", "maxsplit"])
                    let maxsplit = try (args[1] ?? args.keyword("maxsplit")).map { try Ops.indexInt($0) } ?? -1
                    return PyList(try split(bytes(r), args[0] ?? args.keyword("sep"), maxsplit, reverse: reverse).map(make))
                }
            }
            def("splitlines") { r, a, k in
                let args = Args("splitlines", a, k)
                try args.check(min: 0, max: 1, keywords: ["keepends"])
                let keep = try (args[0] ?? args.keyword("keepends")).map(Ops.isTrue) ?? false
                let v = bytes(r)
                var out: [PyObject] = []
                var i = 0, start = 0
                while i < v.count {
                    if v[i] == 10 || v[i] == 13 {
                        var end = i + 1
                        if v[i] == 13 && end < v.count && v[end] == 10 { end += 1 }
                        out.append(make(v[start..<(keep ? end : i)]))
                        start = end; i = end
                    } else {
                        i += 1
                    }
                }
                if start < v.count { out.append(make(v[start...])) }
                return PyList(out)
            }
            for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
                def(name) { r, a, k in
                    try Args(name, a, k).check(min: 0, max: 1)
                    let v = bytes(r)
                    let set: Set<UInt8>? = a.isEmpty || a[0] === pyNone ? nil : Set(try buffer(a[0]))
                    func drop(_ c: UInt8) -> Bool { set.map { $0.contains(c) } ?? isSpace(c) }
                    var lo = 0, hi = v.count
                    if left { while lo < hi && drop(v[lo]) { lo += 1 } }
                    if right { while hi > lo && drop(v[hi - 1]) { hi -= 1 } }
                    return make(v[lo..<hi])
                }
            }
            def("replace") { r, a, k in
                try Args("replace", a, k).check(min: 2, max: 3)
                let v = bytes(r), old = try buffer(a[0]), new = try buffer(a[1])
                let count = a.count > 2 ? try Ops.indexInt(a[2]) : -1
                var out: [UInt8] = []
                var done = 0
                if old.isEmpty {
                    for i in 0...v.count {
                        if count < 0 || done < count { out += new; done += 1 }
                        if i < v.count { out.append(v[i]) }
                    }
                    return make(out)
                }
                var i = 0
                while count < 0 || done < count {
                    let j = find(v, old, i, v.count)
                    if j < 0 { break }
                    out += v[i..<j]; out += new; i = j + old.count; done += 1
                }
                out += v[i...]
                return make(out)
            }
            for (name, align) in [("center", "^"), ("ljust", "<"), ("rjust", ">")] {
                def(name) { r, a, k in
                    try Args(name, a, k).check(min: 1, max: 2)
                    let width = try Ops.indexInt(a[0])
                    let f = try fill(a, name)
                    let v = bytes(r)
                    if v.count >= width { return make(v) }
                    let n = width - v.count
                    let left = align == "<" ? 0 : align == ">" ? n : n / 2 + (n & width & 1)
                    return make([UInt8](repeating: f, count: left) + v + [UInt8](repeating: f, count: n - left))
                }
            }
            def("zfill") { r, a, k in
                try Args("\(tn).zfill", a, k).check(min: 1, max: 1)
                let width = try Ops.indexInt(a[0])
                var v = bytes(r)
                if v.count >= width { return make(v) }
                var sign: [UInt8] = []
                if let f = v.first, f == 45 || f == 43 { sign = [f]; v.removeFirst() }
                return make(sign + [UInt8](repeating: 48, count: width - v.count - sign.count) + v)
            }
            def("expandtabs") { r, a, k in
                let args = Args("expandtabs", a, k)
                try args.check(min: 0, max: 1, keywords: ["tabsize"])
                let size = try (args[0] ?? args.keyword("tabsize")).map { try Ops.indexInt($0) } ?? 8
                var out: [UInt8] = []
                var col = 0
                for c in bytes(r) {
                    if c == 9 {
                        if size > 0 { let n = size - col % size; out += [UInt8](repeating: 32, count: n); col += n }
                    } else {
                        out.append(c)
                        col = c == 10 || c == 13 ? 0 : col + 1
                    }
                }
                return make(out)
            }
            for (name, fromRight) in [("partition", false), ("rpartition", true)] {
                def(name) { r, a, k in
                    try Args(name, a, k).check(min: 1, max: 1)
                    let sep = try buffer(a[0])
                    if sep.isEmpty { throw PythonError(PyExc.ValueError, "empty separator") }
                    let v = bytes(r)
                    let i = find(v, sep, 0, v.count, reverse: fromRight)
                    if i < 0 { return fromRight ? PyTuple([make([]), make([]), make(v)]) : PyTuple([make(v), make([]), make([])]) }
                    return PyTuple([make(v[..<i]), make(sep), make(v[(i + sep.count)...])])
                }
            }
            for (name, prefix) in [("removeprefix", true), ("removesuffix", false)] {
                def(name) { r, a, k in
                    try Args(name, a, k).check(min: 1, max: 1)
                    let v = bytes(r), n = try buffer(a[0])
                    if n.isEmpty || n.count > v.count { return make(v) }
                    if prefix && v[..<n.count].elementsEqual(n) { return make(v[n.count...]) }
                    if !prefix && v[(v.count - n.count)...].elementsEqual(n) { return make(v[..<(v.count - n.count)]) }
                    return make(v)
                }
            }
            t.dict.setItem(string: "maketrans", PyStaticMethod(PyBuiltinFunction(name: "maketrans") { a, k in
                try Args("maketrans", a, k).check(min: 2, max: 2)
                let x = try buffer(a[0]), y = try buffer(a[1])
                if x.count != y.count { throw PythonError(PyExc.ValueError, "maketrans arguments must have same length") }
                var table = (0...255).map { UInt8($0) }
                for (p, q) in zip(x, y) { table[Int(p)] = q }
                return PyBytes(table)
            }))
            def("translate") { r, a, k in
                let args = Args("translate", a, k)
                try args.check(min: 1, max: 2, keywords: ["delete"])
                let tableObj = args[0]!
                var table: [UInt8]?
                if tableObj !== pyNone {
                    let tb = try buffer(tableObj)
                    if tb.count != 256 { throw PythonError(PyExc.ValueError, "translation table must be 256 characters long") }
                    table = tb
                }
                let delete = Set(try (args[1] ?? args.keyword("delete")).map(buffer) ?? [])
                return make(bytes(r).compactMap { c in delete.contains(c) ? nil : (table.map { $0[Int(c)] } ?? c) })
            }
            def("__len__") { r, _, _ in PyInt.make(bytes(r).count) }
            // Native operations on a plain copy, so that subclasses overriding these can call them.
            def("__getitem__") { r, a, _ in try Ops.getItem(make(bytes(r)), a[0]) }
            def("__contains__") { r, a, _ in pyBool(try Ops.contains(PyBytes(bytes(r)), a[0])) }
            def("__iter__") { r, _, _ in try Ops.iter(PyBytes(bytes(r))) }
            def("__repr__") { r, _, _ in PyStr(try Repr.repr(r)) }
            def("__str__") { r, _, _ in PyStr(try Repr.repr(r)) }
            def("__add__") { r, a, _ in
                guard a.count == 1, isBytesLike(a[0]) else { return PyNotImplemented.shared }
                return make(bytes(r) + (try buffer(a[0])))
            }
            for name in ["__mul__", "__rmul__"] {
                def(name) { r, a, _ in
                    guard a.count == 1, let n = a[0] as? PyInt else { return PyNotImplemented.shared }
                    return make(try Sequences.repeated(bytes(r), max(0, try Ops.indexInt(n)), overflowMessage: "repeated bytes are too long"))
                }
            }
            def("__mod__") { r, a, _ in try Ops.binaryOp(make(bytes(r)), a[0], .mod) }
            def("__rmod__") { _, _, _ in PyNotImplemented.shared }
            if isBytes {
                def("__getnewargs__") { r, _, _ in PyTuple([PyBytes(bytes(r))]) }
                def("__bytes__") { r, _, _ in PyBytes(bytes(r)) }
            } else {
                def("__alloc__") { r, _, _ in PyInt.make(bytes(r).count + 1) }
            }
            def("__sizeof__") { r, _, _ in PyInt.make((isBytes ? 33 : 57) + bytes(r).count) }
        }
        PyTypes.bytes.dict.setItem(string: "__hash__", PyMethodDescriptor(name: "__hash__", owner: PyTypes.bytes) { r, _, _ in
            PyInt.make(try BuiltinHashing.hash(PyBytes(bytes(r))))
        })

        let ba = PyTypes.bytearray
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(ba, n, b) }
        func me(_ o: PyObject) -> PyByteArray { o as! PyByteArray }
        func byteValue(_ o: PyObject) throws -> UInt8 {
            let v = try Ops.index(o)
            guard let n = v.intValue, n >= 0 && n < 256 else { throw PythonError(PyExc.ValueError, "byte must be in range(0, 256)") }
            return UInt8(n)
        }
        def("append") { r, a, k in
            try Args("append", a, k).check(min: 1, max: 1)
            try me(r).checkResizable()
            me(r).value.append(try byteValue(a[0]))
            return pyNone
        }
        def("extend") { r, a, k in
            try Args("extend", a, k).check(min: 1, max: 1)
            if !Ops.isIterable(a[0]) {
                throw PythonError(PyExc.TypeError, "can't extend bytearray with \(a[0].type.name)")
            }
            let new = isBytesLike(a[0]) ? try buffer(a[0]) : try Ops.toArray(a[0]).map(byteValue)
            try me(r).checkResizable()
            me(r).value += new
            return pyNone
        }
        def("insert") { r, a, k in
            try Args("insert", a, k).check(min: 2, max: 2)
            let b = me(r)
            var i = try Ops.indexInt(a[0])
            let v = try byteValue(a[1])
            if i < 0 { i = max(0, i + b.value.count) }
            try b.checkResizable()
            b.value.insert(v, at: min(i, b.value.count))
            return pyNone
        }
        def("pop") { r, a, k in
            try Args("pop", a, k).check(min: 0, max: 1)
            let b = me(r)
            if b.value.isEmpty { throw PythonError(PyExc.IndexError, "pop from empty bytearray") }
            var i = try a.first.map { try Ops.indexInt($0) } ?? b.value.count - 1
            if i < 0 { i += b.value.count }
            guard i >= 0 && i < b.value.count else { throw PythonError(PyExc.IndexError, "pop index out of range") }
            try b.checkResizable()
            return PyInt.make(Int(b.value.remove(at: i)))
        }
        def("remove") { r, a, k in
            try Args("remove", a, k).check(min: 1, max: 1)
            let v = try byteValue(a[0])
            guard let i = me(r).value.firstIndex(of: v) else { throw PythonError(PyExc.ValueError, "value not found in bytearray") }
            try me(r).checkResizable()
            me(r).value.remove(at: i)
            return pyNone
        }
        def("reverse") { r, _, _ in me(r).value.reverse(); return pyNone }
        def("clear") { r, _, _ in try me(r).checkResizable(); me(r).value.removeAll(); return pyNone }
        def("copy") { r, _, _ in PyByteArray(me(r).value) }
        def("__setitem__") { r, a, _ in
            let tmp = PyByteArray(me(r).value)
            try Ops.setItem(tmp, a[0], a[1])
            if tmp.value.count != me(r).value.count { try me(r).checkResizable() }
            me(r).value = tmp.value
            return pyNone
        }
        def("__delitem__") { r, a, _ in
            let tmp = PyByteArray(me(r).value)
            try Ops.delItem(tmp, a[0])
            if tmp.value.count != me(r).value.count { try me(r).checkResizable() }
            me(r).value = tmp.value
            return pyNone
        }
        def("__iadd__") { r, a, _ in
            guard a.count == 1, isBytesLike(a[0]) else { return PyNotImplemented.shared }
            try me(r).checkResizable()
            me(r).value += try buffer(a[0])
            return r
        }
        def("__imul__") { r, a, _ in
            guard a.count == 1, a[0] is PyInt else { return PyNotImplemented.shared }
            let v = me(r).value
            me(r).value = Array([[UInt8]](repeating: v, count: max(0, try Ops.indexInt(a[0]))).joined())
            return r
        }
        ba.dict.setItem(string: "__hash__", pyNone)
        BuiltinMethods.def(bytearrayIterator, "__next__") { r, _, _ in
            guard let v = try (r as! PyNativeIterator).next() else { throw PythonError(PyExc.StopIteration, args: []) }
            return v
        }
        BuiltinMethods.def(bytearrayIterator, "__iter__") { r, _, _ in r }
        MemoryViews.install()
    }
}
