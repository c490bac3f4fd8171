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
        SREModule.register()
        modules.setItem(string: "builtins", builtinsModule)
        modules.setItem(string: "sys", sys)
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
