import PyObjects
import PyCompiler

/// ExceptionGroup support and the `except*` instructions.
enum ExceptionGroups {
    static func execute(_ ins: Instruction, _ stack: inout ValueStack) throws {
        preconditionFailure("except* not implemented yet")
    }
}
