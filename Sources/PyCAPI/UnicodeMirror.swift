import CPythonABI
import PyObjects

/// PEP 393 compact strings: ASCII text right after a 48-byte PyASCIIObject; other text after a
/// 72-byte PyCompactUnicodeObject, in 1, 2 or 4 bytes per code point.
enum UnicodeMirror {
    static let asciiHeader = MemoryLayout<PyASCIIObject>.size
    static let compactHeader = MemoryLayout<PyCompactUnicodeObject>.size

    static func make(_ s: String, type: CType) -> CObject {
        // A lone surrogate's shadow becomes the surrogate itself (a UCS2 unit), as in CPython.
        let codePoints = LoneSurrogate.codePoints(s)
        let maxChar = codePoints.reduce(UInt32(0)) { max($0, $1) }
        return make(codePoints: codePoints, maxChar: maxChar, type: type)
    }

    /// A new compact string of the given code points (also what PyUnicode_New allocates).
    static func make(codePoints: [UInt32], maxChar: UInt32, type: CType) -> CObject {
        let n = codePoints.count
        let op = allocateEmpty(length: n, maxChar: maxChar, type: type)
        let kind = kindOf(op)
        let data = dataPointer(op)
        for (i, c) in codePoints.enumerated() {
            switch kind {
            case 1: data.assumingMemoryBound(to: UInt8.self)[i] = UInt8(c)
            case 2: data.assumingMemoryBound(to: UInt16.self)[i] = UInt16(c)
            default: data.assumingMemoryBound(to: UInt32.self)[i] = c
            }
        }
        return op
    }

    static func allocateEmpty(length n: Int, maxChar: UInt32, type: CType) -> CObject {
        let ascii = maxChar < 128
        let kind: UInt32 = maxChar < 256 ? 1 : (maxChar < 65536 ? 2 : 4)
        let header = ascii ? asciiHeader : compactHeader
        let op = Mirrors.allocate(header + (n + 1) * Int(kind), type: type)
        op.withMemoryRebound(to: PyASCIIObject.self, capacity: 1) { a in
            a.pointee.length = n
            a.pointee.hash = -1
            a.pointee.state.kind = kind
            a.pointee.state.compact = 1
            a.pointee.state.ascii = ascii ? 1 : 0
            a.pointee.state.ready = 1
        }
        return op
    }

    static func kindOf(_ op: CObject) -> UInt32 {
        op.withMemoryRebound(to: PyASCIIObject.self, capacity: 1) { $0.pointee.state.kind }
    }

    static func isASCII(_ op: CObject) -> Bool {
        op.withMemoryRebound(to: PyASCIIObject.self, capacity: 1) { $0.pointee.state.ascii != 0 }
    }

    static func length(_ op: CObject) -> Int {
        op.withMemoryRebound(to: PyASCIIObject.self, capacity: 1) { $0.pointee.length }
    }

    static func dataPointer(_ op: CObject) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(op) + (isASCII(op) ? asciiHeader : compactHeader)
    }

    /// The text of a compact string, whoever wrote it.
    static func read(_ op: CObject) -> String {
        let n = length(op)
        let data = dataPointer(op)
        var out = String.UnicodeScalarView()
        for i in 0..<n {
            let c: UInt32
            switch kindOf(op) {
            case 1: c = UInt32(data.assumingMemoryBound(to: UInt8.self)[i])
            case 2: c = UInt32(data.assumingMemoryBound(to: UInt16.self)[i])
            default: c = data.assumingMemoryBound(to: UInt32.self)[i]
            }
            out.append(LoneSurrogate.scalar(c) ?? "\u{FFFD}")
        }
        return String(out)
    }

    /// The UTF-8 form, cached in the object as CPython does (for ASCII it is the data itself).
    static func utf8(_ op: CObject, size: UnsafeMutablePointer<Py_ssize_t>?) -> UnsafePointer<CChar> {
        if isASCII(op) {
            size?.pointee = length(op)
            return UnsafePointer(dataPointer(op).assumingMemoryBound(to: CChar.self))
        }
        return op.withMemoryRebound(to: PyCompactUnicodeObject.self, capacity: 1) { c in
            if let cached = c.pointee.utf8 {
                size?.pointee = c.pointee.utf8_length
                return UnsafePointer(cached)
            }
            let bytes = Array(read(op).utf8)
            let buf = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (i, b) in bytes.enumerated() { buf[i] = CChar(bitPattern: b) }
            buf[bytes.count] = 0
            c.pointee.utf8 = buf
            c.pointee.utf8_length = bytes.count
            size?.pointee = bytes.count
            return UnsafePointer(buf)
        }
    }

    static func release(_ op: CObject) {
        if isASCII(op) { return }
        op.withMemoryRebound(to: PyCompactUnicodeObject.self, capacity: 1) {
            $0.pointee.utf8?.deallocate()
            $0.pointee.utf8 = nil
        }
    }
}
