/// The tiers of the matrix: where a case's extension comes from and who generated it. Every
/// case carries one (`case.json` for the cases under `compat-matrix/cases/`, the manifest
/// entry for wheels), and `--tier` selects by it.
public enum MatrixTier {
    /// Our own per-area extensions, built from source in both header columns.
    public static let own = "own"
    /// CPython 3.11's own extension modules, loaded from its lib-dynload directory.
    public static let libDynload = "lib-dynload"
    /// Third-party wheels, by the tool that generated their extension.
    public static let wheelTiers = ["wheel-plainC", "wheel-cython", "wheel-pyo3", "wheel-mypyc",
                                    "wheel-pybind11", "wheel-numpy", "wheel-other"]
    /// Every tier, in report order.
    public static let all = [own, libDynload] + wheelTiers
    /// The tiers CI runs: nothing to download, quick to run.
    public static let fast = [own, libDynload]

    /// Expands a `--tier` selection: tier names, `fast`, `wheels` (every wheel tier) and `all`,
    /// comma-separated or repeated. Throws on an unknown name.
    public static func expand(_ selection: [String]) throws -> [String] {
        var chosen: [String] = []
        for item in selection.flatMap({ $0.split(separator: ",").map(String.init) }) {
            switch item {
            case "all": chosen += all
            case "fast": chosen += fast
            case "wheels": chosen += wheelTiers
            default:
                guard all.contains(item) else {
                    throw MatrixError("unknown tier '\(item)' (tiers: \(all.joined(separator: ", ")); "
                                      + "or fast, wheels, all)")
                }
                chosen.append(item)
            }
        }
        return all.filter(chosen.contains)
    }

    /// Position in report order; unknown tiers sort last.
    static func rank(_ tier: String) -> Int {
        all.firstIndex(of: tier) ?? all.count
    }
}
