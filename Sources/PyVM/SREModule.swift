import PyObjects

/// The `_sre` builtin module: `compile()` turns the code list made by `re._compiler` into a
/// `re.Pattern`, whose methods run `SREMatcher` and build `re.Match` objects. Template
/// expansion (`sub` with backslashes, `Match.expand`) goes back to `re._subx`/`re._expand`,
/// as CPython 3.11's C module does.
enum SREModule {
    static let patternType = PyType(name: "Pattern", bases: [PyTypes.object], flags: [.extensionType], moduleName: "re")
    static let matchType = PyType(name: "Match", bases: [PyTypes.object], flags: [.extensionType], moduleName: "re")
    static let scannerType = PyType(name: "SRE_Scanner", bases: [PyTypes.object], flags: [.extensionType], moduleName: "_sre")

    static func make() throws -> PyModule {
        installTypes()
        let m = PyModule(name: "_sre")
        let d = m.dict
        d.setItem(string: "MAGIC", PyInt.make(SREChars.MAGIC))
        d.setItem(string: "CODESIZE", PyInt.make(4))
        d.setItem(string: "MAXREPEAT", PyInt.make(Int(SREChars.MAXREPEAT)))
        d.setItem(string: "MAXGROUPS", PyInt.make(SREChars.MAXGROUPS))
        d.setItem(string: "copyright", PyStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "))
        func fn(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            let f = PyBuiltinFunction(name: name, boundSelf: m, body: body)
            f.moduleName = "_sre"
            d.setItem(string: name, f)
        }
        fn("getcodesize") { a, k in
            try Args("_sre.getcodesize", a, k).check(min: 0, max: 0)
            return PyInt.make(4)
        }
        func charFn(_ name: String, _ f: @escaping (UInt32) -> PyObject) {
            fn(name) { a, k in
                try Args("_sre." + name, a, k).check(min: 1, max: 1)
                let i = try Ops.indexInt(a[0])
                return f(UInt32(truncatingIfNeeded: i))
            }
        }
        charFn("ascii_iscased") { c in pyBool(c < 128 && SREChars.asciiLower(c) != SREChars.asciiUpper(c)) }
        charFn("unicode_iscased") { c in pyBool(SREChars.uniIsCased(c)) }
        charFn("ascii_tolower") { c in PyInt.make(Int(SREChars.asciiLower(c))) }
        charFn("unicode_tolower") { c in PyInt.make(Int(SREChars.uniLower(c))) }
        fn("compile") { a, k in
            let v = try SREArgs.parse("compile", a, k, ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], required: 6)
            return try compile(pattern: v[0]!, flags: v[1]!, code: v[2]!, groups: v[3]!, groupindex: v[4]!, indexgroup: v[5]!)
        }
        return m
    }

    static func compile(pattern: PyObject, flags: PyObject, code codeObj: PyObject, groups: PyObject,
                        groupindex: PyObject, indexgroup: PyObject) throws -> PyObject {
        guard let list = codeObj as? PyList else {
            throw PythonError(PyExc.TypeError, "compile() argument 'code' must be list, not \(codeObj.type.name)")
        }
        var code: [UInt32] = []
        code.reserveCapacity(list.items.count)
        for o in list.items {
            let i = try Ops.index(o)
            guard let v = i.intValue, v >= 0, v <= Int(UInt32.max) else {
                throw PythonError(PyExc.OverflowError, "regular expression code size limit exceeded")
            }
            code.append(UInt32(v))
        }
        let nGroups = try Ops.indexInt(groups)
        guard let gi = groupindex as? PyDict else {
            throw PythonError(PyExc.TypeError, "compile() argument 'groupindex' must be dict, not \(groupindex.type.name)")
        }
        guard let ig = indexgroup as? PyTuple else {
            throw PythonError(PyExc.TypeError, "compile() argument 'indexgroup' must be tuple, not \(indexgroup.type.name)")
        }
        let isBytes: Bool?
        switch pattern {
        case is PyNone: isBytes = nil
        case is PyStr: isBytes = false
        case is PyBytes, is PyByteArray: isBytes = true
        default:
            throw PythonError(PyExc.TypeError, "expected string or bytes-like object, got '\(pattern.type.name)'")
        }
        if nGroups < 0 || nGroups > SREChars.MAXGROUPS || !SREValidator.valid(code, groups: nGroups) {
            throw PythonError(PyExc.RuntimeError, "invalid SRE code")
        }
        // groupindex is exposed read-only; keep a private copy as CPython does.
        let giCopy = PyDict()
        for (k, v) in gi.items { try giCopy.set(k, v) }
        return SREPattern(pattern: pattern, flags: try Ops.indexInt(flags), code: code, groups: nGroups,
                          groupindex: giCopy, indexgroup: ig, isBytes: isBytes)
    }

