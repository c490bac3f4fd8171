import CPythonABI
import PyObjects
import PyVM

/// Keeps a runtime list and its C mirror in agreement.
///
/// C code writes list items directly (`PyList_SET_ITEM`, Cython's and `_heapq`'s stores into
/// `ob_item`, `ob_size` bumps within `allocated`), which the runtime cannot observe as it
/// happens. So for every mirrored list the bridge remembers the item pointers both sides last
/// agreed on (the shadow). Syncing compares: if the C array moved away from the shadow, C wrote
/// and wins; else if the runtime list no longer matches the shadow, the runtime wrote and its
/// items are written into the C array. Syncs run when a list is handed to C, after every C
/// function returns to the runtime, and before C calls back into Python code.
enum ListSync {
    nonisolated(unsafe) static var shadows: [CObject: [CObject?]] = [:]
    /// Lists C may have written since the last sync: those handed to C during the current call,
    /// and those C holds references of its own to (kept until C lets go).
    nonisolated(unsafe) static var touched: Set<CObject> = []
    nonisolated(unsafe) static var cHeld: Set<CObject> = []

    static func items(_ op: CObject) -> [CObject?] {
        op.withMemoryRebound(to: PyListObject.self, capacity: 1) { lo in
            let n = lo.pointee.ob_base.ob_size
            guard n > 0, let p = lo.pointee.ob_item else { return [] }
            return (0..<n).map { p[$0] }
        }
    }

    /// Starts tracking a list mirror whose C items currently agree with the runtime list.
    static func register(_ op: CObject) {
        shadows[op] = items(op)
        touched.insert(op)
    }

    static func unregister(_ op: CObject) {
        shadows[op] = nil
        touched.remove(op)
        cHeld.remove(op)
    }

    /// Before an API function changes a list on both sides: C's direct writes since the last
    /// sync (Cython's appends into spare capacity) must reach the runtime list first, or the
    /// agreed change would be applied to a stale runtime list and later overwrite them.
    static func syncBeforeAPI(_ op: CObject) {
        guard shadows[op] != nil, let raw = swpy_header_of(op).pointee.runtime_object,
              let list = Unmanaged<PyObjects.PyObject>.fromOpaque(raw).takeUnretainedValue() as? PyList else { return }
        sync(list, op)
    }

    /// Records an agreed change made through the API on both sides at once.
    static func agreed(_ op: CObject) { if shadows[op] != nil { shadows[op] = items(op) } }

    /// Brings `list` and its mirror `op` into agreement (see the type's comment).
    static func sync(_ list: PyList, _ op: CObject) {
        let shadow = shadows[op]
        // The common case, checked without allocating: neither side changed.
        if let shadow, unchanged(list, op, shadow) { return }
        let current = items(op)
        if let shadow, current != shadow {
            // C wrote. While C is still filling (a NULL slot), leave both sides alone.
            if current.contains(where: { $0 == nil }) { return }
            list.items = current.map { Bridge.object($0!) }
            shadows[op] = current
            return
        }
        var same = list.items.count == current.count
        if same {
            for (i, item) in list.items.enumerated() where item.bridgeHandle != current[i].map(UnsafeMutableRawPointer.init) {
                same = false
                break
            }
        }
        if !same || shadow == nil {
            write(list, op)
            shadows[op] = items(op)
        }
    }

    /// Whether the C array still equals the shadow and the runtime list still holds exactly
    /// the shadow's objects.
    static func unchanged(_ list: PyList, _ op: CObject, _ shadow: [CObject?]) -> Bool {
        op.withMemoryRebound(to: PyListObject.self, capacity: 1) { lo in
            let n = lo.pointee.ob_base.ob_size
            guard n == shadow.count, n == list.items.count else { return false }
            guard n > 0, let p = lo.pointee.ob_item else { return true }
            return list.items.withUnsafeBufferPointer { items in
                shadow.withUnsafeBufferPointer { sh in
                    for i in 0..<n {
                        let c = p[i]
                        if c != sh[i] { return false }
                        if items[i].bridgeHandle != UnsafeMutableRawPointer(c) { return false }
                    }
                    return true
                }
            }
        }
    }

    /// Replaces the C items with the runtime list's (references taken before old ones drop).
    static func write(_ list: PyList, _ op: CObject) {
        op.withMemoryRebound(to: PyListObject.self, capacity: 1) { lo in
            let old = lo.pointee.ob_item
            let oldCount = lo.pointee.ob_base.ob_size
            let n = list.items.count
            let fresh = UnsafeMutablePointer<CObject?>.allocate(capacity: max(n, 1))
            for (i, item) in list.items.enumerated() { fresh[i] = Bridge.newReference(item) }
            lo.pointee.ob_item = UnsafeMutableRawPointer(fresh).assumingMemoryBound(to: Optional<UnsafeMutablePointer<CPythonABI.PyObject>>.self)
            lo.pointee.ob_base.ob_size = n
            lo.pointee.allocated = n
            if let old {
                for i in 0..<oldCount { if let o = old[i] { Bridge.decref(o) } }
                old.deallocate()
            }
        }
    }

    /// Syncs every list C may have written (after C returns, before C calls Python).
    static func syncAll() {
        if touched.isEmpty && cHeld.isEmpty { return }
        for op in touched.union(cHeld) {
            let header = swpy_header_of(op)!
            if let raw = header.pointee.runtime_object {
                let obj = Unmanaged<PyObjects.PyObject>.fromOpaque(raw).takeUnretainedValue()
                if let list = obj as? PyList {
                    sync(list, op)
                } else if let ba = obj as? PyByteArray {
                    ByteArraySync.sync(ba, op)
                }
            }
            // References beyond the runtime's share are C's: C may write the list later.
            let share = header.pointee.flags & UInt32(SWPY_FLAG_RUNTIME_SHARE) != 0 ? 1 : 0
            if op.pointee.ob_refcnt > share { cHeld.insert(op) } else { cHeld.remove(op) }
        }
        if Bridge.cDepth == 0 { touched.removeAll(keepingCapacity: true) }
    }
}

/// Calls Python code on behalf of C: lists both sides may have written are synced before the
/// callee runs and again before C continues.
func callFromC(_ f: PyObjects.PyObject, args: [PyObjects.PyObject], kwargs: [(String, PyObjects.PyObject)]) throws -> PyObjects.PyObject {
    ListSync.syncAll()
    defer { ListSync.syncAll() }
    return try Ops.call(f, args: args, kwargs: kwargs)
}
