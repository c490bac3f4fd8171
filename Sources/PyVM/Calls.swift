import PyObjects
import PyCompiler

/// Calling Python functions: binding arguments to parameters with CPython's error messages.
enum Calls {
    static func callFunction(_ fn: PyFunction, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject {
        let code = fn.code
        let frame = Frame(code: code, globals: fn.globals, builtins: Runtime.builtins, locals: nil)
        if kwargs.isEmpty && args.count == code.argcount && code.kwonlyargcount == 0
            && !code.flags.contains(.varargs) && !code.flags.contains(.varkeywords) {
            for i in 0..<args.count { frame.fast[i] = args[i] }
        } else {
            try bind(fn, frame, args, kwargs)
        }
        if !code.flags.contains(.noFree) {
            var cells: [PyCell] = []
            cells.reserveCapacity(code.cellvars.count + code.freevars.count)
            for (i, _) in code.cellvars.enumerated() {
                let a = code.cellToArg[i]
                cells.append(PyCell(a >= 0 ? frame.fast[a] : nil))
            }
            cells.append(contentsOf: fn.closure)
            frame.cells = cells
        }
        if !code.flags.isDisjoint(with: [.generator, .coroutine, .asyncGenerator]) {
            let kind: PyGenerator.Kind = code.flags.contains(.generator) ? .generator
                : code.flags.contains(.coroutine) ? .coroutine : .asyncGenerator
            return PyGenerator(frame: frame, kind: kind, name: fn.name, qualname: fn.qualname)
        }
        return try Interpreter.run(frame)
    }

    static func list(_ names: [String]) -> String {
        let q = names.map { "'\($0)'" }
        switch q.count {
        case 1: return q[0]
        case 2: return q[0] + " and " + q[1]
        default: return q.dropLast().joined(separator: ", ") + ", and " + q.last!
        }
    }

    static func bind(_ fn: PyFunction, _ frame: Frame, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws {
        let code = fn.code
        let n = code.argcount
        let posonly = code.posonlyargcount
        let kwonly = code.kwonlyargcount
        let name = fn.qualname
        let names = code.varnames
        let npos = min(args.count, n)
        for i in 0..<npos { frame.fast[i] = args[i] }
        var extra = n + kwonly
        if code.flags.contains(.varargs) {
            frame.fast[extra] = args.count > n ? PyTuple(Array(args[n...])) : PyTuple.empty
            extra += 1
        }
        var kwdict: PyDict?
        if code.flags.contains(.varkeywords) {
            kwdict = PyDict()
            frame.fast[extra] = kwdict
        }
        var posonlyAsKw: [String] = []
        for (k, v) in kwargs {
            var slot = -1
            for j in posonly..<(n + kwonly) where names[j] == k { slot = j; break }
            if slot >= 0 {
                if frame.fast[slot] != nil {
                    throw PythonError(PyExc.TypeError, "\(name)() got multiple values for argument '\(k)'")
                }
                frame.fast[slot] = v
            } else if let d = kwdict {
                try d.set(PyStr(k), v)
            } else if names[0..<posonly].contains(k) {
                posonlyAsKw.append(k)
            } else {
                throw PythonError(PyExc.TypeError, "\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        if !posonlyAsKw.isEmpty {
            throw PythonError(PyExc.TypeError,
                "\(name)() got some positional-only arguments passed as keyword arguments: '\(posonlyAsKw.joined(separator: ", "))'")
        }
        if args.count > n && !code.flags.contains(.varargs) {
            let ndef = fn.defaults.count
            let takes: String
            if ndef > 0 {
                takes = "from \(n - ndef) to \(n) positional arguments"
            } else {
                takes = "\(n) positional argument\(n == 1 ? "" : "s")"
            }
            var kwGiven = 0
            for j in n..<(n + kwonly) where frame.fast[j] != nil { kwGiven += 1 }
            let given: String
            if kwGiven > 0 {
                given = "\(args.count) positional argument\(args.count == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given"
            } else {
                given = "\(args.count) \(args.count == 1 ? "was" : "were") given"
            }
            throw PythonError(PyExc.TypeError, "\(name)() takes \(takes) but \(given)")
        }
        let ndef = fn.defaults.count
        var missing: [String] = []
        for i in npos..<n where frame.fast[i] == nil {
            if i >= n - ndef { frame.fast[i] = fn.defaults[i - (n - ndef)] } else { missing.append(names[i]) }
        }
        if !missing.isEmpty {
            throw PythonError(PyExc.TypeError,
                "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list(missing))")
        }
        if kwonly > 0 {
            var missingKw: [String] = []
            for i in n..<(n + kwonly) where frame.fast[i] == nil {
                if let d = fn.kwdefaults, let v = d.getItem(string: names[i]) { frame.fast[i] = v } else { missingKw.append(names[i]) }
            }
            if !missingKw.isEmpty {
                throw PythonError(PyExc.TypeError,
                    "\(name)() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(list(missingKw))")
            }
        }
    }
}

/// Argument checking for builtin functions written in Swift.
public struct Args {
    public let fname: String
    public let args: [PyObject]
    public let kwargs: [(String, PyObject)]

    public init(_ fname: String, _ args: [PyObject], _ kwargs: [(String, PyObject)]) {
        self.fname = fname
        self.args = args
        self.kwargs = kwargs
    }

    /// Requires between `min` and `max` positional arguments and no keywords (unless allowed).
    public func check(min: Int, max: Int, keywords: [String] = []) throws {
        for (k, _) in kwargs where !keywords.contains(k) {
            if keywords.isEmpty {
                throw PythonError(PyExc.TypeError, "\(fname)() takes no keyword arguments")
            }
            throw PythonError(PyExc.TypeError, "'\(k)' is an invalid keyword argument for \(fname)()")
        }
        if args.count < min || args.count > max {
            if min == max {
                if min == 0 {
                    throw PythonError(PyExc.TypeError, "\(fname)() takes no arguments (\(args.count) given)")
                }
                if min == 1 {
                    throw PythonError(PyExc.TypeError, "\(fname)() takes exactly one argument (\(args.count) given)")
                }
                throw PythonError(PyExc.TypeError, "\(fname) expected \(min) arguments, got \(args.count)")
            }
            if args.count < min {
                throw PythonError(PyExc.TypeError, "\(fname) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(args.count)")
            }
            throw PythonError(PyExc.TypeError, "\(fname) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(args.count)")
        }
    }

    public func keyword(_ name: String) -> PyObject? {
        kwargs.first { $0.0 == name }?.1
    }

    public subscript(_ i: Int) -> PyObject? { i < args.count ? args[i] : nil }
}
