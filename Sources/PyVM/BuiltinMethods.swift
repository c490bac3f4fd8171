import PyObjects
import PyCompiler
import BigInt
import Foundation

/// Installs the constructors and methods of the builtin types.
enum BuiltinMethods {
    static func def(_ t: PyType, _ name: String, _ body: @escaping PyMethodDescriptor.Body) {
        var body = body
        if let n = slotArity[name] {
            // Slot wrappers take a fixed number of positional arguments; the bodies index them
            // directly, so a wrong count must stop here with CPython's TypeError.
            let inner = body
            body = { r, a, k in
                if !k.isEmpty { throw PythonError(PyExc.TypeError, "wrapper \(name)() takes no keyword arguments") }
                if a.count != n {
                    throw PythonError(PyExc.TypeError, "expected \(n) argument\(n == 1 ? "" : "s"), got \(a.count)")
                }
                return try inner(r, a, k)
            }
        }
        if zeroArgMethods.contains(name) {
            // METH_NOARGS methods: extra arguments are an error, not ignored.
            let inner = body, qualified = "\(t.name).\(name)"
            body = { r, a, k in
                if !k.isEmpty { throw PythonError(PyExc.TypeError, "\(qualified)() takes no keyword arguments") }
                if !a.isEmpty { throw PythonError(PyExc.TypeError, "\(qualified)() takes no arguments (\(a.count) given)") }
                return try inner(r, a, k)
            }
        }
        t.dict.setItem(string: name, PyMethodDescriptor(name: name, owner: t, body: body))
    }

    /// Methods that take no arguments on every builtin type that has them.
    static let zeroArgMethods: Set<String> = [
        "clear", "copy", "reverse", "keys", "values", "items", "popitem", "lower", "upper", "casefold",
        "swapcase", "title", "capitalize", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
        "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper",
        "__sizeof__", "__reversed__", "bit_length", "bit_count", "conjugate", "is_integer",
        "as_integer_ratio",
    ]

