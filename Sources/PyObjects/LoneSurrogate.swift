/// Lone surrogates in `str`.
///
/// Python's `str` is any sequence of code points 0...0x10FFFF, including the surrogates
/// U+D800...U+DFFF on their own ('\udc80' comes from `surrogateescape` decoding of file names,
/// from `surrogatepass`, from `chr(0xdc80)`). A Swift `String` holds Unicode scalars only, and
/// surrogates are not scalars. `PyStr` keeps its `String` (every fast path and every runtime
/// function that reads `value` stays as it is) and writes each lone surrogate as a *shadow*:
/// surrogate U+D800+k is stored as the scalar U+10D800+k, a code point of Supplementary
/// Private Use Area-B that Unicode will never assign.
///
/// Because the mapping is one scalar for one code point, everything that works scalar by
/// scalar is right without knowing about it: len, indexing, slicing, iteration, concatenation,
/// equality, hashing, dict keys, `in`, find/split/replace/join, case mapping (private use and
/// surrogates are both caseless). What must translate sits at the edges, and uses this type:
/// `ord`/`chr`, `repr`/`ascii`, ordering of strings (a surrogate sorts below U+E000), the codecs
/// (utf-8 strict refuses surrogates; `surrogatepass`/`surrogateescape` make and consume them),
/// file-system paths handed to the OS, and the C-API bridge (a surrogate is a UCS2 unit there).
///
/// The price: the 2048 real code points U+10D800...U+10DFFF cannot be represented. Where they
/// would enter (`chr`, decoding, a source literal, C) Swallow raises a ValueError saying so,
/// rather than silently reading them as surrogates.
public enum LoneSurrogate {
    /// Shadow scalar = surrogate + offset.
    public static let offset: UInt32 = 0x10_0000

    @inline(__always) public static func isSurrogate(_ v: UInt32) -> Bool { v & 0xFFFF_F800 == 0xD800 }

    /// Whether a scalar of a Swift string is the shadow of a lone surrogate.
    @inline(__always) public static func isShadow(_ u: Unicode.Scalar) -> Bool { u.value & 0xFFFF_F800 == 0x10_D800 }

    /// The Python code point that a scalar of a PyStr's text stands for.
    @inline(__always) public static func codePoint(_ u: Unicode.Scalar) -> UInt32 {
        isShadow(u) ? u.value - offset : u.value
    }

    /// The scalar that stands for Python code point `v` in a PyStr's text; nil when `v` is over
    /// 0x10FFFF or is one of the code points used as shadows.
    @inline(__always) public static func scalar(_ v: UInt32) -> Unicode.Scalar? {
        if isSurrogate(v) { return Unicode.Scalar(v + offset) }
        if v & 0xFFFF_F800 == 0x10_D800 { return nil }
        return Unicode.Scalar(v)
    }

    /// The ValueError for a code point in the shadow range.
    public static func unrepresentable(_ v: UInt32) -> PythonError {
        PythonError(PyExc.ValueError, "code point U+\(String(v, radix: 16, uppercase: true)) cannot be represented by Swallow "
            + "(U+10D800..U+10DFFF stand for lone surrogates)")
    }

    /// Whether `s` holds a lone surrogate (its UTF-8 has a shadow: F4 8D A0...BF). A memchr-like
    /// scan for 0xF4, which ordinary text rarely contains.
    public static func contains(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { contains($0) }
    }

    public static func contains(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i + 2 < n {
            if b[i] == 0xF4 && b[i + 1] == 0x8D && b[i + 2] >= 0xA0 { return true }
            i += 1
        }
        return false
    }

    /// Whether UTF-8 bytes hold a shadow-range scalar (checked after decoding outside text).
    public static func contains(bytes b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { contains($0) }
    }

    /// The Python code points of a PyStr's text.
    public static func codePoints(_ s: String) -> [UInt32] {
        s.unicodeScalars.map { codePoint($0) }
    }

    /// A string from Python code points; nil if one is not representable.
    public static func string(_ cps: [UInt32]) -> String? {
        var v = String.UnicodeScalarView()
        for c in cps {
            guard let u = scalar(c) else { return nil }
            v.append(u)
        }
        return String(v)
    }
}
