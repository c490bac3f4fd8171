import PyObjects
import Foundation

/// Methods of `str`.
enum StrMethods {
    static func s(_ o: PyObject) -> String { (o as! PyStr).value }

    static func argStr(_ o: PyObject?, _ fname: String, _ pos: Int = 1) throws -> String {
        guard let o = o else { throw PythonError(PyExc.TypeError, "\(fname)() takes at least 1 argument (0 given)") }
        guard let v = o as? PyStr else {
            throw PythonError(PyExc.TypeError, "\(fname)() argument \(pos) must be str, not \(o.type.name)")
        }
        return v.value
    }

    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x85: return true
        default: return u.value > 0x7f && u.properties.isWhitespace
        }
    }

    static func strip(_ v: String, _ chars: PyObject?, left: Bool, right: Bool) throws -> String {
        var sc = Array(v.unicodeScalars)[...]
        let set: Set<Unicode.Scalar>?
        if let c = chars, c !== pyNone {
            guard let cs = c as? PyStr else { throw PythonError(PyExc.TypeError, "strip arg must be None or str") }
            set = Set(cs.value.unicodeScalars)
        } else {
            set = nil
        }
        func drop(_ u: Unicode.Scalar) -> Bool { set.map { $0.contains(u) } ?? isSpace(u) }
        if left { while let f = sc.first, drop(f) { sc = sc.dropFirst() } }
        if right { while let l = sc.last, drop(l) { sc = sc.dropLast() } }
        return String(String.UnicodeScalarView(sc))
    }

    static func split(_ v: String, sep: PyObject?, maxsplit: Int) throws -> [String] {
        if let sepObj = sep, sepObj !== pyNone {
            guard let sp = sepObj as? PyStr else {
                throw PythonError(PyExc.TypeError, "must be str or None, not \(sepObj.type.name)")
            }
            if sp.value.isEmpty { throw PythonError(PyExc.ValueError, "empty separator") }
            var parts: [String] = []
            var rest = Substring(v)
            while maxsplit < 0 || parts.count < maxsplit, let r = rest.range(of: sp.value, options: .literal) {
                parts.append(String(rest[..<r.lowerBound]))
                rest = rest[r.upperBound...]
            }
            parts.append(String(rest))
            return parts
        }
        var parts: [String] = []
        var cur = String.UnicodeScalarView()
        var inWord = false
        var scalars = Array(v.unicodeScalars)[...]
        while let u = scalars.first {
            if isSpace(u) {
                if inWord {
                    parts.append(String(cur)); cur = String.UnicodeScalarView(); inWord = false
                    if maxsplit >= 0 && parts.count >= maxsplit {
                        while let f = scalars.first, isSpace(f) { scalars = scalars.dropFirst() }
                        if !scalars.isEmpty { parts.append(String(String.UnicodeScalarView(scalars))) }
                        return parts
                    }
                }
            } else {
                cur.append(u); inWord = true
            }
            scalars = scalars.dropFirst()
        }
        if inWord { parts.append(String(cur)) }
        return parts
    }

    static func find(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar], _ start: Int, _ end: Int, reverse: Bool = false) -> Int {
        let n = needle.count
        if end - start < n { return -1 }
        if !reverse {
            var i = start
            while i + n <= end {
                if hay[i..<(i + n)].elementsEqual(needle) { return i }
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

    static func bounds(_ a: [PyObject], _ from: Int, _ count: Int) throws -> (Int, Int) {
        var start = 0, end = count
        if a.count > from, a[from] !== pyNone { start = try Ops.indexInt(a[from]) }
        if a.count > from + 1, a[from + 1] !== pyNone { end = try Ops.indexInt(a[from + 1]) }
        if start < 0 { start = max(0, start + count) }
        if end < 0 { end = max(0, end + count) }
        return (min(start, count + 1), min(end, count))
    }

    static func encode(_ v: String, _ encoding: String) throws -> [UInt8] {
        switch encoding.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": return Array(v.utf8)
        case "ascii", "us-ascii":
            for (i, u) in v.unicodeScalars.enumerated() where u.value > 127 {
                throw ExceptionMethods.unicodeError(PyExc.UnicodeEncodeError, "ascii", PyStr(v), i, i + 1, "ordinal not in range(128)")
            }
            return Array(v.utf8)
        case "latin-1", "latin1", "iso-8859-1":
            return try v.unicodeScalars.enumerated().map { i, u in
                guard u.value < 256 else {
                    throw ExceptionMethods.unicodeError(PyExc.UnicodeEncodeError, "latin-1", PyStr(v), i, i + 1, "ordinal not in range(256)")
                }
                return UInt8(u.value)
            }
        default:
            throw PythonError(PyExc.LookupError, "unknown encoding: \(encoding)")
        }
    }

    static func install() {
        let t = PyTypes.str
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        def("join") { r, a, _ in
            try Args("join", a, []).check(min: 1, max: 1)
            var out = ""
            let sep = s(r)
            for (i, x) in try Ops.toArray(a[0]).enumerated() {
                guard let xs = x as? PyStr else {
                    throw PythonError(PyExc.TypeError, "sequence item \(i): expected str instance, \(x.type.name) found")
                }
                if i > 0 { out += sep }
                out += xs.value
            }
            return PyStr(out)
        }
        def("split") { r, a, k in
            let args = Args("split", a, k)
            try args.check(min: 0, max: 2, keywords: ["sep", "maxsplit"])
            let maxsplit = try (args[1] ?? args.keyword("maxsplit")).map { try Ops.indexInt($0) } ?? -1
            return PyList(try split(s(r), sep: args[0] ?? args.keyword("sep"), maxsplit: maxsplit).map { PyStr($0) })
        }
        def("rsplit") { r, a, k in
            let args = Args("rsplit", a, k)
            let maxsplit = try (args[1] ?? args.keyword("maxsplit")).map { try Ops.indexInt($0) } ?? -1
            let sep = args[0] ?? args.keyword("sep")
            if maxsplit < 0 { return PyList(try split(s(r), sep: sep, maxsplit: -1).map { PyStr($0) }) }
            // Split the reversed string with the reversed separator.
            let rev = String(s(r).reversed())
            let rsep: PyObject? = (sep as? PyStr).map { PyStr(String($0.value.reversed())) } ?? sep
            let parts = try split(rev, sep: rsep, maxsplit: maxsplit).map { String($0.reversed()) }.reversed()
            return PyList(parts.map { PyStr($0) })
        }
        def("splitlines") { r, a, k in
            let keep = try (a.first ?? k.first?.1).map(Ops.isTrue) ?? false
            var out: [PyObject] = []
            var cur = String.UnicodeScalarView()
            let sc = Array(s(r).unicodeScalars)
            var i = 0
            while i < sc.count {
                let u = sc[i]
                if [0x0a, 0x0d, 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029].contains(u.value) {
                    var end = String.UnicodeScalarView([u])
                    if u.value == 0x0d && i + 1 < sc.count && sc[i + 1].value == 0x0a { end.append(sc[i + 1]); i += 1 }
                    if keep { cur.append(contentsOf: end) }
                    out.append(PyStr(String(cur)))
                    cur = String.UnicodeScalarView()
                } else {
                    cur.append(u)
                }
                i += 1
            }
            if !cur.isEmpty { out.append(PyStr(String(cur))) }
            return PyList(out)
        }
        def("strip") { r, a, _ in PyStr(try strip(s(r), a.first, left: true, right: true)) }
        def("lstrip") { r, a, _ in PyStr(try strip(s(r), a.first, left: true, right: false)) }
        def("rstrip") { r, a, _ in PyStr(try strip(s(r), a.first, left: false, right: true)) }
        def("upper") { r, _, _ in PyStr(s(r).uppercased()) }
        def("lower") { r, _, _ in PyStr(s(r).lowercased()) }
        def("casefold") { r, _, _ in PyStr(s(r).lowercased()) }
        def("swapcase") { r, _, _ in
            PyStr(String(s(r).map { c -> String in c.isUppercase ? c.lowercased() : c.uppercased() }.joined()))
        }
        def("capitalize") { r, _, _ in
            let v = s(r)
            guard let f = v.first else { return PyStr("") }
            return PyStr(String(f).uppercased() + v.dropFirst().lowercased())
        }
        def("title") { r, _, _ in
            var out = ""
            var prevCased = false
            for c in s(r) {
                if c.isLetter {
                    out += prevCased ? c.lowercased() : c.uppercased()
                    prevCased = true
                } else {
                    out.append(c)
                    prevCased = false
                }
            }
            return PyStr(out)
        }
        def("replace") { r, a, _ in
            try Args("replace", a, []).check(min: 2, max: 3)
            let old = try argStr(a[0], "replace", 1), new = try argStr(a[1], "replace", 2)
            let count = a.count > 2 ? try Ops.indexInt(a[2]) : -1
            let v = s(r)
            if count < 0 {
                if old.isEmpty {
                    var out = new
                    for u in v.unicodeScalars { out.unicodeScalars.append(u); out += new }
                    return PyStr(out)
                }
                return PyStr(v.replacingOccurrences(of: old, with: new, options: .literal))
            }
            var out = ""
            var rest = Substring(v)
            var n = 0
            while n < count, !old.isEmpty, let rg = rest.range(of: old, options: .literal) {
                out += rest[..<rg.lowerBound] + new
                rest = rest[rg.upperBound...]
                n += 1
            }
            return PyStr(out + rest)
        }
        for (name, isStart) in [("startswith", true), ("endswith", false)] {
            def(name) { r, a, _ in
                try Args(name, a, []).check(min: 1, max: 3)
                let sc = (r as! PyStr).scalars
                let (start, end) = try bounds(a, 1, sc.count)
                let hay = start <= end ? Array(sc[start..<end]) : []
                let candidates: [PyObject]
                if let t = a[0] as? PyTuple { candidates = t.items } else { candidates = [a[0]] }
                for c in candidates {
                    guard let cs = c as? PyStr else {
                        throw PythonError(PyExc.TypeError,
                            "\(name) first arg must be str or a tuple of str, not \(c.type.name)")
                    }
                    let n = cs.scalars
                    if start > sc.count { continue }
                    if isStart ? hay.starts(with: n) : (hay.count >= n.count && Array(hay[(hay.count - n.count)...]) == n) {
                        return pyTrue
                    }
                }
                return pyFalse
            }
        }
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            def(name) { r, a, _ in
                try Args(name, a, []).check(min: 1, max: 3)
                let sc = (r as! PyStr).scalars
                let needle = try argStr(a[0], name)
                let (start, end) = try bounds(a, 1, sc.count)
                let i = find(sc, Array(needle.unicodeScalars), start, end, reverse: reverse)
                if i < 0 && raises { throw PythonError(PyExc.ValueError, "substring not found") }
                return PyInt.make(i)
            }
        }
        def("count") { r, a, _ in
            try Args("count", a, []).check(min: 1, max: 3)
            let sc = (r as! PyStr).scalars
            let needle = Array(try argStr(a[0], "count").unicodeScalars)
            let (start, end) = try bounds(a, 1, sc.count)
            if needle.isEmpty { return PyInt.make(max(0, end - start + 1)) }
            var n = 0, i = start
            while true {
                let j = find(sc, needle, i, end)
                if j < 0 { break }
                n += 1
                i = j + needle.count
            }
            return PyInt.make(n)
        }
        def("format") { r, a, k in PyStr(try Formatting.strFormat(s(r), a, k)) }
        def("format_map") { r, a, _ in
            guard a.count == 1 else {
                throw PythonError(PyExc.TypeError, "str.format_map() takes exactly one argument (\(a.count) given)")
            }
            let mapping = a[0]
            return PyStr(try Formatting.strFormat(s(r), [], positional: false) { try Ops.getItem(mapping, PyStr($0)) })
        }
        def("__format__") { r, a, _ in PyStr(try Formatting.format(r, (a.first as? PyStr)?.value ?? "")) }
        def("encode") { r, a, k in
            let args = Args("encode", a, k)
            let enc = ((args[0] ?? args.keyword("encoding")) as? PyStr)?.value ?? "utf-8"
            return PyBytes(try encode(s(r), enc))
        }
        func pred(_ name: String, _ test: @escaping (Character) -> Bool) {
            def(name) { r, _, _ in
                let v = s(r)
                return pyBool(!v.isEmpty && v.allSatisfy(test))
            }
        }
        pred("isdigit") { $0.unicodeScalars.allSatisfy { $0.properties.numericType == .digit || $0.properties.numericType == .decimal } }
        pred("isdecimal") { $0.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal } }
        pred("isnumeric") { $0.unicodeScalars.allSatisfy { $0.properties.numericType != nil } }
        pred("isalpha") { $0.isLetter }
        pred("isalnum") { $0.isLetter || $0.isNumber }
        pred("isspace") { $0.unicodeScalars.allSatisfy(isSpace) }
        def("isascii") { r, _, _ in pyBool(s(r).unicodeScalars.allSatisfy { $0.isASCII }) }
        def("isupper") { r, _, _ in
            let v = s(r)
            return pyBool(v.contains { $0.isCased } && !v.contains { $0.isLowercase })
        }
        def("islower") { r, _, _ in
            let v = s(r)
            return pyBool(v.contains { $0.isCased } && !v.contains { $0.isUppercase })
        }
        def("isidentifier") { r, _, _ in
            let v = s(r)
            guard let f = v.unicodeScalars.first, f == "_" || f.properties.isXIDStart else { return pyFalse }
            return pyBool(v.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue })
        }
        def("isprintable") { r, _, _ in pyBool(s(r).unicodeScalars.allSatisfy(Repr.isPrintable)) }
        for (name, align) in [("center", "^"), ("ljust", "<"), ("rjust", ">")] {
            def(name) { r, a, _ in
                try Args(name, a, []).check(min: 1, max: 2)
                let width = try Ops.indexInt(a[0])
                var fill: Character = " "
                if a.count > 1 {
                    guard let f = a[1] as? PyStr, f.count == 1 else {
                        throw PythonError(PyExc.TypeError, "The fill character must be exactly one character long")
                    }
                    fill = f.value.first!
                }
                let v = s(r)
                let len = v.unicodeScalars.count
                if len >= width { return PyStr(v) }
                let n = width - len
                switch align {
                case "<": return PyStr(v + String(repeating: fill, count: n))
                case ">": return PyStr(String(repeating: fill, count: n) + v)
                default:
                    let left = n / 2 + (n & width & 1)
                    return PyStr(String(repeating: fill, count: left) + v + String(repeating: fill, count: n - left))
                }
            }
        }
        def("zfill") { r, a, _ in
            let width = try Ops.indexInt(a[0])
            var v = s(r)
            let len = v.unicodeScalars.count
            if len >= width { return PyStr(v) }
            var sign = ""
            if v.first == "-" || v.first == "+" { sign = String(v.removeFirst()) }
            return PyStr(sign + String(repeating: "0", count: width - len) + v)
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            def(name) { r, a, _ in
                let sep = try argStr(a.first, name)
                if sep.isEmpty { throw PythonError(PyExc.ValueError, "empty separator") }
                let v = s(r)
                if let rg = fromRight ? v.range(of: sep, options: [.literal, .backwards]) : v.range(of: sep, options: .literal) {
                    return PyTuple([PyStr(String(v[..<rg.lowerBound])), PyStr(sep), PyStr(String(v[rg.upperBound...]))])
                }
                return fromRight ? PyTuple([PyStr(""), PyStr(""), PyStr(v)]) : PyTuple([PyStr(v), PyStr(""), PyStr("")])
            }
        }
        def("removeprefix") { r, a, _ in
            let p = try argStr(a.first, "removeprefix")
            let v = s(r)
            return PyStr(v.hasPrefix(p) ? String(v.dropFirst(p.count)) : v)
        }
        def("removesuffix") { r, a, _ in
            let p = try argStr(a.first, "removesuffix")
            let v = s(r)
            return PyStr(v.hasSuffix(p) && !p.isEmpty ? String(v.dropLast(p.count)) : v)
        }
        def("expandtabs") { r, a, _ in
            let size = try a.first.map { try Ops.indexInt($0) } ?? 8
            var out = ""
            var col = 0
            for c in s(r) {
                if c == "\t" {
                    let n = size > 0 ? size - col % size : 0
                    out += String(repeating: " ", count: n); col += n
                } else {
                    out.append(c)
                    col = (c == "\n" || c == "\r") ? 0 : col + 1
                }
            }
            return PyStr(out)
        }
        def("__len__") { r, _, _ in PyInt.make((r as! PyStr).count) }
        def("__getitem__") { r, a, _ in try Ops.getItem(PyStr(s(r)), a[0]) }
        def("__contains__") { r, a, _ in pyBool(try Ops.contains(PyStr(s(r)), a[0])) }
        def("__str__") { r, _, _ in PyStr(s(r)) }
        def("__repr__") { r, _, _ in PyStr(Repr.strRepr(s(r))) }
        def("__hash__") { r, _, _ in PyInt.make(try BuiltinHashing.hash(PyStr(s(r)))) }
        def("__eq__") { r, a, _ in
            guard let o = a.first as? PyStr else { return PyNotImplemented.shared }
            return pyBool(s(r) == o.value)
        }
        def("__add__") { r, a, _ in
            guard let o = a.first as? PyStr else { return PyNotImplemented.shared }
            return PyStr(s(r) + o.value)
        }
        t.dict.setItem(string: "maketrans", PyStaticMethod(PyBuiltinFunction(name: "maketrans") { a, _ in
            let d = PyDict()
            if a.count >= 2, let x = a[0] as? PyStr, let y = a[1] as? PyStr {
                for (p, q) in zip(x.scalars, y.scalars) { try d.set(PyInt.make(Int(p.value)), PyInt.make(Int(q.value))) }
                if a.count == 3, let z = a[2] as? PyStr { for u in z.scalars { try d.set(PyInt.make(Int(u.value)), pyNone) } }
            } else if let m = a.first as? PyDict {
                for (k, v) in m.items {
                    let key: PyObject = (k as? PyStr).map { PyInt.make(Int($0.scalars[0].value)) } ?? k
                    try d.set(key, v)
                }
            }
            return d
        }))
        def("translate") { r, a, _ in
            let table = a[0]
            var out = ""
            for u in s(r).unicodeScalars {
                do {
                    let v = try Ops.getItem(table, PyInt.make(Int(u.value)))
                    if v === pyNone { continue }
                    if let st = v as? PyStr { out += st.value } else if let i = v as? PyInt, let c = Unicode.Scalar(UInt32(i.small)) { out.unicodeScalars.append(c) }
                } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.LookupError) {
                    out.unicodeScalars.append(u)
                }
            }
            return PyStr(out)
        }
    }
}

