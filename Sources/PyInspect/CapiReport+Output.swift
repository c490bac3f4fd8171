import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension CapiReport {
    // MARK: JSON (schema: docs/capi-report.md)

    public func jsonObject() -> [String: Any] {
        let exports = SymbolStatus.exports.values
        func symbol(_ s: ImportedSymbol) -> [String: Any] {
            var d: [String: Any] = ["name": s.name, "status": s.status.rawValue, "stable_abi": s.stableABI,
                                    "kind": s.isFunction ? "function" : "data", "weak": s.weak,
                                    "binding": s.eager ? "load" : "lazy"]
            if !s.locations.isEmpty {
                d["locations"] = s.locations.map { l -> [String: Any] in
                    var o: [String: Any] = ["file": l.file, "line": l.line]
                    if let f = l.function { o["function"] = f }
                    return o
                }
            }
            return d
        }
        let exts: [[String: Any]] = extensions.map { e in
            var d: [String: Any] = [
                "path": e.path, "input": e.input, "generator": e.facts.generator.rawValue,
                "bind": e.facts.bindNow ? "now" : "lazy", "debug_info": e.facts.hasDebugInfo,
                "links_libpython": e.facts.needed.contains { $0.hasPrefix("libpython") },
                "verdict": e.verdict.rawValue, "coverage": e.coverage,
                "counts": ["imported": e.imports.count, "implemented": e.count(.implemented),
                           "stub": e.count(.stub), "absent": e.count(.absent),
                           "stable_abi": e.imports.filter(\.stableABI).count],
                "symbols": e.imports.map(symbol),
            ]
            d["module"] = e.facts.moduleName ?? NSNull()
            return d
        }
        let verdicts = Dictionary(grouping: extensions, by: { $0.verdict.rawValue }).mapValues(\.count)
        return [
            "schema": 1,
            "generator": "swallow capi-report",
            "python": SymbolStatus.pythonVersion,
            "swallow": ["exports": exports.count,
                        "implemented": exports.filter { $0.status == .implemented }.count,
                        "stub": exports.filter { $0.status == .stub }.count],
            "summary": ["extensions": extensions.count, "ok": verdicts["ok"] ?? 0,
                        "loads-with-stubs": verdicts["loads-with-stubs"] ?? 0,
                        "cannot-load": verdicts["cannot-load"] ?? 0,
                        "errors": problems.filter(\.isError).count,
                        "notes": problems.filter { !$0.isError }.count,
                        "skipped_non_extensions": skippedNonExtensions],
            "extensions": exts,
            "problems": problems.map { ["input": $0.input, "path": $0.path, "kind": $0.error.kind,
                                        "message": $0.error.message, "error": $0.isError] },
            "missing": missingRanking.map { ["name": $0.name, "status": $0.status.rawValue, "stable_abi": $0.stableABI,
                                             "extensions": $0.users.count, "sole_blocker": $0.soleBlocker,
                                             "users": $0.users] },
            "plan": plan().enumerated().map { ["step": $0.offset + 1, "symbols": $0.element.symbols,
                                               "unblocks": $0.element.unblocks, "cumulative_ok": $0.element.cumulativeOK] },
        ]
    }

    public func json() -> String {
        let data = (try? JSONSerialization.data(withJSONObject: jsonObject(), options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: table

    struct Style {
        var color: Bool
        func paint(_ s: String, _ code: String) -> String { color ? "\u{1b}[\(code)m\(s)\u{1b}[0m" : s }
        func verdict(_ v: Verdict, _ s: String) -> String {
            paint(s, v == .ok ? "32" : v == .loadsWithStubs ? "33" : "31;1")
        }
        func bold(_ s: String) -> String { paint(s, "1") }
    }

    static func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
        let c = s.count
        if c >= n { return s }
        let fill = String(repeating: " ", count: n - c)
        return right ? fill + s : s + fill
    }

    /// The readable report. `symbols`: list every import of every extension; `limit`: how many
    /// rows of the rankings and names per extension to show.
    public func table(color: Bool, symbols: Bool = false, limit: Int = 25) -> String {
        let st = Style(color: color)
        var out = ""
        let exports = SymbolStatus.exports.values
        let impl = exports.filter { $0.status == .implemented }.count
        out += st.bold("swallow capi-report") + ": \(extensions.count) extension\(extensions.count == 1 ? "" : "s")"
        out += "; Swallow implements \(impl) of CPython \(SymbolStatus.pythonVersion)'s \(exports.count) exports\n\n"

        if !extensions.isEmpty {
            let width = min(60, max(9, extensions.map(\.path.count).max() ?? 9))
            out += st.bold(CapiReport.pad("EXTENSION", width) + "  " + CapiReport.pad("GENERATOR", 9) + "  BIND  IMPORTS  IMPL  STUB  ABSENT  STABLE  COVER   VERDICT") + "\n"
            for e in extensions {
                var name = e.path
                if name.count > width { name = "…" + name.suffix(width - 1) }
                let cols = [
                    CapiReport.pad(name, width), CapiReport.pad(e.facts.generator.rawValue, 9),
                    CapiReport.pad(e.facts.bindNow ? "now" : "lazy", 4),
                    CapiReport.pad("\(e.imports.count)", 7, right: true), CapiReport.pad("\(e.count(.implemented))", 4, right: true),
                    CapiReport.pad("\(e.count(.stub))", 4, right: true), CapiReport.pad("\(e.count(.absent))", 6, right: true),
                    CapiReport.pad("\(e.imports.filter(\.stableABI).count)", 6, right: true),
                    CapiReport.pad(String(format: "%.1f%%", e.coverage), 6, right: true),
                ]
                out += cols.joined(separator: "  ") + "  " + st.verdict(e.verdict, e.verdict.phrase) + "\n"
            }
        }

        // Per-extension detail: every symbol with --symbols, else the missing ones.
        var details = ""
        for e in extensions {
            let list = symbols ? e.imports : e.missing
            guard !list.isEmpty else { continue }
            details += "\n" + st.bold(e.path) + (e.facts.moduleName.map { " (module \($0))" } ?? "")
                + ": \(e.facts.generator.rawValue), binds \(e.facts.bindNow ? "all symbols at load (BIND_NOW)" : "lazily")"
                + (e.facts.hasDebugInfo ? ", has DWARF" : "") + "\n"
            let shown = symbols ? list : Array(list.prefix(limit))
            for s in shown {
                let status = s.status == .implemented ? "implemented" : s.status == .stub ? "stub" : "ABSENT"
                let v: Verdict = s.status == .implemented ? .ok : s.status == .stub ? .loadsWithStubs : .cannotLoad
                details += "    " + CapiReport.pad(s.name, 36) + " " + st.verdict(v, CapiReport.pad(status, 11))
                    + "  " + CapiReport.pad(s.stableABI ? "stable-abi" : "-", 10) + "  " + (s.isFunction ? "function" : "data    ")
                    + "  " + (s.eager ? "bound at load" : "lazy") + (s.weak ? ", weak" : "") + "\n"
                for l in s.locations {
                    details += "        at \(l.file):\(l.line)" + (l.function.map { " in \($0)()" } ?? "") + "\n"
                }
            }
            if shown.count < list.count { details += "    … and \(list.count - shown.count) more (--symbols lists all)\n" }
        }
        if !details.isEmpty {
            out += "\n" + st.bold(symbols ? "Imported symbols per extension" : "Missing symbols per extension") + "\n" + details
        }

        let ranking = missingRanking
        if !ranking.isEmpty {
            out += "\n" + st.bold("Missing symbols ranked by extensions blocked") + " (\(ranking.count) distinct)\n"
            out += st.bold("  #  SYMBOL                               STATUS  STABLE  EXTS  ONLY-BLOCKER") + "\n"
            for (k, m) in ranking.prefix(limit).enumerated() {
                out += CapiReport.pad("\(k + 1)", 3, right: true) + "  " + CapiReport.pad(m.name, 36) + " "
                    + st.verdict(m.status == .stub ? .loadsWithStubs : .cannotLoad, CapiReport.pad(m.status == .stub ? "stub" : "ABSENT", 6))
                    + "  " + CapiReport.pad(m.stableABI ? "yes" : "no", 6) + "  " + CapiReport.pad("\(m.users.count)", 4, right: true)
                    + "  " + CapiReport.pad("\(m.soleBlocker)", 12, right: true) + "\n"
            }
            if ranking.count > limit { out += "  … \(ranking.count - limit) more (--json has all)\n" }
        }
        let steps = plan(maxSteps: limit)
        if !steps.isEmpty {
            out += "\n" + st.bold("Next to implement") + " (greedy: fewest symbols that complete one more extension)\n"
            var total = 0
            for (k, s) in steps.prefix(limit).enumerated() {
                total += s.symbols.count
                let names = s.symbols.count > 8 ? s.symbols.prefix(8).joined(separator: ", ") + ", … (+\(s.symbols.count - 8))"
                                                : s.symbols.joined(separator: ", ")
                let unblocked = s.unblocks.count > 4 ? s.unblocks.prefix(4).joined(separator: ", ") + ", … (+\(s.unblocks.count - 4))"
                                                     : s.unblocks.joined(separator: ", ")
                out += CapiReport.pad("\(k + 1).", 4, right: true) + " +\(s.symbols.count) (total \(total)): \(names)\n"
                out += "       completes \(unblocked) → \(s.cumulativeOK) of \(extensions.count) ok\n"
            }
        }
        if !problems.isEmpty {
            out += "\n" + st.bold("Inputs not reported") + "\n"
            for p in problems {
                let tag = p.isError ? st.paint("error", "31;1") : st.paint("note", "36")
                out += "  \(tag): \(p.path): \(p.error.message)\n"
            }
        }
        let v = Dictionary(grouping: extensions, by: \.verdict).mapValues(\.count)
        out += "\n\(extensions.count) extension\(extensions.count == 1 ? "" : "s"): \(v[.ok] ?? 0) ok, \(v[.loadsWithStubs] ?? 0) load but can reach stubs, "
            + "\(v[.cannotLoad] ?? 0) cannot load"
        out += "; \(problems.filter(\.isError).count) unreadable input\(problems.filter(\.isError).count == 1 ? "" : "s")"
        if skippedNonExtensions > 0 { out += "; \(skippedNonExtensions) non-extension shared objects skipped" }
        out += "\n"
        return out
    }
}
