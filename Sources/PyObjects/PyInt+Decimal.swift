import BigInt

extension PyInt {
    /// Parses a string of decimal digits (as the front end keeps large literals); 0 if malformed.
    public static func fromDecimal(_ digits: String) -> PyInt {
        if let v = Int(digits) { return make(v) }
        return make(BigInt(digits, radix: 10) ?? 0)
    }
}
