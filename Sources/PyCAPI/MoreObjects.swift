import CPythonABI
import Foundation
import PyObjects
import PyVM

// Smaller API families that CPython's own extension modules need (_json, unicodedata,
// _datetime): generic attributes, dict extras, conversions from text, str comparison, and
// the character database of unicodectype.c.

/// PyObject *PyObject_GenericGetAttr(PyObject *o, PyObject *name): object.__getattribute__.
@_cdecl("PyObject_GenericGetAttr")
public func PyObject_GenericGetAttr_(_ o: CObject?, _ name: CObject?) -> CObject? {
    capiObject {
        let obj = try arg(o)
        guard let n = try arg(name) as? PyStr else {
            throw PythonError(PyExc.TypeError, "attribute name must be string, not '\(try arg(name).type.name)'")
        }
        if let v = try Ops.genericGetAttr(obj, n) { return v }
        throw Ops.attributeError(obj, n.value)
    }
}

/// int PyObject_GenericSetAttr(PyObject *o, PyObject *name, PyObject *value): object.__setattr__
/// (value NULL deletes).
@_cdecl("PyObject_GenericSetAttr")
public func PyObject_GenericSetAttr_(_ o: CObject?, _ name: CObject?, _ value: CObject?) -> Int32 {
    capi(-1) {
        let obj = try arg(o)
        guard let n = try arg(name) as? PyStr else {
            throw PythonError(PyExc.TypeError, "attribute name must be string, not '\(try arg(name).type.name)'")
        }
        try Ops.genericSetAttr(obj, n, value.map(Bridge.object))
        if let value { Bridge.ensureShare(value) }
        return 0
    }
}

/// PyObject *PyImport_GetModule(PyObject *name): new reference to sys.modules[name], or NULL
/// without an exception when it is not there.
@_cdecl("PyImport_GetModule")
public func PyImport_GetModule_(_ name: CObject?) -> CObject? {
    capi(nil) {
        guard let m = try Runtime.modules.get(try arg(name)) else { return nil }
        return Bridge.newReference(m)
    }
}

/// PyObject *PyImport_GetModuleDict(void): borrowed sys.modules.
@_cdecl("PyImport_GetModuleDict")
public func PyImport_GetModuleDict_() -> CObject? { Bridge.borrowed(Runtime.modules) }

/// PyObject *PyUnicode_Join(PyObject *separator, PyObject *seq): NULL separator means " ".
@_cdecl("PyUnicode_Join")
public func PyUnicode_Join_(_ sep: CObject?, _ seq: CObject?) -> CObject? {
    capiObject {
        let items = try Ops.toArray(try arg(seq))
        // As in CPython, a single exact str is the result whatever the separator.
        if items.isEmpty { return PyStr("") }
        if items.count == 1, items[0].type === PyTypes.str { return items[0] }
        let s = try sep.map { try arg($0) } ?? PyStr(" ")
        guard s is PyStr else {
            throw PythonError(PyExc.TypeError, "separator: expected str instance, \(s.type.name) found")
        }
        return try Ops.callMethod(s, "join", [PyList(items)])
    }
}

/// void PyDict_Clear(PyObject *p)
@_cdecl("PyDict_Clear")
public func PyDict_Clear_(_ op: CObject?) {
    guard let op, let d = Bridge.object(op) as? PyDict else { return }
    d.clear()
    dictChanged(op, d)
}

/// PyObject *PyDict_SetDefault(PyObject *p, PyObject *key, PyObject *default): borrowed
/// reference to the value now under key.
@_cdecl("PyDict_SetDefault")
public func PyDict_SetDefault_(_ op: CObject?, _ key: CObject?, _ dflt: CObject?) -> CObject? {
    capi(nil) {
        let d = try dictArg(op)
        guard let key, let dflt else { throw badInternalCall() }
        let k = Bridge.object(key)
        if let v = try d.get(k) { return Bridge.borrowed(v) }
        try d.set(k, Bridge.object(dflt))
        Bridge.ensureShare(key)
        Bridge.ensureShare(dflt)
        dictChanged(op, d)
        return dflt
    }
}

/// PyObject *PyFloat_FromString(PyObject *str): float(str).
@_cdecl("PyFloat_FromString")
public func PyFloat_FromString_(_ s: CObject?) -> CObject? {
    capiObject {
        // Unlike float(), the C function also parses bytes-like text (as _json passes it).
        var o = try arg(s)
        if let b = o as? PyBytes { o = PyStr(String(decoding: b.value, as: UTF8.self)) }
        if let b = o as? PyByteArray { o = PyStr(String(decoding: b.value, as: UTF8.self)) }
        guard o is PyStr else {
            throw PythonError(PyExc.TypeError, "float() argument must be a string or a real number, not '\(o.type.name)'")
        }
        return try Ops.call(PyTypes.float, args: [o])
    }
}

