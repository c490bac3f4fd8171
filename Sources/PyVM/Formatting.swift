import PyObjects
import Foundation
import BigInt

/// `format()` specs, `%` formatting and `str.format`.
enum Formatting {
    struct Spec {
        var fill: Character = " "
        var align: Character?
        var sign: Character = "-"
        var alternate = false
        var zeroPad = false
        var width = 0
        var grouping: Character?
        var precision: Int?
        var type: Character?
        /// The `z` flag: negative zero is shown as zero (floats only).
        var coerceNegativeZero = false
    }

    /// CPython's check that ',' / '_' grouping suits the presentation type.
    static func checkGrouping(_ spec: Spec, defaultType: Character) throws {
        guard let g = spec.grouping else { return }
        let t = spec.type ?? defaultType
        if "defgEFG%".contains(t) || t == "\0" { return }
        if "boxX".contains(t) && g == "_" { return }
        throw PythonError(PyExc.ValueError, "Cannot specify '\(g)' with '\(t)'.")
    }

    /// The type character as CPython's messages show it ('\x0' for unprintable ones).
    static func typeText(_ t: Character) -> String {
        if let v = t.unicodeScalars.first?.value, t.unicodeScalars.count == 1, v < 32 || v == 127 {
            return "\\x" + String(v, radix: 16)
        }
        return String(t)
    }

    static func parseSpec(_ s: String) throws -> Spec {
        var spec = Spec()
        let c = Array(s)
        var i = 0
        func isAlign(_ ch: Character) -> Bool { "<>=^".contains(ch) }
        if c.count >= 2 && isAlign(c[1]) {
            spec.fill = c[0]; spec.align = c[1]; i = 2
        } else if c.count >= 1 && isAlign(c[0]) {
            spec.align = c[0]; i = 1
        }
        if i < c.count && "+- ".contains(c[i]) { spec.sign = c[i]; i += 1 }
        if i < c.count && c[i] == "z" { spec.coerceNegativeZero = true; i += 1 }
        if i < c.count && c[i] == "#" { spec.alternate = true; i += 1 }
        if i < c.count && c[i] == "0" {
            spec.zeroPad = true
            i += 1
        }
        var w = ""
        while i < c.count && c[i].isASCII && c[i].isNumber { w.append(c[i]); i += 1 }
        if !w.isEmpty { spec.width = Int(w)! }
        if i < c.count && (c[i] == "," || c[i] == "_") {
            spec.grouping = c[i]
            i += 1
            if i < c.count && (c[i] == "," || c[i] == "_") {
                if c[i] != spec.grouping { throw PythonError(PyExc.ValueError, "Cannot specify both ',' and '_'.") }
                throw PythonError(PyExc.ValueError, "Cannot specify '\(c[i])' with '\(c[i])'.")
            }
        }
        if i < c.count && c[i] == "." {
            i += 1
            var p = ""
            while i < c.count && c[i].isASCII && c[i].isNumber { p.append(c[i]); i += 1 }
            if p.isEmpty { throw PythonError(PyExc.ValueError, "Format specifier missing precision") }
            spec.precision = Int(p)!
        }
        if i < c.count { spec.type = c[i]; i += 1 }
        if i < c.count { throw PythonError(PyExc.ValueError, "Invalid format specifier") }
        return spec
    }

    static func pad(_ body: String, _ spec: Spec, defaultAlign: Character, signLength: Int = 0) -> String {
        var align = spec.align ?? defaultAlign
        var fill = spec.fill
        if spec.zeroPad && spec.align == nil { align = defaultAlign == "<" ? "<" : "="; fill = "0" }
        let len = body.unicodeScalars.count
        if len >= spec.width { return body }
        let n = spec.width - len
        let padding = String(repeating: fill, count: n)
        switch align {
        case "<": return body + padding
        case "^": return String(repeating: fill, count: n / 2) + body + String(repeating: fill, count: n - n / 2)
        case "=":
            let i = body.index(body.startIndex, offsetBy: signLength)
            return body[..<i] + padding + body[i...]
        default: return padding + body
        }
    }

