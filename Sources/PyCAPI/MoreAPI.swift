import CPythonABI
import PyObjects
import PyVM
import PyCore

// API functions that compiled extensions (Cython, mypyc, plain C) call often and that were
// still stubs: exceptions' parts, sets, slices, tuples, dicts, formatting, type lookup,
// modules by name. Each does what the CPython function does, through the runtime.

/// The builtin function `name` (dir, ascii, bytes...).
func builtin(_ name: String) throws -> PyObjects.PyObject {
    guard let f = Runtime.builtins.getItem(string: name) else { throw PythonError(PyExc.SystemError, "no builtin \(name)") }
    return f
}

func exceptionArg(_ op: CObject?) -> PyBaseException? {
    guard let op else { return nil }
    return Bridge.object(op) as? PyBaseException
}

// MARK: exceptions

/// PyObject *PyException_GetTraceback(PyObject *ex): new reference or NULL.
@_cdecl("PyException_GetTraceback")
public func PyException_GetTraceback_(_ ex: CObject?) -> CObject? {
    guard let e = exceptionArg(ex), let tb = e.traceback, tb !== pyNone else { return nil }
    return Bridge.newReference(tb)
}

/// int PyException_SetTraceback(PyObject *ex, PyObject *tb): tb is a traceback or None.
@_cdecl("PyException_SetTraceback")
public func PyException_SetTraceback_(_ ex: CObject?, _ tb: CObject?) -> Int32 {
    capi(-1) {
        guard let e = exceptionArg(ex) else { throw badInternalCall() }
        guard let tb else { throw PythonError(PyExc.TypeError, "__traceback__ may not be deleted") }
        let t = Bridge.object(tb)
        if t !== pyNone && t.type.name != "traceback" {
            throw PythonError(PyExc.TypeError, "__traceback__ must be a traceback or None")
        }
        e.traceback = t === pyNone ? nil : t
        return 0
    }
}

/// PyObject *PyException_GetCause(PyObject *ex): new reference or NULL.
@_cdecl("PyException_GetCause")
public func PyException_GetCause_(_ ex: CObject?) -> CObject? {
    guard let e = exceptionArg(ex), let c = e.cause, c !== pyNone else { return nil }
    return Bridge.newReference(c)
}

/// void PyException_SetCause(PyObject *ex, PyObject *cause): steals cause (NULL clears it);
/// sets __suppress_context__.
@_cdecl("PyException_SetCause")
public func PyException_SetCause_(_ ex: CObject?, _ cause: CObject?) {
    guard let e = exceptionArg(ex) else { if let cause { Bridge.decref(cause) }; return }
    e.cause = cause.map(Bridge.steal)
    e.suppressContext = true
}

/// PyObject *PyException_GetContext(PyObject *ex): new reference or NULL.
@_cdecl("PyException_GetContext")
public func PyException_GetContext_(_ ex: CObject?) -> CObject? {
    guard let e = exceptionArg(ex), let c = e.context, c !== pyNone else { return nil }
    return Bridge.newReference(c)
}

/// void PyException_SetContext(PyObject *ex, PyObject *context): steals context.
@_cdecl("PyException_SetContext")
public func PyException_SetContext_(_ ex: CObject?, _ context: CObject?) {
    guard let e = exceptionArg(ex) else { if let context { Bridge.decref(context) }; return }
    e.context = context.map(Bridge.steal)
}

// MARK: sets

/// Keeps a set's C size fields (PySet_GET_SIZE reads `used`) in step after C changed it.
func refreshSetMirror(_ op: CObject?) {
    if let op, let s = Bridge.object(op) as? PySet { Mirrors.refresh(s, op) }
}

func setArg(_ op: CObject?, allowFrozen: Bool = true) throws -> PySet {
    guard let op, let s = Bridge.object(op) as? PySet, allowFrozen || !s.isFrozen else { throw badInternalCall() }
    return s
}

/// PyObject *PySet_New(PyObject *iterable): set(iterable), or an empty set for NULL.
@_cdecl("PySet_New")
public func PySet_New_(_ it: CObject?) -> CObject? {
    capiObject { try Ops.call(PyTypes.set, args: it.map { [Bridge.object($0)] } ?? []) }
}

