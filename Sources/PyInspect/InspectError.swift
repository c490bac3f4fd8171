/// A problem with one input: the report names it and goes on with the others.
public struct InspectError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A short machine-readable class: `unreadable`, `not-elf`, `truncated`, `corrupt`,
    /// `wrong-class`, `wrong-arch`, `not-shared-object`, `not-zip`, `bad-zip`, `no-extension`,
    /// `not-found`, `usage`.
    public var kind: String
    public var message: String

    public init(_ kind: String, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
