import Foundation

/// The results of one matrix run and their renderings: the console table, the closing
/// summary line, `RESULTS.md` and `results.json`.
public struct MatrixReport {
    /// The interpreter as named in the reports: its last path component only, so that the
    /// committed reports carry no machine paths.
    public var interpreterName: String
    public var columns: [String]
    public var caseFilter: [String]
    /// The tiers the run selected, in report order.
    public var tiers: [String]
    /// Sorted by tier, case name, then column order.
    public var results: [CaseResult]

    public init(interpreterName: String, columns: [String], caseFilter: [String],
                tiers: [String] = MatrixTier.all, results: [CaseResult]) {
        self.interpreterName = interpreterName
        self.columns = columns
        self.caseFilter = caseFilter
        self.tiers = tiers
        self.results = results
    }

    /// Every column that appears in the results, header columns first.
    var shownColumns: [String] {
        let present = Set(results.map(\.column))
        return (columns + [MatrixCase.binaryColumn]).filter(present.contains)
    }

    /// The tiers that have results, in report order.
    var shownTiers: [String] {
        let present = Set(results.map(\.tier))
        return (MatrixTier.all + present.sorted()).reduce(into: [String]()) { acc, t in
            if present.contains(t) && !acc.contains(t) { acc.append(t) }
        }
    }

    /// Result counts per tier and state (states with no result anywhere are left out).
    public func countsByTier() -> [String: [String: Int]] {
        var counts: [String: [String: Int]] = [:]
        for r in results {
            counts[r.tier, default: [:]][r.state.rawValue, default: 0] += 1
        }
        return counts
    }

