/// What Swallow does with one `Py*`/`_Py*` name an extension imports.
///
/// The answer comes from Swallow's own generated table (`SymbolStatus+Generated.swift`, written
/// by `tools/capi/gen_stubs.py` from the same scan that decides which stubs are generated), so it
/// follows the code, not a hand-kept list.
public enum SymbolStatus: String, Sendable, Comparable {
    /// Exported with a real implementation.
    case implemented
    /// Exported, but as a generated stub: a function that raises `SystemError` (or aborts), or a
    /// zero-filled data placeholder. Loads; fails when reached.
    case stub
    /// Not among CPython 3.11's exports (newer or older API, or a typo): `dlopen` fails.
    case absent

    public static func < (a: SymbolStatus, b: SymbolStatus) -> Bool { a.rank < b.rank }
    private var rank: Int { self == .implemented ? 0 : self == .stub ? 1 : 2 }
}

/// One row of the export table.
public struct ExportInfo: Sendable, Equatable {
    public var status: SymbolStatus
    public var isFunction: Bool
    /// In CPython 3.11's stable ABI (limited API plus ABI-only symbols).
    public var stableABI: Bool
    public var limitedAPI: Bool
}

extension SymbolStatus {
    /// The CPython version whose exports the table lists.
    public static var pythonVersion: String { generatedPythonVersion }

    /// Every export by name, parsed once from the generated rows.
    public static let exports: [String: ExportInfo] = {
        var table: [String: ExportInfo] = [:]
        table.reserveCapacity(1700)
        for row in generatedRows.split(separator: "\n") {
            let bytes = Array(row.utf8)
            guard bytes.count > 5, bytes[4] == UInt8(ascii: " ") else { continue }
            table[String(row.dropFirst(5))] = ExportInfo(
                status: bytes[0] == UInt8(ascii: "I") ? .implemented : .stub,
                isFunction: bytes[1] == UInt8(ascii: "F"),
                stableABI: bytes[2] == UInt8(ascii: "A"),
                limitedAPI: bytes[3] == UInt8(ascii: "L"))
        }
        return table
    }()

    /// The status of `name`: absent when CPython 3.11 does not export it.
    public static func of(_ name: String) -> SymbolStatus {
        exports[name]?.status ?? .absent
    }

    /// True for the names capi-report looks at: the C-API's namespace.
    public static func isCAPIName(_ name: String) -> Bool {
        name.hasPrefix("Py") || name.hasPrefix("_Py") || name.hasPrefix("PY")
    }
}
