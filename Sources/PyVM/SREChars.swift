/// Character predicates and case mappings used by the `_sre` engine, with CPython 3.11's
/// definitions: the ASCII variants look only at code points below 128, the Unicode variants
/// follow `str.isalnum`/`str.isdecimal`/`str.isspace` and the simple case mappings, and the
/// locale variants behave as the C locale (which is what Python programs get by default).
enum SREChars {
    // MARK: opcode numbers (re._constants of CPython 3.11)
    static let FAILURE: UInt32 = 0, SUCCESS: UInt32 = 1, ANY: UInt32 = 2, ANY_ALL: UInt32 = 3
    static let ASSERT: UInt32 = 4, ASSERT_NOT: UInt32 = 5, AT: UInt32 = 6, BRANCH: UInt32 = 7
    static let CATEGORY: UInt32 = 8, CHARSET: UInt32 = 9, BIGCHARSET: UInt32 = 10, GROUPREF: UInt32 = 11
    static let GROUPREF_EXISTS: UInt32 = 12, IN: UInt32 = 13, INFO: UInt32 = 14, JUMP: UInt32 = 15
    static let LITERAL: UInt32 = 16, MARK: UInt32 = 17, MAX_UNTIL: UInt32 = 18, MIN_UNTIL: UInt32 = 19
    static let NOT_LITERAL: UInt32 = 20, NEGATE: UInt32 = 21, RANGE: UInt32 = 22, REPEAT: UInt32 = 23
    static let REPEAT_ONE: UInt32 = 24, SUBPATTERN: UInt32 = 25, MIN_REPEAT_ONE: UInt32 = 26
    static let ATOMIC_GROUP: UInt32 = 27, POSSESSIVE_REPEAT: UInt32 = 28, POSSESSIVE_REPEAT_ONE: UInt32 = 29
    static let GROUPREF_IGNORE: UInt32 = 30, IN_IGNORE: UInt32 = 31, LITERAL_IGNORE: UInt32 = 32
    static let NOT_LITERAL_IGNORE: UInt32 = 33, GROUPREF_LOC_IGNORE: UInt32 = 34, IN_LOC_IGNORE: UInt32 = 35
    static let LITERAL_LOC_IGNORE: UInt32 = 36, NOT_LITERAL_LOC_IGNORE: UInt32 = 37
    static let GROUPREF_UNI_IGNORE: UInt32 = 38, IN_UNI_IGNORE: UInt32 = 39, LITERAL_UNI_IGNORE: UInt32 = 40
    static let NOT_LITERAL_UNI_IGNORE: UInt32 = 41, RANGE_UNI_IGNORE: UInt32 = 42
    static let opcodeCount: UInt32 = 43

    static let MAXREPEAT: UInt32 = 0xFFFF_FFFF
    static let MAXGROUPS = 0x3FFF_FFFF
    static let MAGIC = 20220615
    static let INFO_PREFIX: UInt32 = 1, INFO_LITERAL: UInt32 = 2, INFO_CHARSET: UInt32 = 4

    // MARK: ASCII / locale

    @inline(__always) static func isDigit(_ c: UInt32) -> Bool { c &- 48 < 10 }
    @inline(__always) static func isSpace(_ c: UInt32) -> Bool { c == 32 || (c >= 9 && c <= 13) }
    @inline(__always) static func isAlnum(_ c: UInt32) -> Bool {
        (c | 0x20) &- 97 < 26 || c &- 48 < 10
    }
    @inline(__always) static func isWord(_ c: UInt32) -> Bool { c < 128 && (isAlnum(c) || c == 95) }
    @inline(__always) static func asciiLower(_ c: UInt32) -> UInt32 { c &- 65 < 26 ? c + 32 : c }
    @inline(__always) static func asciiUpper(_ c: UInt32) -> UInt32 { c &- 97 < 26 ? c - 32 : c }
    // The C locale: only ASCII letters have cases, only ASCII characters are alphanumeric.
    @inline(__always) static func locWord(_ c: UInt32) -> Bool { isWord(c) }
    @inline(__always) static func locLower(_ c: UInt32) -> UInt32 { c < 256 ? asciiLower(c) : c }
    @inline(__always) static func locUpper(_ c: UInt32) -> UInt32 { c < 256 ? asciiUpper(c) : c }

    // MARK: Unicode

    // The Unicode predicates test ASCII inline and leave the property lookups out of line.
    @inline(__always) static func uniDigit(_ c: UInt32) -> Bool { c < 128 ? isDigit(c) : uniDigitSlow(c) }
    @inline(never) static func uniDigitSlow(_ c: UInt32) -> Bool {
        Unicode.Scalar(c)?.properties.numericType == .decimal
    }

    static func uniSpace(_ c: UInt32) -> Bool {
        switch c {
        case 9...13, 28...32, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    static func uniLinebreak(_ c: UInt32) -> Bool {
        switch c {
        case 10...13, 28...30, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    @inline(__always) static func uniWord(_ c: UInt32) -> Bool { c < 128 ? isAlnum(c) || c == 95 : uniWordSlow(c) }
    @inline(never) static func uniWordSlow(_ c: UInt32) -> Bool {
        guard let s = Unicode.Scalar(c) else { return false }
        let p = s.properties
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return p.numericType != nil
        }
    }

    nonisolated(unsafe) private static var lowerCache: [UInt32: UInt32] = [:]
    nonisolated(unsafe) private static var upperCache: [UInt32: UInt32] = [:]

    /// The simple lowercase mapping (the first code point of the full mapping, as CPython's
    /// `Py_UNICODE_TOLOWER`).
    static func uniLower(_ c: UInt32) -> UInt32 {
        if c < 128 { return asciiLower(c) }
        if let v = lowerCache[c] { return v }
        var r = c
        if let s = Unicode.Scalar(c), let f = s.properties.lowercaseMapping.unicodeScalars.first { r = f.value }
        lowerCache[c] = r
        return r
    }

    static func uniUpper(_ c: UInt32) -> UInt32 {
        if c < 128 { return asciiUpper(c) }
        if let v = upperCache[c] { return v }
        var r = c
        if let s = Unicode.Scalar(c) {
            let m = s.properties.uppercaseMapping.unicodeScalars
            // A character whose uppercase is several characters (ß → SS) has no simple mapping
            // unless the titlecase is a single one; CPython keeps the first of the full mapping.
            if let f = m.first { r = f.value }
        }
        upperCache[c] = r
        return r
    }

    static func uniIsCased(_ c: UInt32) -> Bool { c != uniLower(c) || c != uniUpper(c) }

    /// CATEGORY codes (CHCODES of re._constants).
    static func category(_ code: UInt32, _ c: UInt32) -> Bool {
        switch code {
        case 0: return isDigit(c)
        case 1: return !isDigit(c)
        case 2: return isSpace(c)
        case 3: return !isSpace(c)
        case 4: return isWord(c)
        case 5: return !isWord(c)
        case 6: return c == 10
        case 7: return c != 10
        case 8: return locWord(c)
        case 9: return !locWord(c)
        case 10: return uniDigit(c)
        case 11: return !uniDigit(c)
        case 12: return uniSpace(c)
        case 13: return !uniSpace(c)
        case 14: return uniWord(c)
        case 15: return !uniWord(c)
        case 16: return uniLinebreak(c)
        case 17: return !uniLinebreak(c)
        default: return false
        }
    }
}
