import PyObjects

/// Constructors, `__init__`s, attributes and `str()` of the builtin exception classes.
///
/// Type-specific attributes (`errno`, `name`, `code`…) live in `PyBaseException.members`,
/// which `__init__` fills in; exceptions the runtime raises without calling `__init__` derive
/// them from their args on first access.
enum ExceptionMethods {
    static func install() {
        let base = PyExc.BaseException
        BuiltinMethods.ctor(base) { t, a, k in
            let e = PyBaseException(type: t, args: a)
            // Builtin classes run their __init__ here (calling a builtin type does not call it).
            if !t.flags.contains(.heapType) { try nativeInit(e, a, k) }
            return e
        }
        BuiltinMethods.ctor(PyExc.OSError) { t, a, k in
            var cls = t
            if t === PyExc.OSError, (2...5).contains(a.count), let n = a[0] as? PyInt, let sub = n.intValue.flatMap(errnoSubclass) {
                cls = sub
            }
            let e = PyBaseException(type: cls, args: a)
            if !t.flags.contains(.heapType) { try nativeInit(e, a, k) }
            return e
        }
        BuiltinMethods.ctor(PyExc.BaseExceptionGroup) { t, a, k in try ExceptionGroups.new(t, a, k) }
        BuiltinMethods.def(base, "__init__") { r, a, k in
            try nativeInit(r as! PyBaseException, a, k, initializer: base)
            return pyNone
        }
        for t in [PyExc.OSError, PyExc.SyntaxError, PyExc.ImportError, PyExc.AttributeError, PyExc.NameError, PyExc.StopIteration,
                  PyExc.SystemExit, PyExc.UnicodeDecodeError, PyExc.UnicodeEncodeError, PyExc.UnicodeTranslateError] {
            BuiltinMethods.def(t, "__init__") { r, a, k in
                try nativeInit(r as! PyBaseException, a, k, initializer: t)
                return pyNone
            }
        }
        BuiltinMethods.def(base, "with_traceback") { r, a, _ in
            guard a.count == 1 else {
                throw PythonError(PyExc.TypeError, "BaseException.with_traceback() takes exactly one argument (\(a.count) given)")
            }
            try setTraceback(r as! PyBaseException, a[0])
            return r
        }
        BuiltinMethods.def(base, "add_note") { r, a, _ in
            guard a.count == 1 else {
                throw PythonError(PyExc.TypeError, "BaseException.add_note() takes exactly one argument (\(a.count) given)")
            }
            guard a[0].type.isSubtype(of: PyTypes.str) else {
                throw PythonError(PyExc.TypeError, "note must be a str, not '\(a[0].type.name)'")
            }
            let e = r as! PyBaseException
            if let existing = try Ops.getAttrOptional(e, PyStr.intern("__notes__")) {
                guard let l = existing as? PyList, l.type.isSubtype(of: PyTypes.list) else {
                    throw PythonError(PyExc.TypeError, "Cannot add note: __notes__ is not a list")
                }
                l.items.append(a[0])
            } else {
                try Ops.setAttr(e, PyStr.intern("__notes__"), PyList([a[0]]))
            }
            return pyNone
        }
        ExceptionGroups.install()
    }

    /// The class whose instance layout an exception class uses: most builtin exceptions share
    /// BaseException's, so e.g. `class E(KeyError, AttributeError)` is allowed.
    static func layoutBase(_ t: PyType) -> PyType {
        let owners = [PyExc.BaseException, PyExc.SyntaxError, PyExc.ImportError, PyExc.UnicodeError, PyExc.OSError,
                      PyExc.SystemExit, PyExc.StopIteration, PyExc.NameError, PyExc.AttributeError,
                      PyExc.BaseExceptionGroup]
        var c = t
        while !owners.contains(where: { $0 === c }), let b = c.bases.first { c = b }
        return c
    }

