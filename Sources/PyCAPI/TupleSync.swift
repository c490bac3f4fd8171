import CPythonABI
import PyObjects

/// Keeps a tuple C created in step with its runtime tuple.
///
/// CPython lets C rewrite a tuple it created: `PyTuple_SetItem` while C holds the only
/// reference, and `PyTuple_SET_ITEM` on argument tuples C reuses across calls (NumPy did; PyPy's
/// cpyext kept the old items). Once the runtime has seen such a tuple it has its own immutable
/// copy of the items, so the bridge compares the C items with the runtime tuple's whenever the
/// tuple crosses to the runtime again (`Bridge.object`, for tuples flagged `C_FILLED`), and
/// after `PyTuple_SetItem`. A comparison is one pointer check per item; tuples the runtime
/// made are never flagged and cost nothing.
enum TupleSync {
    /// Whether no runtime reference holds the tuple except the bridge's own link to it, so C
    /// holding one reference means C holds the only one (CPython's refcount would be 1).
    static func onlyBridgeHolds(_ op: CObject) -> Bool {
        guard swpy_has_header(op) != 0 else { return false }
        let header = swpy_header_of(op)!
        guard let raw = header.pointee.runtime_object else { return true }
        if header.pointee.flags & UInt32(SWPY_FLAG_RUNTIME_SHARE | SWPY_FLAG_STATIC) != 0 { return false }
        return Bridge.runtimeDropped(raw)
    }

    /// After C rewrote an item: the runtime tuple, if there is one, follows now.
    static func refreshIfSeen(_ op: CObject) {
        let header = swpy_header_of(op)!
        guard let raw = header.pointee.runtime_object else { return }
        header.pointee.flags |= UInt32(SWPY_FLAG_C_FILLED)
        refresh(Unmanaged<PyObjects.PyObject>.fromOpaque(raw).takeUnretainedValue(), op)
    }

    /// Copies into the runtime tuple the items C replaced (C's items are the truth).
    static func refresh(_ obj: PyObjects.PyObject, _ op: CObject) {
        guard let tuple = obj as? PyTuple else { return }
        let items = Mirrors.tupleItems(op)
        let n = min(Mirrors.varSize(op), tuple.items.count)
        for i in 0..<n {
            guard let c = items[i] else { continue }  // C is still filling this slot
            if tuple.items[i].bridgeHandle != UnsafeMutableRawPointer(c) {
                tuple.bridgeReplaceItem(at: i, with: Bridge.object(c))
            }
        }
    }
}
