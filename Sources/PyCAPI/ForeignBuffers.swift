import CPythonABI
import Foundation
import PyObjects
import PyVM

/// The runtime's memoryview over a C exporter (bf_getbuffer): one PyObject_GetBuffer with
/// CPython's memoryview flags (PyBUF_FULL_RO), kept in a heap Py_buffer until the last view
/// of it lets go (see the design note in PyVM/MemoryView.swift).
enum ForeignBuffers {
    static let fullRO: Int32 = 0x011C  // PyBUF_INDIRECT | PyBUF_FORMAT

    static func install() {
        MemoryViews.exportForeign = { obj in
            guard obj.bridgeHandle != nil else { return nil }
            let op = Bridge.borrowed(obj)
            guard let getbuffer = op.pointee.ob_type.pointee.tp_as_buffer?.pointee.bf_getbuffer else { return nil }
            let view = UnsafeMutablePointer<Py_buffer>.allocate(capacity: 1)
            view.initialize(to: Py_buffer())
            if getbuffer(op, view, fullRO) < 0 {
                view.deallocate()
                throw Errors.afterFailure("bf_getbuffer")
            }
            let b = view.pointee
            let itemSize = b.itemsize > 0 ? b.itemsize : 1
            let format = b.format.map { String(cString: $0) } ?? "B"
            let contiguous = b.strides == nil || b.ndim <= 1 && b.strides!.pointee == itemSize
            if b.ndim > 1 || !contiguous || b.suboffsets != nil {
                PyBuffer_Release_(view)
                view.deallocate()
                throw PythonError(PyExc.NotImplementedError,
                                  "memoryview: Swallow views one-dimensional contiguous C buffers only")
            }
            return ForeignBuffer(base: b.buf, length: b.len, readonly: b.readonly != 0,
                                 format: format, itemSize: itemSize) {
                PyBuffer_Release_(view)
                view.deallocate()
            }
        }
    }
}