    /// The OSError subclass CPython picks for an errno (Linux values).
    static func errnoSubclass(_ n: Int) -> PyType? {
        switch n {
        case 11, 114, 115: return PyExc.BlockingIOError
        case 10: return PyExc.ChildProcessError
        case 32, 108: return PyExc.BrokenPipeError
        case 103: return PyExc.ConnectionAbortedError
        case 111: return PyExc.ConnectionRefusedError
        case 104: return PyExc.ConnectionResetError
        case 17: return PyExc.FileExistsError
        case 2: return PyExc.FileNotFoundError
        case 21: return PyExc.IsADirectoryError
        case 20: return PyExc.NotADirectoryError
        case 4: return PyExc.InterruptedError
        case 1, 13: return PyExc.PermissionError
        case 3: return PyExc.ProcessLookupError
        case 110: return PyExc.TimeoutError
        default: return nil
        }
    }

    /// The builtin class whose `__init__` applies to `t` (nil: plain BaseException).
    static func initClass(_ t: PyType) -> PyType? {
        for c in [PyExc.UnicodeDecodeError, PyExc.UnicodeEncodeError, PyExc.UnicodeTranslateError, PyExc.OSError, PyExc.SyntaxError,
                  PyExc.ImportError, PyExc.AttributeError, PyExc.NameError, PyExc.StopIteration, PyExc.SystemExit,
                  PyExc.BaseExceptionGroup] where t.isSubtype(of: c) {
            return c
        }
        return nil
    }

    static func memberNames(_ c: PyType?) -> [String] {
        switch c {
        case PyExc.OSError?: return ["errno", "strerror", "filename", "filename2", "characters_written"]
        case PyExc.ImportError?: return ["name", "path", "msg"]
        case PyExc.AttributeError?: return ["name", "obj"]
        case PyExc.NameError?: return ["name"]
        case PyExc.StopIteration?: return ["value"]
        case PyExc.SystemExit?: return ["code"]
        case PyExc.UnicodeDecodeError?, PyExc.UnicodeEncodeError?, PyExc.UnicodeTranslateError?:
            return ["encoding", "object", "start", "end", "reason"]
        case PyExc.BaseExceptionGroup?: return ["message", "exceptions"]
        default: return []
        }
    }

