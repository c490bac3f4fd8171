import BigInt
import CPythonABI
import PyObjects
import PyVM

/// Reading and writing `PyMemberDef` fields of C instances by their type code.
enum Members {
    static func get(_ op: CObject, _ m: PyMemberDef) throws -> PyObjects.PyObject {
        let p = UnsafeMutableRawPointer(op) + m.offset
        switch m.type {
        case T_SHORT: return PyInt.make(Int(p.load(as: Int16.self)))
        case T_INT: return PyInt.make(Int(p.load(as: Int32.self)))
        case T_LONG, T_PYSSIZET, T_LONGLONG: return PyInt.make(p.load(as: Int.self))
        case T_USHORT: return PyInt.make(Int(p.load(as: UInt16.self)))
        case T_UINT: return PyInt.make(Int(p.load(as: UInt32.self)))
        case T_ULONG, T_ULONGLONG: return PyInt.make(BigInt(p.load(as: UInt.self)))
        case T_BYTE: return PyInt.make(Int(p.load(as: Int8.self)))
        case T_UBYTE: return PyInt.make(Int(p.load(as: UInt8.self)))
        case T_BOOL: return pyBool(p.load(as: UInt8.self) != 0)
        case T_FLOAT: return PyFloat(Double(p.load(as: Float.self)))
        case T_DOUBLE: return PyFloat(p.load(as: Double.self))
        case T_CHAR: return PyStr(String(UnicodeScalar(p.load(as: UInt8.self))))
        case T_STRING:
            guard let s = p.load(as: UnsafePointer<CChar>?.self) else { return pyNone }
            return PyStr(String(cString: s))
        case T_STRING_INPLACE: return PyStr(String(cString: p.assumingMemoryBound(to: CChar.self)))
        case T_OBJECT:
            return p.load(as: CObject?.self).map(Bridge.object) ?? pyNone
        case T_OBJECT_EX:
            guard let o = p.load(as: CObject?.self) else {
                throw PythonError(PyExc.AttributeError, "'\(Bridge.object(op).type.name)' object has no attribute '\(String(cString: m.name))'")
            }
            return Bridge.object(o)
        case T_NONE: return pyNone
        default: throw PythonError(PyExc.SystemError, "bad memberdescr type")
        }
    }

    static func set(_ op: CObject, _ m: PyMemberDef, _ value: PyObjects.PyObject, name: String, owner: String) throws {
        let p = UnsafeMutableRawPointer(op) + m.offset
        func integer() throws -> BigInt {
            guard let i = value as? PyInt else {
                throw PythonError(PyExc.TypeError, "attribute value type must be int")
            }
            return i.bigValue
        }
        switch m.type {
        case T_SHORT: p.storeBytes(of: Int16(truncatingIfNeeded: try integer()), as: Int16.self)
        case T_INT: p.storeBytes(of: Int32(truncatingIfNeeded: try integer()), as: Int32.self)
        case T_LONG, T_PYSSIZET, T_LONGLONG:
            guard let v = Int(exactly: try integer()) else { throw PythonError(PyExc.OverflowError, "Python int too large to convert to C long") }
            p.storeBytes(of: v, as: Int.self)
        case T_USHORT: p.storeBytes(of: UInt16(truncatingIfNeeded: try integer()), as: UInt16.self)
        case T_UINT: p.storeBytes(of: UInt32(truncatingIfNeeded: try integer()), as: UInt32.self)
        case T_ULONG, T_ULONGLONG: p.storeBytes(of: UInt(truncatingIfNeeded: try integer()), as: UInt.self)
        case T_BYTE: p.storeBytes(of: Int8(truncatingIfNeeded: try integer()), as: Int8.self)
        case T_UBYTE: p.storeBytes(of: UInt8(truncatingIfNeeded: try integer()), as: UInt8.self)
        case T_BOOL:
            guard let b = value as? PyBool else { throw PythonError(PyExc.TypeError, "attribute value type must be bool") }
            p.storeBytes(of: UInt8(b.value ? 1 : 0), as: UInt8.self)
        case T_FLOAT, T_DOUBLE:
            let d: Double
            switch value {
            case let f as PyFloat: d = f.value
            case let i as PyInt: d = Double(i.bigValue)
            default: throw PythonError(PyExc.TypeError, "attribute value type must be float")
            }
            if m.type == T_FLOAT { p.storeBytes(of: Float(d), as: Float.self) } else { p.storeBytes(of: d, as: Double.self) }
        case T_OBJECT, T_OBJECT_EX:
            let old = p.load(as: CObject?.self)
            p.storeBytes(of: Optional(Bridge.newReference(value)), as: CObject?.self)
            if let old { Bridge.decref(old) }
        default:
            throw PythonError(PyExc.TypeError, "readonly attribute")
        }
    }
}
