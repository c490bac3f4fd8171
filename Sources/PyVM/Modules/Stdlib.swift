import PyObjects
import PyCompiler
import Foundation

/// Finding CPython 3.11's standard library (its `Lib` directory and `lib-dynload`) at start-up,
/// without running python: `$SWALLOW_STDLIB`, then `python3.11`/`python3` on PATH resolved
/// through symlinks, then pyenv's versions, then the system locations. See docs/stdlib.md.
enum Stdlib {
    static let fm = FileManager.default

    static func isLib(_ dir: String) -> Bool {
        fm.fileExists(atPath: dir + "/os.py") && fm.fileExists(atPath: dir + "/_collections_abc.py")
    }

    /// The `Lib` directory, or nil when none is found.
    static func findLib() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let s = env["SWALLOW_STDLIB"], !s.isEmpty {
            return isLib(s) ? s : nil
        }
        // An interpreter on PATH that is a real binary (or a symlink to one): <prefix>/bin/python3.11.
        for dir in (env["PATH"] ?? "").split(separator: ":") {
            for exe in ["python3.11", "python3"] {
                let p = String(dir) + "/" + exe
                guard fm.fileExists(atPath: p) else { continue }
                // pyenv's shims are scripts: ask pyenv's layout for the selected version.
                if dir.hasSuffix("/shims"), let lib = pyenvLib(String(dir.dropLast(6)), env) { return lib }
                let real = URL(fileURLWithPath: p).resolvingSymlinksInPath().path
                let prefix = ((real as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
                let lib = prefix + "/lib/python3.11"
                if isLib(lib) { return lib }
            }
        }
        // pyenv without shims on PATH: the newest 3.11.x.
        var roots: [String] = []
        if let r = env["PYENV_ROOT"], !r.isEmpty { roots.append(r) }
        roots.append(NSHomeDirectory() + "/.pyenv")
        for root in roots {
            let versions = (try? fm.contentsOfDirectory(atPath: root + "/versions")) ?? []
            let candidates = versions.filter { $0.hasPrefix("3.11.") }.sorted {
                (Int($0.dropFirst(5)) ?? 0) > (Int($1.dropFirst(5)) ?? 0)
            }
            for v in candidates where isLib(root + "/versions/" + v + "/lib/python3.11") {
                return root + "/versions/" + v + "/lib/python3.11"
            }
        }
        for lib in ["/usr/local/lib/python3.11", "/usr/lib/python3.11"] where isLib(lib) { return lib }
        return nil
    }

    /// The Lib of the pyenv version selected by $PYENV_VERSION or `<root>/version`, when it is a 3.11.
    static func pyenvLib(_ root: String, _ env: [String: String]) -> String? {
        var selected = env["PYENV_VERSION"] ?? ""
        if selected.isEmpty, let data = fm.contents(atPath: root + "/version"), let s = String(data: data, encoding: .utf8) {
            selected = s.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == ":" }).first.map(String.init) ?? ""
        }
        guard selected.hasPrefix("3.11") else { return nil }
        let lib = root + "/versions/" + selected + "/lib/python3.11"
        return isLib(lib) ? lib : nil
    }

    /// The library directory in use, once found.
    nonisolated(unsafe) static var libPath: String?

    /// Appends the library directories to `sys.path` and sets `sys.prefix` from them.
    static func configure(_ sys: PyModule) {
        guard let lib = findLib() else { return }
        libPath = lib
        guard let path = sys.dict.getItem(string: "path") as? PyList else { return }
        path.items.append(PyStr(lib))
        let dynload = lib + "/lib-dynload"
        if fm.fileExists(atPath: dynload) { path.items.append(PyStr(dynload)) }
        // What the site module adds by default: the installation's site-packages (cryptography's
        // extension imports cffi's _cffi_backend from there).
        let sitePackages = lib + "/site-packages"
        if fm.fileExists(atPath: sitePackages) { path.items.append(PyStr(sitePackages)) }
        let prefix = ((lib as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        for name in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
            sys.dict.setItem(string: name, PyStr(prefix))
        }
    }
}
