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
        /// Whether the spec gave the fill character / the sign explicitly.
        var fillGiven = false
        var signGiven = false
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
            spec.fill = c[0]; spec.align = c[1]; spec.fillGiven = true; i = 2
        } else if c.count >= 1 && isAlign(c[0]) {
            spec.align = c[0]; i = 1
        }
        if i < c.count && "+- ".contains(c[i]) { spec.sign = c[i]; spec.signGiven = true; i += 1 }
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

    /// The '0' flag: zero fill unless a fill was given, and '=' alignment for numbers unless an
    /// alignment was given.
    static func effectiveFillAlign(_ spec: Spec, defaultAlign: Character) -> (Character, Character) {
        var align = spec.align ?? defaultAlign
        var fill = spec.fill
        if spec.zeroPad {
            if !spec.fillGiven { fill = "0" }
            if spec.align == nil && defaultAlign == ">" { align = "=" }
        }
        return (fill, align)
    }

    /// Lays out a number as CPython's calc_number_widths does: sign, prefix, grouped digits
    /// (zero padding with '0' fill and '=' alignment becomes grouped digits), then the rest.
    static func assemble(sign: String, prefix: String, digits: String, remainder: String, _ spec: Spec,
                         every: Int = 3) -> String {
        let (fill, align) = effectiveFillAlign(spec, defaultAlign: ">")
        let nonDigit = sign.unicodeScalars.count + prefix.unicodeScalars.count + remainder.unicodeScalars.count
        let minWidth = fill == "0" && align == "=" ? spec.width - nonDigit : 0
        let grouped = digits.isEmpty ? "" : insertGrouping(Array(digits), spec.grouping, every: every, minWidth: minWidth)
        let n = spec.width - (nonDigit + grouped.unicodeScalars.count)
        if n <= 0 { return sign + prefix + grouped + remainder }
        let padding = String(repeating: fill, count: n)
        switch align {
        case "<": return sign + prefix + grouped + remainder + padding
        case "^":
            return String(repeating: fill, count: n / 2) + sign + prefix + grouped + remainder + String(repeating: fill, count: n - n / 2)
        case "=": return sign + prefix + padding + grouped + remainder
        default: return padding + sign + prefix + grouped + remainder
        }
    }

    /// CPython's _PyUnicode_InsertThousandsGrouping: groups from the right, adding leading zeros
    /// (and separators) until `minWidth` is reached.
    static func insertGrouping(_ digits: [Character], _ sep: Character?, every: Int, minWidth: Int) -> String {
        guard let sep = sep else {
            let len = max(digits.count, minWidth, 1)
            return String(repeating: "0", count: max(0, len - digits.count)) + String(digits)
        }
        var remaining = digits.count
        var minW = minWidth
        var end = digits.count
        var groups: [String] = []
        while true {
            let l = min(every, max(remaining, minW, 1))
            let zeros = max(0, l - remaining)
            let chars = max(0, min(remaining, l))
            groups.append(String(repeating: "0", count: zeros) + String(digits[(end - chars)..<end]))
            end -= chars
            remaining -= chars
            minW -= every
            if remaining <= 0 && minW <= 0 { break }
            minW -= 1
        }
        return groups.reversed().joined(separator: String(sep))
    }

    /// Pads a string or a finished complex number (never '=' aligned) to the spec's width.
    static func pad(_ body: String, _ spec: Spec, defaultAlign: Character) -> String {
        let (fill, align) = effectiveFillAlign(spec, defaultAlign: defaultAlign)
        let len = body.unicodeScalars.count
        if len >= spec.width { return body }
        let n = spec.width - len
        let padding = String(repeating: fill, count: n)
        switch align {
        case "<": return body + padding
        case "^": return String(repeating: fill, count: n / 2) + body + String(repeating: fill, count: n - n / 2)
        default: return padding + body
        }
    }

    /// `format(value, spec)` for builtin values.
    static func format(_ value: PyObject, _ specText: String) throws -> String {
        if specText.isEmpty { return try Ops.str(value).value }
        guard value is PyInt || value is PyFloat || value is PyComplex || value is PyStr else {
            // object.__format__ accepts only an empty spec (checked before any parsing).
            throw PythonError(PyExc.TypeError, "unsupported format string passed to \(value.type.name).__format__")
        }
        let spec = try parseSpec(specText)
        // Grouping is checked while parsing, before anything type-specific.
        if value is PyStr { try checkGrouping(spec, defaultType: "s") }
        else if value is PyInt { try checkGrouping(spec, defaultType: "d") }
        else if value is PyFloat || value is PyComplex { try checkGrouping(spec, defaultType: "\0") }
        switch value {
        case let i as PyInt:
            return try formatInt(i.bigValue, spec)
        case let f as PyFloat:
            return try formatFloat(f.value, spec)
        case let c as PyComplex:
            return try formatComplex(c.real, c.imag, spec)
        case let s as PyStr:
            if let t = spec.type, t != "s" {
                throw PythonError(PyExc.ValueError, "Unknown format code '\(typeText(t))' for object of type 'str'")
            }
            if spec.signGiven {
                throw PythonError(PyExc.ValueError, "\(spec.sign == " " ? "Space" : "Sign") not allowed in string format specifier")
            }
            if spec.coerceNegativeZero {
                throw PythonError(PyExc.ValueError, "Negative zero coercion (z) not allowed in string format specifier")
            }
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
        if !"dnxXobc".contains(type) {
            throw PythonError(PyExc.ValueError, "Unknown format code '\(typeText(type))' for object of type 'int'")
        }
        if spec.precision != nil {
            throw PythonError(PyExc.ValueError, "Precision not allowed in integer format specifier")
        }
        if spec.coerceNegativeZero {
            throw PythonError(PyExc.ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
        }
        let mag = v.magnitude
        var digits: String
        var prefix = ""
        switch type {
        case "d", "n":
            try IntMethods.checkStrLimit(v)
            digits = String(mag)
        case "x": digits = String(mag, radix: 16); prefix = spec.alternate ? "0x" : ""
        case "X": digits = String(mag, radix: 16).uppercased(); prefix = spec.alternate ? "0X" : ""
        case "o": digits = String(mag, radix: 8); prefix = spec.alternate ? "0o" : ""
        case "b": digits = String(mag, radix: 2); prefix = spec.alternate ? "0b" : ""
        case "c":
            if spec.signGiven { throw PythonError(PyExc.ValueError, "Sign not allowed with integer format specifier 'c'") }
            if spec.alternate {
                throw PythonError(PyExc.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
            }
            guard v >= 0, v < 0x110000, let u = Int(exactly: v).flatMap({ UnicodeScalar(UInt32($0)) }) else {
                throw PythonError(PyExc.OverflowError, "%c arg not in range(0x110000)")
            }
            return assemble(sign: "", prefix: "", digits: "", remainder: String(u), spec)
        default:
            throw PythonError(PyExc.ValueError, "Unknown format code '\(typeText(type))' for object of type 'int'")
        }
        return assemble(sign: signPrefix(v < 0, spec), prefix: prefix, digits: digits, remainder: "", spec,
                        every: "xXob".contains(type) ? 4 : 3)
    }

    static func cFormat(_ fmt: String, _ d: Double) -> String {
        String(format: fmt, d)
    }

    static func formatFloat(_ d: Double, _ spec: Spec) throws -> String {
        let type = spec.type
        var negative = d < 0 || (d == 0 && d.sign == .minus)
        let a = abs(d)
        let alt = spec.alternate ? "#" : ""
        var body: String
        if a.isNaN || a.isInfinite {
            body = a.isNaN ? "nan" : "inf"
            if type == "E" || type == "F" || type == "G" { body = body.uppercased() }
            if type == "%" { body += "%" }
        } else {
            switch type {
            case nil:
                if let p = spec.precision {
                    body = shortG(a, max(p, 1), alternate: spec.alternate)
                } else {
                    body = Repr.floatRepr(a)
                    if spec.alternate && !body.contains(".") {
                        if let e = body.firstIndex(of: "e") { body.insert(".", at: e) } else { body += "." }
                    }
                }
            case "f", "F", "%":
                let v = type == "%" ? a * 100 : a
                body = cFormat("%\(alt).\(spec.precision ?? 6)f", v)
                if type == "%" { body += "%" }
            case "e", "E":
                body = cFormat("%\(alt).\(spec.precision ?? 6)e", a)
                if type == "E" { body = body.uppercased() }
            case "g", "G", "n":
                let p = spec.precision ?? 6
                body = cFormat("%\(alt).\(p == 0 ? 1 : p)g", a)
                if type == "G" { body = body.uppercased() }
            default:
                throw PythonError(PyExc.ValueError, "Unknown format code '\(typeText(type!))' for object of type 'float'")
            }
        }
        if spec.coerceNegativeZero && negative && !body.contains(where: { $0.isNumber && $0 != "0" }) { negative = false }
        let digits = String(body.prefix { $0.isASCII && $0.isNumber })
        let remainder = String(body.dropFirst(digits.count))
        return assemble(sign: signPrefix(negative && !a.isNaN, spec), prefix: "", digits: digits, remainder: remainder, spec)
    }

    /// 'g' with at least one digit after the point, as format() does for a precision without
    /// a type: the exponent form is used once the integer part would need all the digits.
    static func shortG(_ a: Double, _ p: Int, alternate: Bool) -> String {
        let alt = alternate ? "#" : ""
        let e = cFormat("%\(alt).\(p - 1)e", a)
        let decpt = (Int(e[e.index(after: e.firstIndex(of: "e")!)...]) ?? 0) + 1
        func strip(_ t: String) -> String {
            if alternate || !t.contains(".") { return t }
            var t = t
            while t.hasSuffix("0") { t.removeLast() }
            if t.hasSuffix(".") { t.removeLast() }
            return t
        }
        if decpt <= -4 || decpt > p - 1 {
            let parts = e.split(separator: "e")
            return strip(String(parts[0])) + "e" + parts[1]
        }
        var body = strip(cFormat("%\(alt).\(max(p - decpt, 0))f", a))
        if !body.contains(".") { body += ".0" }
        return body
    }

    /// `format(complex, spec)`: both parts formatted like floats, `(re+imj)` without a type.
    static func formatComplex(_ re: Double, _ im: Double, _ spec: Spec) throws -> String {
        if let t = spec.type, !"eEfFgGn".contains(t) {
            throw PythonError(PyExc.ValueError, "Unknown format code '\(typeText(t))' for object of type 'complex'")
        }
        if effectiveFillAlign(spec, defaultAlign: ">").0 == "0" {
            throw PythonError(PyExc.ValueError, "Zero padding is not allowed in complex format specifier")
        }
        if spec.align == "=" {
            throw PythonError(PyExc.ValueError, "'=' alignment flag is not allowed in complex format specifier")
        }
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
                if i >= chars.count { throw PythonError(PyExc.ValueError, "incomplete format key") }
                i += 1
                guard let m = mapping else { throw PythonError(PyExc.TypeError, "format requires a mapping") }
                key = try Ops.getItem(m, bytesMode ? PyBytes(name.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }) : PyStr(name))
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
            let leftAlign = spec.align == "<"
            var s: String
            var numeric = true
            switch type {
            case "s" where bytesMode, "b" where bytesMode:
                var raw: [UInt8]
                if let b = arg as? PyBytes { raw = b.value } else if let b = arg as? PyByteArray { raw = b.value }
                else if let m = arg as? PyMemoryView { raw = try m.bytes() }
                else if let m = Ops.lookupSpecial(arg, "__bytes__"), let b = try Ops.call(m, args: []) as? PyBytes { raw = b.value }
                else {
                    throw PythonError(PyExc.TypeError,
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '\(arg.type.name)'")
                }
                if let p = spec.precision { raw = Array(raw.prefix(p)) }
                s = String(String.UnicodeScalarView(raw.map { Unicode.Scalar($0) }))
                numeric = false
            case "r" where bytesMode, "a" where bytesMode:
                s = Repr.ascii(try Ops.repr(arg).value)
                if let p = spec.precision { s = String(s.unicodeScalars.prefix(p)) }
                numeric = false
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
                numeric = false
            case "s", "r", "a":
                switch type {
                case "s": s = try Ops.str(arg).value
                case "r": s = try Ops.repr(arg).value
                default: s = Repr.ascii(try Ops.repr(arg).value)
                }
                if let p = spec.precision { s = String(String.UnicodeScalarView(s.unicodeScalars.prefix(p))) }
                numeric = false
            case "d", "i", "u":
                let v: BigInt
                if let n = arg as? PyInt { v = n.bigValue }
                else if let f = arg as? PyFloat {
                    guard f.value.isFinite else {
                        throw PythonError(f.value.isNaN ? PyExc.ValueError : PyExc.OverflowError,
                                          "cannot convert float \(f.value.isNaN ? "NaN" : "infinity") to integer")
                    }
                    v = BigInt(f.value.rounded(.towardZero))
                } else if let m = Ops.lookupSpecial(arg, "__int__") ?? Ops.lookupSpecial(arg, "__index__"),
                          let n = try Ops.call(m, args: []) as? PyInt {
                    v = n.bigValue
                } else {
                    throw PythonError(PyExc.TypeError, "%\(type) format: a real number is required, not \(arg.type.name)")
                }
                try IntMethods.checkStrLimit(v)
                s = longBody(v, alternate: false, precision: spec.precision, type: "d")
            case "x", "X", "o":
                guard let n = try (arg as? PyInt) ?? (Ops.lookupSpecial(arg, "__index__") != nil ? Ops.index(arg) : nil) else {
                    throw PythonError(PyExc.TypeError, "%\(type) format: an integer is required, not \(arg.type.name)")
                }
                s = longBody(n.bigValue, alternate: spec.alternate, precision: spec.precision, type: type)
            case "e", "E", "f", "F", "g", "G":
                let d: Double
                if let f = arg as? PyFloat { d = f.value } else if let n = arg as? PyInt { d = try Numbers.toDouble(n) }
                else if let native = FloatHooks.nativeValue?(arg) { d = native }
                else if let m = Ops.lookupSpecial(arg, "__float__"), let f = try Ops.call(m, args: []) as? PyFloat { d = f.value }
                else {
                    throw PythonError(PyExc.TypeError, "must be real number, not \(arg.type.name)")
                }
                if d.isNaN || d.isInfinite {
                    s = d.isNaN ? "nan" : (d < 0 ? "-inf" : "inf")
                    if "EFG".contains(type) { s = s.uppercased() }
                } else {
                    s = cFormat("%\(spec.alternate ? "#" : "").\(spec.precision ?? 6)\(type)", d)
                }
            case "c":
                if let n = arg as? PyInt {
                    guard let v = n.intValue, v >= 0, v < 0x110000 else {
                        throw PythonError(PyExc.OverflowError, "%c arg not in range(0x110000)")
                    }
                    s = String(UnicodeScalar(UInt32(v)) ?? "\u{FFFD}")
                }
                else if let st = arg as? PyStr, st.count == 1 { s = st.value }
                else { throw PythonError(PyExc.TypeError, "%c requires int or char") }
                numeric = false
            default:
                throw PythonError(PyExc.ValueError,
                    "unsupported format character '\(type)' (0x\(String(type.unicodeScalars.first!.value, radix: 16))) at index \(i - 1)")
            }
            out += printfLayout(s, numeric: numeric, type: type, width: spec.width, leftAlign: leftAlign,
                                zero: spec.zeroPad, plus: spec.sign == "+", blank: spec.sign == " ",
                                prefixed: spec.alternate && "xXo".contains(type))
        }
        if !usedMapping && argIndex < items.count && mapping == nil {
            throw PythonError(PyExc.TypeError, "not all arguments converted during \(bytesMode ? "bytes" : "string") formatting")
        }
        return out
    }

    /// An integer for %d/%x/%o: sign, "0x"-style prefix, digits zero-padded to the precision.
    static func longBody(_ v: BigInt, alternate: Bool, precision: Int?, type: Character) -> String {
        let mag = v.magnitude
        var digits: String
        switch type {
        case "x": digits = String(mag, radix: 16)
        case "X": digits = String(mag, radix: 16).uppercased()
        case "o": digits = String(mag, radix: 8)
        default: digits = String(mag)
        }
        if let p = precision, digits.count < p { digits = String(repeating: "0", count: p - digits.count) + digits }
        let prefix = alternate && "xXo".contains(type) ? "0" + String(type) : ""
        return (v < 0 ? "-" : "") + prefix + digits
    }

    /// CPython's unicode_format_arg_output: width, '-' and '0' flags, and the sign and prefix
    /// placed before zero padding but after space padding.
    static func printfLayout(_ body: String, numeric: Bool, type: Character, width: Int, leftAlign: Bool,
                             zero: Bool, plus: Bool, blank: Bool, prefixed: Bool) -> String {
        let fill: Character = numeric && zero ? "0" : " "
        let chars = Array(body.unicodeScalars)
        var idx = 0
        var len = chars.count
        var sign = numeric
        var signChar = ""
        if sign {
            if let c = chars.first, c == "-" || c == "+" {
                signChar = String(c)
                len -= 1
                idx = 1
            } else if plus {
                signChar = "+"
            } else if blank {
                signChar = " "
            } else {
                sign = false
            }
        }
        var width = max(width, len)
        var out = ""
        if sign {
            if fill != " " { out += signChar }
            if width > len { width -= 1 }
        }
        if prefixed {
            if fill != " " { out += "0" + String(type); idx += 2 }
            width = max(width - 2, 0)
            len -= 2
        }
        if width > len && !leftAlign {
            out += String(repeating: fill, count: width - len)
            width = len
        }
        if fill == " " {
            if sign { out += signChar }
            if prefixed { out += "0" + String(type); idx += 2 }
        }
        if len > 0 { out += String(String.UnicodeScalarView(chars[idx..<(idx + len)])) }
        if width > len { out += String(repeating: " ", count: width - len) }
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
    static func strFormat(_ fmt: String, _ args: [PyObject], positional: Bool = true,
                          keyword: (String) throws -> PyObject) throws -> String {
        var state = FieldNumbering()
        state.positionalAllowed = positional
        return try buildFormatted(Array(fmt.unicodeScalars), args, keyword, &state, depth: 2)
    }

    /// Automatic ({}) versus manual ({0}) field numbering; they cannot be mixed.
    struct FieldNumbering {
        var next = 0
        var mode = 0  // 0 unknown, 1 automatic, 2 manual
        /// False for format_map, which has no positional arguments.
        var positionalAllowed = true
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
            if !state.positionalAllowed { throw PythonError(PyExc.ValueError, "Format string contains positional fields") }
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