    // MARK: subjects

    /// Checks the subject against the pattern's kind and makes its code-point buffer.
    static func subject(_ p: SREPattern, _ s: PyObject) throws -> SRESubject {
        let subj: SRESubject
        switch s {
        case let str as PyStr: subj = SRESubject(str)
        case let b as PyBytes: subj = SRESubject(bytes: b.value, object: b)
        case let b as PyByteArray: subj = SRESubject(bytes: b.value, object: b)
        default:
            throw PythonError(PyExc.TypeError, "expected string or bytes-like object, got '\(s.type.name)'")
        }
        if let pb = p.isBytes, pb != subj.isBytes {
            throw PythonError(PyExc.TypeError, pb ? "cannot use a bytes pattern on a string-like object"
                                                  : "cannot use a string pattern on a bytes-like object")
        }
        return subj
    }

    static func clamp(_ v: Int, _ n: Int) -> Int { v < 0 ? 0 : (v > n ? n : v) }

    // MARK: pattern methods

    static func installTypes() {
        if patternType.dict.getItem(string: "match") != nil { return }
        installPattern()
        installMatch()
        installScanner()
        for t in [patternType, matchType] {  // re.Pattern[str] in annotations
            BuiltinMethods.classDef(t, "__class_getitem__") { cls, a, k in
                try Args("__class_getitem__", a, k).check(min: 1, max: 1)
                return PyGenericAlias(origin: cls, args: a[0])
            }
        }
    }

    static func pat(_ o: PyObject) -> SREPattern { o as! SREPattern }

