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
        var negativeZero = false
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
        if i < c.count && c[i] == "z" { spec.negativeZero = true; i += 1 }
        if i < c.count && c[i] == "#" { spec.alternate = true; i += 1 }
        if i < c.count && c[i] == "0" {
            spec.zeroPad = true
            i += 1
        }
        var w = ""
        while i < c.count && c[i].isASCII && c[i].isNumber { w.append(c[i]); i += 1 }
        if !w.isEmpty { spec.width = Int(w)! }
        if i < c.count && (c[i] == "," || c[i] == "_") { spec.grouping = c[i]; i += 1 }
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
        if spec.zeroPad && spec.align == nil { align = "="; fill = "0" }
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
        case let c as PyComplex:
            return try ComplexMethods.format(c, specText, spec)
        case let f as PyFloat:
            return try formatFloat(f.value, spec)
        case let s as PyStr:
            if let t = spec.type, t != "s" {
                throw PythonError(PyExc.ValueError, "Unknown format code '\(t)' for object of type 'str'")
            }
            if spec.sign != "-" { throw PythonError(PyExc.ValueError, "Sign not allowed in string format specifier") }
            if spec.alternate { throw PythonError(PyExc.ValueError, "Alternate form (#) not allowed in string format specifier") }
            if let g = spec.grouping { throw PythonError(PyExc.ValueError, "Cannot specify '\(g)' with 's'.") }
            if spec.align == "=" { throw PythonError(PyExc.ValueError, "'=' alignment not allowed in string format specifier") }
            var v = s.value
            if let p = spec.precision { v = String(v.unicodeScalars.prefix(p).map(Character.init)) }
            return pad(v, spec, defaultAlign: "<")
        default:
            if value.type.lookup("__format__") == nil || value is PyNone || value is PyTuple || value is PyList {
                throw PythonError(PyExc.TypeError, "unsupported format string passed to \(value.type.name).__format__")
            }
            return pad(try Ops.str(value).value, spec, defaultAlign: "<")
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
        if spec.negativeZero {
            throw PythonError(PyExc.ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
        }
        if spec.precision != nil {
            throw PythonError(PyExc.ValueError, "Precision not allowed in integer format specifier")
        }
        if let g = spec.grouping, !"dn".contains(type) && !(g == "_" && "xXob".contains(type)) {
            throw PythonError(PyExc.ValueError, "Cannot specify '\(g)' with '\(type)'.")
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
            guard let u = Int(exactly: v).flatMap({ UnicodeScalar(UInt32(truncatingIfNeeded: $0)) }) else {
                throw PythonError(PyExc.OverflowError, "%c arg not in range(0x110000)")
            }
            return pad(String(u), spec, defaultAlign: "<")
        default:
            throw PythonError(PyExc.ValueError, "Unknown format code '\(type)' for object of type 'int'")
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
        let negative = d < 0 || (d == 0 && d.sign == .minus)
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
                throw PythonError(PyExc.ValueError, "Unknown format code '\(type!)' for object of type 'float'")
            }
        }
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

    // MARK: printf-style

    /// `fmt % args`.
    static func percent(_ fmt: String, _ args: PyObject) throws -> String {
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
            guard argIndex < items.count else {
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
                spec.width = try Ops.indexInt(nextArg()); i += 1
            } else {
                while i < chars.count, chars[i].properties.numericType != nil, chars[i].isASCII { w.unicodeScalars.append(chars[i]); i += 1 }
                if !w.isEmpty { spec.width = Int(w)! }
            }
            if i < chars.count && chars[i] == "." {
                i += 1
                var p = ""
                if i < chars.count && chars[i] == "*" { spec.precision = try Ops.indexInt(nextArg()); i += 1 } else {
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
            case "s": s = try Ops.str(arg).value; if let p = spec.precision { s = String(s.prefix(p)) }
            case "r": s = try Ops.repr(arg).value; if let p = spec.precision { s = String(s.prefix(p)) }
            case "a": s = Repr.ascii(try Ops.repr(arg).value)
            case "d", "i", "u":
                let v: BigInt
                if let n = arg as? PyInt { v = n.bigValue }
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
                guard let n = arg as? PyInt else {
                    throw PythonError(PyExc.TypeError, "%\(type) format: an integer is required, not \(arg.type.name)")
                }
                var sp = spec; sp.type = type; sp.align = leftAlign ? "<" : nil
                if type == "o" && spec.alternate { sp.alternate = true }
                out += try formatInt(n.bigValue, sp)
                continue
            case "e", "E", "f", "F", "g", "G":
                let d: Double
                if let f = arg as? PyFloat { d = f.value } else if let n = arg as? PyInt { d = try Numbers.toDouble(n) } else {
                    throw PythonError(PyExc.TypeError, "must be real number, not \(arg.type.name)")
                }
                var sp = spec; sp.type = type; sp.align = leftAlign ? "<" : nil
                if sp.precision == nil { sp.precision = 6 }
                out += try formatFloat(d, sp)
                continue
            case "c":
                if let n = arg as? PyInt, let v = n.intValue, let u = UnicodeScalar(UInt32(max(0, v))) { s = String(u) }
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

    /// `fmt.format(*args, **kwargs)`, or `fmt.format_map(mapping)` when `mapping` is given.
    static func strFormat(_ fmt: String, _ args: [PyObject], _ kwargs: [(String, PyObject)], mapping: PyObject? = nil) throws -> String {
        let chars = Array(fmt)
        var out = ""
        var i = 0
        var auto = 0
        var manual = false, automatic = false
        while i < chars.count {
            let c = chars[i]
            if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw PythonError(PyExc.ValueError, "Single '}' encountered in format string")
            }
            if c != "{" { out.append(c); i += 1; continue }
            if i + 1 < chars.count && chars[i + 1] == "{" { out.append("{"); i += 2; continue }
            if i + 1 == chars.count { throw PythonError(PyExc.ValueError, "Single '{' encountered in format string") }
            // Find the matching close brace.
            var depth = 1
            var j = i + 1
            while j < chars.count {
                if chars[j] == "{" { depth += 1 }
                if chars[j] == "}" { depth -= 1; if depth == 0 { break } }
                j += 1
            }
            if j >= chars.count { throw PythonError(PyExc.ValueError, "expected '}' before end of string") }
            let field = String(chars[(i + 1)..<j])
            i = j + 1
            var name = field
            var conversion: Character?
            var spec = ""
            if let colon = field.firstIndex(of: ":") {
                name = String(field[..<colon])
                spec = String(field[field.index(after: colon)...])
            }
            if let bang = name.firstIndex(of: "!") {
                conversion = name[name.index(after: bang)...].first
                name = String(name[..<bang])
            }
            // Leading part: index or keyword, then .attr / [key] chains.
            var head = ""
            var rest = Substring(name)
            while let ch = rest.first, ch != "." && ch != "[" { head.append(ch); rest = rest.dropFirst() }
            var value: PyObject
            if mapping != nil && (head.isEmpty || Int(head) != nil) {
                throw PythonError(PyExc.ValueError, "Format string contains positional fields")
            }
            if head.isEmpty {
                if manual { throw PythonError(PyExc.ValueError, "cannot switch from manual field specification to automatic field numbering") }
                automatic = true
                guard auto < args.count else {
                    throw PythonError(PyExc.IndexError, "Replacement index \(auto) out of range for positional args tuple")
                }
                value = args[auto]
                auto += 1
            } else if let n = Int(head) {
                if automatic { throw PythonError(PyExc.ValueError, "cannot switch from automatic field numbering to manual field specification") }
                manual = true
                guard n < args.count else {
                    throw PythonError(PyExc.IndexError, "Replacement index \(n) out of range for positional args tuple")
                }
                value = args[n]
            } else if let m = mapping {
                value = try Ops.getItem(m, PyStr(head))
            } else {
                guard let v = kwargs.first(where: { $0.0 == head })?.1 else {
                    throw PythonError(PyExc.KeyError, args: [PyStr(head)])
                }
                value = v
            }
            while let ch = rest.first {
                rest = rest.dropFirst()
                if ch == "." {
                    var attr = ""
                    while let a = rest.first, a != "." && a != "[" { attr.append(a); rest = rest.dropFirst() }
                    value = try Ops.getAttr(value, attr)
                } else {
                    var key = ""
                    while let a = rest.first, a != "]" { key.append(a); rest = rest.dropFirst() }
                    rest = rest.dropFirst()
                    value = try Ops.getItem(value, Int(key).map { PyInt.make($0) } ?? PyStr(key))
                }
            }
            switch conversion {
            case "r": value = try Ops.repr(value)
            case "s": value = try Ops.str(value)
            case "a": value = PyStr(Repr.ascii(try Ops.repr(value).value))
            default: break
            }
            if spec.contains("{") {
                spec = try strFormat(spec, Array(args[min(auto, args.count)...]), kwargs)
            }
            out += try Ops.format(value, spec).value
        }
        return out
    }
}