/// PyObject *PyLong_FromString(const char *str, char **pend, int base): int(str, base); pend
/// gets the end of the text.
@_cdecl("PyLong_FromString")
public func PyLong_FromString_(_ s: UnsafePointer<CChar>?, _ pend: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                               _ base: Int32) -> CObject? {
    capiObject {
        guard let s else { throw badInternalCall() }
        if base != 0 && (base < 2 || base > 36) {
            throw PythonError(PyExc.ValueError, "int() arg 2 must be >= 2 and <= 36")
        }
        let result = try Ops.call(PyTypes.int, args: [PyStr(String(cString: s)), PyInt.make(Int(base))])
        pend?.pointee = UnsafeMutablePointer(mutating: s + strlen(s))
        return result
    }
}

func strArg(_ op: CObject?) -> PyStr? {
    guard let op else { return nil }
    return Bridge.object(op) as? PyStr
}

/// int PyUnicode_Compare(PyObject *left, PyObject *right): -1, 0 or 1; -1 with TypeError when
/// either is not a str.
@_cdecl("PyUnicode_Compare")
public func PyUnicode_Compare_(_ a: CObject?, _ b: CObject?) -> Int32 {
    capi(-1) {
        guard let x = strArg(a), let y = strArg(b) else {
            let n1 = a.map { Bridge.object($0).type.name } ?? "NULL", n2 = b.map { Bridge.object($0).type.name } ?? "NULL"
            throw PythonError(PyExc.TypeError, "Can't compare \(n1) and \(n2)")
        }
        // Code-point order, as CPython compares.
        let l = Array(x.value.unicodeScalars), r = Array(y.value.unicodeScalars)
        for (c, d) in zip(l, r) where c != d { return c.value < d.value ? -1 : 1 }
        return l.count == r.count ? 0 : (l.count < r.count ? -1 : 1)
    }
}

/// int _PyUnicode_EqualToASCIIString(PyObject *u, const char *s)
@_cdecl("_PyUnicode_EqualToASCIIString")
public func _PyUnicode_EqualToASCIIString_(_ u: CObject?, _ s: UnsafePointer<CChar>?) -> Int32 {
    guard let str = strArg(u), let s else { return 0 }
    return str.value == String(cString: s) ? 1 : 0
}

// MARK: - the character database (CPython's unicodectype.c functions)

func numericProperties(_ ch: UInt32) -> Unicode.Scalar.Properties? { Unicode.Scalar(ch)?.properties }

/// int _PyUnicode_ToDecimalDigit(Py_UCS4 ch): the decimal digit value, or -1.
@_cdecl("_PyUnicode_ToDecimalDigit")
public func _PyUnicode_ToDecimalDigit_(_ ch: UInt32) -> Int32 {
    guard let p = numericProperties(ch), p.numericType == .decimal, let v = p.numericValue else { return -1 }
    return Int32(v)
}

/// int _PyUnicode_ToDigit(Py_UCS4 ch): the digit value (decimal digits included), or -1.
@_cdecl("_PyUnicode_ToDigit")
public func _PyUnicode_ToDigit_(_ ch: UInt32) -> Int32 {
    guard let p = numericProperties(ch), p.numericType == .decimal || p.numericType == .digit,
          let v = p.numericValue else { return -1 }
    return Int32(v)
}

/// double _PyUnicode_ToNumeric(Py_UCS4 ch): the numeric value, or -1.0.
@_cdecl("_PyUnicode_ToNumeric")
public func _PyUnicode_ToNumeric_(_ ch: UInt32) -> Double {
    guard let p = numericProperties(ch), p.numericType != nil, let v = p.numericValue else { return -1.0 }
    return v
}

/// int _PyUnicode_IsDecimalDigit(Py_UCS4 ch)
@_cdecl("_PyUnicode_IsDecimalDigit")
public func _PyUnicode_IsDecimalDigit_(_ ch: UInt32) -> Int32 { _PyUnicode_ToDecimalDigit_(ch) < 0 ? 0 : 1 }

/// int _PyUnicode_IsDigit(Py_UCS4 ch)
@_cdecl("_PyUnicode_IsDigit")
public func _PyUnicode_IsDigit_(_ ch: UInt32) -> Int32 { _PyUnicode_ToDigit_(ch) < 0 ? 0 : 1 }

/// int _PyUnicode_IsNumeric(Py_UCS4 ch)
@_cdecl("_PyUnicode_IsNumeric")
public func _PyUnicode_IsNumeric_(_ ch: UInt32) -> Int32 { numericProperties(ch)?.numericType == nil ? 0 : 1 }

