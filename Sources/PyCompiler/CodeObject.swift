import PyObjects

/// A compiled code unit (module, function, class body, lambda or comprehension): `code` objects.
public final class CodeObject: PyObject {
    public struct Flags: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }
        /// Locals live in the fast array (functions, lambdas, comprehensions).
        public static let optimized = Flags(rawValue: 0x1)
        /// A fresh locals namespace is used (functions).
        public static let newLocals = Flags(rawValue: 0x2)
        public static let varargs = Flags(rawValue: 0x4)
        public static let varkeywords = Flags(rawValue: 0x8)
        public static let nested = Flags(rawValue: 0x10)
        public static let generator = Flags(rawValue: 0x20)
        public static let noFree = Flags(rawValue: 0x40)
        /// `async def` (and async comprehensions other than generator expressions).
        public static let coroutine = Flags(rawValue: 0x80)
        /// `async def` containing `yield`, and async generator expressions.
        public static let asyncGenerator = Flags(rawValue: 0x200)
    }

    public let name: String
    public let qualname: String
    public let filename: String
    public let firstLineno: Int
    public let argcount: Int
    public let posonlyargcount: Int
    public let kwonlyargcount: Int
    public let flags: Flags
    /// Local variable names; parameters come first (positional, keyword-only, *args, **kwargs).
    public let varnames: [String]
    /// Global, attribute and namespace names used by name-indexed instructions.
    public let names: [String]
    /// The same names interned as Python strings (for dictionary lookups without allocation).
    public let pyNames: [PyStr]
    public let consts: [PyObject]
    public let cellvars: [String]
    public let freevars: [String]
    /// For each cell variable, the index of the parameter it shadows, or -1.
    public let cellToArg: [Int]
    public var instructions: [Instruction]
    /// The source line of each instruction (same length as `instructions`).
    public let lines: [Int32]
    /// The docstring, if the body starts with one.
    public let docstring: String?
    /// The source range of each instruction (for tracebacks' caret lines); may be empty.
    public var positions: [CodePosition] = []
    /// The `__future__` features the code was compiled with (CPython's CO_FUTURE_* bits of
    /// `co_flags`; kept apart from `flags`, which the VM reads on every call).
    public var futureFlags: Int32 = 0
    public static let futureAnnotationsFlag: Int32 = 0x1000000
    /// `LOAD_GLOBAL`'s inline cache, one slot per name: the value found when the globals and
    /// builtins dicts had the recorded versions (dict versions are globally unique, so equal
    /// versions mean unchanged dicts).
    public var globalCache: [GlobalCacheEntry] = []

    public init(name: String, qualname: String, filename: String, firstLineno: Int, argcount: Int,
                posonlyargcount: Int, kwonlyargcount: Int, flags: Flags, varnames: [String],
                names: [String], consts: [PyObject], cellvars: [String], freevars: [String],
                cellToArg: [Int], instructions: [Instruction], lines: [Int32], docstring: String?) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLineno = firstLineno
        self.argcount = argcount
        self.posonlyargcount = posonlyargcount
        self.kwonlyargcount = kwonlyargcount
        self.flags = flags
        self.varnames = varnames
        self.names = names
        self.pyNames = names.map { PyStr.intern($0) }
        self.consts = consts
        self.cellvars = cellvars
        self.freevars = freevars
        self.cellToArg = cellToArg
        self.instructions = instructions
        self.lines = lines
        self.docstring = docstring
        self.globalCache = [GlobalCacheEntry](repeating: GlobalCacheEntry(), count: names.count)
        super.init(type: PyTypes.code)
    }

    /// The number of parameters including `*args` and `**kwargs`.
    public var totalArgCount: Int {
        argcount + kwonlyargcount + (flags.contains(.varargs) ? 1 : 0) + (flags.contains(.varkeywords) ? 1 : 0)
    }

    /// The source line of instruction `index` (0 when unknown).
    public func line(at index: Int) -> Int {
        index >= 0 && index < lines.count ? Int(lines[index]) : firstLineno
    }

    /// A readable listing, for debugging (`swallow --dis`).
    public func disassemble() -> String {
        var out = "code \(qualname) (\(filename):\(firstLineno))\n"
        for (i, ins) in instructions.enumerated() {
            var extra = ""
            switch ins.opcode {
            case .loadConst: extra = " (\(consts[Int(ins.arg)]))"
            case .loadFast, .storeFast, .deleteFast: extra = " (\(varnames[Int(ins.arg)]))"
            case .loadGlobal, .storeGlobal, .deleteGlobal, .loadName, .storeName, .deleteName,
                 .loadAttr, .storeAttr, .deleteAttr, .loadMethod, .importName, .importFrom:
                extra = " (\(names[Int(ins.arg)]))"
            default: break
            }
            out += "  \(lines[i])\t\(i)\t\(ins.opcode) \(ins.arg)\(extra)\n"
        }
        for c in consts { if let code = c as? CodeObject { out += code.disassemble() } }
        return out
    }
}

/// The source range an instruction came from: 1-based lines, 0-based UTF-8 byte columns.
public struct CodePosition: Sendable {
    public var line: Int32
    public var endLine: Int32
    public var col: Int32
    public var endCol: Int32
    public init(line: Int32, endLine: Int32, col: Int32, endCol: Int32) {
        self.line = line; self.endLine = endLine; self.col = col; self.endCol = endCol
    }
}

/// One `LOAD_GLOBAL` cache slot (see `CodeObject.globalCache`).
public struct GlobalCacheEntry {
    public var globalsVersion: UInt64 = 0
    public var builtinsVersion: UInt64 = 0
    /// Not retained: while both versions match, the dict that holds it is unchanged.
    public unowned(unsafe) var value: PyObject?
    public init(globalsVersion: UInt64 = 0, builtinsVersion: UInt64 = 0, value: PyObject? = nil) {
        self.globalsVersion = globalsVersion
        self.builtinsVersion = builtinsVersion
        self.value = value
    }
}
