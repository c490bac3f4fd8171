/// An error that stops the whole run before any case runs (bad repo root, interpreter).
struct MatrixError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