    static func installPattern() {
        let t = patternType
        let def = BuiltinMethods.def
        func searchLike(_ name: String, _ mode: SREScan.Mode) {
            def(t, name) { r, a, k in
                let p = pat(r)
                let v = try SREArgs.parse(name, a, k, ["string", "pos", "endpos"], required: 1)
                let scan = try SREScan(p, v[0]!, pos: v[1], endpos: v[2])
                return try SREMatchObject.make(p, scan, scan.next(mode))
            }
        }
        searchLike("match", .match)
        searchLike("fullmatch", .fullmatch)
        searchLike("search", .search)
        def(t, "findall") { r, a, k in
            let p = pat(r)
            let v = try SREArgs.parse("findall", a, k, ["string", "pos", "endpos"], required: 1)
            let scan = try SREScan(p, v[0]!, pos: v[1], endpos: v[2])
            var out: [PyObject] = []
            while let res = scan.next(.search) {
                try res.check()
                switch p.groups {
                case 0: out.append(scan.subject.slice(res.spans[0], res.spans[1]))
                case 1: out.append(scan.subject.groupOrEmpty(res, 1))
                default: out.append(PyTuple((1...p.groups).map { scan.subject.groupOrEmpty(res, $0) }))
                }
            }
            return PyList(out)
        }
        def(t, "finditer") { r, a, k in
            let p = pat(r)
            let v = try SREArgs.parse("finditer", a, k, ["string", "pos", "endpos"], required: 1)
            let scan = try SREScan(p, v[0]!, pos: v[1], endpos: v[2])
            return PyNativeIterator(type: VMTypes.callableIterator) {
                guard let r = scan.next(.search) else { return nil }
                return try SREMatchObject.make(p, scan, r)
            }
        }
        def(t, "scanner") { r, a, k in
            let p = pat(r)
            let v = try SREArgs.parse("scanner", a, k, ["string", "pos", "endpos"], required: 1)
            return SREScannerObject(p, try SREScan(p, v[0]!, pos: v[1], endpos: v[2]))
        }
        def(t, "split") { r, a, k in
            let p = pat(r)
            let v = try SREArgs.parse("split", a, k, ["string", "maxsplit"], required: 1)
            let maxsplit = try v[1].map(Ops.indexInt) ?? 0
            let scan = try SREScan(p, v[0]!, pos: nil, endpos: nil)
            var out: [PyObject] = []
            var last = scan.start
            var n = 0
            while maxsplit == 0 || n < maxsplit {
                guard let res = scan.next(.search) else { break }
                out.append(scan.subject.slice(last, res.spans[0]))
                try res.check()
                if p.groups > 0 {
                    for g in 1...p.groups { out.append(scan.subject.groupOrNone(res, g)) }
                }
                n += 1
                last = res.spans[1]
            }
            out.append(scan.subject.slice(last, scan.endpos))
            return PyList(out)
        }
        def(t, "sub") { r, a, k in
            let v = try SREArgs.parse("sub", a, k, ["repl", "string", "count"], required: 2)
            return try sub(pat(r), v[0]!, v[1]!, count: try v[2].map(Ops.indexInt) ?? 0, withCount: false)
        }
        def(t, "subn") { r, a, k in
            let v = try SREArgs.parse("subn", a, k, ["repl", "string", "count"], required: 2)
            return try sub(pat(r), v[0]!, v[1]!, count: try v[2].map(Ops.indexInt) ?? 0, withCount: true)
        }
        copies(t)
        def(t, "__eq__") { r, a, _ in
            guard let o = a.first as? SREPattern else { return PyNotImplemented.shared }
            return pyBool(try pat(r).equals(o))
        }
        def(t, "__ne__") { r, a, _ in
            guard let o = a.first as? SREPattern else { return PyNotImplemented.shared }
            return pyBool(!(try pat(r).equals(o)))
        }
        def(t, "__hash__") { r, _, _ in PyInt.make(try pat(r).hashValue()) }
        def(t, "__repr__") { r, _, _ in PyStr(try pat(r).repr()) }
        property(t, "pattern") { pat($0).pattern }
        property(t, "flags") { PyInt.make(pat($0).flags) }
        property(t, "groups") { PyInt.make(pat($0).groups) }
        // An empty groupindex is a fresh dict, a non-empty one a read-only proxy (as CPython).
        property(t, "groupindex") { o in
            let d = pat(o).groupindex
            return d.count == 0 ? PyDict() : PyMappingProxy(d)
        }
    }

    /// `__copy__`/`__deepcopy__`: patterns and matches are immutable, copies are themselves.
    static func copies(_ t: PyType) {
        BuiltinMethods.def(t, "__copy__") { r, a, k in
            try Args("\(t.name).__copy__", a, k).check(min: 0, max: 0)
            return r
        }
        BuiltinMethods.def(t, "__deepcopy__") { r, a, k in
            try Args("\(t.name).__deepcopy__", a, k).check(min: 1, max: 1)
            return r
        }
    }

    static func property(_ t: PyType, _ name: String, _ get: @escaping (PyObject) throws -> PyObject) {
        let getter = PyBuiltinFunction(name: name) { a, _ in
            guard let o = a.first, o.type.isSubtype(of: t) else {
                throw PythonError(PyExc.TypeError, "descriptor '\(name)' for 're.\(t.name)' objects doesn't apply to a '\(a.first?.type.name ?? "NoneType")' object")
            }
            return try get(o)
        }
        t.dict.setItem(string: name, PyProperty(fget: getter, fset: nil, fdel: nil, doc: nil))
    }