/// Methods of `bytes` and `bytearray`.
enum BytesMethods {
    static func find(_ hay: [UInt8], _ needle: [UInt8], _ start: Int) -> Int {
        if needle.isEmpty { return start }
        var i = start
        while i + needle.count <= hay.count {
            if hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return -1
    }

    static func bytes(_ o: PyObject) -> [UInt8] {
        (o as? PyBytes)?.value ?? (o as? PyByteArray)?.value ?? []
    }

    static func decode(_ b: [UInt8], encoding: String, errors: String) throws -> String {
        switch encoding.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8":
            if let s = String(validating: b, as: UTF8.self) { return s }
            if errors == "replace" || errors == "ignore" {
                let s = String(decoding: b, as: UTF8.self)
                return errors == "ignore" ? s.replacingOccurrences(of: "\u{FFFD}", with: "") : s
            }
            // Find the first bad byte for the message.
            var i = 0
            while i < b.count {
                let c = b[i]
                let n = c < 0x80 ? 1 : c >= 0xf5 ? 0 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0
                if n == 0 || i + n > b.count || String(validating: b[i..<(i + n)], as: UTF8.self) == nil {
                    let reason = n == 0 ? "invalid start byte" : (i + n > b.count ? "unexpected end of data" : "invalid continuation byte")
                    throw ExceptionMethods.unicodeError(PyExc.UnicodeDecodeError, "utf-8", PyBytes(b), i, i + 1, reason)
                }
                i += n
            }
            return String(decoding: b, as: UTF8.self)
        case "ascii":
            for (i, c) in b.enumerated() where c > 127 {
                if errors == "strict" {
                    throw ExceptionMethods.unicodeError(PyExc.UnicodeDecodeError, "ascii", PyBytes(b), i, i + 1, "ordinal not in range(128)")
                }
            }
            return String(decoding: b.filter { $0 < 128 || errors != "ignore" }, as: UTF8.self)
        case "latin-1", "latin1", "iso-8859-1":
            return String(String.UnicodeScalarView(b.map { Unicode.Scalar($0) }))
        default:
            throw PythonError(PyExc.LookupError, "unknown encoding: \(encoding)")
        }
    }

