import Foundation
import PyObjects
import PyCompiler
import PySyntax

/// Process-wide interpreter state.
public enum Runtime {
    /// The `builtins` module and its namespace.
    nonisolated(unsafe) public static var builtinsModule: PyModule!
    nonisolated(unsafe) public static var builtins: PyDict!
    /// The `sys` module.
    nonisolated(unsafe) public static var sys: PyModule!
    /// `sys.modules`.
    nonisolated(unsafe) public static var modules: PyDict!
    /// The exception being handled (`sys.exc_info()`), if any.
    nonisolated(unsafe) public static var handledException: PyBaseException?
    /// The frame currently executing, innermost.
    nonisolated(unsafe) static var currentFrame: Frame?
    nonisolated(unsafe) static var depth = 0
    nonisolated(unsafe) public static var recursionLimit = 1000
    /// Placeholder pushed by `loadMethod` when there is no receiver.
    static let null = PyObject(type: VMTypes.nullType)
    nonisolated(unsafe) private static var initialized = false

    /// Sets up builtins, `sys` and the hooks. Idempotent.
    public static func initialize(argv: [String] = [], path: [String] = []) {
        if initialized { return }
        initialized = true
        PyObjectHooks.hash = { try Ops.hash($0) }
        PyObjectHooks.equal = { try Ops.equal($0, $1) }
        BuiltinMethods.install()
        builtinsModule = PyModule(name: "builtins")
        builtins = builtinsModule.dict
        Builtins.install(into: builtins)
        modules = PyDict()
        sys = SysModule.make(argv: argv, path: path)
        Generators.installSys(sys.dict)
        modules.setItem(string: "builtins", builtinsModule)
        modules.setItem(string: "sys", sys)
        GCModule.register()
        StdlibModules.install(sys)
        // Collect on every call: a stress mode for testing the cycle collector's safety.
        if let v = ProcessInfo.processInfo.environment["SWALLOW_GC_STRESS"], !v.isEmpty {
            GCRegistry.threshold = 0
            GCRegistry.stress = true
        }
    }

    /// Below this depth the native stack is never short; above it `nativeStackExhausted`
    /// is consulted, so that a raised recursion limit ends in RecursionError, not a crash.
    static let deepNesting = 2000
    /// The lowest native stack address Python code may use on the interpreter thread
    /// (0: unknown, never checked).
    nonisolated(unsafe) static var nativeStackLimit: UInt = 0

    /// Records the interpreter thread's stack: `size` bytes below the caller's frame, less a
    /// margin for the native code that runs between two checks.
    static func recordNativeStack(size: Int) {
        var marker = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        nativeStackLimit = here - UInt(size) + UInt(min(size / 4, 64 << 20))
    }

    @inline(never)
    static func nativeStackExhausted() -> Bool {
        var marker = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } < nativeStackLimit
    }

    /// A level of native recursion with CPython's RecursionError message for it; the caller
    /// decrements `depth` when the level ends.
    static func enterRecursiveCall(_ context: String) throws {
        depth += 1
        if depth > recursionLimit || (depth > deepNesting && nativeStackExhausted()) {
            depth -= 1
            throw PythonError(PyExc.RecursionError, "maximum recursion depth exceeded" + context)
        }
    }

    /// Runs a module code object in `module`'s namespace.
    @discardableResult
    public static func runModuleCode(_ code: CodeObject, in module: PyModule) throws -> PyObject {
        let globals = module.dict
        if globals.getItem(string: "__builtins__") == nil {
            globals.setItem(string: "__builtins__", builtinsModule)
        }
        let frame = Frame(code: code, globals: globals, builtins: builtins, locals: globals)
        defer {
            if Generators.hasPendingFinalizers { Generators.runPendingFinalizers() }
            if TypeObjects.hasPendingFinalizers { TypeObjects.runPendingFinalizers() }
        }
        return try Interpreter.run(frame)
    }

    /// Compiles and runs `source` as module `name` (registered in `sys.modules` first).
    /// Throws `PythonError` (a `SyntaxError` for bad source).
    @discardableResult
    public static func exec(source: [UInt8], filename: String, module: PyModule) throws -> PyObject {
        let code = try compile(source: source, filename: filename)
        return try runModuleCode(code, in: module)
    }

    /// Parses and compiles, turning a front-end error into a Python `SyntaxError`.
    public static func compile(source: [UInt8], filename: String) throws -> CodeObject {
        do {
            return try compileSource(source, filename: filename)
        } catch let info as SyntaxErrorInfo {
            throw PythonError(Errors.syntaxError(info))
        }
    }
}
