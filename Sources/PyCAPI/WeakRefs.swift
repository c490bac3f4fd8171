import CPythonABI
import PyObjects
import PyVM

/// Weak references to C objects and the PyWeakref_* API. A weak reference to an instance of an
/// extension type refers to the C object, not to its runtime proxy (which may die while C still
/// holds the object): the type's weak reference list slot (tp_weaklistoffset) is marked while
/// references exist, and the type's tp_dealloc calls PyObject_ClearWeakRefs, which kills them.
enum NativeWeakRefs {
    /// What a marked weak reference list slot holds (never dereferenced as a list).
    static let marker = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 16)

    static func install() {
        marker.initializeMemory(as: UInt8.self, repeating: 0, count: 64)
        WeakRefs.setNativeHooks(target: { o in
            guard o is CNativeObject, let handle = o.bridgeHandle else { return nil }
            let op = handle.assumingMemoryBound(to: CPythonABI.PyObject.self)
            let off = op.pointee.ob_type.pointee.tp_weaklistoffset
            guard off > 0 else {
                throw PythonError(PyExc.TypeError, "cannot create weak reference to '\(String(cString: op.pointee.ob_type.pointee.tp_name))' object")
            }
            let slot = (handle + off).assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
            if slot.pointee == nil { slot.pointee = marker }
            return handle
        }, referent: { address in
            Bridge.object(address.assumingMemoryBound(to: CPythonABI.PyObject.self))
        })
    }
}

/// void PyObject_ClearWeakRefs(PyObject *o): called by tp_dealloc of types with a weak
/// reference list; the references to o go dead and their callbacks run soon after.
@_cdecl("PyObject_ClearWeakRefs")
public func PyObject_ClearWeakRefs_(_ o: CObject?) {
    guard let o else { return }
    let off = o.pointee.ob_type.pointee.tp_weaklistoffset
    if off > 0 { (UnsafeMutableRawPointer(o) + off).assumingMemoryBound(to: UnsafeMutableRawPointer?.self).pointee = nil }
    WeakRefs.nativeDied(UnsafeMutableRawPointer(o))
}

/// PyObject *PyWeakref_NewRef(PyObject *ob, PyObject *callback): new reference.
@_cdecl("PyWeakref_NewRef")
public func PyWeakref_NewRef_(_ ob: CObject?, _ callback: CObject?) -> CObject? {
    capiObject { try WeakRefs.newRef(try arg(ob), callback.map(Bridge.object)) }
}

/// PyObject *PyWeakref_NewProxy(PyObject *ob, PyObject *callback): new reference.
@_cdecl("PyWeakref_NewProxy")
public func PyWeakref_NewProxy_(_ ob: CObject?, _ callback: CObject?) -> CObject? {
    capiObject { try WeakRefs.newProxy(try arg(ob), callback.map(Bridge.object)) }
}

/// PyObject *PyWeakref_GetObject(PyObject *ref): borrowed; Py_None once the referent is dead.
@_cdecl("PyWeakref_GetObject")
public func PyWeakref_GetObject_(_ ref: CObject?) -> CObject? {
    guard let ref else {
        Errors.set(PythonError(PyExc.SystemError, "bad argument to internal function"))
        return nil
    }
    do {
        guard let r = try WeakRefs.referent(Bridge.object(ref)) else { return Bridge.borrowed(pyNone) }
        return Bridge.borrowed(r)
    } catch {
        Errors.set(error)
        return nil
    }
}
