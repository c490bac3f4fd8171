import PyObjects
import PyCompiler

/// A generator, coroutine or async generator object: a suspended frame.
public final class PyGenerator: PyObject {
    enum Kind: UInt8 { case generator, coroutine, asyncGenerator }
    let frame: Frame
    let kind: Kind
    var running = false
    var finished = false
    /// Async generators: an asend/athrow awaitable is driving the frame (`ag_running`).
    var runningAsync = false
    /// Async generators: `aclose()` was called or the generator ended (`ag_closed`).
    var closed = false
    /// The exception the frame was handling when it suspended: its own `sys.exc_info()`.
    var savedHandled: PyBaseException?
    /// Already handed to the finalizer queue (a generator is finalized at most once).
    var finalized = false
    /// Async generators: the `sys.set_asyncgen_hooks` hooks were applied (on first use), and
    /// the finalizer hook then in force, called instead of closing when it goes away.
    var hooksApplied = false
    var asyncFinalizer: PyObject?
    /// `gi_frame`, made on first use so that it keeps its identity.
    var frameObject: PyFrameObject?
    /// Neighbours in the list of live generators (for closing them at exit), not retained:
    /// `deinit` unlinks.
    unowned(unsafe) var previousLive: PyGenerator?
    unowned(unsafe) var nextLive: PyGenerator?
    public var name: String
    public var qualname: String
    init(frame: Frame, kind: Kind, name: String, qualname: String) {
        self.frame = frame
        self.kind = kind
        self.name = name
        self.qualname = qualname
        switch kind {
        case .generator: super.init(type: PyTypes.generator)
        case .coroutine: super.init(type: GenTypes.coroutine)
        case .asyncGenerator: super.init(type: GenTypes.asyncGenerator)
        }
        previousLive = Generators.newestLive
        previousLive?.nextLive = self
        Generators.newestLive = self
        GCRegistry.track(self)
    }

    /// As in CPython, a suspended generator that goes away is closed, so its `finally`
    /// blocks and `with` exits run.
    deinit {
        nextLive?.previousLive = previousLive
        previousLive?.nextLive = nextLive
        if Generators.newestLive === self { Generators.newestLive = previousLive }
        Generators.finalize(self)
    }
}

/// What `coroutine.__await__()` returns: an iterator driving the coroutine.
final class PyCoroWrapper: PyObject {
    let coro: PyGenerator
    init(_ coro: PyGenerator) {
        self.coro = coro
        super.init(type: GenTypes.coroutineWrapper)
    }
}

/// The awaitables of async generators: `__anext__()`/`asend()` (`athrowArgs == nil`,
/// `isThrow == false`), `athrow()` and `aclose()`.
final class PyAsyncGenAwaitable: PyObject {
    enum State { case initial, iterating, closed }
    let gen: PyGenerator
    let isThrow: Bool
    /// asend: the value to send; athrow: the exception; aclose: nil.
    let sendValue: PyObject
    let throwArgs: [PyObject]?
    var state = State.initial
    init(asend gen: PyGenerator, _ value: PyObject) {
        self.gen = gen
        self.isThrow = false
        self.sendValue = value
        self.throwArgs = nil
        super.init(type: GenTypes.asend)
    }
    init(athrow gen: PyGenerator, _ args: [PyObject]?) {
        self.gen = gen
        self.isThrow = true
        self.sendValue = pyNone
        self.throwArgs = args
        super.init(type: GenTypes.athrow)
    }
}

enum GenTypes {
    private static func make(_ name: String) -> PyType {
        PyType(name: name, bases: [PyTypes.object], flags: [])
    }
    static let coroutine = make("coroutine")
    static let asyncGenerator = make("async_generator")
    static let coroutineWrapper = make("coroutine_wrapper")
    static let asend = make("async_generator_asend")
    static let athrow = make("async_generator_athrow")
    static let anextAwaitable = make("anext_awaitable")
}

/// Running generator frames: send, throw and close, with `yield from`/`await` delegation.
enum Generators {
    /// What a step of a generator produced.
    enum Step {
        case yielded(PyObject)
        case returned(PyObject)
    }

    /// The value a finished iterator returned, for `next()` and `Ops.next` callers.
    nonisolated(unsafe) static var lastReturnValue: PyObject?

    static func kindName(_ g: PyGenerator) -> String {
        switch g.kind {
        case .generator: return "generator"
        case .coroutine: return "coroutine"
        case .asyncGenerator: return "async generator"
        }
    }

    /// Runs `g` until its next yield; nil when it finishes (the return value then is in
    /// `lastReturnValue`). For iteration: only plain generators are iterators.
    static func resume(_ g: PyGenerator, sending value: PyObject) throws -> PyObject? {
        if g.kind != .generator {
            throw PythonError(PyExc.TypeError, "'\(g.type.messageName)' object is not an iterator")
        }
        switch try step(g, send: value) {
        case let .yielded(v): return v
        case let .returned(v):
            lastReturnValue = v === pyNone ? nil : v
            return nil
        }
    }

    /// The iterator a frame suspended in `yield from`/`await` delegates to.
    static func delegate(of f: Frame) -> PyObject? {
        if f.pc > 0 && f.pc < f.code.instructions.count && f.code.instructions[f.pc].opcode == .yieldFrom {
            if let s = f.savedStack, s.count > 0 { return s[s.count - 1] }
        }
        return nil
    }

