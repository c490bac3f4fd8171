import CPythonABI
import Foundation
import PyObjects
import PyVM

/// A runtime `memoryview` exported to C (`PyObject_GetBuffer` on a memoryview, as NumPy and
/// `struct.pack_into` do). The view's bytes belong to the object it views (bytes or bytearray),
/// so the export holds an inner export of that object (keeping a bytearray's export count up,
/// so resizing it raises BufferError) and describes the view's window of it: offset, item
/// count and size, format, stride. What the description points at (shape, strides, format)
/// lives in a block kept in `Py_buffer.internal` until `PyBuffer_Release`.
enum MemoryViewExport {
    struct Block {
        var inner: Py_buffer
        var shape: Int
        var stride: Int
        var format: UnsafeMutablePointer<CChar>?
    }

    static let writable: Int32 = 0x0001, format: Int32 = 0x0004, nd: Int32 = 0x0008, strides: Int32 = 0x0018

    static func get(_ o: CObject, _ mv: PyMemoryView, _ view: UnsafeMutablePointer<Py_buffer>, _ flags: Int32) throws -> Int32 {
        let layout = mv.exportLayout
        if layout.released { throw PythonError(PyExc.ValueError, "operation forbidden on released memoryview object") }
        if flags & writable != 0 && layout.readonly {
            throw PythonError(PyExc.BufferError, "memoryview: underlying buffer is not writable")
        }
        let contiguous = layout.step == layout.itemSize || layout.count <= 1
        if !contiguous && flags & strides != strides {
            throw PythonError(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous")
        }
        let block = UnsafeMutablePointer<Block>.allocate(capacity: 1)
        block.initialize(to: Block(inner: Py_buffer(), shape: layout.count, stride: layout.step, format: strdup(layout.format)))
        let base = Bridge.borrowed(mv.obj)
        if PyObject_GetBuffer_(base, &block.pointee.inner, flags & writable) < 0 {
            free(block.pointee.format)
            block.deallocate()
            return -1
        }
        Bridge.incref(o)
        let raw = UnsafeMutableRawPointer(block)
        let shape = (raw + MemoryLayout<Block>.offset(of: \Block.shape)!).assumingMemoryBound(to: Py_ssize_t.self)
        let stride = (raw + MemoryLayout<Block>.offset(of: \Block.stride)!).assumingMemoryBound(to: Py_ssize_t.self)
        view.pointee = Py_buffer(
            buf: block.pointee.inner.buf.map { $0 + layout.start }, obj: o, len: layout.count * layout.itemSize,
            itemsize: layout.itemSize, readonly: layout.readonly ? 1 : 0, ndim: 1,
            format: flags & format != 0 ? block.pointee.format : nil,
            shape: flags & nd != 0 ? shape : nil,
            strides: flags & strides == strides ? stride : nil,
            suboffsets: nil, internal: raw)
        return 0
    }

    static func release(_ view: UnsafeMutablePointer<Py_buffer>) {
        guard let raw = view.pointee.internal else { return }
        let block = raw.assumingMemoryBound(to: Block.self)
        PyBuffer_Release_(&block.pointee.inner)
        free(block.pointee.format)
        block.deinitialize(count: 1)
        block.deallocate()
        view.pointee.internal = nil
    }
}