/// PyObject *PyFrozenSet_New(PyObject *iterable)
@_cdecl("PyFrozenSet_New")
public func PyFrozenSet_New_(_ it: CObject?) -> CObject? {
    capiObject { try Ops.call(PyTypes.frozenset, args: it.map { [Bridge.object($0)] } ?? []) }
}

/// int PySet_Add(PyObject *set, PyObject *key): also fills a frozenset nobody has seen yet.
@_cdecl("PySet_Add")
public func PySet_Add_(_ op: CObject?, _ key: CObject?) -> Int32 {
    defer { refreshSetMirror(op) }
    return capi(-1) {
        let s = try setArg(op)
        guard let key else { throw badInternalCall() }
        try s.add(Bridge.object(key))
        Bridge.ensureShare(key)
        return 0
    }
}

/// int PySet_Contains(PyObject *anyset, PyObject *key): 1, 0 or -1.
@_cdecl("PySet_Contains")
public func PySet_Contains_(_ op: CObject?, _ key: CObject?) -> Int32 {
    capi(-1) {
        let s = try setArg(op)
        guard let key else { throw badInternalCall() }
        return try s.contains(Bridge.object(key)) ? 1 : 0
    }
}

/// Py_ssize_t PySet_Size(PyObject *anyset)
@_cdecl("PySet_Size")
public func PySet_Size_(_ op: CObject?) -> Int { capi(-1) { try Ops.len(try setArg(op)) } }

/// int PySet_Discard(PyObject *set, PyObject *key): 1 if found and removed, 0 if not.
@_cdecl("PySet_Discard")
public func PySet_Discard_(_ op: CObject?, _ key: CObject?) -> Int32 {
    defer { refreshSetMirror(op) }
    return capi(-1) {
        let s = try setArg(op, allowFrozen: false)
        guard let key else { throw badInternalCall() }
        return try s.remove(Bridge.object(key)) ? 1 : 0
    }
}

/// int PySet_Clear(PyObject *set)
@_cdecl("PySet_Clear")
public func PySet_Clear_(_ op: CObject?) -> Int32 {
    defer { refreshSetMirror(op) }
    return capi(-1) {
        _ = try Ops.callMethod(try setArg(op, allowFrozen: false), "clear", [])
        return 0
    }
}

/// PyObject *PySet_Pop(PyObject *set): new reference; KeyError when empty.
@_cdecl("PySet_Pop")
public func PySet_Pop_(_ op: CObject?) -> CObject? {
    defer { refreshSetMirror(op) }
    return capiObject { try Ops.callMethod(try setArg(op, allowFrozen: false), "pop", []) }
}

// MARK: tuples, slices, sequences, dicts

/// PyObject *PyTuple_GetSlice(PyObject *p, Py_ssize_t low, Py_ssize_t high): new tuple.
@_cdecl("PyTuple_GetSlice")
public func PyTuple_GetSlice_(_ op: CObject?, _ low: Int, _ high: Int) -> CObject? {
    capiObject {
        guard let t = try arg(op) as? PyTuple else { throw badInternalCall() }
        let n = t.items.count
        let lo = max(0, min(low, n)), hi = max(lo, min(high, n))
        if lo == 0 && hi == n && t.type === PyTypes.tuple { return t }
        return PyTuple(Array(t.items[lo..<hi]))
    }
}

/// PyObject *PySlice_New(PyObject *start, PyObject *stop, PyObject *step): NULL parts are None.
@_cdecl("PySlice_New")
public func PySlice_New_(_ start: CObject?, _ stop: CObject?, _ step: CObject?) -> CObject? {
    capiObject {
        try Ops.call(PyTypes.slice, args: [start, stop, step].map { $0.map(Bridge.object) ?? pyNone })
    }
}

// Sequence arithmetic, as CPython 3.11's abstract layer orders it: the type's own sequence
// slot first (sq_concat wins over nb_add here, while `+` prefers nb_add), then the number
// protocol when both operands are sequences, else "can't be concatenated/repeated".

