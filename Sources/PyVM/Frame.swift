import PyObjects
import PyCompiler

/// An execution frame: one activation of a code object.
///
/// The value stack and block stack live here between runs only for generators; while the
/// frame executes, the eval loop keeps them in locals.
public final class Frame {
    struct Block {
        /// A `setupExcept` block: on an exception jump to `handler` with the stack cut to `level`.
        static let setup: UInt8 = 0
        /// An active except handler: leaving it restores `previous` as the handled exception.
        static let handling: UInt8 = 1
        var kind: UInt8
        var handler: Int32
        var level: Int32
        var previous: PyBaseException?
    }

    public let code: CodeObject
    public let globals: PyDict
    public let builtins: PyDict
    /// The namespace of module and class bodies; nil for functions.
    public let locals: PyDict?
    var fast: [PyObject?]
    var cells: [PyCell]
    var stack: [PyObject] = []
    var blocks: [Block] = []
    var pc = 0
    /// The instruction being executed (for line numbers).
    var lastInstruction = 0
    weak var back: Frame?

    init(code: CodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        self.locals = locals
        self.fast = [PyObject?](repeating: nil, count: code.varnames.count)
        self.cells = []
    }

    public var currentLine: Int { code.line(at: lastInstruction) }
}