    /// `Pattern.sub`/`subn`.
    static func sub(_ p: SREPattern, _ repl: PyObject, _ string: PyObject, count: Int, withCount: Bool) throws -> PyObject {
        var filter = repl
        var callable = Ops.isCallable(repl)
        if !callable {
            var literal = false
            if let s = repl as? PyStr { literal = !s.value.unicodeScalars.contains("\\") }
            else if let b = repl as? PyBytes { literal = !b.value.contains(92) }
            else if let b = repl as? PyByteArray { literal = !b.value.contains(92) }
            if !literal {
                let re = try Importer.importModule("re")
                filter = try Ops.call(try Ops.getAttr(re, "_subx"), args: [p, repl])
                callable = Ops.isCallable(filter)
            }
        }
        let scan = try SREScan(p, string, pos: nil, endpos: nil)
        var out: [PyObject] = []
        var i = scan.start
        var n = 0
        while count == 0 || n < count {
            guard let res = scan.next(.search) else { break }
            if i < res.spans[0] { out.append(scan.subject.slice(i, res.spans[0])) }
            let item = callable ? try Ops.call(filter, args: [try SREMatchObject.make(p, scan, res)]) : filter
            if item !== pyNone { out.append(item) }
            i = res.spans[1]
            n += 1
        }
        if i < scan.endpos { out.append(scan.subject.slice(i, scan.endpos)) }
        let joiner = scan.subject.slice(0, 0)
        let joined = out.isEmpty ? joiner : try Ops.callMethod(joiner, "join", [PyList(out)])
        return withCount ? PyTuple([joined, PyInt.make(n)]) : joined
    }

    // MARK: match methods

    static func mat(_ o: PyObject) -> SREMatchObject { o as! SREMatchObject }

    static func installMatch() {
        let t = matchType
        let def = BuiltinMethods.def
        def(t, "group") { r, a, k in
            if !k.isEmpty { throw PythonError(PyExc.TypeError, "Match.group() takes no keyword arguments") }
            let m = mat(r)
            if a.isEmpty { return m.group(0) }
            if a.count == 1 { return m.group(try m.index(a[0])) }
            return PyTuple(try a.map { m.group(try m.index($0)) })
        }
        def(t, "__getitem__") { r, a, _ in
            let m = mat(r)
            return m.group(try m.index(a[0]))
        }
        def(t, "groups") { r, a, k in
            let v = try SREArgs.parse("groups", a, k, ["default"], required: 0)
            let m = mat(r)
            let dflt = v[0] ?? pyNone
            if m.pattern.groups == 0 { return PyTuple([]) }
            return PyTuple((1...m.pattern.groups).map { m.group($0, default: dflt) })
        }
        def(t, "groupdict") { r, a, k in
            let v = try SREArgs.parse("groupdict", a, k, ["default"], required: 0)
            let m = mat(r)
            let d = PyDict()
            for (name, _) in m.pattern.groupindex.items {
                try d.set(name, m.group(try m.index(name), default: v[0] ?? pyNone))
            }
            return d
        }
        func spanFn(_ name: String, _ f: @escaping (SREMatchObject, Int) -> PyObject) {
            def(t, name) { r, a, k in
                if !k.isEmpty { throw PythonError(PyExc.TypeError, "Match.\(name)() takes no keyword arguments") }
                if a.count > 1 { throw PythonError(PyExc.TypeError, "\(name) expected at most 1 argument, got \(a.count)") }
                let m = mat(r)
                return f(m, try a.first.map { try m.index($0) } ?? 0)
            }
        }
        spanFn("start") { m, g in PyInt.make(m.spans[2 * g]) }
        spanFn("end") { m, g in PyInt.make(m.spans[2 * g + 1]) }
        spanFn("span") { m, g in PyTuple([PyInt.make(m.spans[2 * g]), PyInt.make(m.spans[2 * g + 1])]) }
        def(t, "expand") { r, a, k in
            let v = try SREArgs.parse("expand", a, k, ["template"], required: 1)
            let m = mat(r)
            let re = try Importer.importModule("re")
            return try Ops.call(try Ops.getAttr(re, "_expand"), args: [m.pattern, m, v[0]!])
        }
        copies(t)
        def(t, "__repr__") { r, _, _ in
            let m = mat(r)
            let g = try Ops.repr(m.group(0)).value
            return PyStr("<re.Match object; span=(\(m.spans[0]), \(m.spans[1])), match=\(String(g.unicodeScalars.prefix(50)))>")
        }
        property(t, "string") { mat($0).subject.object }
        property(t, "re") { mat($0).pattern }
        property(t, "pos") { PyInt.make(mat($0).pos) }
        property(t, "endpos") { PyInt.make(mat($0).endpos) }
        property(t, "lastindex") { o in
            let m = mat(o)
            return m.lastindex >= 0 ? PyInt.make(m.lastindex) : pyNone
        }
        property(t, "lastgroup") { o in
            let m = mat(o)
            let items = m.pattern.indexgroup.items
            if m.lastindex >= 0 && m.lastindex < items.count { return items[m.lastindex] }
            return pyNone
        }
        property(t, "regs") { o in
            let m = mat(o)
            return PyTuple((0...m.pattern.groups).map { g in
                PyTuple([PyInt.make(m.spans[2 * g]), PyInt.make(m.spans[2 * g + 1])])
            })
        }
    }