    static func install() {
        for t in [PyTypes.bytes, PyTypes.bytearray] {
            func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
            func make(_ v: [UInt8]) -> PyObject { t === PyTypes.bytes ? PyBytes(v) : PyByteArray(v) }
            def("decode") { r, a, k in
                let args = Args("decode", a, k)
                let enc = ((args[0] ?? args.keyword("encoding")) as? PyStr)?.value ?? "utf-8"
                let err = ((args[1] ?? args.keyword("errors")) as? PyStr)?.value ?? "strict"
                return PyStr(try decode(bytes(r), encoding: enc, errors: err))
            }
            def("hex") { r, _, _ in PyStr(bytes(r).map { Repr.hex(UInt32($0), 2) }.joined()) }
            def("upper") { r, _, _ in make(bytes(r).map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }) }
            def("lower") { r, _, _ in make(bytes(r).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }) }
            def("startswith") { r, a, _ in pyBool(bytes(r).starts(with: bytes(a[0]))) }
            def("endswith") { r, a, _ in
                let b = bytes(r), s = bytes(a[0])
                return pyBool(b.count >= s.count && Array(b[(b.count - s.count)...]) == s)
            }
            def("find") { r, a, _ in
                if let i = a[0] as? PyInt { return PyInt.make(bytes(r).firstIndex(of: UInt8(truncatingIfNeeded: i.small)) ?? -1) }
                return PyInt.make(find(bytes(r), bytes(a[0]), 0))
            }
            def("count") { r, a, _ in
                let b = bytes(r), s = bytes(a[0])
                var n = 0, i = 0
                while !s.isEmpty, case let j = find(b, s, i), j >= 0 { n += 1; i = j + s.count }
                return PyInt.make(n)
            }
            def("join") { r, a, _ in
                let sep = bytes(r)
                var out: [UInt8] = []
                for (i, x) in try Ops.toArray(a[0]).enumerated() {
                    if i > 0 { out += sep }
                    guard x is PyBytes || x is PyByteArray else {
                        throw PythonError(PyExc.TypeError, "sequence item \(i): expected a bytes-like object, \(x.type.name) found")
                    }
                    out += bytes(x)
                }
                return make(out)
            }
            def("split") { r, a, _ in
                let b = bytes(r)
                if a.isEmpty || a[0] === pyNone {
                    let parts = b.split(whereSeparator: { $0 == 32 || ($0 >= 9 && $0 <= 13) })
                    return PyList(parts.map { make(Array($0)) })
                }
                let sep = bytes(a[0])
                var parts: [PyObject] = []
                var i = 0
                while case let j = find(b, sep, i), j >= 0 { parts.append(make(Array(b[i..<j]))); i = j + sep.count }
                parts.append(make(Array(b[i...])))
                return PyList(parts)
            }
            def("strip") { r, a, _ in
                var b = bytes(r)[...]
                let set: Set<UInt8> = a.isEmpty || a[0] === pyNone ? [32, 9, 10, 11, 12, 13] : Set(bytes(a[0]))
                while let f = b.first, set.contains(f) { b = b.dropFirst() }
                while let l = b.last, set.contains(l) { b = b.dropLast() }
                return make(Array(b))
            }
            def("replace") { r, a, _ in
                let b = bytes(r), old = bytes(a[0]), new = bytes(a[1])
                var out: [UInt8] = []
                var i = 0
                while !old.isEmpty, case let j = find(b, old, i), j >= 0 { out += b[i..<j]; out += new; i = j + old.count }
                out += b[i...]
                return make(out)
            }
            def("__len__") { r, _, _ in PyInt.make(bytes(r).count) }
        }
        let ba = PyTypes.bytearray
        BuiltinMethods.def(ba, "append") { r, a, _ in
            guard let v = (a.first as? PyInt)?.intValue, v >= 0 && v < 256 else {
                throw PythonError(PyExc.ValueError, "byte must be in range(0, 256)")
            }
            (r as! PyByteArray).value.append(UInt8(v))
            return pyNone
        }
        BuiltinMethods.def(ba, "extend") { r, a, _ in
            (r as! PyByteArray).value += try Conversions.toBytes(a[0], encoding: nil)
            return pyNone
        }
        PyTypes.bytes.dict.setItem(string: "fromhex", PyClassMethod(PyBuiltinFunction(name: "fromhex") { a, _ in
            guard let s = a.last as? PyStr else { throw PythonError(PyExc.TypeError, "fromhex() argument must be str") }
            let hex = s.value.filter { !$0.isWhitespace }
            var out: [UInt8] = []
            var i = hex.startIndex
            while i < hex.endIndex {
                let j = hex.index(i, offsetBy: 2, limitedBy: hex.endIndex) ?? hex.endIndex
                guard let v = UInt8(hex[i..<j], radix: 16) else {
                    throw PythonError(PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position \(hex.distance(from: hex.startIndex, to: i))")
                }
                out.append(v)
                i = j
            }
            return PyBytes(out)
        }))
    }
}