/// void PyUnicode_InternInPlace(PyObject **p): replaces *p by the interned string equal to it
/// (the reference to the old one is given up). Errors are swallowed, as in CPython.
@_cdecl("PyUnicode_InternInPlace")
public func PyUnicode_InternInPlace_(_ p: UnsafeMutablePointer<CObject?>?) {
    guard let p, let op = p.pointee, let s = Bridge.object(op) as? PyStr, s.type === PyTypes.str else { return }
    let interned = PyStr.intern(s.value)
    if interned === s { return }
    p.pointee = Bridge.newReference(interned)
    Bridge.decref(op)
}

// MARK: - sys

/// PyObject *PySys_GetObject(const char *name): borrowed sys.<name>, or NULL (no exception)
/// when missing.
@_cdecl("PySys_GetObject")
public func PySys_GetObject_(_ name: UnsafePointer<CChar>?) -> CObject? {
    guard let name, let v = Runtime.sys.dict.getItem(string: String(cString: name)) else { return nil }
    return Bridge.borrowed(v)
}

/// int PySys_SetObject(const char *name, PyObject *v): sets sys.<name> (v NULL deletes; a
/// missing name is then not an error).
@_cdecl("PySys_SetObject")
public func PySys_SetObject_(_ name: UnsafePointer<CChar>?, _ v: CObject?) -> Int32 {
    capi(-1) {
        guard let name else { throw badInternalCall() }
        let key = PyStr.intern(String(cString: name))
        if let v {
            try Runtime.sys.dict.set(key, Bridge.object(v))
            Bridge.ensureShare(v)
        } else {
            _ = try Runtime.sys.dict.remove(key)
        }
        return 0
    }
}

// The rest of unicodectype.c's predicates and simple mappings (what the Py_UNICODE_IS* and
// Py_UNICODE_TO* macros call for non-ASCII characters).

func scalarProps(_ ch: UInt32) -> Unicode.Scalar.Properties? { Unicode.Scalar(ch)?.properties }

@_cdecl("_PyUnicode_IsAlpha")
public func _PyUnicode_IsAlpha_(_ ch: UInt32) -> Int32 {
    switch scalarProps(ch)?.generalCategory {
    case .uppercaseLetter?, .lowercaseLetter?, .titlecaseLetter?, .modifierLetter?, .otherLetter?: return 1
    default: return 0
    }
}

@_cdecl("_PyUnicode_IsCased")
public func _PyUnicode_IsCased_(_ ch: UInt32) -> Int32 { scalarProps(ch)?.isCased == true ? 1 : 0 }

@_cdecl("_PyUnicode_IsCaseIgnorable")
public func _PyUnicode_IsCaseIgnorable_(_ ch: UInt32) -> Int32 { scalarProps(ch)?.isCaseIgnorable == true ? 1 : 0 }

@_cdecl("_PyUnicode_IsLowercase")
public func _PyUnicode_IsLowercase_(_ ch: UInt32) -> Int32 { scalarProps(ch)?.isLowercase == true ? 1 : 0 }

@_cdecl("_PyUnicode_IsUppercase")
public func _PyUnicode_IsUppercase_(_ ch: UInt32) -> Int32 { scalarProps(ch)?.isUppercase == true ? 1 : 0 }

@_cdecl("_PyUnicode_IsTitlecase")
public func _PyUnicode_IsTitlecase_(_ ch: UInt32) -> Int32 {
    scalarProps(ch)?.generalCategory == .titlecaseLetter ? 1 : 0
}

/// Whitespace as str.isspace sees it: White_Space, plus the information separators 0x1C-0x1F
/// (bidirectional B/S), as CPython's table has them.
@_cdecl("_PyUnicode_IsWhitespace")
public func _PyUnicode_IsWhitespace_(_ ch: UInt32) -> Int32 {
    if (0x1C...0x1F).contains(ch) { return 1 }
    return scalarProps(ch)?.isWhitespace == true ? 1 : 0
}

/// The line boundaries str.splitlines uses.
@_cdecl("_PyUnicode_IsLinebreak")
public func _PyUnicode_IsLinebreak_(_ ch: UInt32) -> Int32 {
    switch ch {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return 1
    default: return 0
    }
}

/// Printable as str.isprintable: not Other (Cc, Cf, Cs, Co, Cn) nor Separator, except space.
@_cdecl("_PyUnicode_IsPrintable")
public func _PyUnicode_IsPrintable_(_ ch: UInt32) -> Int32 {
    if ch == 0x20 { return 1 }
    switch scalarProps(ch)?.generalCategory {
    case nil, .control?, .format?, .surrogate?, .privateUse?, .unassigned?,
         .spaceSeparator?, .lineSeparator?, .paragraphSeparator?: return 0
    default: return 1
    }
}

@_cdecl("_PyUnicode_IsXidStart")
public func _PyUnicode_IsXidStart_(_ ch: UInt32) -> Int32 { scalarProps(ch)?.isXIDStart == true ? 1 : 0 }