    static func hasHandler(_ f: Frame) -> Bool {
        f.blocks.contains { $0.kind == Frame.Block.handling }
    }

    /// Resumes `g` with `value` sent in, or with `exc` raised at its suspension point (after
    /// offering it to the iterator of a `yield from`/`await` it is suspended in).
    /// `closeDelegate`: GeneratorExit closes that iterator (false only for `aclose()`).
    /// `throwArgs`: the arguments of the `throw()` call, passed on as they are to a delegate
    /// iterator's own `throw` method.
    static func step(_ g: PyGenerator, send value: PyObject, throwing thrown: PyBaseException? = nil,
                     throwArgs: [PyObject]? = nil, closeDelegate: Bool = true) throws -> Step {
        if g.running {
            throw PythonError(PyExc.ValueError, "\(kindName(g)) already executing")
        }
        if g.finished {
            if g.kind == .coroutine {
                throw PythonError(PyExc.RuntimeError, "cannot reuse already awaited coroutine")
            }
            if let e = thrown { throw PythonError(e) }
            return .returned(pyNone)
        }
        let f = g.frame
        var exc = thrown
        var pushValue = true
        if f.pc == 0 {
            if exc == nil && value !== pyNone {
                throw PythonError(PyExc.TypeError, "can't send non-None value to a just-started \(kindName(g))")
            }
            pushValue = false
        } else if let e = exc, let sub = delegate(of: f) {
            g.running = true
            var r: Step?
            do {
                r = try throwInto(sub, e, throwArgs: throwArgs, closeDelegate: closeDelegate)
            } catch {
                // The delegate's own exception is raised in this frame instead.
                r = nil
                exc = Errors.asPythonError(error).exception
            }
            g.running = false
            switch r {
            case let .yielded(v)?:
                return .yielded(v)
            case let .returned(v)?:
                // The delegate finished: continue after the `yield from` with its result.
                f.savedStack?.removeLast()
                f.savedStack?.append(v)
                f.pc = Int(f.code.instructions[f.pc].arg)
                exc = nil
                pushValue = false
            case nil:
                break
            }
        }
        if let e = exc {
            f.pendingThrow = e
        } else if pushValue {
            f.savedStack?.append(value)
        }
        return try run(g)
    }

    /// Runs the frame of `g` from where it stands.
    private static func run(_ g: PyGenerator) throws -> Step {
        let f = g.frame
        let outer = Runtime.handledException
        if let h = g.savedHandled {
            // The frame suspended inside an except block: that exception is current again,
            // and leaving the outermost handler restores the caller's.
            if let i = f.blocks.firstIndex(where: { $0.kind == Frame.Block.handling }) {
                f.blocks[i].previous = outer
            }
            Runtime.handledException = h
            g.savedHandled = nil
        }
        g.running = true
        let v: PyObject
        do {
            v = try Interpreter.run(f)
        } catch {
            g.running = false
            finish(g)
            Runtime.handledException = outer
            let e = Errors.asPythonError(error).exception
            var what: String?
            if e.type.isSubtype(of: PyExc.StopIteration) {
                what = "StopIteration"
            } else if g.kind == .asyncGenerator && e.type.isSubtype(of: PyExc.StopAsyncIteration) {
                what = "StopAsyncIteration"
            }
            if let w = what {
                // PEP 479: a StopIteration leaking out of a generator is a bug, not its end.
                let r = PyBaseException(type: PyExc.RuntimeError, args: [PyStr("\(kindName(g)) raised \(w)")])
                r.cause = e
                r.context = e
                r.suppressContext = true
                throw PythonError(r)
            }
            throw error
        }
        g.running = false
        if f.code.instructions[f.pc - 1].opcode == .returnValue {
            finish(g)
            Runtime.handledException = outer
            return .returned(v)
        }
        if hasHandler(f) { g.savedHandled = Runtime.handledException }
        Runtime.handledException = outer
        return .yielded(v)
    }

    /// Marks `g` finished and drops what its frame holds, as CPython clears a finished frame.
    private static func finish(_ g: PyGenerator) {
        g.finished = true
        g.savedHandled = nil
        let f = g.frame
        f.pc = f.code.instructions.count
        if var s = f.savedStack {
            f.savedStack = nil
            s.destroy()
        }
        f.blocks = []
        f.pendingThrow = nil
        for i in 0..<f.fast.count { f.fast[i] = nil }
    }

    /// Offers `e` to the iterator `sub` a frame delegates to. nil: raise `e` in the frame.
    static func throwInto(_ sub: PyObject, _ e: PyBaseException, throwArgs: [PyObject]? = nil,
                          closeDelegate: Bool) throws -> Step? {
        let isExit = e.type.isSubtype(of: PyExc.GeneratorExit)
        if let g = asGenerator(sub) {
            if isExit && closeDelegate {
                try close(g)
                return nil
            }
            return try step(g, send: pyNone, throwing: e, throwArgs: throwArgs, closeDelegate: closeDelegate)
        }
        if isExit {
            if let m = try Ops.getAttrOptional(sub, PyStr.intern("close")) { _ = try Ops.call(m, args: []) }
            return nil
        }
        guard let m = try Ops.getAttrOptional(sub, PyStr.intern("throw")) else { return nil }
        do {
            return .yielded(try Ops.call(m, args: throwArgs ?? [e]))
        } catch let s as PythonError where s.exception.type.isSubtype(of: PyExc.StopIteration) {
            return .returned(s.exception.args.items.first ?? pyNone)
        }
    }