    /// `__init__` of the builtin classes: sets args and the type's members.
    static func nativeInit(_ e: PyBaseException, _ a: [PyObject], _ k: [(String, PyObject)],
                           initializer: PyType? = nil, setArgs: Bool = true) throws {
        let cls = initializer === PyExc.BaseException ? nil : (initializer ?? initClass(e.type))
        var m: [String: PyObject] = [:]
        func keywords(_ allowed: [String], _ fname: String) throws {
            for (key, v) in k {
                guard allowed.contains(key) else {
                    if allowed.isEmpty { throw PythonError(PyExc.TypeError, "\(e.type.name)() takes no keyword arguments") }
                    throw PythonError(PyExc.TypeError, "'\(key)' is an invalid keyword argument for \(fname)()")
                }
                m[key] = v
            }
        }
        var args = a
        switch cls {
        case PyExc.OSError?:
            try keywords([], "OSError")
            for n in ["errno", "strerror", "filename", "filename2"] { m[n] = pyNone }
            if (2...5).contains(a.count) {
                m["errno"] = a[0]
                m["strerror"] = a[1]
                if a.count >= 3, a[2] !== pyNone {
                    if e.type === PyExc.BlockingIOError, let n = a[2] as? PyInt {
                        m["characters_written"] = n
                    } else {
                        m["filename"] = a[2]
                        if a.count == 5, a[4] !== pyNone { m["filename2"] = a[4] }
                        args = Array(a[..<2])
                    }
                }
            }
        case PyExc.ImportError?:
            m["name"] = pyNone; m["path"] = pyNone
            try keywords(["name", "path"], "ImportError")
            m["msg"] = a.count == 1 ? a[0] : pyNone
        case PyExc.AttributeError?:
            m["name"] = pyNone; m["obj"] = pyNone
            try keywords(["name", "obj"], "AttributeError")
        case PyExc.NameError?:
            m["name"] = pyNone
            try keywords(["name"], "NameError")
        case PyExc.StopIteration?:
            try keywords([], "StopIteration")
            m["value"] = a.first ?? pyNone
        case PyExc.SystemExit?:
            try keywords([], "SystemExit")
            m["code"] = a.isEmpty ? pyNone : (a.count == 1 ? a[0] : PyTuple(a))
        case PyExc.UnicodeDecodeError?, PyExc.UnicodeEncodeError?, PyExc.UnicodeTranslateError?:
            try keywords([], e.type.name)
            let translate = cls === PyExc.UnicodeTranslateError
            let want = translate ? 4 : 5
            guard a.count == want else {
                throw PythonError(PyExc.TypeError, "function takes exactly \(want) arguments (\(a.count) given)")
            }
            var i = 0
            if translate {
                m["encoding"] = pyNone
            } else {
                guard a[0] is PyStr else {
                    throw PythonError(PyExc.TypeError, "argument 1 must be str, not \(a[0].type.name)")
                }
                m["encoding"] = a[0]
                i = 1
            }
            let object = a[i]
            if cls === PyExc.UnicodeDecodeError {
                if let b = object as? PyBytes { m["object"] = b } else if let b = object as? PyByteArray {
                    m["object"] = PyBytes(b.value)
                } else {
                    throw PythonError(PyExc.TypeError, "a bytes-like object is required, not '\(object.type.name)'")
                }
            } else {
                guard object is PyStr else {
                    throw PythonError(PyExc.TypeError, "argument \(i + 1) must be str, not \(object.type.name)")
                }
                m["object"] = object
            }
            for (j, n) in ["start", "end"].enumerated() {
                guard let v = a[i + 1 + j] as? PyInt else {
                    throw PythonError(PyExc.TypeError, "'\(a[i + 1 + j].type.name)' object cannot be interpreted as an integer")
                }
                m[n] = v
            }
            guard a[i + 3] is PyStr else {
                throw PythonError(PyExc.TypeError, "argument \(i + 4) must be str, not \(a[i + 3].type.name)")
            }
            m["reason"] = a[i + 3]
        case PyExc.SyntaxError?:
            // Kept in the instance dict, where the runtime's own SyntaxErrors have them.
            try keywords([], e.type.name)
            var fields: [PyObject] = Array(repeating: pyNone, count: 6)
            if a.count == 2 {
                let info = try Ops.toArray(a[1])
                guard info.count >= 4 && info.count <= 6 else {
                    throw PythonError(PyExc.TypeError, "function takes at least 4 arguments (\(info.count) given)")
                }
                for (j, v) in info.enumerated() { fields[j] = v }
            }
            if let d = e.instanceDict {
                d.setItem(string: "msg", a.first ?? pyNone)
                for (j, n) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].enumerated() {
                    d.setItem(string: n, fields[j])
                }
                d.setItem(string: "print_file_and_line", pyNone)
            }
        case PyExc.BaseExceptionGroup?:
            try keywords([], e.type.name)
            if let old = e.members { m = old }
        default:
            try keywords([], e.type.name)
        }
        if setArgs { e.args = PyTuple(args) }
        if cls != nil { e.members = m }
    }

    /// A type-specific attribute of `e`, or nil when `name` is not one for its class.
    static func member(_ e: PyBaseException, _ name: String) throws -> PyObject? {
        let cls = initClass(e.type)
        guard memberNames(cls).contains(name) else { return nil }
        if e.members == nil {
            do { try nativeInit(e, e.args.items, [], setArgs: false) } catch { e.members = [:] }
            // The runtime may have put such attributes in the instance dict.
            if let d = e.instanceDict {
                for n in memberNames(cls) { if let v = d.getItem(string: n) { e.members?[n] = v; _ = try d.remove(PyStr(n)) } }
            }
        }
        if let v = e.members?[name] { return v }
        if name == "characters_written" { throw PythonError(PyExc.AttributeError, "characters_written") }
        return pyNone
    }

    static func setMember(_ e: PyBaseException, _ name: String, _ value: PyObject) throws -> Bool {
        let cls = initClass(e.type)
        guard memberNames(cls).contains(name) else { return false }
        if cls === PyExc.BaseExceptionGroup {
            throw PythonError(PyExc.AttributeError, "readonly attribute")
        }
        if e.members == nil { _ = try member(e, name) }
        e.members![name] = value
        return true
    }

    /// A UnicodeDecodeError / UnicodeEncodeError with its five attributes, as codecs raise it.
    static func unicodeError(_ type: PyType, _ encoding: String, _ object: PyObject, _ start: Int, _ end: Int,
                             _ reason: String) -> PythonError {
        let args: [PyObject] = [PyStr(encoding), object, PyInt.make(start), PyInt.make(end), PyStr(reason)]
        let e = PyBaseException(type: type, args: args)
        try? nativeInit(e, args, [])
        return PythonError(e)
    }

    static func setTraceback(_ e: PyBaseException, _ value: PyObject) throws {
        if value === pyNone { e.traceback = nil; return }
        guard value is PyTracebackObject else {
            throw PythonError(PyExc.TypeError, "__traceback__ must be a traceback or None")
        }
        e.traceback = value
    }

    /// `str(e)` for classes with their own `__str__`; nil for the generic one.
    static func str(_ e: PyBaseException) throws -> String? {
        guard let cls = initClass(e.type) else { return nil }
        func m(_ n: String) throws -> PyObject { try member(e, n) ?? pyNone }
        switch cls {
        case PyExc.OSError:
            let errno = try m("errno"), strerror = try m("strerror"), filename = try m("filename")
            if filename !== pyNone {
                let f2 = try m("filename2")
                var s = "[Errno \(try Ops.str(errno).value)] \(try Ops.str(strerror).value): \(try Ops.repr(filename).value)"
                if f2 !== pyNone { s += " -> \(try Ops.repr(f2).value)" }
                return s
            }
            if errno !== pyNone && strerror !== pyNone {
                return "[Errno \(try Ops.str(errno).value)] \(try Ops.str(strerror).value)"
            }
            return nil
        case PyExc.ImportError:
            let msg = try m("msg")
            return msg === pyNone ? nil : try Ops.str(msg).value
        case PyExc.UnicodeDecodeError, PyExc.UnicodeEncodeError, PyExc.UnicodeTranslateError:
            return try unicodeErrorStr(e, cls)
        case PyExc.BaseExceptionGroup:
            let msg = try m("message")
            let n = ((try m("exceptions")) as? PyTuple)?.items.count ?? 0
            return "\(try Ops.str(msg).value) (\(n) sub-exception\(n == 1 ? "" : "s"))"
        default:
            return nil
        }
    }

    static func unicodeErrorStr(_ e: PyBaseException, _ cls: PyType) throws -> String? {
        guard let start = (try member(e, "start") as? PyInt)?.intValue,
              let end = (try member(e, "end") as? PyInt)?.intValue,
              let reason = try member(e, "reason"), let object = try member(e, "object") else { return nil }
        let reasonText = try Ops.str(reason).value
        let encoding = try member(e, "encoding").map { try Ops.str($0).value } ?? ""
        if cls === PyExc.UnicodeDecodeError {
            guard let b = object as? PyBytes else { return nil }
            if start >= 0 && start < b.value.count && end == start + 1 {
                let hex = String(b.value[start], radix: 16)
                return "'\(encoding)' codec can't decode byte 0x\(hex.count < 2 ? "0" + hex : hex) in position \(start): \(reasonText)"
            }
            return "'\(encoding)' codec can't decode bytes in position \(start)-\(end - 1): \(reasonText)"
        }
        guard let s = object as? PyStr else { return nil }
        let scalars = Array(s.value.unicodeScalars)
        let what = cls === PyExc.UnicodeEncodeError ? "'\(encoding)' codec can't encode" : "can't translate"
        if start >= 0 && start < scalars.count && end == start + 1 {
            let v = LoneSurrogate.codePoint(scalars[start])
            let hex = String(v, radix: 16)
            let esc: String
            if v < 0x100 { esc = "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
            else if v < 0x10000 { esc = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
            else { esc = "\\U" + String(repeating: "0", count: 8 - hex.count) + hex }
            return "\(what) character '\(esc)' in position \(start): \(reasonText)"
        }
        return "\(what) characters in position \(start)-\(end - 1): \(reasonText)"
    }
}

/// Lets `switch` compare classes by identity.
private func ~= (pattern: PyType, value: PyType) -> Bool { pattern === value }
