import PyObjects
import PyCompiler

/// Runtime support for the `match` statement's instructions.
enum Match {
    /// Executes one of the pattern-matching instructions.
    static func execute(_ ins: Instruction, _ stack: inout ValueStack) throws {
        switch ins.opcode {
        case .matchSequence:
            stack.append(pyBool(isSequence(stack[stack.count - 1])))
        case .matchMapping:
            stack.append(pyBool(isMapping(stack[stack.count - 1])))
        case .getLen:
            stack.append(PyInt.make(try Ops.len(stack[stack.count - 1])))
        case .matchKeys:
            let keys = stack[stack.count - 1] as! PyTuple
            stack.append(try values(stack[stack.count - 2], keys))
        case .matchClass:
            let names = stack.removeLast() as! PyTuple
            let cls = stack.removeLast()
            let subject = stack.removeLast()
            stack.append(try classAttributes(subject, cls, Int(ins.arg), names))
        case .copyDictWithoutKeys:
            let keys = stack.removeLast() as! PyTuple
            let rest = PyDict()
            try Ops.dictUpdate(rest, stack[stack.count - 1])
            for k in keys.items { _ = try rest.remove(k) }
            stack.append(rest)
        case .matchRot:
            let n = Int(ins.arg)
            if n > 0 {
                let v = stack.removeLast()
                stack.insert(v, at: stack.count - n)
            } else {
                var i = stack.count + n
                while i < stack.count - 1 {
                    stack.swapAt(i, i + 1)
                    i += 1
                }
            }
        default:
            preconditionFailure("not a match instruction: \(ins.opcode)")
        }
    }

    /// Whether `t` or a base is the `collections.abc` class `name` (Sequence / Mapping).
    static func hasAbcBase(_ t: PyType, _ name: String) -> Bool {
        for c in t.mro where c.name == name {
            if let m = c.dict.getItem(string: "__module__") as? PyStr, m.value == "collections.abc" || m.value == "_collections_abc" {
                return true
            }
        }
        return false
    }

    /// CPython's Py_TPFLAGS_SEQUENCE: list, tuple, range and collections.abc.Sequence classes;
    /// str, bytes and bytearray are not sequences here.
    static func isSequence(_ o: PyObject) -> Bool {
        let t = o.type
        if t.isSubtype(of: PyTypes.list) || t.isSubtype(of: PyTypes.tuple) || t === PyTypes.range { return true }
        if t.isSubtype(of: PyTypes.str) || t.isSubtype(of: PyTypes.bytes) || t.isSubtype(of: PyTypes.bytearray)
            || t.isSubtype(of: PyTypes.dict) {
            return false
        }
        if t.name == "deque" || t.name == "memoryview" || t.name == "array" { return true }
        if let f = AbcModule.flags(t) { return f & AbcModule.sequenceFlag != 0 }
        return hasAbcBase(t, "Sequence")
    }

    /// CPython's Py_TPFLAGS_MAPPING: dict, mappingproxy and collections.abc.Mapping classes.
    static func isMapping(_ o: PyObject) -> Bool {
        let t = o.type
        if t.isSubtype(of: PyTypes.dict) || t === VMTypes.mappingProxy { return true }
        if t.isSubtype(of: PyTypes.list) || t.isSubtype(of: PyTypes.tuple) || t.isSubtype(of: PyTypes.str) { return false }
        if let f = AbcModule.flags(t) { return f & AbcModule.mappingFlag != 0 }
        return hasAbcBase(t, "Mapping")
    }

    /// The values for `keys` looked up with the subject's `get` (so `__missing__` is not
    /// used), or None when one is missing.
    static func values(_ subject: PyObject, _ keys: PyTuple) throws -> PyObject {
        if keys.items.isEmpty { return PyTuple([]) }
        var seen: [PyObject] = []
        var out: [PyObject] = []
        let exact = subject as? PyDict
        let getter: PyObject? = (exact != nil && subject.type === PyTypes.dict) ? nil : try Ops.getAttr(subject, "get")
        let dummy = PyObject(type: PyTypes.object)
        for k in keys.items {
            for s in seen where try Ops.equal(s, k) {
                throw PythonError(PyExc.ValueError, "mapping pattern checks duplicate key (\(try Ops.repr(k).value))")
            }
            seen.append(k)
            let v: PyObject?
            if let g = getter {
                let r = try Ops.call(g, args: [k, dummy], kwargs: [])
                v = r === dummy ? nil : r
            } else {
                v = try exact!.get(k)
            }
            guard let value = v else { return pyNone }
            out.append(value)
        }
        return PyTuple(out)
    }

    /// Builtin types whose single positional sub-pattern matches the subject itself.
    static func matchesSelf(_ t: PyType) -> Bool {
        for b in [PyTypes.bool, PyTypes.bytearray, PyTypes.bytes, PyTypes.dict, PyTypes.float, PyTypes.frozenset,
                  PyTypes.int, PyTypes.list, PyTypes.set, PyTypes.str, PyTypes.tuple] where t.isSubtype(of: b) {
            return true
        }
        return false
    }

    static func classAttributes(_ subject: PyObject, _ cls: PyObject, _ npos: Int, _ names: PyTuple) throws -> PyObject {
        guard let type = cls as? PyType else {
            throw PythonError(PyExc.TypeError, "called match pattern must be a type")
        }
        if !(try Ops.isInstance(subject, type)) { return pyNone }
        var seen: [String] = []
        var out: [PyObject] = []
        func attribute(_ name: String) throws -> PyObject? {
            if seen.contains(name) {
                throw PythonError(PyExc.TypeError, "\(type.name)() got multiple sub-patterns for attribute '\(name)'")
            }
            seen.append(name)
            do {
                return try Ops.getAttrOptional(subject, PyStr(name))
            } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.AttributeError) {
                return nil
            }
        }
        if npos > 0 {
            let matchArgs = try Ops.getAttrOptional(type, PyStr.intern("__match_args__"))
            var allowed = 0
            var argNames: [PyObject] = []
            if let m = matchArgs {
                guard let t = m as? PyTuple else {
                    throw PythonError(PyExc.TypeError, "\(type.name).__match_args__ must be a tuple (got \(m.type.name))")
                }
                argNames = t.items
                allowed = t.items.count
            } else if matchesSelf(type) {
                allowed = 1
            }
            if npos > allowed {
                throw PythonError(PyExc.TypeError,
                    "\(type.name)() accepts \(allowed) positional sub-pattern\(allowed == 1 ? "" : "s") (\(npos) given)")
            }
            if matchArgs == nil {
                out.append(subject)
            } else {
                for i in 0..<npos {
                    guard let n = argNames[i] as? PyStr else {
                        throw PythonError(PyExc.TypeError, "__match_args__ elements must be strings (got \(argNames[i].type.name))")
                    }
                    guard let v = try attribute(n.value) else { return pyNone }
                    out.append(v)
                }
            }
        }
        for n in names.items {
            guard let v = try attribute((n as! PyStr).value) else { return pyNone }
            out.append(v)
        }
        return PyTuple(out)
    }
}