    static func asGenerator(_ o: PyObject) -> PyGenerator? {
        if let g = o as? PyGenerator { return g }
        if let w = o as? PyCoroWrapper { return w.coro }
        return nil
    }

    /// One step of `yield from`/`await`: sends `value` into the iterator `it`.
    static func sendInto(_ it: PyObject, _ value: PyObject) throws -> Step {
        if let g = asGenerator(it) { return try step(g, send: value) }
        if let n = it as? PyNativeIterator, value === pyNone {
            if let v = try n.next() { return .yielded(v) }
            return .returned(pyNone)
        }
        do {
            if value === pyNone {
                guard let m = it.type.lookup("__next__") else {
                    throw PythonError(PyExc.TypeError, "'\(it.type.messageName)' object is not an iterator")
                }
                return .yielded(try Ops.call(Ops.bindDescriptor(m, it, it.type), args: []))
            }
            return .yielded(try Ops.callMethod(it, "send", [value]))
        } catch let s as PythonError where s.exception.type.isSubtype(of: PyExc.StopIteration) {
            return .returned(s.exception.args.items.first ?? pyNone)
        }
    }

    /// `yield from x` (only in plain generators: it is a syntax error in `async def`): the
    /// iterator to delegate to.
    static func yieldFromIter(_ v: PyObject) throws -> PyObject {
        if let g = v as? PyGenerator {
            if g.kind == .coroutine {
                throw PythonError(PyExc.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
            }
            if g.kind == .generator { return g }
        }
        return try Ops.iter(v)
    }

    /// `close()`.
    static func close(_ g: PyGenerator) throws {
        if g.finished { return }
        if g.running { throw PythonError(PyExc.ValueError, "\(kindName(g)) already executing") }
        if g.frame.pc == 0 {
            finish(g)
            return
        }
        let r: Step
        do {
            r = try step(g, send: pyNone, throwing: PyBaseException(type: PyExc.GeneratorExit, args: []))
        } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.GeneratorExit)
                    || e.exception.type.isSubtype(of: PyExc.StopIteration) {
            return
        }
        if case .yielded = r {
            throw PythonError(PyExc.RuntimeError, "\(kindName(g)) ignored GeneratorExit")
        }
    }

    /// Generators that went away suspended inside a try/with block, waiting to be closed, or
    /// async generators waiting for their finalizer hook.
    nonisolated(unsafe) static var pendingFinalizers: [(PyGenerator, hook: PyObject?)] = []
    nonisolated(unsafe) static var hasPendingFinalizers = false

    /// Called from `deinit`. Closing runs Python code, which must not happen inside whatever
    /// released the generator (a dict being mutated, say), so a stand-in owning the same frame
    /// is queued and closed at the next safe point of the eval loop (a call, a `del`, a store to
    /// a module or global name).
    static func finalize(_ g: PyGenerator) {
        if g.kind == .coroutine && !g.finished && !g.finalized && g.frame.pc == 0 {
            warnNeverAwaited(g, atExit: false)
            return
        }
        if g.finalized || g.finished { return }
        let hook = g.closed ? nil : g.asyncFinalizer
        if hook == nil && (g.frame.pc == 0 || g.frame.blocks.isEmpty && delegate(of: g.frame) == nil) {
            return
        }
        let proxy = PyGenerator(frame: g.frame, kind: g.kind, name: g.name, qualname: g.qualname)
        proxy.savedHandled = g.savedHandled
        proxy.closed = g.closed
        proxy.runningAsync = g.runningAsync
        proxy.hooksApplied = true
        proxy.finalized = true
        pendingFinalizers.append((proxy, hook))
        hasPendingFinalizers = true
    }

    /// Locations already warned about, as the default warnings filter shows each once.
    nonisolated(unsafe) static var warnedLocations = Set<String>()

    /// CPython's RuntimeWarning for a coroutine that is dropped without having run.
    static func warnNeverAwaited(_ g: PyGenerator, atExit: Bool) {
        let message = "RuntimeWarning: coroutine '\(g.qualname)' was never awaited\n"
        var text: String
        if !atExit, let f = Runtime.currentFrame {
            let file = f.code.filename, line = f.currentLine
            guard warnedLocations.insert("\(file):\(line):\(g.qualname)").inserted else { return }
            text = "\(file):\(line): " + message
            if let src = Traceback.line(file, line) {
                text += "  " + String(src.drop(while: Traceback.isSpace)) + "\n"
            }
            text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        } else {
            text = "sys:1: " + message
        }
        Stdio.flush(Stdio.stdout)
        try? Stdio.write(Stdio.stderr, text)
        Stdio.flush(Stdio.stderr)
    }

    static func runPendingFinalizers() {
        hasPendingFinalizers = false
        let savedReturn = lastReturnValue
        defer { lastReturnValue = savedReturn }
        while !pendingFinalizers.isEmpty {
            let batch = pendingFinalizers
            pendingFinalizers = []
            for (g, hook) in batch {
                if let h = hook {
                    do { _ = try Ops.call(h, args: [g]) } catch { reportUnraisable(g, error) }
                } else {
                    closeReportingErrors(g)
                }
            }
        }
    }

