import PyObjects
import PyCompiler

/// BaseExceptionGroup / ExceptionGroup and the `except*` instructions.
enum ExceptionGroups {
    static func isGroup(_ o: PyObject) -> Bool { o.type.isSubtype(of: PyExc.BaseExceptionGroup) }

    static func exceptions(_ g: PyBaseException) -> [PyObject] {
        ((try? ExceptionMethods.member(g, "exceptions")) as? PyTuple)?.items ?? []
    }

    /// `BaseExceptionGroup.__new__(cls, message, exceptions)` with CPython's checks; picks
    /// ExceptionGroup when BaseExceptionGroup is given only Exceptions.
    static func new(_ t: PyType, _ a: [PyObject], _ k: [(String, PyObject)]) throws -> PyObject {
        if !k.isEmpty { throw PythonError(PyExc.TypeError, "\(t.name)() takes no keyword arguments") }
        guard a.count == 2 else {
            throw PythonError(PyExc.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (\(a.count) given)")
        }
        guard a[0].type.isSubtype(of: PyTypes.str) else {
            throw PythonError(PyExc.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not \(a[0].type.name)")
        }
        let seq = a[1]
        let isSequence = !(seq.type.isSubtype(of: PyTypes.dict)) &&
            (seq is PyList || seq is PyTuple || seq is PyStr || Ops.lookupSpecial(seq, "__getitem__") != nil)
        guard isSequence else {
            throw PythonError(PyExc.TypeError, "second argument (exceptions) must be a sequence")
        }
        let items = try Ops.toArray(seq)
        if items.isEmpty {
            throw PythonError(PyExc.ValueError, "second argument (exceptions) must be a non-empty sequence")
        }
        var nestedBase = false
        for (i, x) in items.enumerated() {
            guard x is PyBaseException else {
                throw PythonError(PyExc.ValueError, "Item \(i) of second argument (exceptions) is not an exception")
            }
            if !x.type.isSubtype(of: PyExc.Exception) { nestedBase = true }
        }
        var cls = t
        if t === PyExc.BaseExceptionGroup {
            if !nestedBase { cls = PyExc.ExceptionGroup }
        } else if t === PyExc.ExceptionGroup {
            if nestedBase { throw PythonError(PyExc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup") }
        } else if nestedBase && t.isSubtype(of: PyExc.Exception) {
            throw PythonError(PyExc.TypeError, "Cannot nest BaseExceptions in '\(t.name)'")
        }
        let e = PyBaseException(type: cls, args: a)
        e.members = ["message": a[0], "exceptions": PyTuple(items)]
        return e
    }

    static func install() {
        let g = PyExc.BaseExceptionGroup
        BuiltinMethods.def(g, "derive") { r, a, _ in
            guard a.count == 1 else {
                throw PythonError(PyExc.TypeError, "BaseExceptionGroup.derive() takes exactly one argument (\(a.count) given)")
            }
            let msg = try ExceptionMethods.member(r as! PyBaseException, "message") ?? pyNone
            return try Ops.call(PyExc.BaseExceptionGroup, args: [msg, a[0]])
        }
        BuiltinMethods.def(g, "split") { r, a, _ in
            guard a.count == 1 else {
                throw PythonError(PyExc.TypeError, "BaseExceptionGroup.split() takes exactly one argument (\(a.count) given)")
            }
            let (m, rest) = try split(r as! PyBaseException, try matcher(a[0]), constructRest: true)
            return PyTuple([m ?? pyNone, rest ?? pyNone])
        }
        BuiltinMethods.def(g, "subgroup") { r, a, _ in
            guard a.count == 1 else {
                throw PythonError(PyExc.TypeError, "BaseExceptionGroup.subgroup() takes exactly one argument (\(a.count) given)")
            }
            return try split(r as! PyBaseException, try matcher(a[0]), constructRest: false).0 ?? pyNone
        }
    }

    typealias Matcher = (PyBaseException) throws -> Bool

    static func isExceptionClass(_ o: PyObject) -> Bool {
        (o as? PyType)?.isSubtype(of: PyExc.BaseException) ?? false
    }

    /// The condition of split/subgroup: an exception class, a tuple of them, or a predicate.
    static func matcher(_ cond: PyObject) throws -> Matcher {
        if isExceptionClass(cond) {
            let t = cond as! PyType
            return { $0.type.isSubtype(of: t) }
        }
        if let tuple = cond as? PyTuple, tuple.items.allSatisfy(isExceptionClass) {
            let types = tuple.items.map { $0 as! PyType }
            return { e in types.contains { e.type.isSubtype(of: $0) } }
        }
        if !(cond is PyType) && !(cond is PyTuple) && Ops.isCallable(cond) {
            return { try Ops.isTrue(Ops.call(cond, args: [$0])) }
        }
        throw PythonError(PyExc.TypeError, "expected a function, exception type or tuple of exception types")
    }

    /// Splits `e` into the part matching and (optionally) the rest, keeping the nesting;
    /// the parts come from `derive` and carry `e`'s traceback, cause, context and notes.
    static func split(_ e: PyBaseException, _ match: Matcher, constructRest: Bool) throws -> (PyObject?, PyObject?) {
        if try match(e) { return (e, nil) }
        guard isGroup(e) else { return (nil, constructRest ? e : nil) }
        var matched: [PyObject] = [], rest: [PyObject] = []
        for sub in exceptions(e) {
            let (m, r) = try split(sub as! PyBaseException, match, constructRest: constructRest)
            if let m = m { matched.append(m) }
            if let r = r { rest.append(r) }
        }
        return (try subset(e, matched), constructRest ? try subset(e, rest) : nil)
    }

    static func subset(_ orig: PyBaseException, _ excs: [PyObject]) throws -> PyObject? {
        if excs.isEmpty { return nil }
        let r = try Ops.callMethod(orig, "derive", [PyList(excs)])
        guard let eg = r as? PyBaseException, isGroup(eg) else {
            throw PythonError(PyExc.TypeError, "derive must return an instance of BaseExceptionGroup")
        }
        eg.traceback = orig.traceback
        eg.cause = orig.cause
        eg.context = orig.context
        eg.suppressContext = true
        if let notes = try Ops.getAttrOptional(orig, PyStr.intern("__notes__")), Ops.isIterable(notes) {
            try Ops.setAttr(eg, PyStr.intern("__notes__"), PyList(try Ops.toArray(notes)))
        }
        return eg
    }

    static func leafIds(_ e: PyObject, into set: inout Set<ObjectIdentifier>) {
        if let g = e as? PyBaseException, isGroup(g) {
            for sub in exceptions(g) { leafIds(sub, into: &set) }
        } else {
            set.insert(ObjectIdentifier(e))
        }
    }

    static func sameMetadata(_ a: PyBaseException, _ b: PyBaseException) -> Bool {
        a.traceback === b.traceback && a.cause === b.cause && a.context === b.context &&
            a.instanceDict?.getItem(string: "__notes__") === b.instanceDict?.getItem(string: "__notes__")
    }

    static func execute(_ ins: Instruction, _ stack: inout ValueStack) throws {
        switch ins.opcode {
        case .checkEgMatch:
            let type = stack.removeLast()
            let exc = stack.removeLast()
            try checkExceptStarType(type)
            // Once everything was matched the rest is None.
            let (match, rest) = exc === pyNone ? (pyNone, pyNone) : try matchExceptStar(exc as! PyBaseException, type)
            stack.append(rest)
            stack.append(match)
            if let m = match as? PyBaseException { Runtime.handledException = m }
        case .prepReraiseStar:
            let raised = stack.removeLast() as! PyList
            let orig = stack.removeLast() as! PyBaseException
            stack.append(try prepReraise(orig, raised.items.filter { $0 !== pyNone }))
        default:
            preconditionFailure("not an except* instruction: \(ins.opcode)")
        }
    }

    static func checkExceptStarType(_ t: PyObject) throws {
        let types = (t as? PyTuple)?.items ?? [t]
        for x in types {
            guard isExceptionClass(x) else {
                throw PythonError(PyExc.TypeError, "catching classes that do not inherit from BaseException is not allowed")
            }
        }
        for x in types where (x as! PyType).isSubtype(of: PyExc.BaseExceptionGroup) {
            throw PythonError(PyExc.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
        }
    }

    /// (match, rest) of one except* clause; a naked exception that matches is wrapped in a group.
    static func matchExceptStar(_ exc: PyBaseException, _ type: PyObject) throws -> (PyObject, PyObject) {
        if try Errors.matches(exc, type) {
            if isGroup(exc) { return (exc, pyNone) }
            let wrapped = try Ops.call(PyExc.BaseExceptionGroup, args: [PyStr(""), PyTuple([exc])])
            return (wrapped, pyNone)
        }
        if isGroup(exc) {
            let pair = try Ops.callMethod(exc, "split", [type])
            guard let t = pair as? PyTuple, t.items.count == 2 else {
                throw PythonError(PyExc.TypeError, "X.split must return a 2-tuple, got \(pair.type.name)")
            }
            return (t.items[0], t.items[1])
        }
        return (pyNone, exc)
    }

    /// What leaves a try/except* statement: the exceptions its handlers raised and the
    /// unhandled rest. Re-raised parts of the original keep its structure; new ones are
    /// grouped with them in a new ExceptionGroup('', ...).
    static func prepReraise(_ orig: PyBaseException, _ excs: [PyObject]) throws -> PyObject {
        if excs.isEmpty { return pyNone }
        if !isGroup(orig) { return excs[0] }
        var raised: [PyObject] = [], reraised: [PyObject] = []
        for e in excs {
            if sameMetadata(e as! PyBaseException, orig) { reraised.append(e) } else { raised.append(e) }
        }
        var keep = Set<ObjectIdentifier>()
        for e in reraised { leafIds(e, into: &keep) }
        let projected: PyObject?
        if keep.isEmpty {
            projected = nil
        } else {
            projected = try split(orig, { !isGroup($0) && keep.contains(ObjectIdentifier($0)) }, constructRest: false).0
        }
        if raised.isEmpty { return projected ?? pyNone }
        if let p = projected { raised.append(p) }
        if raised.count == 1 { return raised[0] }
        return try Ops.call(PyExc.BaseExceptionGroup, args: [PyStr(""), PyList(raised)])
    }
}