/// PyObject *PySequence_Concat(PyObject *o1, PyObject *o2): new reference.
@_cdecl("PySequence_Concat")
public func PySequence_Concat_(_ a: CObject?, _ b: CObject?) -> CObject? {
    sequenceArithmetic(a, b, inPlace: false)
}

/// PyObject *PySequence_InPlaceConcat(PyObject *o1, PyObject *o2): new reference.
@_cdecl("PySequence_InPlaceConcat")
public func PySequence_InPlaceConcat_(_ a: CObject?, _ b: CObject?) -> CObject? {
    sequenceArithmetic(a, b, inPlace: true)
}

/// PyObject *PySequence_Repeat(PyObject *o, Py_ssize_t count): new reference.
@_cdecl("PySequence_Repeat")
public func PySequence_Repeat_(_ o: CObject?, _ count: Int) -> CObject? {
    sequenceRepeat(o, count, inPlace: false)
}

/// PyObject *PySequence_InPlaceRepeat(PyObject *o, Py_ssize_t count): new reference.
@_cdecl("PySequence_InPlaceRepeat")
public func PySequence_InPlaceRepeat_(_ o: CObject?, _ count: Int) -> CObject? {
    sequenceRepeat(o, count, inPlace: true)
}

func sequenceArithmetic(_ a: CObject?, _ b: CObject?, inPlace: Bool) -> CObject? {
    guard let a, let b else {
        Errors.set(PythonError(PyExc.SystemError, "null argument to internal routine"))
        return nil
    }
    let sq = a.pointee.ob_type.pointee.tp_as_sequence
    if inPlace, let f = sq?.pointee.sq_inplace_concat { return f(a, b) }
    if let f = sq?.pointee.sq_concat { return f(a, b) }
    return capiObject {
        let x = Bridge.object(a), y = Bridge.object(b)
        if PySequence_Check_(a) != 0 && PySequence_Check_(b) != 0 {
            return inPlace ? try Ops.inplaceOp(x, y, .add) : try Ops.binaryOp(x, y, .add)
        }
        throw PythonError(PyExc.TypeError, "'\(x.type.name)' object can't be concatenated")
    }
}

func sequenceRepeat(_ o: CObject?, _ count: Int, inPlace: Bool) -> CObject? {
    guard let o else {
        Errors.set(PythonError(PyExc.SystemError, "null argument to internal routine"))
        return nil
    }
    let sq = o.pointee.ob_type.pointee.tp_as_sequence
    if inPlace, let f = sq?.pointee.sq_inplace_repeat { return f(o, count) }
    if let f = sq?.pointee.sq_repeat { return f(o, count) }
    return capiObject {
        let x = Bridge.object(o)
        if PySequence_Check_(o) != 0 {
            let n = PyInt.make(count)
            return inPlace ? try Ops.inplaceOp(x, n, .mul) : try Ops.binaryOp(x, n, .mul)
        }
        throw PythonError(PyExc.TypeError, "'\(x.type.name)' object can't be repeated")
    }
}

/// Py_ssize_t PySequence_Count(PyObject *o, PyObject *value)
@_cdecl("PySequence_Count")
public func PySequence_Count_(_ o: CObject?, _ v: CObject?) -> Int {
    capi(-1) {
        let target = try arg(v)
        var n = 0
        for item in try Ops.toArray(try arg(o)) where try (item === target || Ops.equal(item, target)) { n += 1 }
        return n
    }
}

/// Py_ssize_t PySequence_Index(PyObject *o, PyObject *value): ValueError when absent.
@_cdecl("PySequence_Index")
public func PySequence_Index_(_ o: CObject?, _ v: CObject?) -> Int {
    capi(-1) {
        let target = try arg(v)
        for (i, item) in try Ops.toArray(try arg(o)).enumerated() where try (item === target || Ops.equal(item, target)) {
            return i
        }
        throw PythonError(PyExc.ValueError, "sequence.index(x): x not in sequence")
    }
}

