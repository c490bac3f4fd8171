import PyObjects
import PyCompiler

/// `repr()` of the builtin types, exactly as CPython 3.11 writes them.
public enum Repr {
    /// Objects whose repr is being computed (to print `[...]` for self-containing containers).
    nonisolated(unsafe) static var inProgress = Set<ObjectIdentifier>()

    static func address(_ o: AnyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(o)), radix: 16)
    }

    public static func typeRepr(_ t: PyType) -> String {
        if let m = t.moduleName, m != "builtins" { return "<class '\(m).\(t.qualname)'>" }
        return "<class '\(t.qualname)'>"
    }

    static func moduleOf(_ t: PyType) -> String? {
        if let m = t.dict.getItem(string: "__module__") as? PyStr { return m.value }
        return t.moduleName
    }

    static func repr(_ o: PyObject) throws -> String {
        if let r = o.type.slots.repr { return try r(o) }
        switch o {
        case let b as PyBool: return b.value ? "True" : "False"
        case let i as PyInt: return try IntMethods.decimalString(i)
        case let f as PyFloat: return floatRepr(f.value)
        case let s as PyStr: return strRepr(s.value)
        case is PyNone: return "None"
        case let c as PyComplex: return complexRepr(c)
        case let b as PyBytes: return bytesRepr(b.value)
        case let b as PyByteArray: return "\(b.type.name)(\(bytesRepr(b.value, escapeSingleQuote: true)))"
        case let l as PyList:
            return try container(l, "[", "]", l.items, "[...]")
        case let t as PyTuple:
            if t.items.count == 1 { return "(" + (try Ops.repr(t.items[0]).value) + ",)" }
            return try container(t, "(", ")", t.items, "(...)")
        case let d as PyDict:
            let id = ObjectIdentifier(d)
            if inProgress.contains(id) { return "{...}" }
            inProgress.insert(id)
            defer { inProgress.remove(id) }
            var parts: [String] = []
            for (k, v) in d.items { parts.append(try Ops.repr(k).value + ": " + Ops.repr(v).value) }
            return "{" + parts.joined(separator: ", ") + "}"
        case let s as PySet:
            let items = s.elements
            let name = s.type.name
            if items.isEmpty { return "\(name)()" }
            if s.type === PyTypes.set { return try container(s, "{", "}", items, "set(...)") }
            return "\(name)(" + (try container(s, "{", "}", items, "...")) + ")"
        case let t as PyType: return typeRepr(t)
        case let f as PyFunction: return "<function \(f.qualname) at \(address(f))>"
        case let b as PyBuiltinFunction:
            if let s = b.boundSelf, !(s is PyModule) {
                return "<built-in method \(b.name) of \(s.type.name) object at \(address(s))>"
            }
            return "<built-in function \(b.name)>"
        case let m as PyBoundMethod:
            let fname: String
            if let f = m.function as? PyFunction { fname = f.qualname } else { fname = (try? Ops.getAttr(m.function, "__qualname__")).flatMap { ($0 as? PyStr)?.value } ?? "?" }
            return "<bound method \(fname) of \(try Ops.repr(m.receiver).value)>"
        case let d as PyMethodDescriptor:
            return "<method '\(d.name)' of '\(d.owner.name)' objects>"
        case let m as PyModule:
            if let f = m.dict.getItem(string: "__file__") as? PyStr { return "<module '\(m.name)' from '\(f.value)'>" }
            return "<module '\(m.name)' (built-in)>"
        case let e as PyBaseException:
            let args = e.args.items
            let name = e.type.name
            if args.count == 1 { return "\(name)(\(try Ops.repr(args[0]).value))" }
            return name + (try repr(e.args))
        case let r as PyRange:
            return RangeMethods.repr(r)
        case let s as PySlice:
            return "slice(\(try Ops.repr(s.start).value), \(try Ops.repr(s.stop).value), \(try Ops.repr(s.step).value))"
        case is PyEllipsis: return "Ellipsis"
        case is PyNotImplemented: return "NotImplemented"
        case let c as CodeObject:
            return "<code object \(c.name) at \(address(c)), file \"\(c.filename)\", line \(c.firstLineno)>"
        case let g as PyGenerator: return Generators.repr(g)
        case let c as PyCell:
            if let v = c.value { return "<cell at \(address(c)): \(v.type.name) object at \(address(v))>" }
            return "<cell at \(address(c)): empty>"
        case let v as PyDictView:
            let name = v.type.name
            let inner = try Ops.toArray(v).map { try Ops.repr($0).value }.joined(separator: ", ")
            return "\(name)([\(inner)])"
        case let p as PySuper:
            return "<super: <class '\(p.thisType.name)'>, <\(p.receiverType.name) object>>"
        default:
            if let r = o.type.slots.repr { return try r(o) }
            let t = o.type
            let mod = moduleOf(t)
            let qn = mod.map { $0 == "builtins" ? t.qualname : "\($0).\(t.qualname)" } ?? t.qualname
            return "<\(qn) object at \(address(o))>"
        }
    }

    static func container(_ o: PyObject, _ open: String, _ close: String, _ items: [PyObject], _ recursive: String) throws -> String {
        let id = ObjectIdentifier(o)
        if inProgress.contains(id) { return recursive }
        inProgress.insert(id)
        defer { inProgress.remove(id) }
        var s = open
        for (i, x) in items.enumerated() {
            if i > 0 { s += ", " }
            s += try Ops.repr(x).value
        }
        return s + close
    }

    /// `str(exc)`.
    static func exceptionStr(_ e: PyBaseException) throws -> String {
        let args = e.args.items
        if let s = try ExceptionMethods.str(e) { return s }
        if e.type.isSubtype(of: PyExc.KeyError), args.count == 1 { return try Ops.repr(args[0]).value }
        if e.type.isSubtype(of: PyExc.SyntaxError), let msg = e.instanceDict?.getItem(string: "msg") {
            var s = try Ops.str(msg).value
            let file = e.instanceDict?.getItem(string: "filename") as? PyStr
            let line = e.instanceDict?.getItem(string: "lineno") as? PyInt
            if let f = file, let l = line { s += " (\(f.value.split(separator: "/").last.map(String.init) ?? f.value), line \(l.decimalString))" }
            else if let l = line { s += " (line \(l.decimalString))" }
            return s
        }
        switch args.count {
        case 0: return ""
        case 1: return try Ops.str(args[0]).value
        default: return try repr(e.args)
        }
    }

    // MARK: numbers

    /// Python's `repr(float)`: the shortest string that round-trips, in fixed notation for
    /// exponents -4…15 and scientific otherwise.
    public static func floatRepr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        let (negative, digits, exp) = shortestDigits(d)
        // The value is 0.DIGITS × 10^exp; the decimal exponent of the first digit is exp - 1.
        let e10 = exp - 1
        var s = negative ? "-" : ""
        if e10 >= 16 || e10 < -4 {
            s += String(digits.first!)
            if digits.count > 1 { s += "." + digits.dropFirst() }
            s += "e" + (e10 < 0 ? "-" : "+") + (abs(e10) < 10 ? "0" : "") + String(abs(e10))
            return s
        }
        if exp <= 0 {
            s += "0." + String(repeating: "0", count: -exp) + digits
        } else if exp >= digits.count {
            s += digits + String(repeating: "0", count: exp - digits.count) + ".0"
        } else {
            let i = digits.index(digits.startIndex, offsetBy: exp)
            s += digits[..<i] + "." + digits[i...]
        }
        return s
    }

    /// The shortest round-trip decimal digits of `d` (from Swift's description) and the
    /// exponent `e` such that d = 0.DIGITS × 10^e.
    static func shortestDigits(_ d: Double) -> (Bool, String, Int) {
        var text = abs(d).description
        var exp = 0
        if let eIdx = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exp = Int(text[text.index(after: eIdx)...])!
            text = String(text[..<eIdx])
        }
        var intPart = text
        var frac = ""
        if let dot = text.firstIndex(of: ".") {
            intPart = String(text[..<dot])
            frac = String(text[text.index(after: dot)...])
        }
        var digits = intPart + frac
        var pointPos = intPart.count + exp
        // Strip leading zeros.
        while digits.first == "0" && digits.count > 1 {
            digits.removeFirst()
            pointPos -= 1
        }
        while digits.last == "0" && digits.count > 1 { digits.removeLast() }
        return (d < 0, digits, pointPos)
    }

    static func complexRepr(_ c: PyComplex) -> String {
        func part(_ d: Double) -> String {
            let r = floatRepr(d)
            return r.hasSuffix(".0") ? String(r.dropLast(2)) : r
        }
        if c.real == 0 && c.real.sign == .plus { return part(c.imag) + "j" }
        let sign = c.imag < 0 || (c.imag == 0 && c.imag.sign == .minus) || c.imag.isNaN && false ? "-" : "+"
        return "(" + part(c.real) + sign + part(abs(c.imag)) + "j)"
    }

    // MARK: strings

    static func isPrintable(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x20 || u.value == 0x7f { return false }
        if u.value < 0x7f { return true }
        switch u.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// `repr(str)`.
    public static func strRepr(_ s: String) -> String {
        let hasSingle = s.contains("'"), hasDouble = s.contains("\"")
        let quote: Character = hasSingle && !hasDouble ? "\"" : "'"
        var out = String(quote)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(u) == quote { out += "\\" + String(quote) }
                else if isPrintable(u) { out.unicodeScalars.append(u) }
                else if u.value < 0x100 { out += "\\x" + hex(u.value, 2) }
                else if u.value < 0x10000 || LoneSurrogate.isShadow(u) { out += "\\u" + hex(LoneSurrogate.codePoint(u), 4) }
                else { out += "\\U" + hex(u.value, 8) }
            }
        }
        out.append(quote)
        return out
    }

    /// `ascii()` applied to an already-computed repr.
    static func ascii(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 0x80 { out.unicodeScalars.append(u) }
            else if u.value < 0x100 { out += "\\x" + hex(u.value, 2) }
            else if u.value < 0x10000 || LoneSurrogate.isShadow(u) { out += "\\u" + hex(LoneSurrogate.codePoint(u), 4) }
            else { out += "\\U" + hex(u.value, 8) }
        }
        return out
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }

    /// `repr(bytes)`.
    /// (bytearray's repr escapes `'` even inside double quotes, as CPython's does.)
    public static func bytesRepr(_ b: [UInt8], escapeSingleQuote: Bool = false) -> String {
        let quote: UInt8 = b.contains(39) && !b.contains(34) ? 34 : 39
        var out = "b" + String(UnicodeScalar(quote))
        for c in b {
            switch c {
            case 92: out += "\\\\"
            case 10: out += "\\n"
            case 13: out += "\\r"
            case 9: out += "\\t"
            default:
                if c == quote || (c == 39 && escapeSingleQuote) { out += "\\" + String(UnicodeScalar(c)) }
                else if c >= 0x20 && c < 0x7f { out.unicodeScalars.append(UnicodeScalar(c)) }
                else { out += "\\x" + hex(UInt32(c), 2) }
            }
        }
        out += String(UnicodeScalar(quote))
        return out
    }
}
