import PyObjects
import PyCompiler
import PySyntax
import BigInt
import Foundation

/// The functions of the `builtins` module.
enum Builtins {
    /// One-argument builtins (CPython's METH_O): calling one from Python code is a level of
    /// recursion, reported as "while calling a Python object" when it is the one too many.
    static let oneArgument: Set<String> = ["abs", "all", "any", "ascii", "bin", "callable", "chr", "hash", "hex", "id",
                                           "oct", "ord", "repr"]

    static func fn(_ d: PyDict, _ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        var body = body
        if oneArgument.contains(name) {
            let inner = body
            body = { a, k in
                try Runtime.enterRecursiveCall(" while calling a Python object")
                defer { Runtime.depth -= 1 }
                return try inner(a, k)
            }
        }
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
                throw PythonError(PyExc.TypeError, "'\(it.type.messageName)' object is not an iterator")
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
                throw PythonError(PyExc.TypeError, "'\(a[0].type.messageName)' object cannot be interpreted as an integer")
            }
            guard let v = i.intValue, v >= Int(Int32.min), v <= Int(Int32.max) else {
                throw PythonError(PyExc.OverflowError, "Python int too large to convert to C int")
            }
            guard v >= 0, v < 0x110000 else {
                throw PythonError(PyExc.ValueError, "chr() arg not in range(0x110000)")
            }
            guard let u = LoneSurrogate.scalar(UInt32(v)) else { throw LoneSurrogate.unrepresentable(UInt32(v)) }
            return PyStr(String(u))
        }
        fn(d, "ord") { a, k in
            try Args("ord", a, k).check(min: 1, max: 1)
            if let s = a[0] as? PyStr {
                let sc = s.scalars
                guard sc.count == 1 else {
                    throw PythonError(PyExc.TypeError, "ord() expected a character, but string of length \(sc.count) found")
                }
                return PyInt.make(Int(LoneSurrogate.codePoint(sc[0])))
            }
            if let bytes = (a[0] as? PyBytes)?.value ?? (a[0] as? PyByteArray)?.value {
                guard bytes.count == 1 else {
                    throw PythonError(PyExc.TypeError, "ord() expected a character, but string of length \(bytes.count) found")
                }
                return PyInt.make(Int(bytes[0]))
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
            if a.isEmpty { throw PythonError(PyExc.TypeError, "sum() takes at least 1 positional argument (0 given)") }
            try args.check(min: 1, max: 2, keywords: ["start"])
            var acc: PyObject = args[1] ?? args.keyword("start") ?? PyInt.make(0)
            if acc is PyStr { throw PythonError(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]") }
            if acc is PyBytes { throw PythonError(PyExc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]") }
            if acc is PyByteArray { throw PythonError(PyExc.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]") }
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
            for (kw, _) in k where kw != "key" && kw != "reverse" {
                throw PythonError(PyExc.TypeError, "'\(kw)' is an invalid keyword argument for sort()")
            }
            if let r = args.keyword("reverse"), !(r is PyInt) {
                throw PythonError(PyExc.TypeError, "'\(r.type.messageName)' object cannot be interpreted as an integer")
            }
            let l = PyList(try Ops.toArray(a[0]))
            try ListMethods.sort(l, key: args.keyword("key"), reverse: args.keyword("reverse"))
            return l
        }
        fn(d, "divmod") { a, k in
            try Args("divmod", a, k).check(min: 2, max: 2)
            return try Ops.divmod(a[0], a[1])
        }
        fn(d, "pow") { a, k in
            let a = try BuiltinsExtra.bind("pow", a, k, names: ["base", "exp", "mod"], required: 2, defaults: [pyNone])
            if a[2] !== pyNone {
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
            let a = try BuiltinsExtra.bind("round", a, k, names: ["number", "ndigits"], required: 1, defaults: [pyNone])
            let x = a[0]
            let nd: PyObject? = a[1] === pyNone ? nil : a[1]
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
            if a.count > 1 && !(a[1] is PyStr) {
                throw PythonError(PyExc.TypeError, "format() argument 2 must be str, not \(a[1].type.name)")
            }
            return try Ops.format(a[0], (a.count > 1 ? (a[1] as? PyStr)?.value : nil) ?? "")
        }
        fn(d, "globals") { a, k in
            try Args("globals", a, k).check(min: 0, max: 0)
            return Runtime.currentFrame?.globals ?? PyDict()
        }
        fn(d, "locals") { a, k in
            try Args("locals", a, k).check(min: 0, max: 0)
            return BuiltinsExtra.currentLocals()
        }
        fn(d, "vars") { a, k in
            try Args("vars", a, k).check(min: 0, max: 1)
            if a.isEmpty { return BuiltinsExtra.currentLocals() }
            do {
                if let v = try Ops.getAttrOptional(a[0], PyStr.intern("__dict__")) { return v }
            } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.AttributeError) {}
            throw PythonError(PyExc.TypeError, "vars() argument must have __dict__ attribute")
        }
        fn(d, "dir") { a, k in
            try Args("dir", a, k).check(min: 0, max: 1)
            var names = Set<String>()
            if a.isEmpty {
                for (key, _) in BuiltinsExtra.currentLocals().items { if let s = key as? PyStr { names.insert(s.value) } }
            } else if let m = a[0] as? PyModule, m.type === PyTypes.module {
                if let custom = m.dict.getItem(string: "__dir__") {
                    let l = PyList(try Ops.toArray(try Ops.call(custom, args: [])))
                    try ListMethods.sort(l, key: nil, reverse: nil)
                    return l
                }
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
            try Args("input", a, k).check(min: 0, max: 1)
            if let out = Runtime.sys.dict.getItem(string: "stdout"), !(out is PyTextStream), out !== pyNone {
                if let p = a.first { _ = try Ops.callMethod(out, "write", [try Ops.str(p)]) }
            } else if let p = a.first { try Stdio.write(Stdio.stdout, try Ops.str(p).value); Stdio.flush(Stdio.stdout) }
            let stdin = Runtime.sys.dict.getItem(string: "stdin") ?? pyNone
            if stdin === pyNone { throw PythonError(PyExc.RuntimeError, "input(): lost sys.stdin") }
            if !(stdin is PyTextStream) {
                // A replaced sys.stdin is read through its readline method.
                let r = try Ops.callMethod(stdin, "readline", [])
                guard let s = r as? PyStr else {
                    throw PythonError(PyExc.TypeError, "object.readline() returned non-string")
                }
                if s.value.isEmpty { throw PythonError(PyExc.EOFError, "EOF when reading a line") }
                return PyStr(s.value.hasSuffix("\n") ? String(s.value.dropLast()) : s.value)
            }
            // The native stream: one line, read as soon as it arrives.
            var line = try FileObjects.readLine(stdin as! PyTextStream)
            if line.isEmpty { throw PythonError(PyExc.EOFError, "EOF when reading a line") }
            if line.last == 10 { line = line.dropLast() }
            return PyStr(String(decoding: line, as: UTF8.self))
        }
        fn(d, "__import__") { a, k in
            let a = try BuiltinsExtra.bind("__import__", a, k, names: ["name", "globals", "locals", "fromlist", "level"],
                                      required: 1, defaults: [pyNone, pyNone, PyTuple.empty, PyInt.make(0)])
            guard let name = a[0] as? PyStr else { throw PythonError(PyExc.TypeError, "module name must be a string") }
            let level = try Ops.indexInt(a[4])
            if level < 0 { throw PythonError(PyExc.ValueError, "level must be >= 0") }
            if name.value.isEmpty && level == 0 { throw PythonError(PyExc.ValueError, "Empty module name") }
            // Relative imports resolve against the globals passed in (none: no parent package).
            let globals = (a[1] as? PyDict) ?? (level > 0 ? PyDict() : Runtime.currentFrame?.globals ?? PyDict())
            return try Importer.importName(name.value, globals: globals, fromlist: a[3], level: level)
        }
        Importer.originalImport = d.getItem(string: "__import__")
        fn(d, "open") { a, k in try FileObjects.open(a, k) }
        BuiltinsExtra.install(into: d)
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
        let target = file ?? (Runtime.sys.dict.getItem(string: "stdout") ?? pyNone)
        if !(target is PyTextStream) && target !== pyNone {
            // Other file objects see one write per piece, as CPython does them.
            let write = try Ops.getAttr(target, "write")
            for (i, o) in a.enumerated() {
                if i > 0 { _ = try Ops.call(write, args: [PyStr(sep)]) }
                _ = try Ops.call(write, args: [try Ops.str(o)])
            }
            _ = try Ops.call(write, args: [PyStr(end)])
            if flush { _ = try Ops.callMethod(target, "flush", []) }
            return pyNone
        }
        var out = ""
        for (i, o) in a.enumerated() {
            if i > 0 { out += sep }
            out += try Ops.str(o).value
        }
        out += end
        if let s = target as? PyTextStream {
            try Stdio.write(s, out)
            if flush { Stdio.flush(s) }
        } else if target !== pyNone {
            _ = try Ops.callMethod(target, "write", [PyStr(out)])
            if flush, Ops.hasAttr(target, "flush") { _ = try Ops.callMethod(target, "flush", []) }
        }
        return pyNone
    }

    /// `mapping[key]` for a dict subclass namespace (honours `__missing__`), nil on KeyError.
    static func mappingGet(_ d: PyDict, _ key: PyObject) throws -> PyObject? {
        do {
            return try Ops.getItem(d, key)
        } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.KeyError) {
            return nil
        }
    }

    static func minMax(_ a: [PyObject], _ k: [(String, PyObject)], isMax: Bool) throws -> PyObject {
        let name = isMax ? "max" : "min"
        var key: PyObject?
        var dflt: PyObject?
        if a.isEmpty { throw PythonError(PyExc.TypeError, "\(name) expected at least 1 argument, got 0") }
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

}