/// int PyIter_Check(PyObject *o): whether o is an iterator (has __next__).
@_cdecl("PyIter_Check")
public func PyIter_Check_(_ o: CObject?) -> Int32 {
    guard let o else { return 0 }
    if let f = o.pointee.ob_type.pointee.tp_iternext, !ExtensionTypes.isGeneric(f, { $0.pointee.tp_iternext }) { return 1 }
    return Bridge.object(o).type.lookup("__next__") != nil ? 1 : 0
}

/// PyObject *PyDict_Copy(PyObject *p): a new dict with the same items.
@_cdecl("PyDict_Copy")
public func PyDict_Copy_(_ op: CObject?) -> CObject? {
    capiObject { try Ops.callMethod(try dictArg(op), "copy", []) }
}

/// PyObject *_PyDict_NewPresized(Py_ssize_t minused): an empty dict.
@_cdecl("_PyDict_NewPresized")
public func _PyDict_NewPresized_(_ n: Int) -> CObject? { Bridge.newReference(PyDict()) }

/// int PyDict_Update(PyObject *a, PyObject *b): a.update(b) for a mapping b.
@_cdecl("PyDict_Update")
public func PyDict_Update_(_ a: CObject?, _ b: CObject?) -> Int32 { PyDict_Merge_(a, b, 1) }

/// int PyDict_Merge(PyObject *a, PyObject *b, int override): b's items into a; existing keys
/// are replaced only when override is nonzero.
@_cdecl("PyDict_Merge")
public func PyDict_Merge_(_ a: CObject?, _ b: CObject?, _ override: Int32) -> Int32 {
    capi(-1) {
        let d = try dictArg(a)
        let other = try arg(b)
        let keys = try Ops.toArray(try Ops.callMethod(other, "keys", []))
        for k in keys {
            if override == 0, try d.get(k) != nil { continue }
            try d.set(k, try Ops.getItem(other, k))
        }
        dictChanged(a, d)
        return 0
    }
}

/// PyObject *_PyDict_GetItem_KnownHash(PyObject *mp, PyObject *key, Py_hash_t hash): borrowed,
/// NULL without an error when absent.
@_cdecl("_PyDict_GetItem_KnownHash")
public func _PyDict_GetItem_KnownHash_(_ op: CObject?, _ key: CObject?, _ hash: Int) -> CObject? {
    capi(nil) {
        let d = try dictArg(op)
        guard let key else { throw badInternalCall() }
        return try d.get(Bridge.object(key)).map(Bridge.borrowed)
    }
}

/// int PyArg_ValidateKeywordArguments(PyObject *kwargs): every key is a str.
@_cdecl("PyArg_ValidateKeywordArguments")
public func PyArg_ValidateKeywordArguments_(_ kw: CObject?) -> Int32 {
    capi(0) {
        guard let kw, let d = Bridge.object(kw) as? PyDict else { throw badInternalCall() }
        for k in try Ops.toArray(d) where !(k is PyStr) { throw PythonError(PyExc.TypeError, "keywords must be strings") }
        return 1
    }
}

// MARK: objects and types

/// int PyObject_IsSubclass(PyObject *derived, PyObject *cls): issubclass; -1 on error.
@_cdecl("PyObject_IsSubclass")
public func PyObject_IsSubclass_(_ derived: CObject?, _ cls: CObject?) -> Int32 {
    capi(-1) { try Ops.isSubclass(try arg(derived), try arg(cls)) ? 1 : 0 }
}

/// PyObject *PyObject_Format(PyObject *obj, PyObject *format_spec): format(obj, spec).
@_cdecl("PyObject_Format")
public func PyObject_Format_(_ o: CObject?, _ spec: CObject?) -> CObject? {
    capiObject {
        let s = try spec.map { try arg($0) } ?? PyStr("")
        guard let text = s as? PyStr else {
            throw PythonError(PyExc.SystemError, "Format specifier must be a string, not \(s.type.name)")
        }
        return try Ops.format(try arg(o), text.value)
    }
}

/// PyObject *PyObject_Dir(PyObject *o): dir(o).
@_cdecl("PyObject_Dir")
public func PyObject_Dir_(_ o: CObject?) -> CObject? {
    capiObject { try Ops.call(try builtin("dir"), args: o.map { [Bridge.object($0)] } ?? []) }
}