    static func installScanner() {
        let t = scannerType
        func step(_ name: String, _ mode: SREScan.Mode) {
            BuiltinMethods.def(t, name) { r, a, k in
                if !a.isEmpty || !k.isEmpty { throw PythonError(PyExc.TypeError, "\(name)() takes no arguments") }
                let s = r as! SREScannerObject
                return try SREMatchObject.make(s.pattern, s.scan, s.scan.next(mode))
            }
        }
        step("match", .match)
        step("search", .search)
        property(t, "pattern") { ($0 as! SREScannerObject).pattern }
    }
}

/// Argument parsing with the messages of CPython's argument clinic.
enum SREArgs {
    static func parse(_ fname: String, _ args: [PyObject], _ kwargs: [(String, PyObject)], _ names: [String],
                      required: Int, positionalOnly: Bool = false) throws -> [PyObject?] {
        if args.count > names.count {
            let what = names.count == 1 ? "argument" : "arguments"
            if required == names.count {
                throw PythonError(PyExc.TypeError, "\(fname)() takes exactly \(names.count) \(what) (\(args.count) given)")
            }
            throw PythonError(PyExc.TypeError, "\(fname)() takes at most \(names.count) \(what) (\(args.count) given)")
        }
        var out: [PyObject?] = args.map { $0 }
        out += [PyObject?](repeating: nil, count: names.count - args.count)
        for (k, v) in kwargs {
            guard !positionalOnly, let i = names.firstIndex(of: k) else {
                if positionalOnly { throw PythonError(PyExc.TypeError, "\(fname)() takes no keyword arguments") }
                throw PythonError(PyExc.TypeError, "'\(k)' is an invalid keyword argument for \(fname)()")
            }
            if out[i] != nil {
                throw PythonError(PyExc.TypeError, "argument for \(fname)() given by name ('\(k)') and position (\(i + 1))")
            }
            out[i] = v
        }
        for i in 0..<required where out[i] == nil {
            throw PythonError(PyExc.TypeError, "\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }
}

/// A compiled pattern (`re.Pattern`).
final class SREPattern: PyObject {
    let pattern: PyObject
    let flags: Int
    let code: [UInt32]
    let groups: Int
    let groupindex: PyDict
    let indexgroup: PyTuple
    /// nil when the pattern source is None (then both kinds of subjects are accepted).
    let isBytes: Bool?

    init(pattern: PyObject, flags: Int, code: [UInt32], groups: Int, groupindex: PyDict, indexgroup: PyTuple, isBytes: Bool?) {
        self.pattern = pattern
        self.flags = flags
        self.code = code
        self.groups = groups
        self.groupindex = groupindex
        self.indexgroup = indexgroup
        self.isBytes = isBytes
        super.init(type: SREModule.patternType)
    }

    func equals(_ o: SREPattern) throws -> Bool {
        if self === o { return true }
        if flags != o.flags || isBytes != o.isBytes || code != o.code { return false }
        return try Ops.equal(pattern, o.pattern)
    }

    func hashValue() throws -> Int {
        var h = try Ops.hash(pattern)
        var c: UInt64 = 0xcbf29ce484222325
        for w in code { c = (c ^ UInt64(w)) &* 0x100000001b3 }
        h ^= Int(truncatingIfNeeded: c) ^ flags ^ (isBytes == true ? 1 : 0) ^ code.count
        return h == -1 ? -2 : h
    }

    static let flagNames: [(String, Int)] = [
        ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4), ("re.MULTILINE", 8),
        ("re.DOTALL", 16), ("re.UNICODE", 32), ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
    ]

    func repr() throws -> String {
        let src = String(try Ops.repr(pattern).value.unicodeScalars.prefix(200))
        var f = flags
        // re.UNICODE is the default for str patterns: not shown.
        if isBytes == false && f & (4 | 32 | 256) == 32 { f &= ~32 }
        if f == 0 { return "re.compile(\(src))" }
        var parts: [String] = []
        for (name, bit) in SREPattern.flagNames where f & bit != 0 {
            parts.append(name)
            f &= ~bit
        }
        if f != 0 { parts.append("0x" + String(f, radix: 16)) }
        return "re.compile(\(src), \(parts.joined(separator: "|")))"
    }
}

/// The subject of a match: the original object and its code points.
struct SRESubject {
    let object: PyObject
    let isBytes: Bool
    private let scalars: [Unicode.Scalar]
    private let wide: [UInt32]
    let count: Int

    init(_ s: PyStr) {
        object = s
        isBytes = false
        scalars = s.scalars
        wide = []
        count = scalars.count
    }

    init(bytes: [UInt8], object: PyObject) {
        self.object = object
        isBytes = true
        scalars = []
        count = bytes.count
        // The engine reads code points; widen once per immutable bytes object, so that loops
        // matching at successive positions of one subject stay linear.
        if let b = object as? PyBytes, let last = SRESubject.lastBytes, last === b {
            wide = SRESubject.lastWide
        } else {
            wide = bytes.map { UInt32($0) }
            if let b = object as? PyBytes {
                SRESubject.lastBytes = b
                SRESubject.lastWide = wide
            }
        }
    }
    nonisolated(unsafe) private static var lastBytes: PyBytes?
    nonisolated(unsafe) private static var lastWide: [UInt32] = []

    func withBuffer<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        if isBytes { return wide.withUnsafeBufferPointer(body) }
        return scalars.withUnsafeBufferPointer { buf in
            // SAFETY: Unicode.Scalar is a single UInt32 field, so the layouts are identical.
            buf.withMemoryRebound(to: UInt32.self, body)
        }
    }

    /// `string[a:b]` as the C module's getslice makes it: always an exact str or bytes.
    func slice(_ a: Int, _ b: Int) -> PyObject {
        let lo = max(0, min(a, count)), hi = max(lo, min(b, count))
        if isBytes {
            if lo == 0 && hi == count, let b = object as? PyBytes, b.type === PyTypes.bytes { return b }
            return PyBytes(wide[lo..<hi].map { UInt8(truncatingIfNeeded: $0) })
        }
        if lo == 0 && hi == count, let s = object as? PyStr, s.type === PyTypes.str { return s }
        return PyStr(SRESubject.utf8String(scalars, lo, hi))
    }

    /// The string of `scalars[lo..<hi]`, encoded straight into the new string's storage.
    static func utf8String(_ scalars: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> String {
        if lo >= hi { return "" }
        return String(unsafeUninitializedCapacity: (hi - lo) * 4) { buf in
            var n = 0
            for i in lo..<hi {
                let v = scalars[i].value
                if v < 0x80 {
                    buf[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buf[n] = UInt8(0xC0 | (v >> 6)); buf[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    buf[n] = UInt8(0xE0 | (v >> 12)); buf[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buf[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                } else {
                    buf[n] = UInt8(0xF0 | (v >> 18)); buf[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buf[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }

    func groupOrNone(_ r: SREResult, _ g: Int) -> PyObject {
        let a = r.spans[2 * g], b = r.spans[2 * g + 1]
        return a < 0 ? pyNone : slice(a, b)
    }

    func groupOrEmpty(_ r: SREResult, _ g: Int) -> PyObject {
        let a = r.spans[2 * g], b = r.spans[2 * g + 1]
        return a < 0 ? slice(0, 0) : slice(a, b)
    }
}

/// One match: span of the whole match then of each group (-1 when unset), and lastindex.
struct SREResult {
    var spans: [Int]
    var lastindex: Int
    /// A group ends before it starts (the engine's quirks allow it; CPython reports it).
    var badSpan: Bool

    func check() throws {
        if badSpan {
            throw PythonError(PyExc.SystemError, "The span of capturing group is wrong, please report a bug for the re module.")
        }
    }
}

/// Successive matches over one subject (`state` of the C module): match/search from `start`,
/// then move past the match, with CPython's rule for empty matches.
final class SREScan {
    enum Mode { case match, fullmatch, search }
    let pattern: SREPattern
    let subject: SRESubject
    let pos: Int, endpos: Int
    var start: Int
    var mustAdvance = false
    var exhausted = false

    init(_ p: SREPattern, _ string: PyObject, pos: PyObject?, endpos: PyObject?) throws {
        pattern = p
        subject = try SREModule.subject(p, string)
        let n = subject.count
        self.pos = SREModule.clamp(try pos.map(Ops.indexInt) ?? 0, n)
        self.endpos = SREModule.clamp(try endpos.map(Ops.indexInt) ?? Int.max, n)
        start = self.pos
    }

    /// Kept between steps so that its stacks' storage is reused; its buffers are re-pointed
    /// at each step (they are only valid inside the closures below).
    private var matcher: SREMatcher?

    func next(_ mode: Mode) -> SREResult? {
        if exhausted || start > endpos && mode == .search { exhausted = true; return nil }
        let p = pattern
        let result: SREResult? = p.code.withUnsafeBufferPointer { code in
            subject.withBuffer { text in
                var m: SREMatcher
                if var old = matcher {
                    matcher = nil
                    old.text = text
                    old.code = code
                    old.start = start
                    old.ptr = start
                    old.reset()
                    m = old
                } else {
                    m = SREMatcher(text: text, code: code, groups: p.groups, start: start, end: endpos)
                }
                defer { matcher = m }
                var bad = false
                m.mustAdvance = mustAdvance
                m.matchAll = false
                let ok: Bool
                switch mode {
                case .search: ok = m.search()
                case .match: ok = m.run()
                case .fullmatch: m.matchAll = true; ok = m.run()
                }
                if !ok { return nil }
                var spans = [Int](repeating: -1, count: 2 * (p.groups + 1))
                spans[0] = m.start
                spans[1] = m.ptr
                if p.groups > 0 {
                    for g in 1...p.groups {
                        if let (a, b) = m.span(g) {
                            spans[2 * g] = a; spans[2 * g + 1] = b
                            if a > b { bad = true }
                        }
                    }
                }
                return SREResult(spans: spans, lastindex: m.lastindex, badSpan: bad)
            }
        }
        guard let r = result else { exhausted = true; return nil }
        mustAdvance = r.spans[1] == r.spans[0]
        start = r.spans[1]
        return r
    }
}

/// `re.Match`.
final class SREMatchObject: PyObject {
    let pattern: SREPattern
    let subject: SRESubject
    let pos: Int, endpos: Int
    let spans: [Int]
    let lastindex: Int

    static func make(_ p: SREPattern, _ scan: SREScan, _ r: SREResult?) throws -> PyObject {
        guard let r = r else { return pyNone }
        try r.check()
        return SREMatchObject(p, scan, r)
    }

    private init(_ p: SREPattern, _ scan: SREScan, _ r: SREResult) {
        pattern = p
        subject = scan.subject
        pos = scan.pos
        endpos = scan.endpos
        spans = r.spans
        lastindex = r.lastindex
        super.init(type: SREModule.matchType)
    }

    /// A group number from an int or a group name; IndexError otherwise.
    func index(_ o: PyObject) throws -> Int {
        var i = -1
        if o is PyInt || o.type.lookup("__index__") != nil {
            i = (try? Ops.indexInt(o)) ?? -1
        } else if let v = try pattern.groupindex.get(o) as? PyInt {
            i = v.intValue ?? -1
        }
        if i < 0 || i > pattern.groups { throw PythonError(PyExc.IndexError, "no such group") }
        return i
    }

    func group(_ g: Int, default dflt: PyObject = pyNone) -> PyObject {
        let a = spans[2 * g], b = spans[2 * g + 1]
        return a < 0 ? dflt : subject.slice(a, b)
    }
}

/// `_sre.SRE_Scanner`: `match()`/`search()` step through the subject.
final class SREScannerObject: PyObject {
    let pattern: SREPattern
    let scan: SREScan
    init(_ p: SREPattern, _ s: SREScan) {
        pattern = p
        scan = s
        super.init(type: SREModule.scannerType)
    }
}
