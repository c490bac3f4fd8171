import Foundation

/// `compat-matrix/wheels.json`: the pinned third-party wheels. Each entry is checked on its
/// own, so that a malformed entry becomes a `setup-error` result for that entry while the
/// others run. The rules are the same as `tools/matrix/fetch-wheels`'s.
struct WheelManifest {
    struct Entry {
        var name: String
        var version: String
        var tier: String
        var needs: [String]
        /// The package's own bundled unittest module, when the wheel ships tests.
        var testsModule: String?
        /// Why the entry is unusable; nil when it is well-formed.
        var problem: String?
    }

    var entries: [Entry]

    static let relativePath = "compat-matrix/wheels.json"

    /// Reads the manifest. Throws only when the file as a whole cannot be used.
    static func load(repoRoot: String) throws -> WheelManifest {
        let path = (repoRoot as NSString).appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MatrixError("cannot read \(relativePath)")
        }
        return try parse(data)
    }

    static func parse(_ data: Data) throws -> WheelManifest {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw MatrixError("\(relativePath) is not valid JSON: \(error.localizedDescription)")
        }
        guard let doc = object as? [String: Any], let list = doc["wheels"] as? [Any] else {
            throw MatrixError("\(relativePath) has no 'wheels' list")
        }
        var entries: [Entry] = []
        var seen: Set<String> = []
        for (index, raw) in list.enumerated() {
            var entry = check(raw, index: index)
            if entry.problem == nil, seen.contains(entry.name) {
                entry.problem = "duplicate name"
            }
            seen.insert(entry.name)
            entries.append(entry)
        }
        return WheelManifest(entries: entries)
    }

    private static func check(_ raw: Any, index: Int) -> Entry {
        let fallbackName = "entry-\(index)"
        guard let dict = raw as? [String: Any] else {
            return Entry(name: fallbackName, version: "", tier: "wheel-other", needs: [],
                         problem: "entry is not an object")
        }
        let rawName = dict["name"] as? String
        let name = rawName.flatMap { matches($0, namePattern) ? $0 : nil } ?? fallbackName
        var entry = Entry(name: name, version: dict["version"] as? String ?? "",
                          tier: dict["tier"] as? String ?? "wheel-other", needs: [])
        if let tests = dict["tests"] as? [String: Any] {
            entry.testsModule = tests["module"] as? String
        }
        if rawName == nil || name == fallbackName {
            entry.problem = "missing or invalid 'name'"
        } else if !matches(entry.version, versionPattern) {
            entry.problem = "'version' must be an exact version (e.g. 1.2.3), got '\(entry.version)'"
        } else if !MatrixTier.wheelTiers.contains(entry.tier) {
            let given = dict["tier"].map { "\($0)" } ?? "none"
            entry.problem = "unknown 'tier' '\(given)' (one of \(MatrixTier.wheelTiers.joined(separator: ", ")))"
            entry.tier = "wheel-other"
        } else if let needs = dict["needs"] {
            if let list = needs as? [String] {
                entry.needs = list
            } else {
                entry.problem = "'needs' must be a list of entry names"
            }
        }
        return entry
    }

    static let namePattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$"
    static let versionPattern = "^[0-9]+(\\.[0-9]+)*([a-z]+[0-9]+)?(\\.post[0-9]+)?$"

    private static func matches(_ s: String, _ pattern: String) -> Bool {
        s.range(of: pattern, options: .regularExpression) != nil
    }

    /// The cache directory of the wheels: `$SWALLOW_WHEEL_CACHE`, else
    /// `~/.cache/swallow/wheels` (the default of `tools/matrix/fetch-wheels` too).
    static func defaultCache() -> String {
        if let env = ProcessInfo.processInfo.environment["SWALLOW_WHEEL_CACHE"], !env.isEmpty {
            return (env as NSString).expandingTildeInPath
        }
        return (NSHomeDirectory() as NSString).appendingPathComponent(".cache/swallow/wheels")
    }
}
