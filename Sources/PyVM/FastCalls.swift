import PyObjects
import PyCompiler

extension Calls {
    /// Code flags that a plain call may have; any other flag (varargs, varkeywords, generator,
    /// coroutine…) needs the general binding in `callFunction`.
    static let plainCallFlags: Int32 = CodeObject.Flags([.optimized, .newLocals, .nested, .noFree]).rawValue

    /// A fresh frame for calling `callable` with exactly `argc` positional arguments when it is
    /// a plain Python function (exactly `argc` positional parameters, no keyword-only ones,
    /// no cells, not a generator): the eval loop then moves the arguments straight from its
    /// value stack into the frame's locals, with no argument array and no binding logic.
    @inline(__always)
    static func plainFrame(_ callable: PyObject, argc: Int, functionType: UInt) -> Frame? {
        guard FastPaths.bits(callable.type) == functionType else { return nil }
        let fn = unsafeDowncast(callable, to: PyFunction.self)
        let code = fn.code
        guard code.argcount == argc, code.kwonlyargcount == 0,
              code.flags.rawValue & ~plainCallFlags == 0, code.flags.contains(.noFree) else { return nil }
        return Frame(code: code, globals: fn.globals, builtins: Runtime.builtins, locals: nil)
    }
}
