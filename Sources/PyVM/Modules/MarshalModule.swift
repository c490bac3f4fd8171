import PyObjects
import PyCompiler
import BigInt
import Foundation

/// `marshal` for the value types (None, bools, ints, floats, complex, str, bytes, tuples, lists,
/// dicts, sets, Ellipsis, StopIteration) in CPython's format, reading back references. Code
/// objects are Swallow's own, so they cannot be marshalled (importlib then compiles source).
enum MarshalModule {
    static func make() -> PyModule {
        let b = ModuleBuilder("marshal")
        b.int("version", 4)
        b.fn("dumps") { a, _ in
            guard let v = a.first else { throw PythonError(PyExc.TypeError, "dumps() missing required argument 'value' (pos 1)") }
            var out: [UInt8] = []
            try write(v, &out, depth: 0)
            return PyBytes(out)
        }
        b.fn("loads") { a, _ in
            guard let data = a.first.flatMap(ModArgs.bytes) else {
                throw PythonError(PyExc.TypeError, "a bytes-like object is required, not '\(a.first?.type.name ?? "NoneType")'")
            }
            var r = Reader(data: data)
            return try r.read()
        }
        b.fn("dump") { a, _ in
            var out: [UInt8] = []
            try write(a[0], &out, depth: 0)
            return try Ops.callMethod(a[1], "write", [PyBytes(out)])
        }
        b.fn("load") { a, _ in
            let data = ModArgs.bytes(try Ops.callMethod(a[0], "read", [])) ?? []
            var r = Reader(data: data)
            return try r.read()
        }
        return b.module
    }

    static func int32(_ v: Int, _ out: inout [UInt8]) {
        let u = UInt32(truncatingIfNeeded: v)
        out += [UInt8(u & 0xFF), UInt8((u >> 8) & 0xFF), UInt8((u >> 16) & 0xFF), UInt8(u >> 24)]
    }

    static func write(_ v: PyObject, _ out: inout [UInt8], depth: Int) throws {
        if depth > 2000 { throw PythonError(PyExc.ValueError, "object too deeply nested to marshal") }
        switch v {
        case _ where v === pyNone: out.append(UInt8(ascii: "N"))
        case let b as PyBool: out.append(UInt8(ascii: b.value ? "T" : "F"))
        case _ where v === PyEllipsis.shared: out.append(UInt8(ascii: "."))
        case _ where v === PyExc.StopIteration: out.append(UInt8(ascii: "S"))
        case let i as PyInt where i.type === PyTypes.int:
            if let s = i.intValue, s >= Int(Int32.min), s <= Int(Int32.max) {
                out.append(UInt8(ascii: "i")); int32(s, &out)
            } else {
                // 15-bit digits, least significant first; the count carries the sign.
                var mag = i.bigValue.magnitude
                var digits: [Int] = []
                while mag > 0 { digits.append(Int(mag & 0x7FFF)); mag >>= 15 }
                out.append(UInt8(ascii: "l"))
                int32(i.bigValue < 0 ? -digits.count : digits.count, &out)
                for d in digits { out += [UInt8(d & 0xFF), UInt8(d >> 8)] }
            }
        case let f as PyFloat where f.type === PyTypes.float:
            out.append(UInt8(ascii: "g"))
            withUnsafeBytes(of: f.value.bitPattern.littleEndian) { out += $0 }
        case let c as PyComplex:
            out.append(UInt8(ascii: "y"))
            withUnsafeBytes(of: c.real.bitPattern.littleEndian) { out += $0 }
            withUnsafeBytes(of: c.imag.bitPattern.littleEndian) { out += $0 }
        case let s as PyStr where s.type === PyTypes.str:
            let bytes = Array(s.value.utf8)
            if s.value.unicodeScalars.allSatisfy({ $0.isASCII }) && bytes.count < 256 {
                out.append(UInt8(ascii: "z")); out.append(UInt8(bytes.count))
            } else {
                out.append(UInt8(ascii: "u")); int32(bytes.count, &out)
            }
            out += bytes
        case _ where v is PyBytes || v is PyByteArray:
            let bytes = ModArgs.bytes(v)!
            out.append(UInt8(ascii: "s")); int32(bytes.count, &out); out += bytes
        case let t as PyTuple where t.type === PyTypes.tuple:
            if t.items.count < 256 { out.append(UInt8(ascii: ")")); out.append(UInt8(t.items.count)) } else {
                out.append(UInt8(ascii: "(")); int32(t.items.count, &out)
            }
            for x in t.items { try write(x, &out, depth: depth + 1) }
        case let l as PyList where l.type === PyTypes.list:
            out.append(UInt8(ascii: "[")); int32(l.items.count, &out)
            for x in l.items { try write(x, &out, depth: depth + 1) }
        case let d as PyDict where d.type === PyTypes.dict:
            out.append(UInt8(ascii: "{"))
            for (k, x) in d.items { try write(k, &out, depth: depth + 1); try write(x, &out, depth: depth + 1) }
            out.append(UInt8(ascii: "0"))
        case let s as PySet where s.type === PyTypes.set || s.type === PyTypes.frozenset:
            out.append(UInt8(ascii: s.isFrozen ? ">" : "<")); int32(s.count, &out)
            for x in s.elements { try write(x, &out, depth: depth + 1) }
        default:
            throw PythonError(PyExc.ValueError, "unmarshallable object")
        }
    }