    /// Closes `g` for its finalization: errors are reported on stderr, not raised.
    static func closeReportingErrors(_ g: PyGenerator) {
        g.finalized = true
        do { try close(g) } catch { reportUnraisable(g, error) }
    }

    /// CPython's report of an exception nobody can catch (sys.unraisablehook's default).
    static func reportUnraisable(_ g: PyGenerator, _ error: Error) {
        let e = Errors.asPythonError(error).exception
        Stdio.flush(Stdio.stdout)
        let text = "Exception ignored in: <\(g.type.name) object \(g.qualname) at \(Repr.address(g))>\n"
            + Traceback.format(e)
        try? Stdio.write(Stdio.stderr, text)
        Stdio.flush(Stdio.stderr)
    }

    // MARK: sys.set_asyncgen_hooks

    nonisolated(unsafe) static var firstiterHook: PyObject?
    nonisolated(unsafe) static var finalizerHook: PyObject?

    /// On an async generator's first `__anext__`/`asend`/`athrow`/`aclose`: remember the
    /// finalizer hook and call the firstiter hook.
    static func applyHooks(_ g: PyGenerator) throws {
        if g.hooksApplied { return }
        g.hooksApplied = true
        g.asyncFinalizer = finalizerHook
        if let f = firstiterHook { _ = try Ops.call(f, args: [g]) }
    }

    static let hooksType: PyType = {
        let t = PyType(name: "asyncgen_hooks", bases: [PyTypes.tuple], flags: [])
        let names = ["firstiter", "finalizer"]
        for (i, name) in names.enumerated() {
            t.dict.setItem(string: name, PyProperty(fget: PyBuiltinFunction(name: name) { a, _ in (a[0] as! PyTuple).items[i] },
                                                    fset: nil, fdel: nil, doc: nil))
        }
        t.slots.repr = { o in
            let items = (o as! PyTuple).items
            return "asyncgen_hooks(" + zip(names, items).map { "\($0)=\((try? Ops.repr($1).value) ?? "?")" }
                .joined(separator: ", ") + ")"
        }
        return t
    }()

    static func installSys(_ d: PyDict) {
        let get = PyBuiltinFunction(name: "get_asyncgen_hooks", boundSelf: nil) { _, _ in
            PyTuple([firstiterHook ?? pyNone, finalizerHook ?? pyNone], type: hooksType)
        }
        let set = PyBuiltinFunction(name: "set_asyncgen_hooks", boundSelf: nil) { a, k in
            if a.count > 2 { throw PythonError(PyExc.TypeError, "function takes at most 2 arguments (\(a.count) given)") }
            var firstiter: PyObject? = a.count > 0 ? a[0] : nil
            var finalizer: PyObject? = a.count > 1 ? a[1] : nil
            for (name, v) in k {
                switch name {
                case "firstiter": firstiter = v
                case "finalizer": finalizer = v
                default: throw PythonError(PyExc.TypeError, "'\(name)' is an invalid keyword argument for this function")
                }
            }
            for (name, v) in [("finalizer", finalizer), ("firstiter", firstiter)] {
                if let v = v, v !== pyNone, !Ops.isCallable(v) {
                    throw PythonError(PyExc.TypeError, "callable \(name) expected, got \(v.type.name)")
                }
            }
            if let f = finalizer { finalizerHook = f === pyNone ? nil : f }
            if let f = firstiter { firstiterHook = f === pyNone ? nil : f }
            return pyNone
        }
        for f in [get, set] {
            f.moduleName = "sys"
            d.setItem(string: f.name, f)
        }
    }

    /// The most recently created generator still alive; older ones through `previousLive`.
    nonisolated(unsafe) static unowned(unsafe) var newestLive: PyGenerator?

    /// At exit CPython collects what is left, closing suspended generators (oldest first)
    /// with the modules' globals still in place: do the same.
    static func finalizeAtExit() {
        if hasPendingFinalizers { runPendingFinalizers() }
        var live: [PyGenerator] = []
        var g = newestLive
        while let x = g {
            live.append(x)
            g = x.previousLive
        }
        for g in live.reversed() where !g.finalized && !g.finished && !g.running {
            if let h = g.asyncFinalizer, !g.closed {
                g.finalized = true
                do { _ = try Ops.call(h, args: [g]) } catch { reportUnraisable(g, error) }
            } else if g.frame.pc != 0 {
                if !g.frame.blocks.isEmpty || delegate(of: g.frame) != nil { closeReportingErrors(g) }
            } else if g.kind == .coroutine {
                g.finalized = true
                warnNeverAwaited(g, atExit: true)
            }
        }
        if hasPendingFinalizers { runPendingFinalizers() }
    }