    static func group(_ digits: String, _ sep: Character?, every: Int = 3) -> String {
        guard let sep = sep else { return digits }
        var out = ""
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0 && i % every == 0 { out.append(sep) }
            out.append(ch)
        }
        return String(out.reversed())
    }

    /// `format(value, spec)` for builtin values.
    static func format(_ value: PyObject, _ specText: String) throws -> String {
        if specText.isEmpty { return try Ops.str(value).value }
        let spec = try parseSpec(specText)
        switch value {
        case let i as PyInt:
            return try formatInt(i.bigValue, spec)
        case let f as PyFloat:
            try checkGrouping(spec, defaultType: "\0")
            return try formatFloat(f.value, spec)
        case let c as PyComplex:
            return try formatComplex(c.real, c.imag, spec)
        case let s as PyStr:
            if let t = spec.type, t != "s" {
                throw PythonError(PyExc.ValueError, "Unknown format code '\(typeText(t))' for object of type 'str'")
            }
            if spec.coerceNegativeZero {
                throw PythonError(PyExc.ValueError, "Negative zero coercion (z) not allowed in string format specifier")
            }
            try checkGrouping(spec, defaultType: "s")
            if spec.sign != "-" { throw PythonError(PyExc.ValueError, "Sign not allowed in string format specifier") }
            if spec.alternate { throw PythonError(PyExc.ValueError, "Alternate form (#) not allowed in string format specifier") }
            if spec.align == "=" { throw PythonError(PyExc.ValueError, "'=' alignment not allowed in string format specifier") }
            var v = s.value
            if let p = spec.precision { v = String(v.unicodeScalars.prefix(p).map(Character.init)) }
            return pad(v, spec, defaultAlign: "<")
        default:
            throw PythonError(PyExc.TypeError, "unsupported format string passed to \(value.type.name).__format__")
        }
    }

    static func signPrefix(_ negative: Bool, _ spec: Spec) -> String {
        if negative { return "-" }
        switch spec.sign {
        case "+": return "+"
        case " ": return " "
        default: return ""
        }
    }

    static func formatInt(_ v: BigInt, _ spec: Spec) throws -> String {
        let type = spec.type ?? "d"
        if "eEfFgG%".contains(type) {
            return try formatFloat(Double(v), spec)
        }
        if spec.coerceNegativeZero {
            throw PythonError(PyExc.ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
        }
        if "dnxXobc".contains(type) { try checkGrouping(spec, defaultType: "d") }
        if spec.precision != nil {
            throw PythonError(PyExc.ValueError, "Precision not allowed in integer format specifier")
        }
        let mag = v.magnitude
        var digits: String
        var prefix = ""
        switch type {
        case "d", "n": digits = String(mag)
        case "x": digits = String(mag, radix: 16); prefix = spec.alternate ? "0x" : ""
        case "X": digits = String(mag, radix: 16).uppercased(); prefix = spec.alternate ? "0X" : ""
        case "o": digits = String(mag, radix: 8); prefix = spec.alternate ? "0o" : ""
        case "b": digits = String(mag, radix: 2); prefix = spec.alternate ? "0b" : ""
        case "c":
            if spec.sign != "-" { throw PythonError(PyExc.ValueError, "Sign not allowed with integer format specifier 'c'") }
            if spec.alternate {
                throw PythonError(PyExc.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
            }
            guard v >= 0, let u = Int(exactly: v).flatMap({ UnicodeScalar(UInt32(truncatingIfNeeded: $0)) }) else {
                throw PythonError(PyExc.OverflowError, "%c arg not in range(0x110000)")
            }
            return pad(String(u), spec, defaultAlign: "<")
        default:
            throw PythonError(PyExc.ValueError, "Unknown format code '\(typeText(type))' for object of type 'int'")
        }
        let every = "xXob".contains(type) ? 4 : 3
        if spec.zeroPad && spec.align == nil, spec.grouping != nil {
            let signLen = signPrefix(v < 0, spec).count + prefix.count
            var d = digits
            while group(d, spec.grouping, every: every).count + signLen < spec.width { d = "0" + d }
            digits = d
        }
        let body = signPrefix(v < 0, spec) + prefix + group(digits, spec.grouping, every: every)
        return pad(body, spec, defaultAlign: ">", signLength: signPrefix(v < 0, spec).count + prefix.count)
    }

    static func cFormat(_ fmt: String, _ d: Double) -> String {
        String(format: fmt, d)
    }

    static func formatFloat(_ d: Double, _ spec: Spec) throws -> String {
        var type = spec.type
        var negative = d < 0 || (d == 0 && d.sign == .minus)
        let a = abs(d)
        var body: String
        if a.isNaN || a.isInfinite {
            body = a.isNaN ? "nan" : "inf"
            if type == "E" || type == "F" || type == "G" { body = body.uppercased() }
            if type == "%" { body += "%" }
        } else {
            switch type {
            case nil:
                if let p = spec.precision {
                    body = cFormat("%.\(max(p, 1))g", a)
                    if !body.contains(".") && !body.contains("e") { body += ".0" }
                    if body.contains("e") { body = fixExponent(body) }
                } else {
                    body = Repr.floatRepr(a)
                }
            case "f", "F", "%":
                let v = type == "%" ? a * 100 : a
                body = cFormat("%.\(spec.precision ?? 6)f", v)
                if spec.alternate && !body.contains(".") { body += "." }
                if type == "%" { body += "%" }
            case "e", "E":
                body = cFormat("%.\(spec.precision ?? 6)e", a)
                if type == "E" { body = body.uppercased() }
            case "g", "G", "n":
                let p = spec.precision ?? 6
                body = cFormat(spec.alternate ? "%#.\(p == 0 ? 1 : p)g" : "%.\(p == 0 ? 1 : p)g", a)
                if type == "G" { body = body.uppercased() }
                type = "g"
            default:
                throw PythonError(PyExc.ValueError, "Unknown format code '\(typeText(type!))' for object of type 'float'")
            }
        }
        if spec.coerceNegativeZero && negative && !body.contains(where: { $0.isNumber && $0 != "0" }) { negative = false }
        if let g = spec.grouping {
            let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let intPart = String(parts[0]).filter { $0.isNumber }
            if intPart.count == String(parts[0]).count {
                body = group(intPart, g) + (parts.count > 1 ? "." + parts[1] : "")
            }
        }
        let sign = signPrefix(negative && !(a.isNaN), spec)
        return pad(sign + body, spec, defaultAlign: ">", signLength: sign.count)
    }

    static func fixExponent(_ s: String) -> String { s }

    /// `format(complex, spec)`: both parts formatted like floats, `(re+imj)` without a type.
    static func formatComplex(_ re: Double, _ im: Double, _ spec: Spec) throws -> String {
        if spec.zeroPad || (spec.align != nil && spec.fill == "0") {
            throw PythonError(PyExc.ValueError, "Zero padding is not allowed in complex format specifier")
        }
        if spec.align == "=" {
            throw PythonError(PyExc.ValueError, "'=' alignment flag is not allowed in complex format specifier")
        }
        if let t = spec.type, !"eEfFgGn".contains(t) {
            throw PythonError(PyExc.ValueError, "Unknown format code '\(typeText(t))' for object of type 'complex'")
        }
        try checkGrouping(spec, defaultType: "\0")
        var skipReal = false, parens = false
        if spec.type == nil {
            if re == 0 && re.sign == .plus { skipReal = true } else { parens = true }
        }
        func body(_ x: Double) throws -> String {
            let a = abs(x)
            if spec.type == nil && spec.precision == nil {
                var r = Repr.floatRepr(a)
                if r.hasSuffix(".0") { r.removeLast(2) }
                return r
            }
            var sp = Spec()
            sp.type = spec.type == nil || spec.type == "n" ? "g" : spec.type
            sp.precision = spec.precision
            sp.alternate = spec.alternate
            sp.grouping = spec.grouping
            return try formatFloat(a, sp)
        }
        func isNegative(_ x: Double) -> Bool { x < 0 || (x == 0 && x.sign == .minus) }
        var out = ""
        if !skipReal {
            out += signPrefix(isNegative(re) && !re.isNaN, spec) + (try body(re))
            out += isNegative(im) && !im.isNaN ? "-" : "+"
        } else {
            out += signPrefix(isNegative(im) && !im.isNaN, spec)
        }
        out += try body(im) + "j"
        if parens { out = "(" + out + ")" }
        var sp = spec
        sp.zeroPad = false
        return pad(out, sp, defaultAlign: ">")
    }

    // MARK: printf-style

    /// `fmt % args`.
    static func percent(_ fmt: String, _ args: PyObject, bytesMode: Bool = false) throws -> String {
        let chars = Array(fmt.unicodeScalars)
        var items: [PyObject]
        let mapping: PyObject?
        if let t = args as? PyTuple {
            items = t.items
            mapping = nil
        } else {
            items = [args]
            mapping = (args is PyDict || (!(args is PyStr) && args.type.lookup("__getitem__") != nil && !(args is PyList))) ? args : nil
        }
        var argIndex = 0
        var out = ""
        var i = 0
        var usedMapping = false
        func nextArg() throws -> PyObject {
            // After a %(key) lookup CPython has no positional argument left.
            guard argIndex < items.count && !usedMapping else {
                throw PythonError(PyExc.TypeError, "not enough arguments for format string")
            }
            defer { argIndex += 1 }
            return items[argIndex]
        }
        while i < chars.count {
            let c = chars[i]
            if c != "%" { out.unicodeScalars.append(c); i += 1; continue }
            i += 1
            guard i < chars.count else { throw PythonError(PyExc.ValueError, "incomplete format") }
            var key: PyObject?
            if chars[i] == "(" {
                var depth = 1
                var name = ""
                i += 1
                while i < chars.count {
                    if chars[i] == "(" { depth += 1 }
                    if chars[i] == ")" { depth -= 1; if depth == 0 { break } }
                    name.unicodeScalars.append(chars[i])
                    i += 1
                }
                i += 1
                guard let m = mapping else { throw PythonError(PyExc.TypeError, "format requires a mapping") }
                key = try Ops.getItem(m, PyStr(name))
                usedMapping = true
            }
            var spec = Spec()
            while i < chars.count, "-+ #0".unicodeScalars.contains(chars[i]) {
                switch chars[i] {
                case "-": spec.align = "<"
                case "+": spec.sign = "+"
                case " ": if spec.sign != "+" { spec.sign = " " }
                case "#": spec.alternate = true
                default: spec.zeroPad = true
                }
                i += 1
            }
            var w = ""
            if i < chars.count && chars[i] == "*" {
                guard let n = try nextArg() as? PyInt, let w = n.intValue else { throw PythonError(PyExc.TypeError, "* wants int") }
                spec.width = abs(w)
                if w < 0 { spec.align = "<" }
                i += 1
            } else {
                while i < chars.count, chars[i].properties.numericType != nil, chars[i].isASCII { w.unicodeScalars.append(chars[i]); i += 1 }
                if !w.isEmpty { spec.width = Int(w)! }
            }
            if i < chars.count && chars[i] == "." {
                i += 1
                var p = ""
                if i < chars.count && chars[i] == "*" {
                    guard let n = try nextArg() as? PyInt, let p = n.intValue else { throw PythonError(PyExc.TypeError, "* wants int") }
                    spec.precision = max(p, 0)
                    i += 1
                } else {
                    while i < chars.count, chars[i].isASCII, chars[i].properties.numericType != nil { p.unicodeScalars.append(chars[i]); i += 1 }
                    spec.precision = Int(p) ?? 0
                }
            }
            guard i < chars.count else { throw PythonError(PyExc.ValueError, "incomplete format") }
            let type = Character(chars[i])
            i += 1
            if type == "%" { out += "%"; continue }
            let arg = try key ?? nextArg()
            if spec.align == "<" { spec.zeroPad = false }
            let leftAlign = spec.align == "<"
            var s: String
            switch type {
            case "s" where bytesMode, "b" where bytesMode:
                var raw: [UInt8]
                if let b = arg as? PyBytes { raw = b.value } else if let b = arg as? PyByteArray { raw = b.value }
                else if let m = Ops.lookupSpecial(arg, "__bytes__"), let b = try Ops.call(m, args: []) as? PyBytes { raw = b.value }
                else {
                    throw PythonError(PyExc.TypeError,
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '\(arg.type.name)'")
                }
                if let p = spec.precision { raw = Array(raw.prefix(p)) }
                s = String(String.UnicodeScalarView(raw.map { Unicode.Scalar($0) }))
            case "r" where bytesMode, "a" where bytesMode:
                s = Repr.ascii(try Ops.repr(arg).value)
                if let p = spec.precision { s = String(s.prefix(p)) }
            case "c" where bytesMode:
                if let n = arg as? PyInt {
                    guard let v = n.intValue, v >= 0 && v < 256 else { throw PythonError(PyExc.OverflowError, "%c arg not in range(256)") }
                    s = String(Unicode.Scalar(UInt8(v)))
                } else if let b = arg as? PyBytes, b.value.count == 1 {
                    s = String(Unicode.Scalar(b.value[0]))
                } else if let b = arg as? PyByteArray, b.value.count == 1 {
                    s = String(Unicode.Scalar(b.value[0]))
                } else {
                    throw PythonError(PyExc.TypeError, "%c requires an integer in range(256) or a single byte")
                }
            case "s": s = try Ops.str(arg).value; if let p = spec.precision { s = String(s.prefix(p)) }
            case "r": s = try Ops.repr(arg).value; if let p = spec.precision { s = String(s.prefix(p)) }
            case "a": s = Repr.ascii(try Ops.repr(arg).value)
            case "d", "i", "u":
                let v: BigInt
                if let n = arg as? PyInt { v = n.bigValue }
                else if arg.type.flags.contains(.heapType), let n = try? Ops.index(arg) { v = n.bigValue }
                else if arg.type.flags.contains(.heapType), let f = arg.type.lookup("__int__") {
                    guard let n = try Ops.call(Ops.bindDescriptor(f, arg, arg.type), args: []) as? PyInt else {
                        throw PythonError(PyExc.TypeError, "__int__ returned non-int")
                    }
                    v = n.bigValue
                }
                else if let f = arg as? PyFloat {
                    guard f.value.isFinite else { throw PythonError(PyExc.OverflowError, "cannot convert float infinity to integer") }
                    v = BigInt(f.value.rounded(.towardZero))
                } else {
                    throw PythonError(PyExc.TypeError, "%\(type) format: a real number is required, not \(arg.type.name)")
                }
                var sp = spec; sp.type = "d"; sp.align = leftAlign ? "<" : nil
                if let p = spec.precision {
                    var digits = String(v.magnitude)
                    while digits.count < p { digits = "0" + digits }
                    s = signPrefix(v < 0, spec) + digits
                    s = pad(s, sp, defaultAlign: ">")
                } else {
                    s = try formatInt(v, sp)
                }
                out += s
                continue
            case "x", "X", "o":
                guard let n = try (arg as? PyInt) ?? (arg.type.flags.contains(.heapType) ? try? Ops.index(arg) : nil) else {
                    throw PythonError(PyExc.TypeError, "%\(type) format: an integer is required, not \(arg.type.name)")
                }
                var sp = spec; sp.type = type; sp.align = leftAlign ? "<" : nil
                if type == "o" && spec.alternate { sp.alternate = true }
                out += try formatInt(n.bigValue, sp)
                continue
            case "e", "E", "f", "F", "g", "G":
                let d: Double
                if let f = arg as? PyFloat { d = f.value } else if let n = arg as? PyInt { d = try Numbers.toDouble(n) }
                else if arg.type.flags.contains(.heapType), arg.type.lookup("__float__") != nil { d = try Conversions.toFloat(arg) } else {
                    throw PythonError(PyExc.TypeError, "must be real number, not \(arg.type.name)")
                }
                var sp = spec; sp.type = type; sp.align = leftAlign ? "<" : nil
                if sp.precision == nil { sp.precision = 6 }
                out += try formatFloat(d, sp)
                continue
            case "c":
                if let n = arg as? PyInt {
                    guard let v = n.intValue, v >= 0, v < 0x110000 else {
                        throw PythonError(PyExc.OverflowError, "%c arg not in range(0x110000)")
                    }
                    s = String(UnicodeScalar(UInt32(v)) ?? "\u{FFFD}")
                }
                else if let st = arg as? PyStr, st.count == 1 { s = st.value }
                else { throw PythonError(PyExc.TypeError, "%c requires int or char") }
            default:
                throw PythonError(PyExc.ValueError,
                    "unsupported format character '\(type)' (0x\(String(type.unicodeScalars.first!.value, radix: 16))) at index \(i - 1)")
            }
            let len = s.unicodeScalars.count
            if len < spec.width {
                let padding = String(repeating: " ", count: spec.width - len)
                s = leftAlign ? s + padding : padding + s
            }
            out += s
        }
        if !usedMapping && argIndex < items.count && mapping == nil {
            throw PythonError(PyExc.TypeError, "not all arguments converted during string formatting")
        }
        return out
    }

    // MARK: str.format

    static func strFormat(_ fmt: String, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> String {
        try strFormat(fmt, args) { key in
            guard let v = kwargs.first(where: { $0.0 == key })?.1 else { throw PythonError(PyExc.KeyError, args: [PyStr(key)]) }
            return v
        }
    }

    /// `str.format` / `format_map`: `keyword` looks a named field up.
    static func strFormat(_ fmt: String, _ args: [PyObject], keyword: (String) throws -> PyObject) throws -> String {
        var state = FieldNumbering()
        return try buildFormatted(Array(fmt.unicodeScalars), args, keyword, &state, depth: 2)
    }

    /// Automatic ({}) versus manual ({0}) field numbering; they cannot be mixed.
    struct FieldNumbering {
        var next = 0
        var mode = 0  // 0 unknown, 1 automatic, 2 manual
    }

    /// CPython's MarkupIterator / parse_field / get_field_object, in one pass over `c`.
    static func buildFormatted(_ c: [Unicode.Scalar], _ args: [PyObject], _ keyword: (String) throws -> PyObject,
                               _ state: inout FieldNumbering, depth: Int) throws -> String {
        if depth <= 0 { throw PythonError(PyExc.ValueError, "Max string recursion exceeded") }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < c.count {
            let ch = c[i]
            i += 1
            if ch != "{" && ch != "}" { out.append(ch); continue }
            let atEnd = i >= c.count
            if ch == "}" && (atEnd || c[i] != "}") {
                throw PythonError(PyExc.ValueError, "Single '}' encountered in format string")
            }
            if atEnd && ch == "{" { throw PythonError(PyExc.ValueError, "Single '{' encountered in format string") }
            if c[i] == ch { out.append(ch); i += 1; continue }
            // parse_field: the name runs to '}', ':' or '!'.
            let nameStart = i
            var term: Unicode.Scalar = "\0"
            while i < c.count {
                let x = c[i]
                i += 1
                if x == "{" { throw PythonError(PyExc.ValueError, "unexpected '{' in field name") }
                if x == "[" {
                    while i < c.count && c[i] != "]" { i += 1 }
                    continue
                }
                if x == "}" || x == ":" || x == "!" { term = x; break }
            }
            let nameEnd = term == "\0" ? i : i - 1
            let name = Array(c[nameStart..<nameEnd])
            var conversion: Unicode.Scalar?
            var spec: [Unicode.Scalar] = []
            var expand = false
            if term == "!" || term == ":" {
                var done = false
                if term == "!" {
                    guard i < c.count else {
                        throw PythonError(PyExc.ValueError, "end of string while looking for conversion specifier")
                    }
                    conversion = c[i]
                    i += 1
                    if i < c.count {
                        let x = c[i]
                        i += 1
                        if x == "}" { done = true } else if x != ":" {
                            throw PythonError(PyExc.ValueError, "expected ':' after conversion specifier")
                        }
                    }
                }
                if !done {
                    var count = 1
                    let specStart = i
                    var closed = false
                    while i < c.count {
                        let x = c[i]
                        i += 1
                        if x == "{" { expand = true; count += 1 }
                        if x == "}" {
                            count -= 1
                            if count == 0 { spec = Array(c[specStart..<(i - 1)]); closed = true; break }
                        }
                    }
                    if !closed { throw PythonError(PyExc.ValueError, "unmatched '{' in format spec") }
                }
            } else if term != "}" {
                throw PythonError(PyExc.ValueError, "expected '}' before end of string")
            }
            var value = try fieldObject(name, args, keyword, &state)
            if let conv = conversion {
                switch conv {
                case "r": value = try Ops.repr(value)
                case "s": value = try Ops.str(value)
                case "a": value = PyStr(Repr.ascii(try Ops.repr(value).value))
                default:
                    throw PythonError(PyExc.ValueError, "Unknown conversion specifier \(Character(conv))")
                }
            }
            var specText = String(String.UnicodeScalarView(spec))
            if expand { specText = try buildFormatted(spec, args, keyword, &state, depth: depth - 1) }
            out.append(contentsOf: try Ops.format(value, specText).value.unicodeScalars)
        }
        return String(out)
    }

    /// The object a replacement field names: an argument, then `.attr` and `[key]` steps.
    static func fieldObject(_ name: [Unicode.Scalar], _ args: [PyObject], _ keyword: (String) throws -> PyObject,
                            _ state: inout FieldNumbering) throws -> PyObject {
        var i = 0
        var head = String.UnicodeScalarView()
        while i < name.count && name[i] != "." && name[i] != "[" { head.append(name[i]); i += 1 }
        let first = String(head)
        var value: PyObject
        if first.isEmpty || first.unicodeScalars.allSatisfy({ $0.properties.numericType == .decimal }) {
            let index: Int
            if first.isEmpty {
                if state.mode == 2 {
                    throw PythonError(PyExc.ValueError, "cannot switch from manual field specification to automatic field numbering")
                }
                state.mode = 1
                index = state.next
                state.next += 1
            } else {
                if state.mode == 1 {
                    throw PythonError(PyExc.ValueError, "cannot switch from automatic field numbering to manual field specification")
                }
                state.mode = 2
                guard let n = Int(first) else { throw PythonError(PyExc.ValueError, "Too many decimal digits in format string") }
                index = n
            }
            guard index < args.count else {
                throw PythonError(PyExc.IndexError, "Replacement index \(index) out of range for positional args tuple")
            }
            value = args[index]
        } else {
            value = try keyword(first)
        }
        while i < name.count {
            let ch = name[i]
            i += 1
            var part = String.UnicodeScalarView()
            if ch == "." {
                while i < name.count && name[i] != "." && name[i] != "[" { part.append(name[i]); i += 1 }
                if part.isEmpty { throw PythonError(PyExc.ValueError, "Empty attribute in format string") }
                value = try Ops.getAttr(value, String(part))
            } else if ch == "[" {
                while i < name.count && name[i] != "]" { part.append(name[i]); i += 1 }
                guard i < name.count else { throw PythonError(PyExc.ValueError, "Missing ']' in format string") }
                i += 1
                if part.isEmpty { throw PythonError(PyExc.ValueError, "Empty attribute in format string") }
                let key = String(part)
                let isIndex = key.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal }
                value = try Ops.getItem(value, isIndex ? (Int(key).map { PyInt.make($0) } ?? PyStr(key)) : PyStr(key))
                if i < name.count && name[i] != "." && name[i] != "[" {
                    throw PythonError(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier")
                }
            } else {
                throw PythonError(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        return value
    }
}