    struct Reader {
        let data: [UInt8]
        var pos = 0
        var refs: [PyObject] = []

        mutating func byte() throws -> UInt8 {
            guard pos < data.count else { throw PythonError(PyExc.EOFError, "EOF read where object expected") }
            defer { pos += 1 }
            return data[pos]
        }
        mutating func int32() throws -> Int {
            guard pos + 4 <= data.count else { throw PythonError(PyExc.EOFError, "marshal data too short") }
            let v = UInt32(data[pos]) | UInt32(data[pos + 1]) << 8 | UInt32(data[pos + 2]) << 16 | UInt32(data[pos + 3]) << 24
            pos += 4
            return Int(Int32(bitPattern: v))
        }
        mutating func bytes(_ n: Int) throws -> [UInt8] {
            guard n >= 0, pos + n <= data.count else { throw PythonError(PyExc.EOFError, "marshal data too short") }
            defer { pos += n }
            return Array(data[pos..<(pos + n)])
        }
        mutating func double() throws -> Double {
            let b = try bytes(8)
            var bits: UInt64 = 0
            for (i, x) in b.enumerated() { bits |= UInt64(x) << (8 * UInt64(i)) }
            return Double(bitPattern: bits)
        }

        mutating func read() throws -> PyObject {
            let code = try byte()
            let flag = code & 0x80 != 0
            var slot = -1
            if flag { slot = refs.count; refs.append(pyNone) }
            let v = try readBody(code & 0x7F, slot: slot)
            if flag { refs[slot] = v }
            return v
        }

        mutating func readBody(_ code: UInt8, slot: Int) throws -> PyObject {
            switch Character(Unicode.Scalar(code)) {
            case "N": return pyNone
            case "T": return pyTrue
            case "F": return pyFalse
            case ".": return PyEllipsis.shared
            case "S": return PyExc.StopIteration
            case "i": return PyInt.make(try int32())
            case "l":
                let n = try int32()
                var v = BigInt(0)
                for i in 0..<abs(n) {
                    let d = try bytes(2)
                    v += BigInt(Int(d[0]) | Int(d[1]) << 8) << (15 * i)
                }
                return PyInt.make(n < 0 ? -v : v)
            case "g": return PyFloat(try double())
            case "y": return PyComplex(real: try double(), imag: try double())
            case "s": return PyBytes(try bytes(try int32()))
            case "u", "t", "a", "A":
                return PyStr(String(decoding: try bytes(try int32()), as: UTF8.self))
            case "z", "Z":
                return PyStr(String(decoding: try bytes(Int(try byte())), as: UTF8.self))
            case "(", ")":
                let n = code == UInt8(ascii: ")") ? Int(try byte()) : try int32()
                var items: [PyObject] = []
                for _ in 0..<max(0, n) { items.append(try read()) }
                return PyTuple(items)
            case "[":
                let l = PyList()
                if slot >= 0 { refs[slot] = l }
                for _ in 0..<max(0, try int32()) { l.items.append(try read()) }
                return l
            case "{":
                let d = PyDict()
                if slot >= 0 { refs[slot] = d }
                while true {
                    if pos < data.count && data[pos] == UInt8(ascii: "0") { pos += 1; break }
                    let k = try read()
                    try d.set(k, try read())
                }
                return d
            case "<", ">":
                let s = PySet(type: code == UInt8(ascii: "<") ? PyTypes.set : PyTypes.frozenset)
                for _ in 0..<max(0, try int32()) { try s.add(try read()) }
                return s
            case "r":
                let i = try int32()
                guard i >= 0 && i < refs.count else { throw PythonError(PyExc.ValueError, "bad marshal data (invalid reference)") }
                return refs[i]
            case "c":
                throw PythonError(PyExc.ValueError, "bad marshal data (code objects are not supported by Swallow)")
            default:
                throw PythonError(PyExc.ValueError, "bad marshal data (unknown type code)")
            }
        }
    }
}