@_cdecl("_PyUnicode_IsXidContinue")
public func _PyUnicode_IsXidContinue_(_ ch: UInt32) -> Int32 { scalarProps(ch)?.isXIDContinue == true ? 1 : 0 }

/// The one-character case mapping as CPython's table gives it: the first character of the
/// full mapping (so 'ß'.upper gives 'S', 'İ'.lower gives 'i').
func simpleMapping(_ ch: UInt32, _ full: (Unicode.Scalar.Properties) -> String) -> UInt32 {
    guard let p = scalarProps(ch), let first = full(p).unicodeScalars.first else { return ch }
    return first.value
}

@_cdecl("_PyUnicode_ToLowercase")
public func _PyUnicode_ToLowercase_(_ ch: UInt32) -> UInt32 { simpleMapping(ch) { $0.lowercaseMapping } }

@_cdecl("_PyUnicode_ToUppercase")
public func _PyUnicode_ToUppercase_(_ ch: UInt32) -> UInt32 { simpleMapping(ch) { $0.uppercaseMapping } }

@_cdecl("_PyUnicode_ToTitlecase")
public func _PyUnicode_ToTitlecase_(_ ch: UInt32) -> UInt32 { simpleMapping(ch) { $0.titlecaseMapping } }

/// The full mapping into res (room for 3 characters, as CPython guarantees); returns its length.
func fullMapping(_ ch: UInt32, _ res: UnsafeMutablePointer<UInt32>?, _ full: (Unicode.Scalar.Properties) -> String) -> Int32 {
    guard let res else { return 0 }
    guard let p = scalarProps(ch) else {
        res[0] = ch
        return 1
    }
    let mapped = Array(full(p).unicodeScalars.prefix(3))
    for (i, c) in mapped.enumerated() { res[i] = c.value }
    return Int32(mapped.count)
}

@_cdecl("_PyUnicode_ToLowerFull")
public func _PyUnicode_ToLowerFull_(_ ch: UInt32, _ res: UnsafeMutablePointer<UInt32>?) -> Int32 {
    fullMapping(ch, res) { $0.lowercaseMapping }
}

@_cdecl("_PyUnicode_ToUpperFull")
public func _PyUnicode_ToUpperFull_(_ ch: UInt32, _ res: UnsafeMutablePointer<UInt32>?) -> Int32 {
    fullMapping(ch, res) { $0.uppercaseMapping }
}

@_cdecl("_PyUnicode_ToTitleFull")
public func _PyUnicode_ToTitleFull_(_ ch: UInt32, _ res: UnsafeMutablePointer<UInt32>?) -> Int32 {
    fullMapping(ch, res) { $0.titlecaseMapping }
}

// MARK: - import

/// PyObject *PyImport_ImportModuleLevelObject(name, globals, locals, fromlist, level):
/// __import__(name, globals, locals, fromlist, level) as the import statement performs it.
@_cdecl("PyImport_ImportModuleLevelObject")
public func PyImport_ImportModuleLevelObject_(_ name: CObject?, _ globals: CObject?, _ locals: CObject?,
                                              _ fromlist: CObject?, _ level: Int32) -> CObject? {
    capiObject {
        guard let name else { throw PythonError(PyExc.ValueError, "Empty module name") }
        guard let n = Bridge.object(name) as? PyStr else {
            throw PythonError(PyExc.TypeError, "module name must be a string")
        }
        if level < 0 { throw PythonError(PyExc.ValueError, "level must be >= 0") }
        let g = globals.map(Bridge.object) as? PyDict ?? PyDict()
        return try Importer.importName(n.value, globals: g, fromlist: fromlist.map(Bridge.object) ?? pyNone,
                                       level: Int(level))
    }
}

/// PyObject *PyImport_ImportModuleLevel(const char *name, globals, locals, fromlist, level)
@_cdecl("PyImport_ImportModuleLevel")
public func PyImport_ImportModuleLevel_(_ name: UnsafePointer<CChar>?, _ globals: CObject?, _ locals: CObject?,
                                        _ fromlist: CObject?, _ level: Int32) -> CObject? {
    guard let name else { return PyImport_ImportModuleLevelObject_(nil, globals, locals, fromlist, level) }
    let n = Bridge.newReference(PyStr(String(cString: name)))
    defer { Bridge.decref(n) }
    return PyImport_ImportModuleLevelObject_(n, globals, locals, fromlist, level)
}

/// int _PyUnicode_Equal(PyObject *a, PyObject *b): 1 if the two str objects are equal, else 0.
@_cdecl("_PyUnicode_Equal")
public func _PyUnicode_Equal_(_ a: CObject?, _ b: CObject?) -> Int32 {
    guard let x = strArg(a), let y = strArg(b) else { return 0 }
    return x.value == y.value ? 1 : 0
}