    /// The table `tier | pass | fail | ... | total` with one row per tier and a total row,
    /// as Markdown (`markdown: true`) or aligned plain text.
    public func countsTable(markdown: Bool) -> String {
        let states = CaseState.allCases.filter { st in results.contains { $0.state == st } }
        let counts = countsByTier()
        let header = ["tier"] + states.map(\.rawValue) + ["total"]
        var rows: [[String]] = []
        for tier in shownTiers {
            let c = counts[tier] ?? [:]
            rows.append([tier] + states.map { String(c[$0.rawValue] ?? 0) }
                        + [String(c.values.reduce(0, +))])
        }
        rows.append(["all"] + states.map { String(count($0)) } + [String(results.count)])
        if markdown {
            var lines = ["| " + header.joined(separator: " | ") + " |",
                         "|---|" + header.dropFirst().map { _ in "---:" }.joined(separator: "|") + "|"]
            lines += rows.map { "| " + $0.joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n")
        }
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func render(_ row: [String]) -> String {
            row.enumerated().map { i, cell in
                i == 0 ? cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                       : String(repeating: " ", count: widths[i] - cell.count) + cell
            }.joined(separator: "  ")
        }
        return ([render(header)] + rows.map(render)).joined(separator: "\n")
    }

    public func count(_ state: CaseState) -> Int {
        results.filter { $0.state == state }.count
    }

    /// Failures of every kind: fail, crash, load error, timeout, build error.
    public var failureCount: Int {
        results.filter { $0.state.isFailure }.count
    }

    /// 0 when every case passed, xfailed or was skipped (and at least one ran), else 1.
    public var exitCode: Int32 {
        let ran = results.filter { $0.state != .skipped }.count
        return failureCount == 0 && ran > 0 ? 0 : 1
    }

    /// `N passed, N failed` and, when not zero, the xfail, xpass and skipped counts.
    /// "failed" counts every failure state; the table tells them apart.
    public var summaryLine: String {
        var parts = ["\(count(.pass) + count(.xpass)) passed", "\(failureCount) failed"]
        if count(.xfail) > 0 { parts.append("\(count(.xfail)) xfailed") }
        if count(.xpass) > 0 { parts.append("\(count(.xpass)) xpassed") }
        if count(.skipped) > 0 { parts.append("\(count(.skipped)) skipped") }
        return parts.joined(separator: ", ")
    }

    // MARK: Console

    /// The table printed to stdout: `tier | case | column | state | detail`.
    public func consoleTable() -> String {
        let header = ["tier", "case", "column", "state", "detail"]
        let rows = results.map { [$0.tier, $0.caseName, $0.column, $0.state.rawValue, $0.detail] }
        var widths = header.map { $0.count }
        for row in rows {
            for i in 0..<4 { widths[i] = max(widths[i], row[i].count) }
        }
        func render(_ row: [String]) -> String {
            var cells: [String] = []
            for i in 0..<4 {
                cells.append(row[i].padding(toLength: widths[i], withPad: " ", startingAt: 0))
            }
            cells.append(row[4])
            return cells.joined(separator: " | ").trimmingCharacters(in: .whitespaces)
        }
        var lines = [render(header)]
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-"))
        lines += rows.map(render)
        return lines.joined(separator: "\n")
    }

    /// The diff excerpts of the failing results (not of xfails), for printing above the table.
    public func consoleDiffs() -> String {
        var blocks: [String] = []
        for r in results {
            guard let diff = r.diff, !diff.isEmpty, r.state.isFailure else { continue }
            blocks.append("--- \(r.caseName) [\(r.column)]: \(r.state.rawValue)\n"
                          + diff.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    // MARK: RESULTS.md

    /// Deterministic Markdown (no timestamps or durations), so that rerunning an unchanged
    /// matrix leaves the committed file unchanged.
    public func markdown() -> String {
        var md: [String] = []
        md.append("<!-- Generated by the Swallow compatibility-matrix runner (Sources/CompatMatrix,")
        md.append("     `swallow matrix`). Do not edit: rerun the matrix instead. -->")
        md.append("")
        md.append("# Compatibility matrix results")
        md.append("")
        md.append("Interpreter under test: `\(interpreterName)`. Expected outputs were recorded from CPython 3.11.")
        if !caseFilter.isEmpty {
            md.append("Partial run, cases matching: `\(caseFilter.joined(separator: "`, `"))`.")
        }
        md.append("")
        md.append("**\(summaryLine)**")
        md.append("")
        md.append("Selected tiers: \(tiers.map { "`\($0)`" }.joined(separator: ", ")). "
                  + "The page `results.html` beside this file has the same results, sortable and filterable.")
        md.append("")
        md.append("## Counts per tier and state")
        md.append("")
        md.append(countsTable(markdown: true))
        md.append("")
        md.append("## Cases")
        md.append("")
        let cols = shownColumns
        let withTests = results.contains { $0.packageTests != nil }
        md.append("| tier | case | " + cols.joined(separator: " | ") + (withTests ? " | own tests |" : " |"))
        md.append("|---|---|" + cols.map { _ in "---" }.joined(separator: "|") + (withTests ? "|---|" : "|"))
        var byCase: [String: [String: CaseResult]] = [:]
        var order: [String] = []
        for r in results {
            if byCase[r.caseName] == nil { order.append(r.caseName) }
            byCase[r.caseName, default: [:]][r.column] = r
        }
        for name in order {
            let row = byCase[name] ?? [:]
            let tier = row.values.first?.tier ?? ""
            let cells = cols.map { row[$0]?.state.rawValue ?? "" }
            var line = "| \(tier) | \(name) | " + cells.joined(separator: " | ") + " |"
            if withTests {
                line += " " + (row.values.compactMap { $0.packageTests?.summary }.first ?? "") + " |"
            }
            md.append(line)
        }
        let notable = results.filter { $0.state != .pass || ($0.packageTests.map { $0.status != "ran" } ?? false) }
        if !notable.isEmpty {
            md.append("")
            md.append("## Details")
            for r in notable {
                md.append("")
                md.append("- `\(r.caseName)` / `\(r.column)` (\(r.tier)): **\(r.state.rawValue)**: "
                          + MatrixReport.markdownInline(r.detail))
                if let t = r.packageTests {
                    md.append("  Own tests: \(t.summary): \(MatrixReport.markdownInline(t.detail))")
                }
                if let diff = r.diff, !diff.isEmpty, r.state != .skipped {
                    md.append("")
                    md.append("  ```diff")
                    md += diff.map { "  " + $0 }
                    md.append("  ```")
                }
            }
        }
        md.append("")
        return md.joined(separator: "\n")
    }

    private static func markdownInline(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    // MARK: results.json

    /// The schema is documented in `compat-matrix/README.md`; bump `schema` on changes.
    struct JSONDocument: Codable {
        var schema: Int
        var generator: String
        var generated: String
        var interpreter: String
        var filter: [String]
        var tiers: [String]
        var columns: [String]
        var summary: [String: Int]
        var counts: [String: [String: Int]]
        var results: [CaseResult]
    }

    public static let schemaVersion = 2

    public func json(generatedAt date: Date = Date()) throws -> Data {
        var summary: [String: Int] = ["total": results.count]
        for state in CaseState.allCases {
            summary[state.rawValue] = count(state)
        }
        let formatter = ISO8601DateFormatter()
        let doc = JSONDocument(schema: MatrixReport.schemaVersion,
                               generator: "Swallow compatibility-matrix runner (Sources/CompatMatrix)",
                               generated: formatter.string(from: date),
                               interpreter: interpreterName,
                               filter: caseFilter,
                               tiers: tiers,
                               columns: shownColumns,
                               summary: summary,
                               counts: countsByTier(),
                               results: results)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(doc)
        data.append(0x0A)
        return data
    }

    /// Writes `RESULTS.md`, `results.json` and `results.html` into `directory`, by default
    /// `<repoRoot>/compat-matrix/`.
    public func write(repoRoot: String, directory: String? = nil) throws {
        let dir = directory ?? (repoRoot as NSString).appendingPathComponent("compat-matrix")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let md = (dir as NSString).appendingPathComponent("RESULTS.md")
        let js = (dir as NSString).appendingPathComponent("results.json")
        let page = (dir as NSString).appendingPathComponent("results.html")
        let data = try json()
        try Data(markdown().utf8).write(to: URL(fileURLWithPath: md), options: .atomic)
        try data.write(to: URL(fileURLWithPath: js), options: .atomic)
        try Data(MatrixPage.html(json: data).utf8).write(to: URL(fileURLWithPath: page), options: .atomic)
    }
}