/// PyObject *PyObject_ASCII(PyObject *o): ascii(o).
@_cdecl("PyObject_ASCII")
public func PyObject_ASCII_(_ o: CObject?) -> CObject? {
    capiObject {
        guard let o else { return PyStr("<NULL>") }
        return try Ops.call(try builtin("ascii"), args: [Bridge.object(o)])
    }
}

/// PyObject *PyObject_Bytes(PyObject *o): bytes(o).
@_cdecl("PyObject_Bytes")
public func PyObject_Bytes_(_ o: CObject?) -> CObject? {
    capiObject {
        guard let o else { return PyBytes(Array("<NULL>".utf8)) }
        let obj = Bridge.object(o)
        if obj.type === PyTypes.bytes { return obj }
        return try Ops.call(PyTypes.bytes, args: [obj])
    }
}

/// PyObject *_PyType_Lookup(PyTypeObject *type, PyObject *name): borrowed attribute from the
/// type's MRO, NULL (no exception) when absent.
@_cdecl("_PyType_Lookup")
public func _PyType_Lookup_(_ t: UnsafeMutablePointer<PyTypeObject>?, _ name: CObject?) -> CObject? {
    guard let t, let name, let n = Bridge.object(name) as? PyStr,
          let type = Bridge.object(ExtensionTypes.cObject(t)) as? PyType else { return nil }
    return type.lookup(n).map(Bridge.borrowed)
}

/// void PyType_Modified(PyTypeObject *type): C changed the type's dict or slots.
@_cdecl("PyType_Modified")
public func PyType_Modified_(_ t: UnsafeMutablePointer<PyTypeObject>?) { TypeAttributeCache.invalidate() }

/// PyObject *PyType_GetName(PyTypeObject *type): new reference to __name__.
@_cdecl("PyType_GetName")
public func PyType_GetName_(_ t: UnsafeMutablePointer<PyTypeObject>?) -> CObject? {
    capiObject {
        guard let t, let type = Bridge.object(ExtensionTypes.cObject(t)) as? PyType else { throw badInternalCall() }
        return PyStr(type.name)
    }
}

/// PyObject *PyLong_FromUnicodeObject(PyObject *u, int base): int(u, base).
@_cdecl("PyLong_FromUnicodeObject")
public func PyLong_FromUnicodeObject_(_ u: CObject?, _ base: Int32) -> CObject? {
    capiObject { try Ops.call(PyTypes.int, args: [try arg(u), PyInt.make(Int(base))]) }
}

/// PyObject *PyMethod_New(PyObject *func, PyObject *self): a bound method.
@_cdecl("PyMethod_New")
public func PyMethod_New_(_ f: CObject?, _ s: CObject?) -> CObject? {
    capiObject {
        guard let s else { throw badInternalCall() }
        return PyBoundMethod(function: try arg(f), receiver: Bridge.object(s))
    }
}

// MARK: modules

/// PyObject *PyImport_AddModuleObject(PyObject *name): borrowed sys.modules[name], made (empty)
/// when missing.
@_cdecl("PyImport_AddModuleObject")
public func PyImport_AddModuleObject_(_ name: CObject?) -> CObject? {
    capi(nil) {
        guard let n = try arg(name) as? PyStr else { throw badInternalCall() }
        if let m = try Runtime.modules.get(n), m is PyModule { return Bridge.borrowed(m) }
        let m = PyModule(name: n.value)
        try Runtime.modules.set(n, m)
        return Bridge.borrowed(m)
    }
}

/// PyObject *PyImport_AddModule(const char *name)
@_cdecl("PyImport_AddModule")
public func PyImport_AddModule_(_ name: UnsafePointer<CChar>?) -> CObject? {
    guard let name else { return nil }
    let n = Bridge.newReference(PyStr(String(cString: name)))
    defer { Bridge.decref(n) }
    return PyImport_AddModuleObject_(n)
}

// MARK: str methods

func strArgs(_ ops: CObject?...) throws -> [PyObjects.PyObject] {
    try ops.map { op in
        let o = try arg(op)
        guard o is PyStr else {
            throw PythonError(PyExc.TypeError, "must be str, not \(o.type.name)")
        }
        return o
    }
}

