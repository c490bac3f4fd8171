import PyObjects
import PyCompiler

/// An execution frame: one activation of a code object.
///
/// The value stack lives here between runs only for generators; while the frame executes,
/// the eval loop keeps it in a local.
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
    /// Fast locals (parameters first), in a buffer this frame owns.
    let fast: FastLocals
    var cells: [PyCell]
    /// A suspended generator's value stack, handed back to the eval loop when it resumes.
    var savedStack: ValueStack?
    var blocks: [Block] = []
    var pc = 0
    /// Set by a generator's `throw`/`close`: raised at the suspension point when it resumes.
    var pendingThrow: PyBaseException?
    /// The instruction being executed (for line numbers).
    var lastInstruction = 0
    /// The calling frame while this one runs (nil otherwise). Not retained: the caller is
    /// suspended in `Interpreter.run` below this frame, and `run` clears it on exit. A weak
    /// reference here gave every frame a side table and slow reference counting.
    unowned(unsafe) var back: Frame?
    /// The Python-visible frame object while one exists (`sys._getframe` returns the same one
    /// each time). Not retained, and no weak-reference cost on every call: the frame object
    /// refers to this frame and clears the field in its deinit.
    unowned(unsafe) var frameObject: PyFrameObject?
    /// What `locals()` returns in a function: one dict per frame, refreshed from the fast
    /// locals at each call (names exec() added to it stay, as in CPython 3.11).
    var localsSnapshot: PyDict?

    init(code: CodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        self.locals = locals
        self.fast = FastLocals(count: code.varnames.count)
        self.cells = []
    }

    deinit {
        if var s = savedStack { s.destroy() }
        fast.destroy()
    }

    public var currentLine: Int { code.line(at: lastInstruction) }
}

/// A frame's fast locals: a fixed-size buffer of optional references. Setting through a `let`
/// copy is fine (`nonmutating`), so the eval loop's stores need no uniqueness checks. The
/// owning frame calls `destroy()` in its deinit.
struct FastLocals {
    let base: UnsafeMutablePointer<PyObject?>
    let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<PyObject?>.allocate(capacity: Swift.max(count, 1))
        base.initialize(repeating: nil, count: count)
    }

    func destroy() {
        // Element by element: `deinitialize(count:)` goes through generic value witnesses.
        for i in 0..<count { base[i] = nil }
        base.deallocate()
    }

    @inline(__always) subscript(i: Int) -> PyObject? {
        get {
            precondition(i >= 0 && i < count, "fast local index out of range")
            return base[i]
        }
        nonmutating set {
            precondition(i >= 0 && i < count, "fast local index out of range")
            base[i] = newValue
        }
    }
}
