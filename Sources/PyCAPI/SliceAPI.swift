import CPythonABI
import PyObjects
import PyVM

// Slice index arithmetic for extensions' sq/mp subscript code (PySlice_GetIndicesEx is a macro
// over PySlice_Unpack and PySlice_AdjustIndices in 3.11).

/// A slice bound as a Py_ssize_t, clamped to the Py_ssize_t range like CPython's.
private func sliceBound(_ o: PyObjects.PyObject) throws -> Int {
    guard o is PyInt || o.type.lookup("__index__") != nil else {
        throw PythonError(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method")
    }
    let i = try Ops.index(o)
    return i.intValue ?? (i.bigValue < 0 ? Int.min : Int.max)
}

/// int PySlice_Unpack(PyObject *slice, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step):
/// the slice's bounds with None replaced by the defaults for the step's direction.
@_cdecl("PySlice_Unpack")
public func PySlice_Unpack_(_ op: CObject?, _ start: UnsafeMutablePointer<Int>?, _ stop: UnsafeMutablePointer<Int>?,
                            _ step: UnsafeMutablePointer<Int>?) -> Int32 {
    capi(-1) {
        guard let s = try arg(op) as? PySlice, let start, let stop, let step else { throw badInternalCall() }
        var st = 1
        if s.step !== pyNone {
            st = try sliceBound(s.step)
            if st == 0 { throw PythonError(PyExc.ValueError, "slice step cannot be zero") }
            st = max(st, -Int.max)  // so that -step cannot overflow
        }
        step.pointee = st
        start.pointee = s.start === pyNone ? (st < 0 ? Int.max : 0) : try sliceBound(s.start)
        stop.pointee = s.stop === pyNone ? (st < 0 ? Int.min : Int.max) : try sliceBound(s.stop)
        return 0
    }
}

/// Py_ssize_t PySlice_AdjustIndices(Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop,
/// Py_ssize_t step): clips the bounds to a sequence of `length`; returns the slice length.
@_cdecl("PySlice_AdjustIndices")
public func PySlice_AdjustIndices_(_ length: Int, _ start: UnsafeMutablePointer<Int>, _ stop: UnsafeMutablePointer<Int>,
                                   _ step: Int) -> Int {
    func clip(_ v: inout Int) {
        if v < 0 {
            v += length
            if v < 0 { v = step < 0 ? -1 : 0 }
        } else if v >= length {
            v = step < 0 ? length - 1 : length
        }
    }
    clip(&start.pointee)
    clip(&stop.pointee)
    if step < 0 {
        return stop.pointee < start.pointee ? (start.pointee - stop.pointee - 1) / (-step) + 1 : 0
    }
    return start.pointee < stop.pointee ? (stop.pointee - start.pointee - 1) / step + 1 : 0
}

/// int PySlice_GetIndicesEx(PyObject *slice, Py_ssize_t length, Py_ssize_t *start,
/// Py_ssize_t *stop, Py_ssize_t *step, Py_ssize_t *slicelength): the function form of the macro.
@_cdecl("PySlice_GetIndicesEx")
public func PySlice_GetIndicesEx_(_ op: CObject?, _ length: Int, _ start: UnsafeMutablePointer<Int>?,
                                  _ stop: UnsafeMutablePointer<Int>?, _ step: UnsafeMutablePointer<Int>?,
                                  _ slicelength: UnsafeMutablePointer<Int>?) -> Int32 {
    if PySlice_Unpack_(op, start, stop, step) < 0 { return -1 }
    let n = PySlice_AdjustIndices_(length, start!, stop!, step!.pointee)
    slicelength?.pointee = n
    return 0
}

/// int PySlice_GetIndices(PyObject *slice, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop,
/// Py_ssize_t *step): the old form: int bounds only, -1 (without an exception for bad bounds)
/// when they do not fit the sequence.
@_cdecl("PySlice_GetIndices")
public func PySlice_GetIndices_(_ op: CObject?, _ length: Int, _ start: UnsafeMutablePointer<Int>?,
                                _ stop: UnsafeMutablePointer<Int>?, _ step: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let op, let s = Bridge.object(op) as? PySlice, let start, let stop, let step else { return -1 }
    func int(_ o: PyObjects.PyObject) -> Int? { (o as? PyInt)?.intValue }
    if s.step === pyNone { step.pointee = 1 } else if let v = int(s.step) { step.pointee = v } else { return -1 }
    if s.start === pyNone {
        start.pointee = step.pointee < 0 ? length - 1 : 0
    } else if let v = int(s.start) { start.pointee = v < 0 ? v + length : v } else { return -1 }
    if s.stop === pyNone {
        stop.pointee = step.pointee < 0 ? -1 : length
    } else if let v = int(s.stop) { stop.pointee = v < 0 ? v + length : v } else { return -1 }
    if stop.pointee > length || start.pointee >= length || step.pointee == 0 { return -1 }
    return 0
}
