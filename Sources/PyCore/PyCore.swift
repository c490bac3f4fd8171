/// Facts shared by every layer of Swallow.
public enum SwallowVersion {
    /// Swallow's own version.
    public static let swallow = "0.1.0"
    /// The Python language and C-API version Swallow implements.
    public static let pythonMajor = 3
    public static let pythonMinor = 11
    public static let pythonMicro = 7
    public static var python: String { "\(pythonMajor).\(pythonMinor).\(pythonMicro)" }
    /// `PY_VERSION_HEX` of the implemented CPython (3.11.7 final).
    public static let pythonHex: UInt32 = 0x030B07F0
    /// `sys.version` in CPython's shape ("X.Y.Z (branch, date, time) [compiler]"), which
    /// `platform` and packages parse; the bracket names Swallow instead of a C compiler.
    public static var sysVersion: String { "\(python) (main, Nov 23 2026, 00:00:00) [\(compiler)]" }
    public static var compiler: String { "Swallow \(swallow), Swift" }
}