    /// The positional arity of the dunders that CPython exposes as slot wrappers.
    static let slotArity: [String: Int] = {
        var d: [String: Int] = [:]
        for n in ["len", "iter", "next", "repr", "str", "hash", "bool", "neg", "pos", "abs", "invert",
                  "int", "float", "index", "await", "aiter", "anext"] { d["__\(n)__"] = 0 }
        for n in ["contains", "getitem", "delitem", "eq", "ne", "lt", "le", "gt", "ge", "getattribute",
                  "delattr", "delete"] { d["__\(n)__"] = 1 }
        for op in ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "lshift", "rshift",
                   "and", "or", "xor"] {
            d["__\(op)__"] = 1; d["__r\(op)__"] = 1; d["__i\(op)__"] = 1
        }
        d["__idivmod__"] = nil
        for n in ["setitem", "setattr", "set"] { d["__\(n)__"] = 2 }
        return d
    }()

    static func classDef(_ t: PyType, _ name: String, _ body: @escaping PyMethodDescriptor.Body) {
        t.dict.setItem(string: name, PyMethodDescriptor(name: name, owner: t, isClassMethod: true, body: body))
    }

    static func ctor(_ t: PyType, _ body: @escaping (PyType, [PyObject], [(String, PyObject)]) throws -> PyObject) {
        Classes.registerConstructor(t, body)
        let newFn = PyBuiltinFunction(name: "__new__", boundSelf: t) { args, kw in
            guard let cls = args.first as? PyType else {
                throw PythonError(PyExc.TypeError, "\(t.name).__new__(X): X is not a type object")
            }
            if !cls.isSubtype(of: t) {
                throw PythonError(PyExc.TypeError, "\(t.name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(t.name)")
            }
            if t === PyTypes.object || t === PyExc.BaseException {
                return try body(cls, t === PyTypes.object ? [] : Array(args.dropFirst()), [])
            }
            return try body(cls, Array(args.dropFirst()), kw)
        }
        t.dict.setItem(string: "__new__", PyStaticMethod(newFn))
    }

    static func noKwargs(_ t: PyType, _ k: [(String, PyObject)]) throws {
        if !k.isEmpty { throw PythonError(PyExc.TypeError, "\(t.name)() takes no keyword arguments") }
    }

    static func install() {
        Stdio.installMethods()
        installConstructors()
        installObject()
        StrMethods.install()
        ListMethods.install()
        DictMethods.install()
        installMisc()
        RangeMethods.install()
        GenericAliases.install()
        SetMethods.install()
        IntMethods.install()
        FloatMethods.install()
        ComplexMethods.install()
        TypeObjects.install()
        ExceptionMethods.install()
    }

    static func installConstructors() {
        ctor(PyTypes.object) { t, a, k in
            if !t.flags.contains(.heapType) && (!a.isEmpty || !k.isEmpty) {
                throw PythonError(PyExc.TypeError, "object() takes no arguments")
            }
            return Classes.newInstance(t)
        }
        ctor(PyTypes.int) { t, a, k in
            let args = Args("int", a, k)
            try args.check(min: 0, max: 2, keywords: ["base"])
            let v = try Conversions.toInt(args[0], base: args[1] ?? args.keyword("base"))
            if t === PyTypes.int { return v }
            // Instances of int subclasses have a __dict__ (re._constants sets .name on them).
            let r = PyInt(v.bigValue, type: t)
            r.instanceDict = PyDict()
            return r
        }
        ctor(PyTypes.bool) { t, a, k in
            try Args("bool", a, k).check(min: 0, max: 1)
            return pyBool(try a.first.map(Ops.isTrue) ?? false)
        }
        ctor(PyTypes.float) { t, a, k in
            try noKwargs(t, k)
            try Args("float", a, k).check(min: 0, max: 1)
            let v = try Conversions.toFloat(a.first ?? PyFloat(0))
            return t === PyTypes.float ? PyFloat(v) : { let f = PyFloat(v); f.type = t; f.instanceDict = PyDict(); return f }()
        }
        ctor(PyTypes.str) { t, a, k in
            let args = Args("str", a, k)
            try args.check(min: 0, max: 3, keywords: ["object", "encoding", "errors"])
            let obj = args[0] ?? args.keyword("object")
            let s: String
            if let o = obj {
                if a.count > 1 || args.keyword("encoding") != nil {
                    guard let b = o as? PyBytes else {
                        throw PythonError(PyExc.TypeError, "decoding to str: need a bytes-like object, \(o.type.name) found")
                    }
                    s = try BytesMethods.decode(b.value, encoding: (args[1] as? PyStr)?.value ?? "utf-8",
                                                errors: (args[2] as? PyStr)?.value ?? "strict")
                } else {
                    s = try Ops.str(o).value
                }
            } else {
                s = ""
            }
            if t === PyTypes.str { return PyStr(s) }
            let r = PyStr(s, type: t)
            r.instanceDict = PyDict()
            return r
        }
        ctor(PyTypes.bytes) { t, a, k in
            let args = Args("bytes", a, k)
            try args.check(min: 0, max: 3, keywords: ["source", "encoding", "errors"])
            let v = try Conversions.toBytes(args[0] ?? args.keyword("source"), encoding: args[1] ?? args.keyword("encoding"),
                                            errors: args[2] ?? args.keyword("errors"))
            if t === PyTypes.bytes { return PyBytes(v) }
            let b = PyBytes(v)
            b.type = t
            b.instanceDict = PyDict()
            return b
        }
        ctor(PyTypes.bytearray) { t, a, k in
            let args = Args("bytearray", a, k)
            try args.check(min: 0, max: 3, keywords: ["source", "encoding", "errors"])
            let v = try Conversions.toBytes(args[0] ?? args.keyword("source"), encoding: args[1] ?? args.keyword("encoding"),
                                            errors: args[2] ?? args.keyword("errors"), bytearray: true)
            let b = PyByteArray(v)
            if t !== PyTypes.bytearray { b.type = t; b.instanceDict = PyDict() }
            return b
        }
        ctor(PyTypes.list) { t, a, k in
            try noKwargs(t, k)
            if t !== PyTypes.list {
                let l = PyList([], type: t)
                l.instanceDict = PyDict()
                return l
            }
            try Args("list", a, k).check(min: 0, max: 1)
            return PyList(try a.first.map(Ops.toArray) ?? [])
        }
        ctor(PyTypes.tuple) { t, a, k in
            try noKwargs(t, k)
            try Args("tuple", a, k).check(min: 0, max: 1)
            let items = try a.first.map(Ops.toArray) ?? []
            if t === PyTypes.tuple { return items.isEmpty ? PyTuple.empty : PyTuple(items) }
            let r = PyTuple(items, type: t)
            r.instanceDict = PyDict()
            return r
        }
        ctor(PyTypes.dict) { t, a, k in
            let d = PyDict(type: t)
            if t !== PyTypes.dict {
                d.instanceDict = PyDict()
                return d
            }
            try Args("dict", a, k).check(min: 0, max: 1, keywords: k.map(\.0))
            if let src = a.first { try Ops.dictUpdate(d, src) }
            for (key, v) in k { try d.set(PyStr(key), v) }
            return d
        }
        ctor(PyTypes.property) { t, a, k in
            let args = Args("property", a, k)
            func arg(_ i: Int, _ n: String) -> PyObject? {
                let v = args[i] ?? args.keyword(n)
                return v === pyNone ? nil : v
            }
            var doc = arg(3, "doc")
            var fromGetter = false
            // Without a doc, a property takes its getter's docstring.
            if doc == nil, let g = arg(0, "fget"), let d = try Ops.getAttrOptional(g, PyStr.intern("__doc__")), d !== pyNone {
                doc = d
                fromGetter = true
            }
            let p = PyProperty(fget: arg(0, "fget"), fset: arg(1, "fset"), fdel: arg(2, "fdel"), doc: doc, type: t)
            p.docFromGetter = fromGetter
            return p
        }
        ctor(PyTypes.staticmethod) { t, a, k in
            try noKwargs(t, k)
            if a.count != 1 { throw PythonError(PyExc.TypeError, "staticmethod expected 1 argument, got \(a.count)") }
            return PyStaticMethod(a[0])
        }
        ctor(PyTypes.classmethod) { t, a, k in
            try noKwargs(t, k)
            if a.count != 1 { throw PythonError(PyExc.TypeError, "classmethod expected 1 argument, got \(a.count)") }
            return PyClassMethod(a[0])
        }
        ctor(VMTypes.superType) { t, a, k in
            if a.isEmpty { throw PythonError(PyExc.RuntimeError, "super(): no arguments") }
            guard let this = a[0] as? PyType else {
                throw PythonError(PyExc.TypeError, "super() argument 1 must be a type, not \(a[0].type.name)")
            }
            if a.count == 1 { return PySuper(thisType: this, receiver: nil, receiverType: this) }
            let obj = a[1]
            if let ot = obj as? PyType, ot.isSubtype(of: this) {
                return PySuper(thisType: this, receiver: ot, receiverType: ot)
            }
            guard obj.type.isSubtype(of: this) else {
                throw PythonError(PyExc.TypeError, "super(type, obj): obj must be an instance or subtype of type")
            }
            return PySuper(thisType: this, receiver: obj, receiverType: obj.type)
        }
        ctor(PyExc.BaseException) { t, a, k in
            if !t.flags.contains(.heapType) && !k.isEmpty {
                throw PythonError(PyExc.TypeError, "\(t.name)() takes no keyword arguments")
            }
            return PyBaseException(type: t, args: a)
        }
        ctor(VMTypes.enumerate) { t, a, k in
            if a.isEmpty && !k.contains(where: { $0.0 == "iterable" }) {
                throw PythonError(PyExc.TypeError, "enumerate() missing required argument 'iterable'")
            }
            let a = try BuiltinsExtra.bind("enumerate", a, k, names: ["iterable", "start"], required: 1, defaults: [PyInt.make(0)])
            let it = try Ops.iter(a[0])
            var i = try Ops.index(a[1]).bigValue
            return PyNativeIterator(type: VMTypes.enumerate) {
                guard let x = try Ops.next(it) else { return nil }
                defer { i += 1 }
                return PyTuple([PyInt.make(i), x])
            }
        }
        ctor(VMTypes.zip) { t, a, k in
            if k.count > 1 { throw PythonError(PyExc.TypeError, "zip() takes at most 1 keyword argument (\(k.count) given)") }
            for (kw, _) in k where kw != "strict" {
                throw PythonError(PyExc.TypeError, "'\(kw)' is an invalid keyword argument for zip()")
            }
            let strict = try k.first { $0.0 == "strict" }.map { try Ops.isTrue($0.1) } ?? false
            let its = try a.map { try Ops.iter($0) }
            var done = false
            return PyNativeIterator(type: VMTypes.zip) {
                if done || its.isEmpty { return nil }
                var items: [PyObject] = []
                for (n, it) in its.enumerated() {
                    guard let x = try Ops.next(it) else {
                        done = true
                        if strict {
                            if n > 0 {
                                throw PythonError(PyExc.ValueError, "zip() argument \(n + 1) is shorter than argument\(n > 1 ? "s 1-\(n)" : " 1")")
                            }
                            for (m, other) in its.enumerated().dropFirst() where try Ops.next(other) != nil {
                                throw PythonError(PyExc.ValueError, "zip() argument \(m + 1) is longer than argument\(m > 1 ? "s 1-\(m)" : " 1")")
                            }
                        }
                        return nil
                    }
                    items.append(x)
                }
                return PyTuple(items)
            }
        }
        ctor(VMTypes.map) { t, a, k in
            if !k.isEmpty && t === VMTypes.map { throw PythonError(PyExc.TypeError, "map() takes no keyword arguments") }
            guard a.count >= 2 else { throw PythonError(PyExc.TypeError, "map() must have at least two arguments.") }
            let f = a[0]
            let its = try a.dropFirst().map { try Ops.iter($0) }
            return PyNativeIterator(type: VMTypes.map) {
                var items: [PyObject] = []
                for it in its {
                    guard let x = try Ops.next(it) else { return nil }
                    items.append(x)
                }
                return try Ops.call(f, args: items)
            }
        }
        ctor(VMTypes.filter) { t, a, k in
            try Args("filter", a, k).check(min: 2, max: 2)
            let f = a[0]
            let it = try Ops.iter(a[1])
            return PyNativeIterator(type: VMTypes.filter) {
                while let x = try Ops.next(it) {
                    let keep = f === pyNone ? try Ops.isTrue(x) : try Ops.isTrue(Ops.call(f, args: [x]))
                    if keep { return x }
                }
                return nil
            }
        }
        ctor(VMTypes.reversed) { t, a, k in
            if !k.isEmpty { throw PythonError(PyExc.TypeError, "reversed() takes no keyword arguments") }
            if a.count != 1 { throw PythonError(PyExc.TypeError, "reversed expected 1 argument, got \(a.count)") }
            let o = a[0]
            if let m = Ops.heapLookup(o.type, "__reversed__") {
                if m === pyNone { throw PythonError(PyExc.TypeError, "'\(o.type.messageName)' object is not reversible") }
                return try Ops.call(m, args: [o])
            }
            let items: [PyObject]
            switch o {
            case let l as PyList: return ListMethods.reverseIterator(l)
            case let r as PyRange: return RangeMethods.reversed(r)
            case let v as PyDictView:
                return try DictMethods.reversedView(v)
            case is PyTuple, is PyStr, is PyBytes, is PyByteArray: items = try Ops.toArray(o)
            case let d as PyDict: return try DictMethods.reversedView(PyDictView(dict: d, kind: .keys))
            default:
                guard o.type.lookup("__getitem__") != nil else {
                    throw PythonError(PyExc.TypeError, "'\(o.type.messageName)' object is not reversible")
                }
                let n = try Ops.len(o)
                items = try (0..<n).map { try Ops.getItem(o, PyInt.make($0)) }
            }
            var i = items.count - 1
            return PyNativeIterator(type: VMTypes.reversed) {
                guard i >= 0 else { return nil }
                defer { i -= 1 }
                return items[i]
            }
        }
    }

    static func installObject() {
        let o = PyTypes.object
        def(o, "__repr__") { r, _, _ in PyStr(try Repr.repr(r)) }
        def(o, "__str__") { r, _, _ in try Ops.repr(r) }
        def(o, "__eq__") { r, a, _ in a.first.map { $0 === r ? pyTrue : PyNotImplemented.shared } ?? PyNotImplemented.shared }
        def(o, "__ne__") { r, a, _ in
            guard let other = a.first else { return PyNotImplemented.shared }
            // type(self).__eq__(self, other), inverted unless NotImplemented.
            guard let eqFn = r.type.lookup("__eq__") else { return PyNotImplemented.shared }
            let eq = try Ops.call(Ops.bindDescriptor(eqFn, r, r.type), args: [other])
            if eq === PyNotImplemented.shared { return eq }
            return pyBool(!(try Ops.isTrue(eq)))
        }
        def(o, "__hash__") { r, _, _ in PyInt.make(try BuiltinHashing.hash(r)) }
        def(o, "__format__") { r, a, _ in
            if let s = a.first as? PyStr, !s.value.isEmpty {
                throw PythonError(PyExc.TypeError, "unsupported format string passed to \(r.type.name).__format__")
            }
            return try Ops.str(r)
        }
        classDef(o, "__init_subclass__") { _, _, _ in pyNone }
        o.dict.setItem(string: "__doc__", PyStr("The base class of the class hierarchy."))

        let e = PyExc.BaseException
        def(e, "__init__") { r, a, k in
            if !k.isEmpty { throw PythonError(PyExc.TypeError, "\(r.type.name)() takes no keyword arguments") }
            (r as! PyBaseException).args = PyTuple(a)
            return pyNone
        }
        def(e, "__str__") { r, _, _ in PyStr(try Repr.exceptionStr(r as! PyBaseException)) }
        def(e, "__repr__") { r, _, _ in PyStr(try Repr.repr(r)) }
    }

    static func installMisc() {
        Generators.installMethods()

        for t in [VMTypes.listIterator, VMTypes.tupleIterator, VMTypes.rangeIterator, VMTypes.strIterator,
                  VMTypes.bytesIterator, VMTypes.dictKeyIterator, VMTypes.dictValueIterator, VMTypes.dictItemIterator,
                  VMTypes.setIterator, VMTypes.enumerate, VMTypes.zip, VMTypes.map, VMTypes.filter, VMTypes.reversed,
                  VMTypes.callableIterator] {
            def(t, "__next__") { r, _, _ in
                guard let v = try (r as! PyNativeIterator).next() else { throw PythonError(PyExc.StopIteration, args: []) }
                return v
            }
            def(t, "__iter__") { r, _, _ in r }
        }

        let i = PyTypes.int
        // The numeric dunders of int and float as methods (`int.__abs__`, `(1).__add__(2)`), for
        // code that calls them by name; the interpreter itself dispatches natively.
        for (t, accepts) in [(PyTypes.int, { (o: PyObject) in o is PyInt }),
                             (PyTypes.float, { (o: PyObject) in o is PyInt || o is PyFloat })] {
            let binaries: [(String, BinaryOperator)] = [
                ("add", .add), ("sub", .sub), ("mul", .mul), ("truediv", .trueDiv), ("floordiv", .floorDiv),
                ("mod", .mod), ("pow", .pow), ("and", .and), ("or", .or), ("xor", .xor),
                ("lshift", .lShift), ("rshift", .rShift),
            ]
            for (stem, op) in binaries where t === PyTypes.int || !["and", "or", "xor", "lshift", "rshift"].contains(stem) {
                def(t, "__\(stem)__") { r, a, _ in
                    guard a.count == 1 else { throw PythonError(PyExc.TypeError, "expected 1 argument, got \(a.count)") }
                    // Natively: `super().__add__(x)` in a subclass must not dispatch back to it.
                    return accepts(a[0]) ? try Numbers.binary(r, a[0], op) ?? PyNotImplemented.shared : PyNotImplemented.shared
                }
                def(t, "__r\(stem)__") { r, a, _ in
                    guard a.count == 1 else { throw PythonError(PyExc.TypeError, "expected 1 argument, got \(a.count)") }
                    return accepts(a[0]) ? try Numbers.binary(a[0], r, op) ?? PyNotImplemented.shared : PyNotImplemented.shared
                }
            }
            let unaries: [(String, UnaryOperator)] = [("neg", .negative), ("pos", .positive)]
            for (stem, op) in unaries { def(t, "__\(stem)__") { r, _, _ in try Ops.nativeUnary(r, op) } }
            def(t, "__abs__") { r, _, _ in
                if let f = r as? PyFloat { return PyFloat(abs(f.value)) }
                let i = r as! PyInt
                return PyInt.make(i.bigValue < 0 ? -i.bigValue : i.bigValue)
            }
            def(t, "__bool__") { r, _, _ in
                if let f = r as? PyFloat { return pyBool(f.value != 0) }
                let i = r as! PyInt
                return pyBool(i.big != nil || i.small != 0)
            }
            def(t, "__hash__") { r, _, _ in PyInt.make(try BuiltinHashing.hash(r)) }
            def(t, "__trunc__") { r, _, _ in try Ops.call(PyTypes.int, args: [r]) }
        }
        def(i, "__invert__") { r, _, _ in try Ops.unaryOp(r, .invert) }

        BytesMethods.install()

        let prop = PyTypes.property
        for (name, which) in [("getter", 0), ("setter", 1), ("deleter", 2)] {
            def(prop, name) { r, a, _ in
                let p = r as! PyProperty
                let n = PyProperty(fget: p.fget, fset: p.fset, fdel: p.fdel, doc: p.doc, type: p.type)
                n.name = p.name
                n.docFromGetter = p.docFromGetter
                switch which {
                case 0: n.fget = a[0]
                case 1: n.fset = a[0]
                default: n.fdel = a[0]
                }
                // A doc taken from the old getter is taken again from the new one.
                if p.docFromGetter, let g = n.fget {
                    let d = try Ops.getAttrOptional(g, PyStr.intern("__doc__"))
                    n.doc = d === pyNone ? nil : d
                }
                return n
            }
        }
        def(prop, "__get__") { r, a, _ in
            let p = r as! PyProperty
            if a.isEmpty || a[0] === pyNone { return p }
            return try Ops.bindDescriptor(p, a[0], a[0].type)
        }
        def(PyTypes.function, "__get__") { r, a, _ in
            if a.isEmpty || a[0] === pyNone { return r }
            return PyBoundMethod(function: r, receiver: a[0])
        }
    }
}