/// Py_ssize_t PyUnicode_Tailmatch(str, substr, start, end, direction): 1 if substr matches
/// str[start:end] at its start (direction -1) or end (+1), else 0.
@_cdecl("PyUnicode_Tailmatch")
public func PyUnicode_Tailmatch_(_ s: CObject?, _ sub: CObject?, _ start: Int, _ end: Int, _ direction: Int32) -> Int {
    capi(-1) {
        let a = try strArgs(s, sub)
        let r = try Ops.callMethod(a[0], direction > 0 ? "endswith" : "startswith", [a[1], PyInt.make(start), PyInt.make(end)])
        return try Ops.isTrue(r) ? 1 : 0
    }
}

/// Py_ssize_t PyUnicode_Find(str, substr, start, end, direction): index, -1 if absent, -2 on error.
@_cdecl("PyUnicode_Find")
public func PyUnicode_Find_(_ s: CObject?, _ sub: CObject?, _ start: Int, _ end: Int, _ direction: Int32) -> Int {
    capi(-2) {
        let a = try strArgs(s, sub)
        let r = try Ops.callMethod(a[0], direction > 0 ? "find" : "rfind", [a[1], PyInt.make(start), PyInt.make(end)])
        return (r as? PyInt)?.intValue ?? -1
    }
}

/// Py_ssize_t PyUnicode_FindChar(str, ch, start, end, direction)
@_cdecl("PyUnicode_FindChar")
public func PyUnicode_FindChar_(_ s: CObject?, _ ch: UInt32, _ start: Int, _ end: Int, _ direction: Int32) -> Int {
    capi(-2) {
        guard let str = try arg(s) as? PyStr, let c = Unicode.Scalar(ch) else { throw badInternalCall() }
        let r = try Ops.callMethod(str, direction > 0 ? "find" : "rfind", [PyStr(String(Character(c))), PyInt.make(start), PyInt.make(end)])
        return (r as? PyInt)?.intValue ?? -1
    }
}

/// Py_ssize_t PyUnicode_Count(str, substr, start, end)
@_cdecl("PyUnicode_Count")
public func PyUnicode_Count_(_ s: CObject?, _ sub: CObject?, _ start: Int, _ end: Int) -> Int {
    capi(-1) {
        let a = try strArgs(s, sub)
        return (try Ops.callMethod(a[0], "count", [a[1], PyInt.make(start), PyInt.make(end)]) as? PyInt)?.intValue ?? 0
    }
}

/// int PyUnicode_Contains(PyObject *container, PyObject *element)
@_cdecl("PyUnicode_Contains")
public func PyUnicode_Contains_(_ s: CObject?, _ sub: CObject?) -> Int32 {
    capi(-1) {
        let c = try arg(s), e = try arg(sub)
        guard c is PyStr else { throw PythonError(PyExc.TypeError, "'in <string>' requires string as left operand, not \(c.type.name)") }
        guard e is PyStr else { throw PythonError(PyExc.TypeError, "'in <string>' requires string as left operand, not \(e.type.name)") }
        return try Ops.isTrue(try Ops.callMethod(c, "__contains__", [e])) ? 1 : 0
    }
}

/// PyObject *PyUnicode_Split(PyObject *s, PyObject *sep, Py_ssize_t maxsplit): NULL sep splits
/// on whitespace.
@_cdecl("PyUnicode_Split")
public func PyUnicode_Split_(_ s: CObject?, _ sep: CObject?, _ maxsplit: Int) -> CObject? {
    capiObject { try Ops.callMethod(try arg(s), "split", [sep.map(Bridge.object) ?? pyNone, PyInt.make(maxsplit)]) }
}

/// PyObject *PyUnicode_Splitlines(PyObject *s, int keepends)
@_cdecl("PyUnicode_Splitlines")
public func PyUnicode_Splitlines_(_ s: CObject?, _ keepends: Int32) -> CObject? {
    capiObject { try Ops.callMethod(try arg(s), "splitlines", [pyBool(keepends != 0)]) }
}

