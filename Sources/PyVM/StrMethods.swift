import PyObjects
import Foundation

/// Methods of `str`, with CPython 3.11's argument errors.
enum StrMethods {
    static func s(_ o: PyObject) -> String { (o as! PyStr).value }
    static func sc(_ o: PyObject) -> [Unicode.Scalar] { (o as! PyStr).scalars }
    static func make(_ u: [Unicode.Scalar]) -> PyStr { PyStr(String(String.UnicodeScalarView(u))) }
    static func make<S: Sequence>(_ u: S) -> PyStr where S.Element == Unicode.Scalar {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: u)
        return PyStr(String(v))
    }

    static func argStr(_ o: PyObject?, _ fname: String, _ pos: Int = 1) throws -> String {
        guard let o = o else { throw PythonError(PyExc.TypeError, "\(fname)() takes at least 1 argument (0 given)") }
        guard let v = o as? PyStr else {
            throw PythonError(PyExc.TypeError, "\(fname)() argument \(pos) must be str, not \(argTypeName(o))")
        }
        return v.value
    }

    /// How argument-clinic errors name an argument's type ("None" for None).
    static func argTypeName(_ o: PyObject) -> String { o === pyNone ? "None" : o.type.name }

    /// The str argument of find/count/partition-style methods ("must be str, not int").
    static func needle(_ o: PyObject) throws -> [Unicode.Scalar] {
        guard let v = o as? PyStr else { throw PythonError(PyExc.TypeError, "must be str, not \(o.type.name)") }
        return v.scalars
    }

    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x85: return true
        default:
            if u.value < 0x80 { return false }
            if u.properties.generalCategory == .spaceSeparator { return true }
            return u.value == 0x2028 || u.value == 0x2029
        }
    }

    static func isLineBreak(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    // MARK: character classes, as CPython's unicode database defines them

    static func isAlpha(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
    static func isDecimal(_ u: Unicode.Scalar) -> Bool { u.properties.numericType == .decimal }
    static func isDigit(_ u: Unicode.Scalar) -> Bool {
        let t = u.properties.numericType
        return t == .decimal || t == .digit
    }
    static func isNumeric(_ u: Unicode.Scalar) -> Bool { u.properties.numericType != nil }
    static func isTitle(_ u: Unicode.Scalar) -> Bool { u.properties.generalCategory == .titlecaseLetter }
    static func isUpper(_ u: Unicode.Scalar) -> Bool { u.properties.isUppercase }
    static func isLower(_ u: Unicode.Scalar) -> Bool { u.properties.isLowercase }
    static func isCased(_ u: Unicode.Scalar) -> Bool { isUpper(u) || isLower(u) || isTitle(u) }

    // MARK: case mapping

    static func lower(_ u: Unicode.Scalar) -> String { u.isASCII ? String(Character(u)).lowercased() : u.properties.lowercaseMapping }
    static func upper(_ u: Unicode.Scalar) -> String { u.isASCII ? String(Character(u)).uppercased() : u.properties.uppercaseMapping }
    static func titleMap(_ u: Unicode.Scalar) -> String { u.isASCII ? String(Character(u)).uppercased() : u.properties.titlecaseMapping }

    /// Σ lowercases to ς at the end of a word (preceded by a cased letter, not followed by one).
    static func finalSigma(_ a: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && a[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0 && a[j].properties.isCased else { return false }
        j = i + 1
        while j < a.count && a[j].properties.isCaseIgnorable { j += 1 }
        return !(j < a.count && a[j].properties.isCased)
    }

    static func lowerAt(_ a: [Unicode.Scalar], _ i: Int) -> String {
        if a[i].value == 0x3A3 { return finalSigma(a, i) ? "ς" : "σ" }
        return lower(a[i])
    }

    static func lowered(_ a: [Unicode.Scalar]) -> String {
        if a.allSatisfy({ $0.isASCII }) { return String(String.UnicodeScalarView(a)).lowercased() }
        var out = ""
        for i in a.indices { out += lowerAt(a, i) }
        return out
    }

    /// Full case folding as lower(upper(lower(c))), which matches CaseFolding.txt except for
    /// Cherokee small letters (they fold to the capitals).
    static func casefold(_ u: Unicode.Scalar) -> String {
        if u.isASCII { return lower(u) }
        if (0x13A0...0x13F5).contains(u.value) { return String(Character(u)) }
        if (0x13F8...0x13FD).contains(u.value) || (0xAB70...0xABBF).contains(u.value) { return upper(u) }
        let low = lower(u)
        var out = ""
        for x in low.unicodeScalars {
            for y in upper(x).unicodeScalars { out += lower(y) }
        }
        // Without a folding of its own, a character folds to its lower case; the round trip may
        // only spell that decomposed (ǰ → j + caron), not change it (ı must not become i).
        if !u.properties.changesWhenCaseFolded && !(out == low) { return low }
        return out
    }

    // MARK: helpers

    static func strip(_ v: [Unicode.Scalar], _ chars: PyObject?, left: Bool, right: Bool, name: String) throws -> PyStr {
        var set: Set<Unicode.Scalar>?
        if let c = chars, c !== pyNone {
            guard let cs = c as? PyStr else { throw PythonError(PyExc.TypeError, "\(name) arg must be None or str") }
            set = Set(cs.scalars)
        }
        func drop(_ u: Unicode.Scalar) -> Bool { set.map { $0.contains(u) } ?? isSpace(u) }
        var lo = 0, hi = v.count
        if left { while lo < hi && drop(v[lo]) { lo += 1 } }
        if right { while hi > lo && drop(v[hi - 1]) { hi -= 1 } }
        return make(v[lo..<hi])
    }

    static func find(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar], _ start: Int, _ end: Int, reverse: Bool = false) -> Int {
        let n = needle.count
        if end - start < n { return -1 }
        if n == 0 { return reverse ? end : start }
        if !reverse {
            let first = needle[0]
            var i = start
            while i + n <= end {
                if hay[i] == first && hay[i..<(i + n)].elementsEqual(needle) { return i }
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

    /// A slice bound argument of find/count/startswith: an index or None.
    static func sliceIndex(_ o: PyObject) throws -> Int? {
        if o === pyNone { return nil }
        guard o is PyInt || Ops.heapLookup(o.type, "__index__") != nil else {
            throw PythonError(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method")
        }
        let i = try Ops.index(o)
        return i.intValue ?? (i.bigValue < 0 ? Int.min / 2 : Int.max / 2)
    }

    /// start/end of find-style methods, clamped like slice indices (start may exceed count).
    static func bounds(_ a: [PyObject], _ from: Int, _ count: Int) throws -> (Int, Int) {
        var start = 0, end = count
        if a.count > from, let v = try sliceIndex(a[from]) { start = v }
        if a.count > from + 1, let v = try sliceIndex(a[from + 1]) { end = v }
        if start < 0 { start = max(0, start + count) }
        if end < 0 { end = max(0, end + count) }
        return (start, min(end, count))
    }

    static func split(_ v: [Unicode.Scalar], sep: PyObject?, maxsplit: Int) throws -> [PyObject] {
        var parts: [PyObject] = []
        if let sepObj = sep, sepObj !== pyNone {
            guard let sp = sepObj as? PyStr else {
                throw PythonError(PyExc.TypeError, "must be str or None, not \(sepObj.type.name)")
            }
            let n = sp.scalars
            if n.isEmpty { throw PythonError(PyExc.ValueError, "empty separator") }
            var i = 0
            while maxsplit < 0 || parts.count < maxsplit {
                let j = find(v, n, i, v.count)
                if j < 0 { break }
                parts.append(make(v[i..<j]))
                i = j + n.count
            }
            parts.append(make(v[i...]))
            return parts
        }
        var i = 0
        while true {
            while i < v.count && isSpace(v[i]) { i += 1 }
            if i == v.count { break }
            if maxsplit >= 0 && parts.count == maxsplit {
                parts.append(make(v[i...]))
                break
            }
            var j = i
            while j < v.count && !isSpace(v[j]) { j += 1 }
            parts.append(make(v[i..<j]))
            i = j
        }
        return parts
    }

    static func rsplit(_ v: [Unicode.Scalar], sep: PyObject?, maxsplit: Int) throws -> [PyObject] {
        var parts: [PyObject] = []
        if let sepObj = sep, sepObj !== pyNone {
            guard let sp = sepObj as? PyStr else {
                throw PythonError(PyExc.TypeError, "must be str or None, not \(sepObj.type.name)")
            }
            let n = sp.scalars
            if n.isEmpty { throw PythonError(PyExc.ValueError, "empty separator") }
            var end = v.count
            while maxsplit < 0 || parts.count < maxsplit {
                let j = find(v, n, 0, end, reverse: true)
                if j < 0 { break }
                parts.append(make(v[(j + n.count)..<end]))
                end = j
            }
            parts.append(make(v[..<end]))
            return parts.reversed()
        }
        var e = v.count
        while true {
            while e > 0 && isSpace(v[e - 1]) { e -= 1 }
            if e == 0 { break }
            if maxsplit >= 0 && parts.count == maxsplit {
                parts.append(make(v[..<e]))
                break
            }
            var j = e
            while j > 0 && !isSpace(v[j - 1]) { j -= 1 }
            parts.append(make(v[j..<e]))
            e = j
        }
        return parts.reversed()
    }

    static func splitArgs(_ name: String, _ a: [PyObject], _ k: [(String, PyObject)]) throws -> (PyObject?, Int) {
        let args = Args(name, a, k)
        if a.count > 2 { throw PythonError(PyExc.TypeError, "\(name)() takes at most 2 arguments (\(a.count) given)") }
        try args.check(min: 0, max: 2, keywords: ["sep", "maxsplit"])
        let maxsplit = try (args[1] ?? args.keyword("maxsplit")).map { try Ops.indexInt($0) } ?? -1
        return (args[0] ?? args.keyword("sep"), maxsplit)
    }

    /// `center`/`ljust`/`rjust`'s fill character.
    static func fillChar(_ a: [PyObject]) throws -> Unicode.Scalar {
        guard a.count > 1 else { return " " }
        guard let f = a[1] as? PyStr else {
            throw PythonError(PyExc.TypeError, "The fill character must be a unicode character, not \(a[1].type.name)")
        }
        guard f.scalars.count == 1 else {
            throw PythonError(PyExc.TypeError, "The fill character must be exactly one character long")
        }
        return f.scalars[0]
    }

    static func expandTabs(_ v: [Unicode.Scalar], _ size: Int) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var col = 0
        for u in v {
            if u == "\t" {
                if size > 0 {
                    let n = size - col % size
                    out.append(contentsOf: repeatElement(" ", count: n))
                    col += n
                }
            } else {
                out.append(u)
                col = (u == "\n" || u == "\r") ? 0 : col + 1
            }
        }
        return out
    }

    static func install() {
        let t = PyTypes.str
        func def(_ n: String, _ b: @escaping PyMethodDescriptor.Body) { BuiltinMethods.def(t, n, b) }
        func noArgs(_ n: String, _ body: @escaping (PyObject) throws -> PyObject) {
            def(n) { r, a, k in
                try Args("str.\(n)", a, k).check(min: 0, max: 0)
                return try body(r)
            }
        }
        def("join") { r, a, k in
            try Args("str.join", a, k).check(min: 1, max: 1)
            guard Ops.isIterable(a[0]) else { throw PythonError(PyExc.TypeError, "can only join an iterable") }
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
            let (sep, maxsplit) = try splitArgs("split", a, k)
            return PyList(try split(sc(r), sep: sep, maxsplit: maxsplit))
        }
        def("rsplit") { r, a, k in
            let (sep, maxsplit) = try splitArgs("rsplit", a, k)
            return PyList(try rsplit(sc(r), sep: sep, maxsplit: maxsplit))
        }
        def("splitlines") { r, a, k in
            let args = Args("splitlines", a, k)
            try args.check(min: 0, max: 1, keywords: ["keepends"])
            let keep = try (args[0] ?? args.keyword("keepends")).map(Ops.isTrue) ?? false
            let v = sc(r)
            var out: [PyObject] = []
            var i = 0, start = 0
            while i < v.count {
                if isLineBreak(v[i]) {
                    var end = i + 1
                    if v[i] == "\r" && end < v.count && v[end] == "\n" { end += 1 }
                    out.append(make(v[start..<(keep ? end : i)]))
                    start = end
                    i = end
                } else {
                    i += 1
                }
            }
            if start < v.count { out.append(make(v[start...])) }
            return PyList(out)
        }
        for (name, l, rr) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            def(name) { r, a, k in
                try Args(name, a, k).check(min: 0, max: 1)
                return try strip(sc(r), a.first, left: l, right: rr, name: name)
            }
        }
        noArgs("upper") { r in
            let v = s(r)
            if v.utf8.allSatisfy({ $0 < 0x80 }) { return PyStr(v.uppercased()) }
            return PyStr(sc(r).map(upper).joined())
        }
        noArgs("lower") { r in
            let v = s(r)
            if v.utf8.allSatisfy({ $0 < 0x80 }) { return PyStr(v.lowercased()) }
            return PyStr(lowered(sc(r)))
        }
        noArgs("casefold") { r in PyStr(sc(r).map(casefold).joined()) }
        noArgs("swapcase") { r in
            let a = sc(r)
            var out = ""
            for i in a.indices {
                let u = a[i]
                out += isUpper(u) ? lowerAt(a, i) : isLower(u) ? upper(u) : String(Character(u))
            }
            return PyStr(out)
        }
        noArgs("capitalize") { r in
            let a = sc(r)
            guard let f = a.first else { return PyStr("") }
            var out = titleMap(f)
            for i in a.indices.dropFirst() { out += lowerAt(a, i) }
            return PyStr(out)
        }
        noArgs("title") { r in
            let a = sc(r)
            var out = ""
            var prevCased = false
            for i in a.indices {
                let u = a[i]
                out += prevCased ? lowerAt(a, i) : titleMap(u)
                prevCased = isCased(u)
            }
            return PyStr(out)
        }
        def("replace") { r, a, k in
            try Args("replace", a, k).check(min: 2, max: 3)
            let old = try argStr(a[0], "replace", 1), new = try argStr(a[1], "replace", 2)
            let count = a.count > 2 ? try Ops.indexInt(a[2]) : -1
            // ASCII texts: Foundation's literal search is code-unit exact.
            if count < 0 && !old.isEmpty && s(r).utf8.allSatisfy({ $0 < 0x80 }) && old.utf8.allSatisfy({ $0 < 0x80 }) {
                return PyStr(s(r).replacingOccurrences(of: old, with: new, options: .literal))
            }
            let v = sc(r), o = Array(old.unicodeScalars), n = Array(new.unicodeScalars)
            if count == 0 { return PyStr(s(r)) }
            var out: [Unicode.Scalar] = []
            var done = 0
            if o.isEmpty {
                var i = 0
                while i <= v.count {
                    if count < 0 || done < count { out += n; done += 1 }
                    if i < v.count { out.append(v[i]) }
                    i += 1
                }
                return make(out)
            }
            var i = 0
            while count < 0 || done < count {
                let j = find(v, o, i, v.count)
                if j < 0 { break }
                out += v[i..<j]
                out += n
                i = j + o.count
                done += 1
            }
            out += v[i...]
            return make(out)
        }
        for (name, isStart) in [("startswith", true), ("endswith", false)] {
            def(name) { r, a, k in
                if a.isEmpty { throw PythonError(PyExc.TypeError, "\(name)() takes at least 1 argument (0 given)") }
                try Args(name, a, k).check(min: 1, max: 3)
                let v = sc(r)
                let (start, end) = try bounds(a, 1, v.count)
                let candidates: [PyObject]
                if let tup = a[0] as? PyTuple {
                    candidates = tup.items
                    for c in candidates where !(c is PyStr) {
                        throw PythonError(PyExc.TypeError, "tuple for \(name) must only contain str, not \(c.type.name)")
                    }
                } else {
                    guard a[0] is PyStr else {
                        throw PythonError(PyExc.TypeError, "\(name) first arg must be str or a tuple of str, not \(a[0].type.name)")
                    }
                    candidates = [a[0]]
                }
                for c in candidates {
                    let n = (c as! PyStr).scalars
                    if start > v.count { continue }
                    if end - start < n.count { continue }
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
                let v = sc(r)
                let n = try needle(a[0])
                let (start, end) = try bounds(a, 1, v.count)
                let i = start > v.count ? -1 : find(v, n, start, end, reverse: reverse)
                if i < 0 && raises { throw PythonError(PyExc.ValueError, "substring not found") }
                return PyInt.make(i)
            }
        }
        def("count") { r, a, k in
            if a.isEmpty { throw PythonError(PyExc.TypeError, "count() takes at least 1 argument (0 given)") }
            try Args("count", a, k).check(min: 1, max: 3)
            let v = sc(r)
            let n = try needle(a[0])
            let (start, end) = try bounds(a, 1, v.count)
            if start > v.count { return PyInt.make(0) }
            if n.isEmpty { return PyInt.make(max(0, end - start + 1)) }
            var c = 0, i = start
            while true {
                let j = find(v, n, i, end)
                if j < 0 { break }
                c += 1
                i = j + n.count
            }
            return PyInt.make(c)
        }
        def("format") { r, a, k in PyStr(try Formatting.strFormat(s(r), a, k)) }
        def("format_map") { r, a, k in
            try Args("format_map", a, k).check(min: 1, max: 1)
            let mapping = a[0]
            return PyStr(try Formatting.strFormat(s(r), [], positional: false) { try Ops.getItem(mapping, PyStr($0)) })
        }
        def("__format__") { r, a, _ in
            guard let spec = a.first as? PyStr else {
                throw PythonError(PyExc.TypeError, "format() argument must be str, not \(a.first?.type.name ?? "nothing")")
            }
            return PyStr(try Formatting.format(PyStr(s(r)), spec.value))
        }
        def("encode") { r, a, k in
            let args = Args("encode", a, k)
            try args.check(min: 0, max: 2, keywords: ["encoding", "errors"])
            func named(_ o: PyObject?, _ name: String, _ d: String) throws -> String {
                guard let o = o else { return d }
                guard let v = o as? PyStr else {
                    throw PythonError(PyExc.TypeError, "encode() argument '\(name)' must be str, not \(argTypeName(o))")
                }
                return v.value
            }
            let enc = try named(args[0] ?? args.keyword("encoding"), "encoding", "utf-8")
            let err = try named(args[1] ?? args.keyword("errors"), "errors", "strict")
            return PyBytes(try Codecs.encode(s(r), enc, err))
        }
        func pred(_ name: String, _ emptyResult: Bool = false, _ test: @escaping (Unicode.Scalar) -> Bool) {
            noArgs(name) { r in
                let v = sc(r)
                return pyBool(v.isEmpty ? emptyResult : v.allSatisfy(test))
            }
        }
        pred("isdigit", false, isDigit)
        pred("isdecimal", false, isDecimal)
        pred("isnumeric", false, isNumeric)
        pred("isalpha", false, isAlpha)
        pred("isalnum", false) { isAlpha($0) || isDecimal($0) || isDigit($0) || isNumeric($0) }
        pred("isspace", false, isSpace)
        pred("isascii", true) { $0.isASCII }
        pred("isprintable", true, Repr.isPrintable)
        noArgs("isupper") { r in
            let v = sc(r)
            return pyBool(v.contains(where: isUpper) && !v.contains { isLower($0) || isTitle($0) })
        }
        noArgs("islower") { r in
            let v = sc(r)
            return pyBool(v.contains(where: isLower) && !v.contains { isUpper($0) || isTitle($0) })
        }
        noArgs("istitle") { r in
            var cased = false, prevCased = false
            for u in sc(r) {
                if isUpper(u) || isTitle(u) {
                    if prevCased { return pyFalse }
                    prevCased = true; cased = true
                } else if isLower(u) {
                    if !prevCased { return pyFalse }
                    prevCased = true; cased = true
                } else {
                    prevCased = false
                }
            }
            return pyBool(cased)
        }
        noArgs("isidentifier") { r in
            let v = sc(r)
            guard let f = v.first, f == "_" || f.properties.isXIDStart else { return pyFalse }
            // U+200C/U+200D joined XID_Continue after Unicode 14 (CPython 3.11's database).
            return pyBool(v.dropFirst().allSatisfy { $0.properties.isXIDContinue && $0.value != 0x200C && $0.value != 0x200D })
        }
        for (name, align) in [("center", "^"), ("ljust", "<"), ("rjust", ">")] {
            def(name) { r, a, k in
                try Args(name, a, k).check(min: 1, max: 2)
                let width = try Ops.indexInt(a[0])
                let fill = try fillChar(a)
                let v = sc(r)
                if v.count >= width { return PyStr(s(r)) }
                let n = width - v.count
                let left: Int
                switch align {
                case "<": left = 0
                case ">": left = n
                default: left = n / 2 + (n & width & 1)
                }
                return make(Array(repeating: fill, count: left) + v + Array(repeating: fill, count: n - left))
            }
        }
        def("zfill") { r, a, k in
            try Args("str.zfill", a, k).check(min: 1, max: 1)
            let width = try Ops.indexInt(a[0])
            var v = sc(r)
            if v.count >= width { return PyStr(s(r)) }
            var sign: [Unicode.Scalar] = []
            if let f = v.first, f == "-" || f == "+" { sign = [f]; v.removeFirst() }
            return make(sign + Array(repeating: "0", count: width - v.count - sign.count) + v)
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            def(name) { r, a, k in
                try Args("str.\(name)", a, k).check(min: 1, max: 1)
                let sep = try needle(a[0])
                if sep.isEmpty { throw PythonError(PyExc.ValueError, "empty separator") }
                let v = sc(r)
                let i = find(v, sep, 0, v.count, reverse: fromRight)
                if i < 0 {
                    return fromRight ? PyTuple([PyStr(""), PyStr(""), PyStr(s(r))]) : PyTuple([PyStr(s(r)), PyStr(""), PyStr("")])
                }
                return PyTuple([make(v[..<i]), a[0], make(v[(i + sep.count)...])])
            }
        }
        for (name, prefix) in [("removeprefix", true), ("removesuffix", false)] {
            def(name) { r, a, k in
                try Args(name, a, k).check(min: 1, max: 1)
                guard let p = a[0] as? PyStr else {
                    throw PythonError(PyExc.TypeError, "\(name)() argument must be str, not \(argTypeName(a[0]))")
                }
                let v = sc(r), n = p.scalars
                if n.isEmpty || n.count > v.count { return PyStr(s(r)) }
                if prefix && v[..<n.count].elementsEqual(n) { return make(v[n.count...]) }
                if !prefix && v[(v.count - n.count)...].elementsEqual(n) { return make(v[..<(v.count - n.count)]) }
                return PyStr(s(r))
            }
        }
        def("expandtabs") { r, a, k in
            let args = Args("expandtabs", a, k)
            try args.check(min: 0, max: 1, keywords: ["tabsize"])
            let size = try (args[0] ?? args.keyword("tabsize")).map { try Ops.indexInt($0) } ?? 8
            return make(expandTabs(sc(r), size))
        }
        def("__len__") { r, _, _ in PyInt.make((r as! PyStr).count) }
        def("__getitem__") { r, a, _ in try Ops.getItem(PyStr(s(r)), a[0]) }
        def("__contains__") { r, a, _ in pyBool(try Ops.contains(PyStr(s(r)), a[0])) }
        def("__iter__") { r, _, _ in try Ops.iter(PyStr(s(r))) }
        def("__str__") { r, _, _ in r.type === PyTypes.str ? r : PyStr(s(r)) }
        def("__repr__") { r, _, _ in PyStr(Repr.strRepr(s(r))) }
        def("__hash__") { r, _, _ in PyInt.make(try BuiltinHashing.hash(PyStr(s(r)))) }
        def("__getnewargs__") { r, _, _ in PyTuple([PyStr(s(r))]) }
        def("__sizeof__") { r, _, _ in PyInt.make(49 + s(r).utf8.count) }
        for (name, op) in [("__lt__", CompareOp.lt), ("__le__", .le), ("__eq__", .eq), ("__ne__", .ne),
                           ("__gt__", .gt), ("__ge__", .ge)] {
            def(name) { r, a, _ in
                guard a.count == 1, let o = a[0] as? PyStr else { return PyNotImplemented.shared }
                let c = PyStr.compareText(s(r), o.value)
                switch op {
                case .lt: return pyBool(c < 0)
                case .le: return pyBool(c <= 0)
                case .eq: return pyBool(c == 0)
                case .ne: return pyBool(c != 0)
                case .gt: return pyBool(c > 0)
                case .ge: return pyBool(c >= 0)
                }
            }
        }
        def("__add__") { r, a, _ in
            guard a.count == 1, let o = a[0] as? PyStr else { return PyNotImplemented.shared }
            return PyStr(s(r) + o.value)
        }
        for name in ["__mul__", "__rmul__"] {
            def(name) { r, a, _ in
                guard a.count == 1, a[0] is PyInt else { return PyNotImplemented.shared }
                return try Ops.binaryOp(PyStr(s(r)), a[0], .mul)
            }
        }
        def("__mod__") { r, a, _ in
            guard a.count == 1 else { return PyNotImplemented.shared }
            return PyStr(try Formatting.percent(s(r), a[0]))
        }
        def("__rmod__") { _, _, _ in PyNotImplemented.shared }
        t.dict.setItem(string: "maketrans", PyStaticMethod(PyBuiltinFunction(name: "maketrans") { a, k in
            try Args("maketrans", a, k).check(min: 1, max: 3)
            let d = PyDict()
            if a.count == 1 {
                guard let m = a[0] as? PyDict else {
                    throw PythonError(PyExc.TypeError, "if you give only one argument to maketrans it must be a dict")
                }
                for (key, v) in m.items {
                    if let ks = key as? PyStr {
                        guard ks.scalars.count == 1 else {
                            throw PythonError(PyExc.ValueError, "string keys in translate table must be of length 1")
                        }
                        try d.set(PyInt.make(Int(LoneSurrogate.codePoint(ks.scalars[0]))), v)
                    } else if key is PyInt {
                        try d.set(key, v)
                    } else {
                        throw PythonError(PyExc.TypeError, "keys in translate table must be strings or integers")
                    }
                }
                return d
            }
            let y = try argStr(a[1], "maketrans", 2)
            if a.count == 3 { _ = try argStr(a[2], "maketrans", 3) }
            guard let x = (a[0] as? PyStr)?.value else {
                throw PythonError(PyExc.TypeError, "first maketrans argument must be a string if there is a second argument")
            }
            let xs = Array(x.unicodeScalars), ys = Array(y.unicodeScalars)
            if xs.count != ys.count {
                throw PythonError(PyExc.ValueError, "the first two maketrans arguments must have equal length")
            }
            for (p, q) in zip(xs, ys) { try d.set(PyInt.make(Int(LoneSurrogate.codePoint(p))), PyInt.make(Int(LoneSurrogate.codePoint(q)))) }
            if a.count == 3 {
                for u in try argStr(a[2], "maketrans", 3).unicodeScalars { try d.set(PyInt.make(Int(LoneSurrogate.codePoint(u))), pyNone) }
            }
            return d
        }))
        def("translate") { r, a, k in
            try Args("translate", a, k).check(min: 1, max: 1)
            let table = a[0]
            var out = String.UnicodeScalarView()
            for u in sc(r) {
                let v: PyObject
                do {
                    v = try Ops.getItem(table, PyInt.make(Int(LoneSurrogate.codePoint(u))))
                } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.LookupError) {
                    out.append(u)
                    continue
                }
                switch v {
                case is PyNone: continue
                case let st as PyStr: out.append(contentsOf: st.value.unicodeScalars)
                case let i as PyInt:
                    guard let n = i.intValue, n >= 0, n < 0x110000 else {
                        throw PythonError(PyExc.ValueError, "character mapping must be in range(0x110000)")
                    }
                    if let c = LoneSurrogate.scalar(UInt32(n)) { out.append(c) }
                default:
                    throw PythonError(PyExc.TypeError, "character mapping must return integer, None or str")
                }
            }
            return PyStr(String(out))
        }
    }

    enum CompareOp { case lt, le, eq, ne, gt, ge }
}