/// Conversions used by constructors and builtins.
enum Conversions {
    static func parseIntLiteral(_ text: String, base: Int) throws -> BigInt? {
        try IntMethods.parse(text, base: base)
    }

    /// The text of a str/bytes/bytearray given to int(), and how error messages show it.
    static func literalText(_ o: PyObject) throws -> (String, String)? {
        switch o {
        case let s as PyStr: return (s.value, Repr.strRepr(s.value))
        case let b as PyBytes: return (String(decoding: b.value, as: UTF8.self), Repr.bytesRepr(b.value))
        case let b as PyByteArray: return (String(decoding: b.value, as: UTF8.self), try Repr.repr(b))
        default: return nil
        }
    }

    static func toInt(_ o: PyObject?, base: PyObject?) throws -> PyInt {
        guard let o = o else { return PyInt.make(0) }
        if let bo = base {
            let b = try Ops.indexInt(bo)
            if b != 0 && (b < 2 || b > 36) { throw PythonError(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0") }
            guard let (text, shown) = try literalText(o) else {
                throw PythonError(PyExc.TypeError, "int() can't convert non-string with explicit base")
            }
            guard let v = try parseIntLiteral(text, base: b) else {
                throw PythonError(PyExc.ValueError, "invalid literal for int() with base \(b): \(shown)")
            }
            return PyInt.make(v)
        }
        if o is PyByteArray, let (text, shown) = try literalText(o) {
            guard let v = try parseIntLiteral(text, base: 10) else {
                throw PythonError(PyExc.ValueError, "invalid literal for int() with base 10: \(shown)")
            }
            return PyInt.make(v)
        }
        switch o {
        case let b as PyBool: return PyInt.make(b.small)
        case let i as PyInt: return i.type === PyTypes.int ? i : PyInt.make(i.bigValue)
        case let f as PyFloat:
            if f.value.isNaN { throw PythonError(PyExc.ValueError, "cannot convert float NaN to integer") }
            if f.value.isInfinite { throw PythonError(PyExc.OverflowError, "cannot convert float infinity to integer") }
            if let v = Int(exactly: f.value.rounded(.towardZero)) { return PyInt.make(v) }
            return PyInt.make(BigInt(f.value.rounded(.towardZero)))
        case let s as PyStr:
            guard let v = try parseIntLiteral(s.value, base: 10) else {
                throw PythonError(PyExc.ValueError, "invalid literal for int() with base 10: \(Repr.strRepr(s.value))")
            }
            return PyInt.make(v)
        case let b as PyBytes:
            guard let v = try parseIntLiteral(String(decoding: b.value, as: UTF8.self), base: 10) else {
                throw PythonError(PyExc.ValueError, "invalid literal for int() with base 10: \(Repr.bytesRepr(b.value))")
            }
            return PyInt.make(v)
        default:
            for name in ["__int__", "__index__", "__trunc__"] {
                // Builtin types' own descriptors are not called back (they would recurse);
                // extension types' (C slots such as NumPy's int64.__int__) are.
                if let m = o.type.lookup(name), !(m is PyMethodDescriptor && !o.type.flags.contains(.heapType)
                                                  && !o.type.flags.contains(.extensionType) && !(o is PyInt)) {
                    let r = try Ops.call(Ops.bindDescriptor(m, o, o.type), args: [])
                    if let i = r as? PyInt { return i }
                    throw PythonError(PyExc.TypeError, "\(name) returned non-int (type \(r.type.name))")
                }
            }
            throw PythonError(PyExc.TypeError,
                "int() argument must be a string, a bytes-like object or a real number, not '\(o.type.name)'")
        }
    }

    static func toFloat(_ o: PyObject) throws -> Double {
        switch o {
        case let f as PyFloat: return f.value
        case let i as PyInt: return try Numbers.toDouble(i)
        case let s as PyStr:
            if let v = parseFloat(s.value) { return v }
            throw PythonError(PyExc.ValueError, "could not convert string to float: \(Repr.strRepr(s.value))")
        case is PyBytes, is PyByteArray:
            let b = BytesMethods.bytes(o)
            if let v = parseFloat(String(decoding: b, as: UTF8.self)) { return v }
            throw PythonError(PyExc.ValueError, "could not convert string to float: \(try Repr.repr(o))")
        default:
            if let m = o.type.lookup("__float__") {
                let r = try Ops.call(Ops.bindDescriptor(m, o, o.type), args: [])
                if let f = r as? PyFloat { return f.value }
                throw PythonError(PyExc.TypeError, "\(o.type.name).__float__ returned non-float (type \(r.type.name))")
            }
            if let m = o.type.lookup("__index__") {
                let r = try Ops.call(Ops.bindDescriptor(m, o, o.type), args: [])
                if let i = r as? PyInt { return try Numbers.toDouble(i) }
            }
            throw PythonError(PyExc.TypeError, "float() argument must be a string or a real number, not '\(o.type.name)'")
        }
    }

    static func parseFloat(_ text: String) -> Double? { FloatMethods.parse(text) }

    static func toBytes(_ o: PyObject?, encoding: PyObject?, errors: PyObject? = nil, bytearray: Bool = false) throws -> [UInt8] {
        guard let o = o else {
            if encoding != nil || errors != nil {
                throw PythonError(PyExc.TypeError, (encoding != nil ? "encoding" : "errors") + " without a string argument")
            }
            return []
        }
        if let s = o as? PyStr {
            guard let e = encoding else { throw PythonError(PyExc.TypeError, "string argument without an encoding") }
            guard let es = e as? PyStr else {
                throw PythonError(PyExc.TypeError, "\(bytearray ? "bytearray" : "bytes")() argument 'encoding' must be str, not \(e.type.name)")
            }
            let err = (errors as? PyStr)?.value ?? "strict"
            return try Codecs.encode(s.value, es.value, err)
        }
        if encoding != nil || errors != nil {
            throw PythonError(PyExc.TypeError, (encoding != nil ? "encoding" : "errors") + " without a string argument")
        }
        switch o {
        case let b as PyBytes: return b.value
        case let b as PyByteArray: return b.value
        case let m as PyMemoryView: return try m.bytes()
        case let i as PyInt:
            guard let n = i.intValue else { throw PythonError(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer") }
            guard n >= 0 else { throw PythonError(PyExc.ValueError, "negative count") }
            return [UInt8](repeating: 0, count: n)
        default:
            if !bytearray, let m = Ops.lookupSpecial(o, "__bytes__") {
                let r = try Ops.call(m, args: [])
                guard let b = r as? PyBytes else {
                    throw PythonError(PyExc.TypeError, "__bytes__ returned non-bytes (type \(r.type.name))")
                }
                return b.value
            }
            if Ops.heapLookup(o.type, "__index__") != nil {
                return try toBytes(Ops.index(o), encoding: nil)
            }
            if !Ops.isIterable(o) {
                throw PythonError(PyExc.TypeError, bytearray ? "cannot convert '\(o.type.name)' object to bytearray"
                                                              : "cannot convert '\(o.type.name)' object to bytes")
            }
            return try Ops.toArray(o).map { x in
                let i = try Ops.index(x)
                guard let v = i.intValue, v >= 0 && v < 256 else {
                    throw PythonError(PyExc.ValueError, bytearray ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)")
                }
                return UInt8(v)
            }
        }
    }

}
