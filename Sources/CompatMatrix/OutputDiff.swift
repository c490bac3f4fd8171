import Foundation

/// Compares actual stdout with the expected stdout line by line and renders the differing
/// region the way a unified diff does: the common prefix and suffix are trimmed, the
/// changed middle is shown as `-expected` / `+actual` lines with a little context.
struct OutputDiff {
    /// 1-based number of the first line that differs; nil when the outputs are equal.
    var firstDifferingLine: Int?
    /// How many expected lines were matched before the first difference.
    var matchedLines: Int
    var expectedLineCount: Int
    /// The rendered excerpt; empty when equal.
    var excerpt: [String]
    /// One line for the table: where the outputs part ways.
    var summary: String

    static let contextLines = 2
    static let maxLinesPerSide = 8
    static let maxShownLineLength = 160

    init(expected: Data, actual: Data) {
        let exp = OutputDiff.lines(expected)
        let act = OutputDiff.lines(actual)
        expectedLineCount = exp.count
        var prefix = 0
        while prefix < exp.count, prefix < act.count, exp[prefix] == act[prefix] {
            prefix += 1
        }
        matchedLines = prefix
        if prefix == exp.count && prefix == act.count {
            firstDifferingLine = nil
            excerpt = []
            summary = ""
            return
        }
        var suffix = 0
        while suffix < exp.count - prefix, suffix < act.count - prefix,
              exp[exp.count - 1 - suffix] == act[act.count - 1 - suffix] {
            suffix += 1
        }
        let expMiddle = Array(exp[prefix..<(exp.count - suffix)])
        let actMiddle = Array(act[prefix..<(act.count - suffix)])
        firstDifferingLine = prefix + 1

        var out: [String] = []
        let contextStart = max(0, prefix - OutputDiff.contextLines)
        out.append("@@ -\(contextStart + 1),\(prefix - contextStart + expMiddle.count)"
                   + " +\(contextStart + 1),\(prefix - contextStart + actMiddle.count) @@")
        for line in exp[contextStart..<prefix] {
            out.append(" " + OutputDiff.shown(line))
        }
        OutputDiff.appendSide(&out, marker: "-", lines: expMiddle)
        OutputDiff.appendSide(&out, marker: "+", lines: actMiddle)
        let after = exp.count - suffix
        for line in exp[after..<min(exp.count, after + OutputDiff.contextLines)] {
            out.append(" " + OutputDiff.shown(line))
        }
        excerpt = out

        let line = prefix + 1
        switch (expMiddle.first, actMiddle.first) {
        case let (e?, a?):
            summary = "line \(line): expected \(OutputDiff.quoted(e)), got \(OutputDiff.quoted(a))"
        case let (e?, nil):
            summary = "output ends early: line \(line) should be \(OutputDiff.quoted(e))"
        case let (nil, a?):
            summary = "extra output from line \(line): \(OutputDiff.quoted(a))"
        case (nil, nil):
            summary = "outputs differ at line \(line)"
        }
    }

    /// Splits on "\n"; a final newline does not start another line, but its absence is
    /// visible, because the last line then carries a marker.
    static func lines(_ data: Data) -> [String] {
        let text = String(decoding: data, as: UTF8.self)
        if text.isEmpty { return [] }
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" {
            parts.removeLast()
        } else {
            parts[parts.count - 1] += " \\ (no newline at end)"
        }
        return parts
    }

    private static func appendSide(_ out: inout [String], marker: String, lines: [String]) {
        for line in lines.prefix(maxLinesPerSide) {
            out.append(marker + shown(line))
        }
        if lines.count > maxLinesPerSide {
            out.append(marker + "... \(lines.count - maxLinesPerSide) more line(s)")
        }
    }

    private static func shown(_ line: String) -> String {
        line.count <= maxShownLineLength ? line : String(line.prefix(maxShownLineLength)) + "..."
    }

    private static func quoted(_ line: String) -> String {
        let short = line.count <= 60 ? line : String(line.prefix(60)) + "..."
        return "'" + short + "'"
    }
}
