import PyObjects
import PyCompiler

/// `code.replace(**changes)`: a copy of a code object with some `co_*` fields changed. The
/// fields that describe the code rather than its instructions can change (names, file, first
/// line, flags); `types.coroutine` sets CO_ITERABLE_COROUTINE (0x100) this way, and
/// `await` then accepts the generator (Generators.awaitable).
enum CodeReplace {
    static let iterableCoroutine: Int32 = 0x100

    static func install() {
        guard PyTypes.code.dict.getItem(string: "replace") == nil else { return }
        BuiltinMethods.def(PyTypes.code, "replace") { o, a, k in
            guard let c = o as? CodeObject else { throw PythonError(PyExc.TypeError, "replace() needs a code object") }
            if !a.isEmpty { throw PythonError(PyExc.TypeError, "replace() takes no positional arguments") }
            var name = c.name, qualname = c.qualname, filename = c.filename, first = c.firstLineno
            var flags = Int(c.flags.rawValue) & ~0x40 | Int(c.futureFlags)
            for (key, v) in k {
                switch key {
                case "co_name": name = try ModArgs.str(v, "replace", "argument 'co_name'")
                case "co_qualname": qualname = try ModArgs.str(v, "replace", "argument 'co_qualname'")
                case "co_filename": filename = try ModArgs.str(v, "replace", "argument 'co_filename'")
                case "co_firstlineno": first = try Ops.indexInt(v)
                case "co_flags": flags = try Ops.indexInt(v)
                case "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_argcount",
                     "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_linetable",
                     "co_exceptiontable":
                    throw PythonError(PyExc.ValueError, "code.replace(\(key)=...) is not supported by Swallow")
                default:
                    throw PythonError(PyExc.TypeError, "'\(key)' is an invalid keyword argument for replace()")
                }
            }
            // The VM's own bits (generator, coroutine, varargs...) stay; 0x40 is its fast-path marker.
            let vmBits = Int32(truncatingIfNeeded: flags) & 0x2ff
            let copy = CodeObject(name: name, qualname: qualname, filename: filename, firstLineno: first,
                                  argcount: c.argcount, posonlyargcount: c.posonlyargcount, kwonlyargcount: c.kwonlyargcount,
                                  flags: CodeObject.Flags(rawValue: vmBits & ~iterableCoroutine | (c.flags.rawValue & 0x40)),
                                  varnames: c.varnames, names: c.names, consts: c.consts, cellvars: c.cellvars,
                                  freevars: c.freevars, cellToArg: c.cellToArg, instructions: c.instructions,
                                  lines: c.lines, docstring: c.docstring)
            copy.positions = c.positions
            copy.futureFlags = Int32(truncatingIfNeeded: flags) & ~0x2ff | (Int32(truncatingIfNeeded: flags) & iterableCoroutine)
            return copy
        }
    }
}
