import PyObjects
import PyCompiler

/// The eval loop.
enum Interpreter {
    /// The exception last propagated out of a frame, until some frame's handler sees it.
    nonisolated(unsafe) static var escaping: PyBaseException?

    static func name(_ f: Frame, _ i: Int32) -> PyStr { f.code.pyNames[Int(i)] }

    /// Executes `f` from `f.pc` until it returns (or yields, for generator frames).
    static func run(_ f: Frame) throws -> PyObject {
        // Automatic cycle collection, at a call boundary where every live value is held by a
        // frame or a Swift local (never in the middle of a runtime operation).
        // The same flag also announces a signal to deliver (SignalDelivery).
        if GCRegistry.collectionDue { try SignalDelivery.safePoint(collect: true) }
        Runtime.depth += 1
        if Runtime.depth > Runtime.recursionLimit || (Runtime.depth > Runtime.deepNesting && Runtime.nativeStackExhausted()) {
            Runtime.depth -= 1
            throw PythonError(PyExc.RecursionError, "maximum recursion depth exceeded")
        }
        let previousFrame = Runtime.currentFrame
        f.back = previousFrame
        Runtime.currentFrame = f
        defer {
            Runtime.depth -= 1
            Runtime.currentFrame = previousFrame
            f.back = nil
        }
        let code = f.code
        let instructions = code.instructions
        let consts = code.consts
        var stack: ValueStack
        if let saved = f.savedStack {
            stack = saved
            f.savedStack = nil
        } else {
            stack = ValueStack(minimumCapacity: 16)
        }
        // A yield hands the stack to the frame instead.
        var suspended = false
        defer { if !suspended { stack.destroy() } }
        var pc = f.pc
        var isReraise = false
        // The exact types of the fast paths, from statically initialised storage (a read of
        // `PyTypes.int` goes through swift_once, and generators enter here on every item).
        let intType = HotTypes.int, floatType = HotTypes.float, functionType = HotTypes.function
        let listType = HotTypes.list, tupleType = HotTypes.tuple

        @inline(__always) func pop() -> PyObject { stack.removeLast() }
        @inline(__always) func push(_ o: PyObject) { stack.append(o) }
        @inline(__always) func top() -> PyObject { stack[stack.count - 1] }

        while true {
            do {
                if let e = f.pendingThrow {
                    // `throw()`/`close()` on a suspended generator: raise at the yield.
                    f.pendingThrow = nil
                    throw PythonError(e)
                }
                while true {
                    let ins = instructions[pc]
                    f.lastInstruction = pc
                    pc += 1
                    switch ins.opcode {
                    case .nop, .genStart:
                        break
                    case .printExpr:
                        let v = pop()
                        guard let hook = Runtime.sys.dict.getItem(string: "displayhook") else {
                            throw PythonError(PyExc.RuntimeError, "lost sys.displayhook")
                        }
                        _ = try Ops.call(hook, args: [v])
                    case .popTop:
                        stack.removeLast()
                    case .dupTop:
                        push(top())
                    case .dupTop2:
                        let a = stack[stack.count - 2], b = stack[stack.count - 1]
                        push(a); push(b)
                    case .rotTwo:
                        stack.swapAt(stack.count - 1, stack.count - 2)
                    case .rotThree:
                        let v = pop()
                        stack.insert(v, at: stack.count - 2)
                    case .rotFour:
                        let v = pop()
                        stack.insert(v, at: stack.count - 3)
                    case .loadConst:
                        push(consts[Int(ins.arg)])
                    case .loadFast:
                        guard let v = f.fast[Int(ins.arg)] else {
                            throw PythonError(PyExc.UnboundLocalError,
                                "cannot access local variable '\(code.varnames[Int(ins.arg)])' where it is not associated with a value")
                        }
                        push(v)
                    case .storeFast:
                        f.fast[Int(ins.arg)] = pop()
                    case .deleteFast:
                        if f.fast[Int(ins.arg)] == nil {
                            throw PythonError(PyExc.UnboundLocalError,
                                "cannot access local variable '\(code.varnames[Int(ins.arg)])' where it is not associated with a value")
                        }
                        f.fast[Int(ins.arg)] = nil
                        // `del` is the usual way to drop a generator: close it now, as CPython does.
                        TypeObjects.drainPending()
                    case .loadDeref:
                        let i = Int(ins.arg)
                        guard let v = f.cells[i].value else { throw unboundDeref(code, i) }
                        push(v)
                    case .storeDeref:
                        f.cells[Int(ins.arg)].value = pop()
                    case .deleteDeref:
                        let i = Int(ins.arg)
                        if f.cells[i].value == nil { throw unboundDeref(code, i) }
                        f.cells[i].value = nil
                    case .loadClosure:
                        push(f.cells[Int(ins.arg)])
                    case .loadClassDeref:
                        let i = Int(ins.arg)
                        let n = i < code.cellvars.count ? code.cellvars[i] : code.freevars[i - code.cellvars.count]
                        if let v = try f.locals?.get(PyStr.intern(n)) {
                            push(v)
                        } else {
                            guard let v = f.cells[i].value else { throw unboundDeref(code, i) }
                            push(v)
                        }
                    case .loadGlobal:
                        let idx = Int(ins.arg)
                        let gv = f.globals.version, bv = f.builtins.version
                        if code.globalCache[idx].globalsVersion == gv && code.globalCache[idx].builtinsVersion == bv,
                           let v = code.globalCache[idx].value {
                            push(v)
                            break
                        }
                        let n = name(f, ins.arg)
                        if let v = try f.globals.get(n) ?? f.builtins.get(n) {
                            if f.globals.version == gv && f.builtins.version == bv {
                                code.globalCache[idx] = GlobalCacheEntry(globalsVersion: gv, builtinsVersion: bv, value: v)
                            }
                            push(v)
                        } else {
                            throw Errors.nameError(n)
                        }
                    case .storeGlobal:
                        try f.globals.set(name(f, ins.arg), pop())
                        TypeObjects.drainPending()
                    case .deleteGlobal:
                        let n = name(f, ins.arg)
                        if try f.globals.remove(n) == nil {
                            throw Errors.nameError(n)
                        }
                        TypeObjects.drainPending()
                    case .loadName:
                        let n = name(f, ins.arg)
                        let locals = f.locals!
                        // Module bodies run with locals === globals: look there once.
                        // A dict subclass namespace (exec/eval locals) may supply misses via __missing__.
                        let local = try locals.get(n) ?? (locals.type === PyTypes.dict ? nil : try Builtins.mappingGet(locals, n))
                        if let v = try local ?? (locals === f.globals ? nil : f.globals.get(n)) ?? f.builtins.get(n) {
                            push(v)
                        } else {
                            throw Errors.nameError(n)
                        }
                    case .storeName:
                        let locals = f.locals!
                        // A class body may run in a dict subclass from `__prepare__`.
                        if locals.type === PyTypes.dict { try locals.set(name(f, ins.arg), pop()) } else {
                            try Ops.setItem(locals, name(f, ins.arg), pop())
                        }
                        TypeObjects.drainPending()
                    case .deleteName:
                        let n = name(f, ins.arg)
                        if try f.locals!.remove(n) == nil {
                            throw Errors.nameError(n)
                        }
                        TypeObjects.drainPending()
                    case .loadAttr:
                        let o = pop()
                        push(try Ops.getAttr(o, name(f, ins.arg)))
                    case .storeAttr:
                        let o = pop()
                        let v = pop()
                        try Ops.setAttr(o, name(f, ins.arg), v)
                    case .deleteAttr:
                        try Ops.delAttr(pop(), name(f, ins.arg))
                        TypeObjects.drainPending()
                    case .loadMethod:
                        let o = pop()
                        let n = name(f, ins.arg)
                        if let m = Ops.lookupMethodForCall(o, n) {
                            push(m); push(o)
                        } else {
                            push(try Ops.getAttr(o, n)); push(Runtime.null)
                        }
                    case .callMethod:
                        TypeObjects.drainPending()
                        let hasKw = ins.arg & (1 << 16) != 0
                        let names: PyTuple? = hasKw ? (pop() as! PyTuple) : nil
                        let argc = Int(ins.arg & 0xffff)
                        let base = stack.count - argc
                        let receiver = stack[base - 1]
                        let callable = stack[base - 2]
                        if !hasKw {
                            let withSelf = receiver !== Runtime.null
                            if let nf = Calls.plainFrame(callable, argc: withSelf ? argc + 1 : argc, functionType: functionType) {
                                var i = argc - 1 + (withSelf ? 1 : 0)
                                while i >= (withSelf ? 1 : 0) { nf.fast[i] = pop(); i -= 1 }
                                let r = pop()
                                if withSelf { nf.fast[0] = r }
                                stack.removeLast()
                                push(try Interpreter.run(nf))
                                break
                            }
                        }
                        var args: [PyObject]
                        if receiver === Runtime.null {
                            args = stack[base...]
                        } else {
                            args = [receiver]
                            args.reserveCapacity(argc + 1)
                            args.append(contentsOf: stack[base...])
                        }
                        stack.removeSubrange((base - 2)...)
                        if let names = names {
                            let nk = names.items.count
                            let kw = zip(names.items, args[(args.count - nk)...]).map { (($0.0 as! PyStr).value, $0.1) }
                            args.removeLast(nk)
                            push(try Ops.call(callable, args: args, kwargs: kw))
                        } else {
                            push(try Ops.call(callable, args: args, kwargs: []))
                        }
                    case .call:
                        TypeObjects.drainPending()
                        // Plain Python calls below skip Ops.call, where queued __del__ methods run.
                        if TypeObjects.hasPendingFinalizers { TypeObjects.runPendingFinalizers() }
                        let argc = Int(ins.arg)
                        let base = stack.count - argc
                        let callable = stack[base - 1]
                        if let nf = Calls.plainFrame(callable, argc: argc, functionType: functionType) {
                            var i = argc - 1
                            while i >= 0 { nf.fast[i] = pop(); i -= 1 }
                            stack.removeLast()
                            push(try Interpreter.run(nf))
                            break
                        }
                        let args = stack[base...]
                        stack.removeSubrange((base - 1)...)
                        push(try Ops.call(callable, args: args, kwargs: []))
                    case .callKw:
                        TypeObjects.drainPending()
                        let names = pop() as! PyTuple
                        let argc = Int(ins.arg)
                        let base = stack.count - argc
                        let callable = stack[base - 1]
                        let nk = names.items.count
                        let args = stack[base..<(stack.count - nk)]
                        var kw: [(String, PyObject)] = []
                        kw.reserveCapacity(nk)
                        for (i, n) in names.items.enumerated() {
                            kw.append(((n as! PyStr).value, stack[stack.count - nk + i]))
                        }
                        stack.removeSubrange((base - 1)...)
                        push(try Ops.call(callable, args: args, kwargs: kw))
                    case .callEx:
                        TypeObjects.drainPending()
                        var kw: [(String, PyObject)] = []
                        if ins.arg & 1 != 0 {
                            let d = pop()
                            kw = try Ops.kwargsPairs(d, calleeName: { Ops.starCallDescription(stack[stack.count - 2]) })
                        }
                        let args = pop() as! PyTuple
                        let callable = pop()
                        push(try Ops.call(callable, args: args.items, kwargs: kw))
                    case .makeFunction:
                        let flags = MakeFunctionFlags(rawValue: ins.arg)
                        let qualname = (pop() as! PyStr).value
                        let fcode = pop() as! CodeObject
                        var closure: [PyCell] = []
                        if flags.contains(.closure) { closure = (pop() as! PyTuple).items.map { $0 as! PyCell } }
                        let annotations = flags.contains(.annotations) ? pop() as? PyDict : nil
                        var kwdefaults: PyDict?
                        if flags.contains(.kwDefaults) { kwdefaults = (pop() as! PyDict) }
                        var defaults: [PyObject] = []
                        if flags.contains(.defaults) { defaults = (pop() as! PyTuple).items }
                        let fn = PyFunction(code: fcode, globals: f.globals, qualname: qualname, defaults: defaults,
                                            kwdefaults: kwdefaults, closure: closure)
                        fn.annotations = annotations
                        push(fn)
                    case .returnValue:
                        let v = pop()
                        f.pc = pc
                        return v
                    case .binarySubscr:
                        let k = pop()
                        let o = pop()
                        if k.type === intType, let v = FastPaths.item(o, unsafeDowncast(k, to: PyInt.self), list: listType, tuple: tupleType) {
                            push(v)
                            break
                        }
                        push(try Ops.getItem(o, k))
                    case .storeSubscr:
                        let k = pop()
                        let o = pop()
                        let v = pop()
                        if o.type === listType && k.type === intType,
                           FastPaths.setListItem(unsafeDowncast(o, to: PyList.self), unsafeDowncast(k, to: PyInt.self), v) {
                            break
                        }
                        try Ops.setItem(o, k, v)
                    case .deleteSubscr:
                        let k = pop()
                        let o = pop()
                        try Ops.delItem(o, k)
                        TypeObjects.drainPending()
                    case .binaryOp:
                        let b = pop()
                        let a = pop()
                        if let r = FastPaths.binary(a, b, ins.arg, int: intType, float: floatType) { push(r); continue }
                        push(try Ops.binaryOp(a, b, BinaryOperator(rawValue: ins.arg)!))
                    case .inplaceOp:
                        let b = pop()
                        let a = pop()
                        // Exact ints and floats are immutable: `a OP= b` is `a OP b`.
                        if let r = FastPaths.binary(a, b, ins.arg, int: intType, float: floatType) { push(r); continue }
                        push(try Ops.inplaceOp(a, b, BinaryOperator(rawValue: ins.arg)!))
                    case .unaryOp:
                        let a = pop()
                        push(try Ops.unaryOp(a, UnaryOperator(rawValue: ins.arg)!))
                    case .compareOp:
                        let b = pop()
                        let a = pop()
                        if let x = a as? PyInt, let y = b as? PyInt, x.big == nil, y.big == nil,
                           x.type === PyTypes.int, y.type === PyTypes.int {
                            let r: Bool
                            switch ins.arg {
                            case CompareOperator.lt.rawValue: r = x.small < y.small
                            case CompareOperator.le.rawValue: r = x.small <= y.small
                            case CompareOperator.eq.rawValue: r = x.small == y.small
                            case CompareOperator.ne.rawValue: r = x.small != y.small
                            case CompareOperator.gt.rawValue: r = x.small > y.small
                            default: r = x.small >= y.small
                            }
                            push(pyBool(r))
                            break
                        }
                        if let r = FastPaths.compare(a, b, ins.arg, int: intType, float: floatType) { push(r); continue }
                        push(try Ops.richCompare(a, b, CompareOperator(rawValue: ins.arg)!))
                    case .isOp:
                        let b = pop()
                        let a = pop()
                        push(pyBool((a === b) != (ins.arg == 1)))
                    case .containsOp:
                        let container = pop()
                        let item = pop()
                        push(pyBool(try Ops.contains(container, item) != (ins.arg == 1)))
                    case .jump:
                        let target = Int(ins.arg)
                        // A backward jump is a safe point for signal handlers (not for collection).
                        if target < pc && GCRegistry.collectionDue { try SignalDelivery.safePoint(collect: false) }
                        pc = target
                    case .popJumpIfFalse:
                        let v = pop()
                        if try v === PyBool.false || (v !== PyBool.true && !Ops.isTrue(v)) { pc = Int(ins.arg) }
                    case .popJumpIfTrue:
                        let v = pop()
                        if try v === PyBool.true || (v !== PyBool.false && Ops.isTrue(v)) { pc = Int(ins.arg) }
                    case .jumpIfFalseOrPop:
                        if try !Ops.isTrue(top()) { pc = Int(ins.arg) } else { stack.removeLast() }
                    case .jumpIfTrueOrPop:
                        if try Ops.isTrue(top()) { pc = Int(ins.arg) } else { stack.removeLast() }
                    case .getIter:
                        push(try Ops.iter(pop()))
                    case .forIter:
                        let it = top()
                        let next: PyObject?
                        if let n = it as? PyNativeIterator { next = try n.next() } else { next = try Ops.next(it) }
                        if let v = next { push(v) } else { stack.removeLast(); pc = Int(ins.arg) }
                    case .buildTuple:
                        let n = Int(ins.arg)
                        let t = PyTuple(Array(stack[(stack.count - n)...]))
                        stack.removeLast(n)
                        push(t)
                    case .buildList:
                        let n = Int(ins.arg)
                        let l = PyList(Array(stack[(stack.count - n)...]))
                        stack.removeLast(n)
                        push(l)
                    case .buildSet:
                        let n = Int(ins.arg)
                        let s = PySet()
                        for o in stack[(stack.count - n)...] { try s.add(o) }
                        stack.removeLast(n)
                        push(s)
                    case .buildMap:
                        let n = Int(ins.arg)
                        let d = PyDict()
                        var i = stack.count - 2 * n
                        while i < stack.count {
                            try d.set(stack[i], stack[i + 1])
                            i += 2
                        }
                        stack.removeLast(2 * n)
                        push(d)
                    case .buildString:
                        let n = Int(ins.arg)
                        var s = ""
                        for o in stack[(stack.count - n)...] { s += (o as! PyStr).value }
                        stack.removeLast(n)
                        push(PyStr(s))
                    case .buildSlice:
                        let step: PyObject = ins.arg == 3 ? pop() : pyNone
                        let stop = pop()
                        let start = pop()
                        push(PySlice(start: start, stop: stop, step: step))
                    case .listAppend:
                        let v = pop()
                        (stack[stack.count - Int(ins.arg)] as! PyList).items.append(v)
                    case .setAdd:
                        let v = pop()
                        try (stack[stack.count - Int(ins.arg)] as! PySet).add(v)
                    case .mapAdd:
                        let v = pop()
                        let k = pop()
                        try (stack[stack.count - Int(ins.arg)] as! PyDict).set(k, v)
                    case .listExtend:
                        let v = pop()
                        let l = stack[stack.count - (Int(ins.arg) & 255)] as! PyList
                        do {
                            l.items.append(contentsOf: try Ops.toArray(v))
                        } catch let e as PythonError where e.exception.type === PyExc.TypeError && !Ops.isIterable(v) {
                            if ins.arg & 256 != 0 {
                                let callee = stack[stack.count - (Int(ins.arg) & 255) - 1]
                                throw PythonError(PyExc.TypeError,
                                    "\(Ops.starCallDescription(callee)) argument after * must be an iterable, not \(v.type.name)")
                            }
                            throw PythonError(PyExc.TypeError, "Value after * must be an iterable, not \(v.type.name)")
                        }
                    case .setUpdate:
                        let v = pop()
                        let s = stack[stack.count - Int(ins.arg)] as! PySet
                        for o in try Ops.toArray(v) { try s.add(o) }
                    case .dictUpdate:
                        let v = pop()
                        let d = stack[stack.count - Int(ins.arg)] as! PyDict
                        if !(v is PyDict) && !Ops.hasAttr(v, "keys") {
                            throw PythonError(PyExc.TypeError, "'\(v.type.messageName)' object is not a mapping")
                        }
                        try Ops.dictUpdate(d, v)
                    case .dictMerge:
                        let v = pop()
                        let d = stack[stack.count - Int(ins.arg)] as! PyDict
                        let callee = stack[stack.count - Int(ins.arg) - 2]
                        for (k, val) in try Ops.kwargsPairs(v, calleeName: { Ops.starCallDescription(callee) }) {
                            let key = PyStr(k)
                            if try d.get(key) != nil {
                                throw PythonError(PyExc.TypeError,
                                    "\(Ops.starCallDescription(callee)) got multiple values for keyword argument '\(k)'")
                            }
                            try d.set(key, val)
                        }
                    case .listToTuple:
                        push(PyTuple((pop() as! PyList).items))
                    case .unpackSequence:
                        let v = pop()
                        let n = Int(ins.arg)
                        let items: [PyObject]
                        // Exact tuples and lists only: a subclass may override __iter__ (platform.uname_result).
                        if let t = v as? PyTuple, t.type === HotTypes.tuple { items = t.items } else if let l = v as? PyList, l.type === HotTypes.list { items = l.items } else {
                            items = try Ops.unpackIterable(v, expected: n)
                        }
                        if items.count != n {
                            if items.count > n {
                                throw PythonError(PyExc.ValueError, "too many values to unpack (expected \(n))")
                            }
                            throw PythonError(PyExc.ValueError, "not enough values to unpack (expected \(n), got \(items.count))")
                        }
                        for o in items.reversed() { push(o) }
                    case .unpackEx:
                        let v = pop()
                        let before = Int(ins.arg & 0xff), after = Int(ins.arg >> 8)
                        guard Ops.isIterable(v) else {
                            throw PythonError(PyExc.TypeError, "cannot unpack non-iterable \(v.type.name) object")
                        }
                        let items = try Ops.toArray(v)
                        if items.count < before + after {
                            throw PythonError(PyExc.ValueError,
                                "not enough values to unpack (expected at least \(before + after), got \(items.count))")
                        }
                        for o in items[(items.count - after)...].reversed() { push(o) }
                        push(PyList(Array(items[before..<(items.count - after)])))
                        for o in items[..<before].reversed() { push(o) }
                    case .formatValue:
                        let spec: PyObject? = ins.arg & 4 != 0 ? pop() : nil
                        var v = pop()
                        switch ins.arg & 3 {
                        case 1: v = try Ops.str(v)
                        case 2: v = try Ops.repr(v)
                        case 3: v = PyStr(Repr.ascii(try Ops.repr(v).value))
                        default: break
                        }
                        if spec == nil, let s = v as? PyStr, s.type === PyTypes.str { push(s); break }
                        push(try Ops.format(v, (spec as? PyStr)?.value ?? ""))
                    case .raiseVarargs:
                        switch ins.arg {
                        case 0:
                            guard let h = Runtime.handledException else {
                                throw PythonError(PyExc.RuntimeError, "No active exception to reraise")
                            }
                            isReraise = true
                            throw PythonError(h)
                        case 1:
                            throw PythonError(Errors.withContext(try Errors.makeException(pop())))
                        default:
                            let cause = pop()
                            let exc = try Errors.makeException(pop())
                            if cause === pyNone {
                                exc.cause = nil
                            } else {
                                exc.cause = try Errors.makeException(cause, forCause: true)
                            }
                            exc.suppressContext = true
                            throw PythonError(Errors.withContext(exc))
                        }
                    case .reraise:
                        isReraise = true
                        throw PythonError(pop() as! PyBaseException)
                    case .setupExcept:
                        f.blocks.append(Frame.Block(kind: Frame.Block.setup, handler: ins.arg,
                                                    level: Int32(stack.count), previous: nil))
                    case .setupWith:
                        f.blocks.append(Frame.Block(kind: Frame.Block.setup, handler: ins.arg,
                                                    level: Int32(stack.count - 1), previous: nil))
                    case .popBlock:
                        f.blocks.removeLast()
                    case .popExcept:
                        let b = f.blocks.removeLast()
                        Runtime.handledException = b.previous
                    case .checkExcMatch:
                        let t = pop()
                        push(pyBool(try Errors.matches(top(), t)))
                    case .importName:
                        let fromlist = pop()
                        let level = pop()
                        push(try Importer.importStatement(f, name(f, ins.arg), fromlist: fromlist, level: level))
                    case .importFrom:
                        push(try Importer.importFrom(top(), name(f, ins.arg).value))
                    case .importStar:
                        try Importer.importStar(pop(), into: f.locals ?? f.globals)
                    case .loadBuildClass:
                        guard let bc = try f.builtins.get(PyStr.intern("__build_class__")) else {
                            throw PythonError(PyExc.NameError, "__build_class__ not found")
                        }
                        push(bc)
                    case .loadAssertionError:
                        push(PyExc.AssertionError)
                    case .beforeWith:
                        let mgr = pop()
                        guard let enter = Ops.lookupSpecial(mgr, "__enter__"),
                              let exit = Ops.lookupSpecial(mgr, "__exit__") else {
                            let missedExit = Ops.lookupSpecial(mgr, "__enter__") != nil ? " (missed __exit__ method)" : ""
                            throw PythonError(PyExc.TypeError,
                                "'\(mgr.type.name)' object does not support the context manager protocol\(missedExit)")
                        }
                        push(exit)
                        push(try Ops.call(enter, args: [], kwargs: []))
                    case .withExceptStart:
                        let exc = top() as! PyBaseException
                        let exit = stack[stack.count - 2]
                        push(try Ops.call(exit, args: [exc.type, exc, exc.traceback ?? pyNone], kwargs: []))
                    case .yieldValue:
                        let v = pop()
                        f.savedStack = stack
                        suspended = true
                        f.pc = pc
                        return v
                    case .getYieldFromIter:
                        push(try Generators.yieldFromIter(pop()))
                    case .yieldFrom:
                        let sent = pop()
                        switch try Generators.sendInto(top(), sent) {
                        case let .yielded(v):
                            // Suspend here; the next resume pushes the sent value and reruns this.
                            f.savedStack = stack
                            suspended = true
                            f.pc = pc - 1
                            return v
                        case let .returned(v):
                            stack.removeLast()
                            push(v)
                            pc = Int(ins.arg)
                        }
                    case .getAwaitable:
                        push(try Generators.awaitable(pop(), context: ins.arg))
                    case .getAIter:
                        push(try Generators.aiter(pop()))
                    case .getANext:
                        push(try Generators.anext(top()))
                    case .endAsyncFor:
                        let exc = pop() as! PyBaseException
                        if !exc.type.isSubtype(of: PyExc.StopAsyncIteration) {
                            isReraise = true
                            throw PythonError(exc)
                        }
                        Runtime.handledException = f.blocks.removeLast().previous
                        stack.removeLast()
                    case .beforeAsyncWith:
                        let r = try Generators.beforeAsyncWith(pop())
                        push(r.exit)
                        push(r.enterResult)
                    case .matchSequence, .matchMapping, .getLen, .matchKeys, .matchClass, .copyDictWithoutKeys, .matchRot:
                        try Match.execute(ins, &stack)
                    case .checkEgMatch, .prepReraiseStar:
                        try ExceptionGroups.execute(ins, &stack)
                    case .setupAnnotations:
                        if let l = f.locals, l.getItem(string: "__annotations__") == nil {
                            l.setItem(string: "__annotations__", PyDict())
                        }
                    }
                }
            } catch {
                let err = Errors.asPythonError(error)
                let exc = err.exception
                // An exception coming out of a callee frame got its context where it was raised
                // (a generator's handled exception can differ from this frame's).
                let fromCallee = escaping === exc
                escaping = nil
                if !isReraise {
                    if !fromCallee && exc.context == nil { _ = Errors.withContext(exc) }
                    let tb = PyTracebackObject(next: exc.traceback as? PyTracebackObject, code: code,
                                               instructionIndex: f.lastInstruction)
                    tb.globals = f.globals
                    exc.traceback = tb
                    exc.tracebackEntries.insert(TracebackEntry(filename: code.filename, line: tb.line,
                                                               function: code.name), at: 0)
                }
                isReraise = false
                var handled = false
                while let b = f.blocks.popLast() {
                    if b.kind == Frame.Block.handling {
                        Runtime.handledException = b.previous
                        continue
                    }
                    stack.removeSubrange(Int(b.level)...)
                    f.blocks.append(Frame.Block(kind: Frame.Block.handling, handler: 0, level: b.level,
                                                previous: Runtime.handledException))
                    Runtime.handledException = exc
                    stack.append(exc)
                    pc = Int(b.handler)
                    handled = true
                    break
                }
                if !handled {
                    f.pc = instructions.count
                    escaping = exc
                    throw err
                }
            }
        }
    }

    static func unboundDeref(_ code: CodeObject, _ i: Int) -> PythonError {
        if i < code.cellvars.count {
            return PythonError(PyExc.UnboundLocalError,
                "cannot access local variable '\(code.cellvars[i])' where it is not associated with a value")
        }
        return PythonError(PyExc.NameError,
            "cannot access free variable '\(code.freevars[i - code.cellvars.count])' where it is not associated with a value in enclosing scope")
    }
}