    /// The exception `throw(typ[, val[, tb]])` raises.
    static func exceptionForThrow(_ a: [PyObject], _ what: String = "throw") throws -> PyBaseException {
        guard a.count >= 1 && a.count <= 3 else {
            throw PythonError(PyExc.TypeError, "\(what) expected at least 1 argument, got \(a.count)")
        }
        let typ = a[0]
        let val: PyObject = a.count > 1 ? a[1] : pyNone
        let tb: PyObject = a.count > 2 ? a[2] : pyNone
        if tb !== pyNone && !(tb is PyTracebackObject) {
            throw PythonError(PyExc.TypeError, "\(what)() third argument must be a traceback object")
        }
        let exc: PyBaseException
        if let t = typ as? PyType, t.isSubtype(of: PyExc.BaseException) {
            if let v = val as? PyBaseException, v.type.isSubtype(of: t) {
                exc = v
            } else {
                let args: [PyObject] = val === pyNone ? [] : (val as? PyTuple)?.items ?? [val]
                let v = try Ops.call(t, args: args)
                guard let e = v as? PyBaseException else {
                    throw PythonError(PyExc.TypeError,
                        "calling \(Repr.typeRepr(t)) should have returned an instance of BaseException, not \(v.type.name)")
                }
                exc = e
            }
        } else if let e = typ as? PyBaseException {
            if val !== pyNone {
                throw PythonError(PyExc.TypeError, "instance exception may not have a separate value")
            }
            exc = e
        } else {
            throw PythonError(PyExc.TypeError,
                "exceptions must be classes or instances deriving from BaseException, not \(typ.type.name)")
        }
        if tb !== pyNone { exc.traceback = tb }
        return exc
    }

    static func stopIteration(_ v: PyObject) -> PythonError {
        PythonError(PyExc.StopIteration, args: v === pyNone ? [] : [v])
    }

    /// `send`/`throw` as methods: a return becomes StopIteration(value).
    static func result(_ s: Step) throws -> PyObject {
        switch s {
        case let .yielded(v): return v
        case let .returned(v): throw stopIteration(v)
        }
    }

    // MARK: await and async iteration

    /// `await x`: the iterator to delegate to. `context`: 0 plain await, 1 after
    /// `__aenter__`, 2 after `__aexit__`.
    static func awaitable(_ o: PyObject, context: Int32 = 0) throws -> PyObject {
        if let g = o as? PyGenerator, g.kind == .coroutine {
            if delegate(of: g.frame) != nil && !g.finished {
                throw PythonError(PyExc.RuntimeError, "coroutine is being awaited already")
            }
            return g
        }
        // A generator made a coroutine by types.coroutine (CO_ITERABLE_COROUTINE).
        if let g = o as? PyGenerator, g.kind == .generator, g.frame.code.futureFlags & CodeReplace.iterableCoroutine != 0 {
            return g
        }
        guard let m = o.type.lookup("__await__") else {
            switch context {
            case 1:
                throw PythonError(PyExc.TypeError,
                    "'async with' received an object from __aenter__ that does not implement __await__: \(o.type.name)")
            case 2:
                throw PythonError(PyExc.TypeError,
                    "'async with' received an object from __aexit__ that does not implement __await__: \(o.type.name)")
            default:
                throw PythonError(PyExc.TypeError, "object \(o.type.name) can't be used in 'await' expression")
            }
        }
        let it = try Ops.call(Ops.bindDescriptor(m, o, o.type), args: [])
        if let g = it as? PyGenerator, g.kind == .coroutine {
            throw PythonError(PyExc.TypeError, "__await__() returned a coroutine")
        }
        if !(it is PyNativeIterator || it is PyCoroWrapper || (it as? PyGenerator)?.kind == .generator
             || it.type.lookup("__next__") != nil) {
            throw PythonError(PyExc.TypeError, "__await__() returned non-iterator of type '\(it.type.name)'")
        }
        return it
    }

    /// `async for`: `__aiter__()` of the iterable.
    static func aiter(_ o: PyObject) throws -> PyObject {
        guard let m = o.type.lookup("__aiter__") else {
            throw PythonError(PyExc.TypeError, "'async for' requires an object with __aiter__ method, got \(o.type.name)")
        }
        let it = try Ops.call(Ops.bindDescriptor(m, o, o.type), args: [])
        if it.type.lookup("__anext__") == nil {
            throw PythonError(PyExc.TypeError,
                "'async for' received an object from __aiter__ that does not implement __anext__: \(it.type.name)")
        }
        return it
    }

    /// `async for`: the awaitable iterator of `__anext__()`.
    static func anext(_ it: PyObject) throws -> PyObject {
        if let g = it as? PyGenerator, g.kind == .asyncGenerator {
            try applyHooks(g)
            return PyAsyncGenAwaitable(asend: g, pyNone)
        }
        guard let m = it.type.lookup("__anext__") else {
            throw PythonError(PyExc.TypeError, "'async for' requires an iterator with __anext__ method, got \(it.type.name)")
        }
        let a = try Ops.call(Ops.bindDescriptor(m, it, it.type), args: [])
        do {
            return try awaitable(a)
        } catch let e as PythonError where e.exception.type === PyExc.TypeError {
            let r = PyBaseException(type: PyExc.TypeError,
                                    args: [PyStr("'async for' received an invalid object from __anext__: \(a.type.name)")])
            r.cause = e.exception
            r.suppressContext = true
            throw PythonError(r)
        }
    }

