import PyObjects
import PyCompiler
import PySyntax
import BigInt
import Foundation

/// The functions of the `builtins` module.
enum Builtins {
    static func fn(_ d: PyDict, _ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        let f = PyBuiltinFunction(name: name, boundSelf: nil, body: body)
        f.moduleName = "builtins"
        d.setItem(string: name, f)
    }

    static func install(into d: PyDict) {
        d.setItem(string: "__name__", PyStr("builtins"))
        d.setItem(string: "__doc__", pyNone)
        d.setItem(string: "None", pyNone)
        d.setItem(string: "True", pyTrue)
        d.setItem(string: "False", pyFalse)
        d.setItem(string: "Ellipsis", PyEllipsis.shared)
        d.setItem(string: "NotImplemented", PyNotImplemented.shared)
        d.setItem(string: "__debug__", pyTrue)
        Generators.installBuiltins(into: d)
        for t in [PyTypes.object, PyTypes.type, PyTypes.int, PyTypes.bool, PyTypes.float, PyTypes.complex, PyTypes.str,
                  PyTypes.bytes, PyTypes.bytearray, PyTypes.tuple, PyTypes.list, PyTypes.dict, PyTypes.set,
                  PyTypes.frozenset, PyTypes.slice, PyTypes.range, PyTypes.property, PyTypes.staticmethod,
                  PyTypes.classmethod, VMTypes.superType, VMTypes.enumerate, VMTypes.zip, VMTypes.map, VMTypes.filter,
                  VMTypes.reversed] {
            d.setItem(string: t.name, t)
        }
        d.setItem(string: "memoryview", MemoryViews.type)
        for t in PyExc.all { d.setItem(string: t.name, t) }
        d.setItem(string: "EnvironmentError", PyExc.OSError)
        d.setItem(string: "IOError", PyExc.OSError)

        fn(d, "__build_class__") { a, k in try Classes.buildClass(a, k) }
        fn(d, "print", print)
        fn(d, "len") { a, k in
            try Args("len", a, k).check(min: 1, max: 1)
            return PyInt.make(try Ops.len(a[0]))
        }
        fn(d, "repr") { a, k in
            try Args("repr", a, k).check(min: 1, max: 1)
            return try Ops.repr(a[0])
        }
        fn(d, "ascii") { a, k in
            try Args("ascii", a, k).check(min: 1, max: 1)
            return PyStr(Repr.ascii(try Ops.repr(a[0]).value))
        }
        fn(d, "isinstance") { a, k in
            try Args("isinstance", a, k).check(min: 2, max: 2)
            return pyBool(try Ops.isInstance(a[0], a[1]))
        }
        fn(d, "issubclass") { a, k in
            try Args("issubclass", a, k).check(min: 2, max: 2)
            return pyBool(try Ops.isSubclass(a[0], a[1]))
        }
        fn(d, "hash") { a, k in
            try Args("hash", a, k).check(min: 1, max: 1)
            return PyInt.make(try Ops.hash(a[0]))
        }
        fn(d, "id") { a, k in
            try Args("id", a, k).check(min: 1, max: 1)
            return PyInt.make(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(a[0]))))
        }
        fn(d, "iter") { a, k in
            try Args("iter", a, k).check(min: 1, max: 2)
            if a.count == 2 {
                let f = a[0], sentinel = a[1]
                if !Ops.isCallable(f) { throw PythonError(PyExc.TypeError, "iter(v, w): v must be callable") }
                var done = false
                return PyNativeIterator(type: VMTypes.callableIterator) {
                    if done { return nil }
                    let v = try Ops.call(f, args: [])
                    if try Ops.equal(v, sentinel) { done = true; return nil }
                    return v
                }
            }
            return try Ops.iter(a[0])
        }
        fn(d, "next") { a, k in
            try Args("next", a, k).check(min: 1, max: 2)
            let it = a[0]
            if !(it is PyNativeIterator || it is PyGenerator || it.type.lookup("__next__") != nil) {
                throw PythonError(PyExc.TypeError, "'\(it.type.name)' object is not an iterator")
            }
            Generators.lastReturnValue = nil
            if let v = try Ops.next(it) { return v }
            if a.count == 2 { return a[1] }
            let ret = Generators.lastReturnValue
            Generators.lastReturnValue = nil
            throw PythonError(PyExc.StopIteration, args: ret.map { [$0] } ?? [])
        }
        fn(d, "getattr") { a, k in
            try Args("getattr", a, k).check(min: 2, max: 3)
            guard let name = a[1] as? PyStr else {
                throw PythonError(PyExc.TypeError, "attribute name must be string, not '\(a[1].type.name)'")
            }
            if a.count == 3 {
                do {
                    if let v = try Ops.getAttrOptional(a[0], name) { return v }
                } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.AttributeError) {}
                return a[2]
            }
            return try Ops.getAttr(a[0], name)
        }
        fn(d, "setattr") { a, k in
            try Args("setattr", a, k).check(min: 3, max: 3)
            guard let name = a[1] as? PyStr else {
                throw PythonError(PyExc.TypeError, "attribute name must be string, not '\(a[1].type.name)'")
            }
            try Ops.setAttr(a[0], name, a[2])
            return pyNone
        }
        fn(d, "delattr") { a, k in
            try Args("delattr", a, k).check(min: 2, max: 2)
            guard let name = a[1] as? PyStr else {
                throw PythonError(PyExc.TypeError, "attribute name must be string, not '\(a[1].type.name)'")
            }
            try Ops.delAttr(a[0], name)
            return pyNone
        }
        fn(d, "hasattr") { a, k in
            try Args("hasattr", a, k).check(min: 2, max: 2)
            guard let name = a[1] as? PyStr else {
                throw PythonError(PyExc.TypeError, "attribute name must be string, not '\(a[1].type.name)'")
            }
            do {
                return pyBool(try Ops.getAttrOptional(a[0], name) != nil)
            } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.AttributeError) {
                return pyFalse
            }
        }
        fn(d, "callable") { a, k in
            try Args("callable", a, k).check(min: 1, max: 1)
            return pyBool(Ops.isCallable(a[0]))
        }
        fn(d, "chr") { a, k in
            try Args("chr", a, k).check(min: 1, max: 1)
            guard let i = a[0] as? PyInt else {
                throw PythonError(PyExc.TypeError, "'\(a[0].type.name)' object cannot be interpreted as an integer")
            }
            guard let v = i.intValue, v >= 0, v < 0x110000 else {
                throw PythonError(PyExc.ValueError, "chr() arg not in range(0x110000)")
            }
            guard let u = Unicode.Scalar(UInt32(v)) else { return PyStr("\u{FFFD}") }
            return PyStr(String(u))
        }
        fn(d, "ord") { a, k in
            try Args("ord", a, k).check(min: 1, max: 1)
            if let s = a[0] as? PyStr {
                let sc = s.scalars
                guard sc.count == 1 else {
                    throw PythonError(PyExc.TypeError, "ord() expected a character, but string of length \(sc.count) found")
                }
                return PyInt.make(Int(sc[0].value))
            }
            if let b = a[0] as? PyBytes {
                guard b.value.count == 1 else {
                    throw PythonError(PyExc.TypeError, "ord() expected a character, but string of length \(b.value.count) found")
                }
                return PyInt.make(Int(b.value[0]))
            }
            throw PythonError(PyExc.TypeError, "ord() expected string of length 1, but \(a[0].type.name) found")
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            fn(d, name) { a, k in
                try Args(name, a, k).check(min: 1, max: 1)
                let v = try Ops.index(a[0]).bigValue
                return PyStr((v < 0 ? "-" : "") + prefix + String(v.magnitude, radix: radix))
            }
        }
        fn(d, "abs") { a, k in
            try Args("abs", a, k).check(min: 1, max: 1)
            switch a[0] {
            case let i as PyInt:
                if let v = i.intValue, v != Int.min { return PyInt.make(abs(v)) }
                return PyInt.make(BigInt(i.bigValue.magnitude))
            case let f as PyFloat: return PyFloat(abs(f.value))
            case let c as PyComplex: return PyFloat(try ComplexMethods.magnitude(c))
            default:
                if let m = Ops.heapLookup(a[0].type, "__abs__") { return try Ops.call(m, args: [a[0]]) }
                throw PythonError(PyExc.TypeError, "bad operand type for abs(): '\(a[0].type.name)'")
            }
        }
        fn(d, "any") { a, k in
            try Args("any", a, k).check(min: 1, max: 1)
            let it = try Ops.iter(a[0])
            while let x = try Ops.next(it) { if try Ops.isTrue(x) { return pyTrue } }
            return pyFalse
        }
        fn(d, "all") { a, k in
            try Args("all", a, k).check(min: 1, max: 1)
            let it = try Ops.iter(a[0])
            while let x = try Ops.next(it) { if try !Ops.isTrue(x) { return pyFalse } }
            return pyTrue
        }
        fn(d, "sum") { a, k in
            let args = Args("sum", a, k)
            try args.check(min: 1, max: 2, keywords: ["start"])
            var acc: PyObject = args[1] ?? args.keyword("start") ?? PyInt.make(0)
            if acc is PyStr { throw PythonError(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]") }
            if acc is PyBytes { throw PythonError(PyExc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]") }
            let it = try Ops.iter(a[0])
            while let x = try Ops.next(it) { acc = try Ops.binaryOp(acc, x, .add) }
            return acc
        }
        fn(d, "min") { a, k in try minMax(a, k, isMax: false) }
        fn(d, "max") { a, k in try minMax(a, k, isMax: true) }
        fn(d, "sorted") { a, k in
            let args = Args("sorted", a, k)
            if a.count != 1 {
                throw PythonError(PyExc.TypeError, "sorted expected 1 argument, got \(a.count)")
            }
            // Keyword errors name sort(), which sorted() calls.
            try Args("sort", a, k).check(min: 1, max: 1, keywords: ["key", "reverse"])
            let l = PyList(try Ops.toArray(a[0]))
            try ListMethods.sort(l, key: args.keyword("key"), reverse: args.keyword("reverse"))
            return l
        }
        fn(d, "divmod") { a, k in
            try Args("divmod", a, k).check(min: 2, max: 2)
            return try Ops.divmod(a[0], a[1])
        }
        fn(d, "pow") { a, k in
            let args = Args("pow", a, k)
            try args.check(min: 2, max: 3, keywords: ["base", "exp", "mod"])
            if a.count == 3 && a[2] !== pyNone {
                // Three-argument pow: only the base's __pow__ is tried.
                if a[0].type.hasDictBehaviour, let f = Ops.heapLookup(a[0].type, "__pow__") {
                    let v = try Ops.call(f, args: a)
                    if v !== PyNotImplemented.shared { return v }
                }
                if !a.allSatisfy({ $0 is PyInt || $0 is PyFloat || $0 is PyComplex }) {
                    throw PythonError(PyExc.TypeError, "unsupported operand type(s) for ** or pow(): " + a.map { "'\($0.type.name)'" }.joined(separator: ", "))
                }
                guard let b = a[0] as? PyInt, let e = a[1] as? PyInt, let m = a[2] as? PyInt else {
                    throw PythonError(PyExc.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
                }
                return PyInt.make(try IntMethods.powMod(b.bigValue, e.bigValue, m.bigValue))
            }
            return try Ops.binaryOp(a[0], a[1], .pow)
        }
        fn(d, "round") { a, k in
            let args = Args("round", a, k)
            try args.check(min: 1, max: 2, keywords: ["number", "ndigits"])
            let x = a[0]
            let nd = args[1] ?? args.keyword("ndigits")
            if let m = Ops.heapLookup(x.type, "__round__") { return try Ops.call(m, args: nd.map { [x, $0] } ?? [x]) }
            switch x {
            case let f as PyFloat:
                return try FloatMethods.round(f.value, nd)
            case let i as PyInt:
                guard let n = nd, n !== pyNone else { return PyInt.make(i.bigValue) }
                return try Ops.callMethod(i, "__round__", [n])
            default:
                throw PythonError(PyExc.TypeError, "type \(x.type.name) doesn't define __round__ method")
            }
        }
        fn(d, "format") { a, k in
            try Args("format", a, k).check(min: 1, max: 2)
            return try Ops.format(a[0], (a.count > 1 ? (a[1] as? PyStr)?.value : nil) ?? "")
        }
        fn(d, "globals") { _, _ in Runtime.currentFrame?.globals ?? PyDict() }
        fn(d, "locals") { _, _ in
            guard let f = Runtime.currentFrame else { return PyDict() }
            if let l = f.locals { return l }
            let d = PyDict()
            for (i, n) in f.code.varnames.enumerated() { if let v = f.fast[i] { d.setItem(string: n, v) } }
            return d
        }
        fn(d, "vars") { a, k in
            if a.isEmpty {
                guard let f = Runtime.currentFrame else { return PyDict() }
                return f.locals ?? f.globals
            }
            if let v = try Ops.getAttrOptional(a[0], PyStr.intern("__dict__")) { return v }
            throw PythonError(PyExc.TypeError, "vars() argument must have __dict__ attribute")
        }
        fn(d, "dir") { a, k in
            var names = Set<String>()
            if a.isEmpty {
                if let f = Runtime.currentFrame {
                    for (key, _) in (f.locals ?? f.globals).items { if let s = key as? PyStr { names.insert(s.value) } }
                }
            } else if let m = a[0] as? PyModule {
                for (key, _) in m.dict.items { if let s = key as? PyStr { names.insert(s.value) } }
            } else {
                // type(obj).__dir__(obj), sorted.
                guard let dirFn = Ops.lookupSpecial(a[0], "__dir__") else {
                    throw PythonError(PyExc.TypeError, "object does not provide __dir__")
                }
                let r = try Ops.call(dirFn, args: [])
                let list = PyList(try Ops.toArray(r))
                try ListMethods.sort(list, key: nil, reverse: nil)
                return list
            }
            return PyList(names.sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }.map { PyStr($0) })
        }
        fn(d, "input") { a, k in
            if let p = a.first { try Stdio.write(Stdio.stdout, try Ops.str(p).value); Stdio.flush(Stdio.stdout) }
            guard let line = readLine(strippingNewline: true) else { throw PythonError(PyExc.EOFError, "EOF when reading a line") }
            return PyStr(line)
        }
        fn(d, "__import__") { a, k in
            let args = Args("__import__", a, k)
            guard let name = a.first as? PyStr else { throw PythonError(PyExc.TypeError, "__import__() argument 1 must be str") }
            let globals = (args[1] as? PyDict) ?? Runtime.currentFrame?.globals ?? PyDict()
            let fromlist = args[3] ?? args.keyword("fromlist") ?? pyNone
            let level = (args[4] ?? args.keyword("level")).flatMap { ($0 as? PyInt)?.intValue } ?? 0
            return try Importer.importName(name.value, globals: globals, fromlist: fromlist, level: level)
        }
        fn(d, "exec") { a, k in try execOrEval(a, k, isEval: false) }
        fn(d, "eval") { a, k in try execOrEval(a, k, isEval: true) }
        fn(d, "compile") { a, k in try compileBuiltin(a, k) }
        fn(d, "open") { a, k in try FileObjects.open(a, k) }
        fn(d, "exit") { a, _ in throw PythonError(PyExc.SystemExit, args: a) }
        fn(d, "quit") { a, _ in throw PythonError(PyExc.SystemExit, args: a) }
    }

    static func print(_ a: [PyObject], _ k: [(String, PyObject)]) throws -> PyObject {
        var sep = " ", end = "\n"
        var file: PyObject? = nil
        var flush = false
        for (key, v) in k {
            switch key {
            case "sep":
                if v !== pyNone {
                    guard let s = v as? PyStr else { throw PythonError(PyExc.TypeError, "sep must be None or a string, not \(v.type.name)") }
                    sep = s.value
                }
            case "end":
                if v !== pyNone {
                    guard let s = v as? PyStr else { throw PythonError(PyExc.TypeError, "end must be None or a string, not \(v.type.name)") }
                    end = s.value
                }
            case "file": file = v === pyNone ? nil : v
            case "flush": flush = try Ops.isTrue(v)
            default: throw PythonError(PyExc.TypeError, "'\(key)' is an invalid keyword argument for print()")
            }
        }
        var out = ""
        for (i, o) in a.enumerated() {
            if i > 0 { out += sep }
            out += try Ops.str(o).value
        }
        out += end
        let target = file ?? (Runtime.sys.dict.getItem(string: "stdout") ?? pyNone)
        if let s = target as? PyTextStream {
            try Stdio.write(s, out)
            if flush { Stdio.flush(s) }
        } else if target !== pyNone {
            _ = try Ops.callMethod(target, "write", [PyStr(out)])
            if flush, Ops.hasAttr(target, "flush") { _ = try Ops.callMethod(target, "flush", []) }
        }
        return pyNone
    }

    static func minMax(_ a: [PyObject], _ k: [(String, PyObject)], isMax: Bool) throws -> PyObject {
        let name = isMax ? "max" : "min"
        var key: PyObject?
        var dflt: PyObject?
        for (kk, v) in k {
            switch kk {
            case "key": key = v === pyNone ? nil : v
            case "default": dflt = v
            default: throw PythonError(PyExc.TypeError, "'\(kk)' is an invalid keyword argument for \(name)()")
            }
        }
        if a.isEmpty { throw PythonError(PyExc.TypeError, "\(name) expected at least 1 argument, got 0") }
        let items: [PyObject]
        if a.count == 1 {
            items = try Ops.toArray(a[0])
        } else {
            if dflt != nil {
                throw PythonError(PyExc.TypeError, "Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = a
        }
        if items.isEmpty {
            if let d = dflt { return d }
            throw PythonError(PyExc.ValueError, "\(name)() arg is an empty sequence")
        }
        var best = items[0]
        var bestKey = try key.map { try Ops.call($0, args: [best]) } ?? best
        for x in items.dropFirst() {
            let kx = try key.map { try Ops.call($0, args: [x]) } ?? x
            if try Ops.compareBool(kx, bestKey, isMax ? .gt : .lt) {
                best = x
                bestKey = kx
            }
        }
        return best
    }

    static func execOrEval(_ a: [PyObject], _ k: [(String, PyObject)], isEval: Bool) throws -> PyObject {
        let name = isEval ? "eval" : "exec"
        try Args(name, a, k).check(min: 1, max: 3, keywords: ["globals", "locals"])
        let frame = Runtime.currentFrame
        let globals = (a.count > 1 ? a[1] as? PyDict : nil) ?? frame?.globals ?? PyDict()
        let locals = (a.count > 2 ? a[2] as? PyDict : nil) ?? (a.count > 1 ? globals : (frame?.locals ?? globals))
        if globals.getItem(string: "__builtins__") == nil { globals.setItem(string: "__builtins__", Runtime.builtinsModule) }
        let code: CodeObject
        if let c = a[0] as? CodeObject {
            code = c
        } else {
            let src: [UInt8]
            if let s = a[0] as? PyStr { src = Array(s.value.utf8) } else if let b = a[0] as? PyBytes { src = b.value } else {
                throw PythonError(PyExc.TypeError, "\(name)() arg 1 must be a string, bytes or code object")
            }
            do {
                if isEval {
                    var trimmed = src[...]
                    while let f = trimmed.first, f == 32 || f == 9 { trimmed = trimmed.dropFirst() }
                    let e = try parseExpression(source: Array(trimmed), filename: "<string>")
                    code = try compileExpression(e, filename: "<string>")
                } else {
                    code = try compileSource(src, filename: "<string>")
                }
            } catch let info as SyntaxErrorInfo {
                throw PythonError(Errors.syntaxError(info))
            }
        }
        let f = Frame(code: code, globals: globals, builtins: Runtime.builtins, locals: locals)
        let r = try Interpreter.run(f)
        return isEval ? r : pyNone
    }
}