/// PyObject *PyUnicode_Replace(str, substr, replstr, maxcount)
@_cdecl("PyUnicode_Replace")
public func PyUnicode_Replace_(_ s: CObject?, _ old: CObject?, _ new: CObject?, _ count: Int) -> CObject? {
    capiObject {
        let a = try strArgs(s, old, new)
        return try Ops.callMethod(a[0], "replace", [a[1], a[2], PyInt.make(count)])
    }
}

/// PyObject *PyUnicode_Format(PyObject *format, PyObject *args): format % args.
@_cdecl("PyUnicode_Format")
public func PyUnicode_Format_(_ f: CObject?, _ args: CObject?) -> CObject? {
    capiObject { try Ops.binaryOp(try arg(f), try arg(args), .mod) }
}

/// PyObject *PyUnicode_RichCompare(PyObject *left, PyObject *right, int op)
@_cdecl("PyUnicode_RichCompare")
public func PyUnicode_RichCompare_(_ a: CObject?, _ b: CObject?, _ op: Int32) -> CObject? {
    capiObject {
        let x = try arg(a), y = try arg(b)
        guard x is PyStr, y is PyStr else { return PyNotImplemented.shared }
        return try Ops.richCompare(x, y, try compareOp(op))
    }
}

// MARK: generic attributes and dicts

/// PyObject *_PyObject_GenericGetAttrWithDict(obj, name, dict, suppress): object.__getattribute__;
/// with suppress, a missing attribute gives NULL without an exception.
@_cdecl("_PyObject_GenericGetAttrWithDict")
public func _PyObject_GenericGetAttrWithDict_(_ o: CObject?, _ name: CObject?, _ dict: CObject?, _ suppress: Int32) -> CObject? {
    capi(nil) {
        let obj = try arg(o)
        guard let n = try arg(name) as? PyStr else {
            throw PythonError(PyExc.TypeError, "attribute name must be string, not '\(try arg(name).type.name)'")
        }
        if let dict, let d = Bridge.object(dict) as? PyDict, let v = try d.get(n) { return Bridge.newReference(v) }
        do {
            if let v = try Ops.genericGetAttr(obj, n) { return Bridge.newReference(v) }
        } catch let e as PythonError where suppress != 0 && e.exception.type.isSubtype(of: PyExc.AttributeError) {
            return nil
        }
        if suppress != 0 { return nil }
        throw Ops.attributeError(obj, n.value)
    }
}

/// PyObject *PyObject_GenericGetDict(PyObject *o, void *context): o.__dict__.
@_cdecl("PyObject_GenericGetDict")
public func PyObject_GenericGetDict_(_ o: CObject?, _ context: UnsafeMutableRawPointer?) -> CObject? {
    capiObject {
        guard let o else { throw badInternalCall() }
        // Not getattr(o, "__dict__"): C types' __dict__ getsets call this very function. A C
        // object's proxy holds the dict kept at tp_dictoffset (Subclassing.attachDict).
        let obj = Bridge.object(o)
        if obj.instanceDict == nil && o.pointee.ob_type.pointee.tp_dictoffset != 0 { Subclassing.attachDict(obj, o) }
        if let d = obj.instanceDict { return d }
        throw Ops.attributeError(obj, "__dict__")
    }
}