    /// `async with`: pushes the bound `__aexit__`, returns the result of `__aenter__()`.
    static func beforeAsyncWith(_ mgr: PyObject) throws -> (exit: PyObject, enterResult: PyObject) {
        guard let enter = Ops.lookupSpecial(mgr, "__aenter__") else {
            throw PythonError(PyExc.TypeError,
                "'\(mgr.type.name)' object does not support the asynchronous context manager protocol")
        }
        guard let exit = Ops.lookupSpecial(mgr, "__aexit__") else {
            throw PythonError(PyExc.TypeError,
                "'\(mgr.type.name)' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
        }
        return (exit, try Ops.call(enter, args: []))
    }

    /// Whether an async generator's frame stopped at a `yield` (a value for `__anext__`)
    /// rather than inside an `await` (a value for the event loop).
    static func stoppedAtYield(_ g: PyGenerator) -> Bool {
        !g.finished && delegate(of: g.frame) == nil
    }

    /// Turns a step of an async generator into what its asend/athrow awaitable produces.
    static func asyncGenUnwrap(_ a: PyAsyncGenAwaitable, _ body: () throws -> Step) throws -> PyObject {
        let g = a.gen
        let s: Step
        do {
            s = try body()
        } catch let e as PythonError {
            a.state = .closed
            g.runningAsync = false
            if e.exception.type.isSubtype(of: PyExc.StopAsyncIteration) || e.exception.type.isSubtype(of: PyExc.GeneratorExit) {
                g.closed = true
            }
            throw e
        }
        switch s {
        case .returned:
            a.state = .closed
            g.runningAsync = false
            g.closed = true
            throw PythonError(PyExc.StopAsyncIteration, args: [])
        case let .yielded(v):
            if stoppedAtYield(g) {
                a.state = .closed
                g.runningAsync = false
                throw stopIteration(v)
            }
            return v
        }
    }

    static func asyncGenSend(_ a: PyAsyncGenAwaitable, _ arg: PyObject) throws -> PyObject {
        let g = a.gen
        if !a.isThrow {
            var v = arg
            switch a.state {
            case .closed:
                throw PythonError(PyExc.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
            case .initial:
                if g.runningAsync {
                    throw PythonError(PyExc.RuntimeError, "anext(): asynchronous generator is already running")
                }
                if v === pyNone { v = a.sendValue }
                a.state = .iterating
                g.runningAsync = true
            case .iterating:
                break
            }
            return try asyncGenUnwrap(a) { try step(g, send: v) }
        }
        // athrow / aclose
        let isClose = a.throwArgs == nil
        if a.state == .closed {
            throw PythonError(PyExc.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
        }
        if g.finished {
            a.state = .closed
            throw PythonError(PyExc.StopIteration, args: [])
        }
        if a.state == .initial {
            if g.runningAsync {
                a.state = .closed
                throw PythonError(PyExc.RuntimeError,
                    "\(isClose ? "aclose" : "athrow")(): asynchronous generator is already running")
            }
            if g.closed {
                a.state = .closed
                throw PythonError(PyExc.StopAsyncIteration, args: [])
            }
            if arg !== pyNone {
                throw PythonError(PyExc.RuntimeError, "can't send non-None value to a just-started coroutine")
            }
            a.state = .iterating
            g.runningAsync = true
            if isClose {
                g.closed = true
                return try acloseResult(a) {
                    try step(g, send: pyNone, throwing: PyBaseException(type: PyExc.GeneratorExit, args: []),
                             closeDelegate: false)
                }
            }
            let exc = try exceptionForThrow(a.throwArgs!, "athrow")
            return try asyncGenUnwrap(a) {
                try step(g, send: pyNone, throwing: exc, throwArgs: a.throwArgs, closeDelegate: false)
            }
        }
        if isClose { return try acloseResult(a) { try step(g, send: arg) } }
        return try asyncGenUnwrap(a) { try step(g, send: arg) }
    }

    static func asyncGenThrow(_ a: PyAsyncGenAwaitable, _ args: [PyObject]) throws -> PyObject {
        let g = a.gen
        if a.state == .closed {
            let what = a.isThrow ? "aclose()/athrow()" : "__anext__()/asend()"
            throw PythonError(PyExc.RuntimeError, "cannot reuse already awaited \(what)")
        }
        let exc = try exceptionForThrow(args)
        if a.isThrow && a.throwArgs == nil {
            return try acloseResult(a) { try step(g, send: pyNone, throwing: exc, closeDelegate: false) }
        }
        return try asyncGenUnwrap(a) {
            try step(g, send: pyNone, throwing: exc, throwArgs: args, closeDelegate: false)
        }
    }

    /// aclose(): a yielded value means GeneratorExit was ignored; the generator's end is the
    /// awaitable's end.
    static func acloseResult(_ a: PyAsyncGenAwaitable, _ body: () throws -> Step) throws -> PyObject {
        let g = a.gen
        do {
            let s = try body()
            switch s {
            case let .yielded(v):
                if !stoppedAtYield(g) { return v }
                a.state = .closed
                g.runningAsync = false
                throw PythonError(PyExc.RuntimeError, "async generator ignored GeneratorExit")
            case .returned:
                a.state = .closed
                g.runningAsync = false
                throw PythonError(PyExc.StopIteration, args: [])
            }
        } catch let e as PythonError {
            a.state = .closed
            g.runningAsync = false
            if e.exception.type.isSubtype(of: PyExc.StopAsyncIteration) || e.exception.type.isSubtype(of: PyExc.GeneratorExit) {
                throw PythonError(PyExc.StopIteration, args: [])
            }
            throw e
        }
    }

    // MARK: attributes and methods

    static func attribute(_ g: PyGenerator, _ name: String) -> PyObject? {
        let prefix: String
        switch g.kind {
        case .generator: prefix = "gi_"
        case .coroutine: prefix = "cr_"
        case .asyncGenerator: prefix = "ag_"
        }
        switch name {
        case "__name__": return PyStr(g.name)
        case "__qualname__": return PyStr(g.qualname)
        default: break
        }
        guard name.hasPrefix(prefix) else { return nil }
        switch name.dropFirst(3) {
        case "running": return pyBool(g.kind == .asyncGenerator ? g.runningAsync : g.running)
        case "code": return g.frame.code
        case "frame":
            if g.finished { return pyNone }
            if let fo = g.frameObject { return fo }
            let fo = PyFrameObject(g.frame)
            g.frameObject = fo
            return fo
        case "suspended" where g.kind != .asyncGenerator: return pyBool(!g.finished && !g.running && g.frame.pc != 0)
        case "yieldfrom" where g.kind == .generator, "await" where g.kind != .generator:
            if g.running || g.finished { return pyNone }
            return delegate(of: g.frame) ?? pyNone
        case "origin" where g.kind == .coroutine: return pyNone
        default: return nil
        }
    }

    static func frameAttribute(_ f: PyFrameObject, _ name: String) -> PyObject? {
        let frame = f.frame
        switch name {
        case "f_code": return frame.code
        case "f_lineno":
            return PyInt.make(frame.pc == 0 ? frame.code.firstLineno : frame.currentLine)
        case "f_lasti": return PyInt.make(frame.lastInstruction * 2)
        case "f_globals": return frame.globals
        case "f_back": return pyNone
        case "f_locals":
            let d = PyDict()
            for (i, n) in frame.code.varnames.enumerated() {
                if let v = frame.fast[i] { d.setItem(string: n, v) }
            }
            return d
        default: return nil
        }
    }

    static func setAttribute(_ g: PyGenerator, _ name: String, _ value: PyObject) throws -> Bool {
        switch name {
        case "__name__", "__qualname__":
            guard let s = value as? PyStr else {
                throw PythonError(PyExc.TypeError, "\(name) must be set to a string object")
            }
            if name == "__name__" { g.name = s.value } else { g.qualname = s.value }
            return true
        default:
            return false
        }
    }

    static func repr(_ o: PyObject) -> String {
        if let g = o as? PyGenerator { return "<\(g.type.name) object \(g.qualname) at \(Repr.address(g))>" }
        return "<\(o.type.name) object at \(Repr.address(o))>"
    }

    static func installMethods() {
        typealias D = BuiltinMethods
        let g = PyTypes.generator
        let c = GenTypes.coroutine
        for t in [g, c] {
            D.def(t, "send") { r, a, _ in
                guard a.count == 1 else {
                    throw PythonError(PyExc.TypeError, "\(r.type.name).send() takes exactly one argument (\(a.count) given)")
                }
                return try result(step(r as! PyGenerator, send: a[0]))
            }
            D.def(t, "throw") { r, a, _ in
                try result(step(r as! PyGenerator, send: pyNone, throwing: exceptionForThrow(a), throwArgs: a))
            }
            D.def(t, "close") { r, _, _ in
                try close(r as! PyGenerator)
                return pyNone
            }
        }
        D.def(g, "__next__") { r, _, _ in try result(step(r as! PyGenerator, send: pyNone)) }
        D.def(g, "__iter__") { r, _, _ in r }
        D.def(c, "__await__") { r, _, _ in PyCoroWrapper(r as! PyGenerator) }

        let w = GenTypes.coroutineWrapper
        D.def(w, "__next__") { r, _, _ in try result(step((r as! PyCoroWrapper).coro, send: pyNone)) }
        D.def(w, "__iter__") { r, _, _ in r }
        D.def(w, "send") { r, a, _ in try result(step((r as! PyCoroWrapper).coro, send: a.first ?? pyNone)) }
        D.def(w, "throw") { r, a, _ in
            try result(step((r as! PyCoroWrapper).coro, send: pyNone, throwing: exceptionForThrow(a), throwArgs: a))
        }
        D.def(w, "close") { r, _, _ in
            try close((r as! PyCoroWrapper).coro)
            return pyNone
        }

        let ag = GenTypes.asyncGenerator
        D.def(ag, "__aiter__") { r, _, _ in r }
        D.def(ag, "__anext__") { r, _, _ in
            try applyHooks(r as! PyGenerator)
            return PyAsyncGenAwaitable(asend: r as! PyGenerator, pyNone)
        }
        D.def(ag, "asend") { r, a, _ in
            guard a.count == 1 else {
                throw PythonError(PyExc.TypeError, "async_generator.asend() takes exactly one argument (\(a.count) given)")
            }
            try applyHooks(r as! PyGenerator)
            return PyAsyncGenAwaitable(asend: r as! PyGenerator, a[0])
        }
        D.def(ag, "athrow") { r, a, _ in
            if a.isEmpty || a.count > 3 {
                throw PythonError(PyExc.TypeError, "athrow expected at least 1 argument, got \(a.count)")
            }
            try applyHooks(r as! PyGenerator)
            return PyAsyncGenAwaitable(athrow: r as! PyGenerator, a)
        }
        D.def(ag, "aclose") { r, _, _ in
            try applyHooks(r as! PyGenerator)
            return PyAsyncGenAwaitable(athrow: r as! PyGenerator, nil)
        }

        for t in [GenTypes.asend, GenTypes.athrow] {
            D.def(t, "__await__") { r, _, _ in r }
            D.def(t, "__iter__") { r, _, _ in r }
            D.def(t, "__next__") { r, _, _ in try asyncGenSend(r as! PyAsyncGenAwaitable, pyNone) }
            D.def(t, "send") { r, a, _ in try asyncGenSend(r as! PyAsyncGenAwaitable, a.first ?? pyNone) }
            D.def(t, "throw") { r, a, _ in try asyncGenThrow(r as! PyAsyncGenAwaitable, a) }
            D.def(t, "close") { r, _, _ in
                (r as! PyAsyncGenAwaitable).state = .closed
                return pyNone
            }
        }
        // Read-only attributes as descriptors on the types, so that dir() lists them.
        for (t, prefix, names) in [(g, "gi_", ["code", "frame", "running", "suspended", "yieldfrom"]),
                                   (c, "cr_", ["await", "code", "frame", "origin", "running", "suspended"]),
                                   (ag, "ag_", ["await", "code", "frame", "running"])] {
            for n in names {
                let name = prefix + n
                let getter = PyBuiltinFunction(name: name, boundSelf: nil) { a, _ in
                    guard let o = a.first as? PyGenerator, let v = attribute(o, name) else {
                        throw PythonError(PyExc.TypeError, "descriptor '\(name)' needs a \(t.name) object")
                    }
                    return v
                }
                t.dict.setItem(string: name, PyProperty(fget: getter, fset: nil, fdel: nil, doc: nil))
            }
        }
        for t in [g, c, ag, w, GenTypes.asend, GenTypes.athrow, PyTypes.frame] {
            t.slots.repr = { o in
                if let f = o as? PyFrameObject {
                    return "<frame at \(Repr.address(f)), file '\(f.frame.code.filename)', line \(f.frame.currentLine), code \(f.frame.code.name)>"
                }
                return repr(o)
            }
        }
    }

    /// The builtins `aiter()` and `anext()`.
    static func installBuiltins(into d: PyDict) {
        Builtins.fn(d, "aiter") { a, k in
            try Args("aiter", a, k).check(min: 1, max: 1)
            guard let m = a[0].type.lookup("__aiter__") else {
                throw PythonError(PyExc.TypeError, "'\(a[0].type.messageName)' object is not an async iterable")
            }
            let it = try Ops.call(Ops.bindDescriptor(m, a[0], a[0].type), args: [])
            if it.type.lookup("__anext__") == nil {
                throw PythonError(PyExc.TypeError, "aiter() returned not an async iterator of type '\(it.type.name)'")
            }
            return it
        }
        Builtins.fn(d, "anext") { a, k in
            try Args("anext", a, k).check(min: 1, max: 2)
            guard let m = a[0].type.lookup("__anext__") else {
                throw PythonError(PyExc.TypeError, "'\(a[0].type.messageName)' object is not an async iterator")
            }
            let aw = try Ops.call(Ops.bindDescriptor(m, a[0], a[0].type), args: [])
            if a.count == 1 { return aw }
            return AnextDefault(try awaitable(aw), a[1])
        }
        let t = GenTypes.anextAwaitable
        BuiltinMethods.def(t, "__await__") { r, _, _ in r }
        BuiltinMethods.def(t, "__iter__") { r, _, _ in r }
        BuiltinMethods.def(t, "__next__") { r, _, _ in try (r as! AnextDefault).handle { try sendInto($0.inner, pyNone) } }
        BuiltinMethods.def(t, "send") { r, a, _ in
            try (r as! AnextDefault).handle { try sendInto($0.inner, a.first ?? pyNone) }
        }
        BuiltinMethods.def(t, "throw") { r, a, _ in
            let exc = try exceptionForThrow(a)
            return try (r as! AnextDefault).handle { try throwInto($0.inner, exc, closeDelegate: true) ?? { throw PythonError(exc) }() }
        }
        BuiltinMethods.def(t, "close") { r, _, _ in
            let inner = (r as! AnextDefault).inner
            if let m = try Ops.getAttrOptional(inner, PyStr.intern("close")) { _ = try Ops.call(m, args: []) }
            return pyNone
        }
    }
}

/// `anext(it, default)`: awaits `it.__anext__()`, giving `default` at StopAsyncIteration.
final class AnextDefault: PyObject {
    let inner: PyObject
    let defaultValue: PyObject
    init(_ inner: PyObject, _ defaultValue: PyObject) {
        self.inner = inner
        self.defaultValue = defaultValue
        super.init(type: GenTypes.anextAwaitable)
    }

    func handle(_ body: (AnextDefault) throws -> Generators.Step) throws -> PyObject {
        do {
            return try Generators.result(body(self))
        } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.StopAsyncIteration) {
            throw Generators.stopIteration(defaultValue)
        }
    }
}
