/// The Python side of Swallow's crash reports (`PyInspect.CrashReporter`).
extension Runtime {
    /// The frames executing now as a traceback ("most recent call last"), or "" when no
    /// Python code runs. Called from a fatal-signal handler: it only reads the frame chain
    /// (and source files for the lines), never runs Python code.
    public static func currentTracebackText() -> String {
        var frames: [Frame] = []
        var f = currentFrame
        while let frame = f, frames.count < 100 {
            frames.append(frame)
            f = frame.back
        }
        guard !frames.isEmpty else { return "" }
        var out = "Traceback (most recent call last):\n"
        for frame in frames.reversed() {
            let line = frame.currentLine
            out += "  File \"\(frame.code.filename)\", line \(line), in \(frame.code.name)\n"
            if let text = Traceback.line(frame.code.filename, line) {
                out += "    " + text.drop(while: { $0 == " " || $0 == "\t" }) + "\n"
            }
        }
        return out
    }
}