/// int PyObject_GenericSetDict(PyObject *o, PyObject *value, void *context)
@_cdecl("PyObject_GenericSetDict")
public func PyObject_GenericSetDict_(_ o: CObject?, _ value: CObject?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    capi(-1) {
        guard let value else { throw PythonError(PyExc.TypeError, "cannot delete __dict__") }
        let v = Bridge.object(value)
        guard v is PyDict else {
            throw PythonError(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '\(v.type.name)'")
        }
        let obj = try arg(o)
        if let o, o.pointee.ob_type.pointee.tp_dictoffset > 0 {
            let slot = (UnsafeMutableRawPointer(o) + o.pointee.ob_type.pointee.tp_dictoffset).assumingMemoryBound(to: CObject?.self)
            let old = slot.pointee
            slot.pointee = Bridge.newReference(v)
            if let old { Bridge.decref(old) }
            obj.instanceDict = v as? PyDict
            return 0
        }
        try Ops.setAttr(obj, "__dict__", v)
        return 0
    }
}

/// int PyObject_CheckBuffer(PyObject *o): whether o exports a buffer.
@_cdecl("PyObject_CheckBuffer")
public func PyObject_CheckBuffer_(_ o: CObject?) -> Int32 {
    guard let o else { return 0 }
    if o.pointee.ob_type.pointee.tp_flags & UInt(Py_TPFLAGS_BYTES_SUBCLASS) != 0 { return 1 }
    if o.pointee.ob_type.pointee.tp_as_buffer?.pointee.bf_getbuffer != nil { return 1 }
    return Bridge.object(o) is PyMemoryView ? 1 : 0
}

// MARK: printing errors

/// void PyErr_PrintEx(int set_sys_last_vars): prints the pending exception with its traceback
/// to stderr, as an uncaught one, and clears it; SystemExit is not special-cased here.
@_cdecl("PyErr_PrintEx")
public func PyErr_PrintEx_(_ setLast: Int32) {
    guard let error = Errors.fetch() else { return }
    let exc = error.exception
    if setLast != 0 {
        Runtime.sys.dict.setItem(string: "last_type", exc.type)
        Runtime.sys.dict.setItem(string: "last_value", exc)
        Runtime.sys.dict.setItem(string: "last_traceback", exc.traceback ?? pyNone)
    }
    Traceback.printException(exc)
}

/// void PyErr_Print(void): PyErr_PrintEx(1).
@_cdecl("PyErr_Print")
public func PyErr_Print_() { PyErr_PrintEx_(1) }

/// void PyErr_Display(PyObject *exc, PyObject *value, PyObject *tb): prints value (an
/// exception) with its traceback to stderr.
@_cdecl("PyErr_Display")
public func PyErr_Display_(_ type: CObject?, _ value: CObject?, _ tb: CObject?) {
    guard let value, let exc = Bridge.object(value) as? PyBaseException else { return }
    Traceback.printException(exc)
}

/// PyObject *PyMemoryView_FromObject(PyObject *obj): memoryview(obj), new reference.
@_cdecl("PyMemoryView_FromObject")
public func PyMemoryView_FromObject_(_ o: CObject?) -> CObject? {
    capiObject {
        let view = try Ops.call(MemoryViews.type, args: [try arg(o)])
        Bridge.ensureShare(o!)  // the view holds the object, as CPython's count shows
        return view
    }
}

/// PyObject *PyClassMethod_New(PyObject *callable): classmethod(callable).
@_cdecl("PyClassMethod_New")
public func PyClassMethod_New_(_ callable: CObject?) -> CObject? {
    capiObject { PyClassMethod(try arg(callable)) }
}

/// PyObject *PyStaticMethod_New(PyObject *callable): staticmethod(callable).
@_cdecl("PyStaticMethod_New")
public func PyStaticMethod_New_(_ callable: CObject?) -> CObject? {
    capiObject { PyStaticMethod(try arg(callable)) }
}

/// PyObject *PyImport_ImportModuleNoBlock(const char *name): PyImport_ImportModule (the import
/// lock no longer blocks in 3.11; CJK codec modules still call it).
@_cdecl("PyImport_ImportModuleNoBlock")
public func PyImport_ImportModuleNoBlock_(_ name: UnsafePointer<CChar>?) -> CObject? {
    PyImport_ImportModule_(name)
}


/// const char *Py_GetVersion(void): sys.version (Cython's older modules check its prefix).
nonisolated(unsafe) let versionCString: UnsafeMutablePointer<CChar> = strdup(SwallowVersion.sysVersion)!
@_cdecl("Py_GetVersion")
public func Py_GetVersion_() -> UnsafePointer<CChar> { UnsafePointer(versionCString) }

/// const char *Py_GetCompiler(void): the bracketed part of sys.version.
nonisolated(unsafe) let compilerCString: UnsafeMutablePointer<CChar> = strdup("[\(SwallowVersion.compiler)]")!
@_cdecl("Py_GetCompiler")
public func Py_GetCompiler_() -> UnsafePointer<CChar> { UnsafePointer(compilerCString) }
