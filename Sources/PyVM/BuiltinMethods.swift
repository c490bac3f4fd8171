import PyObjects
import PyCompiler
import BigInt
import Foundation

/// Installs the constructors and methods of the builtin types.
enum BuiltinMethods {
    static func def(_ t: PyType, _ name: String, _ body: @escaping PyMethodDescriptor.Body) {
        t.dict.setItem(string: name, PyMethodDescriptor(name: name, owner: t, body: body))
    }

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
        ctor(PyTypes.complex) { t, a, k in
            var a = a
            // complex(x) of an object with __complex__.
            if let x = a.first, !(x is PyComplex), let f = x.type.lookup("__complex__") {
                let c = try Ops.call(Ops.bindDescriptor(f, x, x.type), args: [])
                guard c is PyComplex else {
                    throw PythonError(PyExc.TypeError, "__complex__ returned non-complex (type \(c.type.name))")
                }
                a[0] = c
            }
            let r = try a.first.map { o -> Double in
                if let c = o as? PyComplex { return c.real }
                return try Conversions.toFloat(o)
            } ?? 0
            var i = 0.0
            if let c = a.first as? PyComplex { i = c.imag }
            if a.count > 1 { i += try Conversions.toFloat(a[1]) }
            return PyComplex(real: r, imag: i)
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
            return PyBytes(try Conversions.toBytes(args[0] ?? args.keyword("source"), encoding: args[1] ?? args.keyword("encoding")))
        }
        ctor(PyTypes.bytearray) { t, a, k in
            let args = Args("bytearray", a, k)
            return PyByteArray(try Conversions.toBytes(args[0], encoding: args[1] ?? args.keyword("encoding")))
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
        for st in [PyTypes.set, PyTypes.frozenset] {
            ctor(st) { t, a, k in
                try noKwargs(t, k)
                try Args(st.name, a, k).check(min: 0, max: 1)
                let s = PySet(type: t)
                if t.flags.contains(.heapType) { s.instanceDict = PyDict() }
                if let src = a.first { for x in try Ops.toArray(src) { try s.add(x) } }
                return s
            }
        }
        ctor(PyTypes.range) { t, a, k in
            try noKwargs(t, k)
            if a.isEmpty { throw PythonError(PyExc.TypeError, "range expected at least 1 argument, got 0") }
            if a.count > 3 { throw PythonError(PyExc.TypeError, "range expected at most 3 arguments, got \(a.count)") }
            let v = try a.map { try Ops.indexInt($0) }
            if v.count == 1 { return PyRange(start: 0, stop: v[0], step: 1) }
            let step = v.count == 3 ? v[2] : 1
            if step == 0 { throw PythonError(PyExc.ValueError, "range() arg 3 must not be zero") }
            return PyRange(start: v[0], stop: v[1], step: step)
        }
        ctor(PyTypes.slice) { t, a, k in
            try Args("slice", a, k).check(min: 1, max: 3)
            if a.count == 1 { return PySlice(start: pyNone, stop: a[0], step: pyNone) }
            return PySlice(start: a[0], stop: a[1], step: a.count > 2 ? a[2] : pyNone)
        }
        ctor(PyTypes.property) { t, a, k in
            let args = Args("property", a, k)
            func arg(_ i: Int, _ n: String) -> PyObject? {
                let v = args[i] ?? args.keyword(n)
                return v === pyNone ? nil : v
            }
            var doc = arg(3, "doc")
            // Without a doc, a property takes its getter's docstring.
            if doc == nil, let g = arg(0, "fget"), let d = try Ops.getAttrOptional(g, PyStr.intern("__doc__")), d !== pyNone { doc = d }
            return PyProperty(fget: arg(0, "fget"), fset: arg(1, "fset"), fdel: arg(2, "fdel"), doc: doc, type: t)
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
            let args = Args("enumerate", a, k)
            try args.check(min: 1, max: 2, keywords: ["iterable", "start"])
            let it = try Ops.iter(args[0] ?? args.keyword("iterable")!)
            var i = try (args[1] ?? args.keyword("start")).map { try Ops.index($0).bigValue } ?? 0
            return PyNativeIterator(type: VMTypes.enumerate) {
                guard let x = try Ops.next(it) else { return nil }
                defer { i += 1 }
                return PyTuple([PyInt.make(i), x])
            }
        }
        ctor(VMTypes.zip) { t, a, k in
            let strict = try k.first { $0.0 == "strict" }.map { try Ops.isTrue($0.1) } ?? false
            var its: [PyObject] = []
            for (n, x) in a.enumerated() {
                do { its.append(try Ops.iter(x)) } catch let e as PythonError where e.exception.type === PyExc.TypeError {
                    throw PythonError(PyExc.TypeError, "zip argument #\(n + 1) must support iteration")
                }
            }
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
            try Args("reversed", a, k).check(min: 1, max: 1)
            let o = a[0]
            if let m = Ops.heapLookup(o.type, "__reversed__") {
                if m === pyNone { throw PythonError(PyExc.TypeError, "'\(o.type.name)' object is not reversible") }
                return try Ops.call(m, args: [o])
            }
            let items: [PyObject]
            switch o {
            case let l as PyList:
                var i = l.items.count - 1
                return PyNativeIterator(type: VMTypes.reversed) {
                    guard i >= 0 && i < l.items.count else { return nil }
                    defer { i -= 1 }
                    return l.items[i]
                }
            case is PyTuple, is PyStr, is PyRange, is PyBytes: items = try Ops.toArray(o)
            case let d as PyDict: items = d.items.map(\.key)
            default:
                guard o.type.lookup("__getitem__") != nil else {
                    throw PythonError(PyExc.TypeError, "'\(o.type.name)' object is not reversible")
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
        def(i, "bit_length") { r, _, _ in
            let v = (r as! PyInt).bigValue
            return PyInt.make(v == 0 ? 0 : v.magnitude.bitWidth - v.magnitude.leadingZeroBitCount)
        }
        def(i, "conjugate") { r, _, _ in PyInt.make((r as! PyInt).bigValue) }
        def(i, "__index__") { r, _, _ in PyInt.make((r as! PyInt).bigValue) }
        def(i, "__int__") { r, _, _ in PyInt.make((r as! PyInt).bigValue) }
        def(i, "__float__") { r, _, _ in PyFloat(try Numbers.toDouble(r as! PyInt)) }
        def(i, "as_integer_ratio") { r, _, _ in PyTuple([PyInt.make((r as! PyInt).bigValue), PyInt.make(1)]) }
        def(i, "to_bytes") { r, a, k in
            let args = Args("to_bytes", a, k)
            let length = try (args[0] ?? args.keyword("length")).map { try Ops.indexInt($0) } ?? 1
            let order = ((args[1] ?? args.keyword("byteorder")) as? PyStr)?.value ?? "big"
            let signed = try args.keyword("signed").map(Ops.isTrue) ?? false
            var v = (r as! PyInt).bigValue
            if v < 0 && !signed { throw PythonError(PyExc.OverflowError, "can't convert negative int to unsigned") }
            if v < 0 { v += BigInt(1) << (8 * length) }
            var bytes: [UInt8] = []
            for _ in 0..<length { bytes.append(UInt8(truncatingIfNeeded: Int(v & 0xff))); v >>= 8 }
            if v != 0 { throw PythonError(PyExc.OverflowError, "int too big to convert") }
            return PyBytes(order == "little" ? bytes : bytes.reversed())
        }
        classDef(i, "from_bytes") { _, a, k in
            let args = Args("from_bytes", a, k)
            let bytes = try Conversions.toBytes(args[0] ?? args.keyword("bytes"), encoding: nil)
            let order = ((args[1] ?? args.keyword("byteorder")) as? PyStr)?.value ?? "big"
            let signed = try args.keyword("signed").map(Ops.isTrue) ?? false
            var v = BigInt(0)
            for b in (order == "little" ? bytes.reversed() : bytes) { v = (v << 8) | BigInt(b) }
            if signed, let first = (order == "little" ? bytes.last : bytes.first), first & 0x80 != 0 {
                v -= BigInt(1) << (8 * bytes.count)
            }
            return PyInt.make(v)
        }
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
        def(i, "__floor__") { r, _, _ in PyInt.make((r as! PyInt).bigValue) }
        def(i, "__ceil__") { r, _, _ in PyInt.make((r as! PyInt).bigValue) }

        let f = PyTypes.float
        def(f, "is_integer") { r, _, _ in
            let v = (r as! PyFloat).value
            return pyBool(v.isFinite && v == v.rounded(.towardZero))
        }
        def(f, "conjugate") { r, _, _ in r }
        def(f, "__float__") { r, _, _ in r }
        def(f, "__int__") { r, _, _ in try Conversions.toInt(r, base: nil) }
        def(f, "as_integer_ratio") { r, _, _ in
            var v = (r as! PyFloat).value
            guard v.isFinite else {
                throw PythonError(v.isNaN ? PyExc.ValueError : PyExc.OverflowError,
                                  v.isNaN ? "cannot convert NaN to integer ratio" : "cannot convert Infinity to integer ratio")
            }
            var den = BigInt(1)
            while v != v.rounded(.towardZero) { v *= 2; den *= 2 }
            return PyTuple([PyInt.make(BigInt(v)), PyInt.make(den)])
        }
        let c = PyTypes.complex
        def(c, "conjugate") { r, _, _ in let z = r as! PyComplex; return PyComplex(real: z.real, imag: -z.imag) }

        let t = PyTypes.tuple
        def(t, "index") { r, a, _ in
            let items = (r as! PyTuple).items
            guard let x = a.first else { throw PythonError(PyExc.TypeError, "index expected at least 1 argument, got 0") }
            for (n, y) in items.enumerated() where try Ops.equal(y, x) { return PyInt.make(n) }
            throw PythonError(PyExc.ValueError, "tuple.index(x): x not in tuple")
        }
        def(t, "count") { r, a, _ in
            guard let x = a.first else { throw PythonError(PyExc.TypeError, "count() takes exactly one argument (0 given)") }
            var n = 0
            for y in (r as! PyTuple).items where try Ops.equal(y, x) { n += 1 }
            return PyInt.make(n)
        }
        def(t, "__getitem__") { r, a, _ in try Ops.getItem(PyTuple((r as! PyTuple).items), a[0]) }
        def(t, "__len__") { r, _, _ in PyInt.make((r as! PyTuple).items.count) }

        let s = PyTypes.set
        for st in [PyTypes.set, PyTypes.frozenset] {
            def(st, "copy") { r, _, _ in
                let n = PySet(type: (r as! PySet).isFrozen ? PyTypes.frozenset : PyTypes.set)
                for e in (r as! PySet).elements { try n.add(e) }
                return n
            }
            for (name, op) in [("union", BinaryOperator.or), ("intersection", .and), ("difference", .sub),
                               ("symmetric_difference", .xor)] {
                def(st, name) { r, a, _ in
                    var acc: PyObject = r
                    if a.isEmpty { acc = try Ops.binaryOp(r, PySet(), .or) }
                    for o in a {
                        let other = PySet()
                        for e in try Ops.toArray(o) { try other.add(e) }
                        acc = try Sequences.binary(acc, other, op)!
                    }
                    return acc
                }
            }
            def(st, "issubset") { r, a, _ in
                let other = PySet(); for e in try Ops.toArray(a[0]) { try other.add(e) }
                return pyBool(try (r as! PySet).elements.allSatisfy { try other.contains($0) })
            }
            def(st, "issuperset") { r, a, _ in
                let me = r as! PySet
                return pyBool(try Ops.toArray(a[0]).allSatisfy { try me.contains($0) })
            }
            def(st, "isdisjoint") { r, a, _ in
                let me = r as! PySet
                return pyBool(try !Ops.toArray(a[0]).contains { try me.contains($0) })
            }
        }
        def(s, "add") { r, a, _ in
            try Args("add", a, []).check(min: 1, max: 1)
            try (r as! PySet).add(a[0]); return pyNone
        }
        def(s, "remove") { r, a, _ in
            if !(try (r as! PySet).remove(a[0])) { throw PythonError(PyExc.KeyError, args: [a[0]]) }
            return pyNone
        }
        def(s, "discard") { r, a, _ in try (r as! PySet).remove(a[0]); return pyNone }
        def(s, "clear") { r, _, _ in (r as! PySet).storage.clear(); return pyNone }
        def(s, "pop") { r, _, _ in
            let me = r as! PySet
            guard let e = me.elements.first else { throw PythonError(PyExc.KeyError, "pop from an empty set") }
            try me.remove(e)
            return e
        }
        def(s, "update") { r, a, _ in
            for o in a { for e in try Ops.toArray(o) { try (r as! PySet).add(e) } }
            return pyNone
        }
        def(s, "intersection_update") { r, a, _ in
            let me = r as! PySet
            for o in a {
                let other = PySet(); for e in try Ops.toArray(o) { try other.add(e) }
                for e in me.elements where !(try other.contains(e)) { try me.remove(e) }
            }
            return pyNone
        }
        def(s, "difference_update") { r, a, _ in
            for o in a { for e in try Ops.toArray(o) { try (r as! PySet).remove(e) } }
            return pyNone
        }

        BytesMethods.install()

        let prop = PyTypes.property
        for (name, which) in [("getter", 0), ("setter", 1), ("deleter", 2)] {
            def(prop, name) { r, a, _ in
                let p = r as! PyProperty
                let n = PyProperty(fget: p.fget, fset: p.fset, fdel: p.fdel, doc: p.doc, type: p.type)
                n.name = p.name
                switch which {
                case 0: n.fget = a[0]
                case 1: n.fset = a[0]
                default: n.fdel = a[0]
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
    static func parseIntLiteral(_ text: String, base: Int) -> BigInt? {
        var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if s.first == "+" || s.first == "-" { negative = s.first == "-"; s = s.dropFirst() }
        var b = base
        let lower = s.lowercased()
        if (b == 16 || b == 0) && lower.hasPrefix("0x") { b = 16; s = s.dropFirst(2) }
        else if (b == 8 || b == 0) && lower.hasPrefix("0o") { b = 8; s = s.dropFirst(2) }
        else if (b == 2 || b == 0) && lower.hasPrefix("0b") { b = 2; s = s.dropFirst(2) }
        else if b == 0 {
            b = 10
            if s.count > 1 && s.first == "0" && !s.allSatisfy({ $0 == "0" || $0 == "_" }) { return nil }
        }
        if s.isEmpty || s.first == "_" || s.last == "_" || s.contains("__") { return nil }
        let digits = s.filter { $0 != "_" }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }),
              let v = BigInt(String(digits), radix: b) else { return nil }
        return negative ? -v : v
    }

    static func toInt(_ o: PyObject?, base: PyObject?) throws -> PyInt {
        guard let o = o else { return PyInt.make(0) }
        if let bo = base {
            let b = try Ops.indexInt(bo)
            if b != 0 && (b < 2 || b > 36) { throw PythonError(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0") }
            let text: String
            if let s = o as? PyStr { text = s.value } else if let by = o as? PyBytes { text = String(decoding: by.value, as: UTF8.self) } else {
                throw PythonError(PyExc.TypeError, "int() can't convert non-string with explicit base")
            }
            guard let v = parseIntLiteral(text, base: b) else {
                throw PythonError(PyExc.ValueError, "invalid literal for int() with base \(b): \(Repr.strRepr(text))")
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
            guard let v = parseIntLiteral(s.value, base: 10) else {
                throw PythonError(PyExc.ValueError, "invalid literal for int() with base 10: \(Repr.strRepr(s.value))")
            }
            return PyInt.make(v)
        case let b as PyBytes:
            guard let v = parseIntLiteral(String(decoding: b.value, as: UTF8.self), base: 10) else {
                throw PythonError(PyExc.ValueError, "invalid literal for int() with base 10: \(Repr.bytesRepr(b.value))")
            }
            return PyInt.make(v)
        default:
            for name in ["__int__", "__index__", "__trunc__"] {
                if let m = o.type.lookup(name), !(m is PyMethodDescriptor && o.type.flags.contains(.heapType) == false && !(o is PyInt)) {
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

    static func parseFloat(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var body = Substring(t)
        var sign = 1.0
        if body.first == "+" || body.first == "-" { if body.first == "-" { sign = -1 }; body = body.dropFirst() }
        switch body.lowercased() {
        case "inf", "infinity": return sign * .infinity
        case "nan": return .nan
        default: break
        }
        if body.isEmpty || body.first == "_" || body.last == "_" || body.contains("__") { return nil }
        let cleaned = body.filter { $0 != "_" }
        guard cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "e" || $0 == "E" || $0 == "+" || $0 == "-") }),
              cleaned.contains(where: { $0.isNumber }) else { return nil }
        guard let v = Double(String(cleaned)) else { return nil }
        return sign * v
    }

    static func toBytes(_ o: PyObject?, encoding: PyObject?) throws -> [UInt8] {
        guard let o = o else { return [] }
        if o.type.flags.contains(.heapType), let f = o.type.lookup("__bytes__") {
            let r = try Ops.call(Ops.bindDescriptor(f, o, o.type), args: [])
            guard let b = r as? PyBytes else {
                throw PythonError(PyExc.TypeError, "__bytes__ returned non-bytes (type \(r.type.name))")
            }
            return b.value
        }
        switch o {
        case let s as PyStr:
            guard let e = encoding as? PyStr else { throw PythonError(PyExc.TypeError, "string argument without an encoding") }
            return try StrMethods.encode(s.value, e.value)
        case let b as PyBytes: return b.value
        case let b as PyByteArray: return b.value
        case let i as PyInt:
            guard let n = i.intValue, n >= 0 else { throw PythonError(PyExc.ValueError, "negative count") }
            return [UInt8](repeating: 0, count: n)
        default:
            if !Ops.isIterable(o) {
                throw PythonError(PyExc.TypeError, "cannot convert '\(o.type.name)' object to bytes")
            }
            return try Ops.toArray(o).map { x in
                guard let i = x as? PyInt else {
                    throw PythonError(PyExc.TypeError, "'\(x.type.name)' object cannot be interpreted as an integer")
                }
                guard let v = i.intValue, v >= 0 && v < 256 else { throw PythonError(PyExc.ValueError, "bytes must be in range(0, 256)") }
                return UInt8(v)
            }
        }
    }
}
