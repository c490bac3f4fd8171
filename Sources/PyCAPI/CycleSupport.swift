import CPythonABI
import PyObjects
import PyVM

/// Cycle collection through C objects (issue 6). C objects tracked with PyObject_GC_Track (and
/// those PyType_GenericAlloc makes for GC types) are nodes of the runtime's collector
/// (`CycleCollector.ForeignHeap`):
///
/// - a node's external count is its `ob_refcnt` without the runtime's share, plus the strong
///   references the runtime holds to its proxy;
/// - its edges are what `tp_traverse` visits (other nodes, and runtime objects through their
///   mirrors), plus its proxy's references (the proxy's dict, a heap type) and its managed dict;
/// - a runtime object with a mirror counts the mirror's C references as references to it, so
///   that C objects in a cycle with it subtract them like any other edge.
///
/// Unreachable nodes are kept alive together while `tp_clear` breaks their references, then
/// released, so their `tp_dealloc` runs as soon as their count reaches zero.
enum CycleSupport {
    /// Tracked C objects.
    nonisolated(unsafe) static var tracked: Set<UnsafeMutableRawPointer> = []
    /// The current collection's nodes and their indices.
    nonisolated(unsafe) static var nodes: [CObject] = []
    nonisolated(unsafe) static var index: [UnsafeMutableRawPointer: Int] = [:]
    /// The visitor of the traversal in progress (tp_traverse calls back through `visitor`).
    nonisolated(unsafe) static var visitNode: ((Int) -> Void)?
    nonisolated(unsafe) static var visitRuntime: ((PyObjects.PyObject) -> Void)?

    static func install() {
        CycleCollector.foreign = CycleCollector.ForeignHeap(
            begin: begin, externalCount: externalCount, proxy: proxy, runtimeReferents: runtimeReferents,
            nativeReferents: nativeReferents, node: node, mirrorAdjustment: mirrorAdjustment,
            mirrorReferents: mirrorReferents,
            hold: hold, clear: clear, isTracked: isTracked, end: end)
        CycleCollector.foreignReferents = referents
    }

    static func header(_ op: CObject) -> UnsafeMutablePointer<swpy_header> { swpy_header_of(op) }

    static func begin() -> Int {
        nodes = []
        index = [:]
        for raw in tracked {
            let op = raw.assumingMemoryBound(to: CPythonABI.PyObject.self)
            let t = op.pointee.ob_type.pointee
            guard t.tp_traverse != nil, t.tp_flags & UInt(Py_TPFLAGS_HAVE_GC) != 0 else { continue }
            // Only C objects: a mirror of a runtime object is the runtime's to examine.
            let h = header(op).pointee
            guard h.flags & UInt32(SWPY_FLAG_C_NATIVE) != 0 || h.runtime_object == nil else { continue }
            // An instance of a C type deriving from a builtin is its runtime object's node.
            guard h.flags & UInt32(SWPY_FLAG_NATIVE_LAYOUT) == 0 else { continue }
            index[raw] = nodes.count
            nodes.append(op)
        }
        // Tuples and lists C built and holds but the runtime never saw have no runtime object
        // yet; made now, their items' references are edges like any container's.
        for op in nodes { _ = swpy_traverse(op, materializer, nil) }
        return nodes.count
    }

    static let materializer: visitproc = { p, _ in
        guard let p, swpy_has_header(p) != 0 else { return 0 }
        let h = swpy_header_of(p).pointee
        guard h.runtime_object == nil, h.flags & UInt32(SWPY_FLAG_C_NATIVE | SWPY_FLAG_STATIC) == 0 else { return 0 }
        let flags = p.pointee.ob_type.pointee.tp_flags
        let items: [CObject?]
        if flags & UInt(Py_TPFLAGS_TUPLE_SUBCLASS) != 0 {
            items = Array(UnsafeBufferPointer(start: Mirrors.tupleItems(p), count: Mirrors.varSize(p)))
        } else if flags & UInt(Py_TPFLAGS_LIST_SUBCLASS) != 0 {
            items = ListSync.items(p)
        } else {
            return 0
        }
        // One still being filled is left alone.
        if items.contains(where: { $0 == nil }) { return 0 }
        _ = Bridge.object(p)
        return 0
    }

    static func externalCount(_ k: Int) -> Int {
        let op = nodes[k]
        let h = header(op).pointee
        var count = op.pointee.ob_refcnt
        if let raw = h.runtime_object {
            if h.flags & UInt32(SWPY_FLAG_RUNTIME_SHARE) != 0 { count -= 1 }
            count += GCRegistry.strongCount(Unmanaged<PyObjects.PyObject>.fromOpaque(raw))
        }
        return count
    }

    static func proxy(_ k: Int) -> PyObjects.PyObject? {
        header(nodes[k]).pointee.runtime_object.map { Unmanaged<PyObjects.PyObject>.fromOpaque($0).takeUnretainedValue() }
    }

    static func runtimeReferents(_ k: Int, _ visit: (PyObjects.PyObject) -> Void) {
        if let d = Subclassing.managedDicts[UnsafeMutableRawPointer(nodes[k])] { visit(d) }
    }

    /// tp_traverse's visitor: other nodes by index, runtime objects by their mirrors.
    static let visitor: visitproc = { p, _ in
        guard let p else { return 0 }
        if let k = CycleSupport.index[UnsafeMutableRawPointer(p)] {
            CycleSupport.visitNode?(k)
        } else if swpy_has_header(p) != 0 {
            let h = swpy_header_of(p).pointee
            // A mirror (or a pinned builtin-derived instance): an edge to its runtime object.
            let mirror = h.flags & UInt32(SWPY_FLAG_STATIC | SWPY_FLAG_C_NATIVE) == 0 || h.flags & UInt32(SWPY_FLAG_PINNED) != 0
            if mirror, let raw = h.runtime_object {
                CycleSupport.visitRuntime?(Unmanaged<PyObjects.PyObject>.fromOpaque(raw).takeUnretainedValue())
            }
        }
        return 0
    }

    static func nativeReferents(_ k: Int, _ runtime: (PyObjects.PyObject) -> Void, _ node: (Int) -> Void) {
        withoutActuallyEscaping(runtime) { r in
            withoutActuallyEscaping(node) { n in
                let (savedR, savedN) = (visitRuntime, visitNode)
                visitRuntime = r
                visitNode = n
                _ = swpy_traverse(nodes[k], visitor, nil)
                (visitRuntime, visitNode) = (savedR, savedN)
            }
        }
    }

    static func node(_ o: PyObjects.PyObject) -> Int? {
        guard o is CNativeObject, let handle = o.bridgeHandle else { return nil }
        return index[handle]
    }

    static func mirrorAdjustment(_ o: PyObjects.PyObject) -> Int {
        guard let handle = o.bridgeHandle else { return 0 }
        let op = handle.assumingMemoryBound(to: CPythonABI.PyObject.self)
        guard swpy_has_header(op) != 0 else { return 0 }
        let h = header(op).pointee
        // Pinned (NativeLayout): C's references are all but the runtime object's own unit.
        if h.flags & UInt32(SWPY_FLAG_PINNED) != 0 { return op.pointee.ob_refcnt - 1 }
        guard h.flags & UInt32(SWPY_FLAG_STATIC | SWPY_FLAG_C_NATIVE) == 0, h.runtime_object != nil else { return 0 }
        let share = h.flags & UInt32(SWPY_FLAG_RUNTIME_SHARE) != 0 ? 1 : 0
        return op.pointee.ob_refcnt - share - 1
    }

    /// Unreachable nodes not freed yet: dealloc (through untracking) removes them.
    nonisolated(unsafe) static var pending: Set<UnsafeMutableRawPointer> = []

    static func hold(_ garbage: [Int]) {
        pending = Set(garbage.map { UnsafeMutableRawPointer(nodes[$0]) })
    }

    /// As CPython: one node at a time, held only while its tp_clear runs; clearing one member
    /// of a cycle usually frees the rest, which are then skipped.
    static func clear(_ garbage: [Int]) {
        let ops = garbage.map { nodes[$0] }
        Bridge.enterC()
        for op in ops where pending.contains(UnsafeMutableRawPointer(op)) {
            Bridge.incref(op)
            if let d = Subclassing.managedDicts[UnsafeMutableRawPointer(op)] { d.clear() }
            if let f = op.pointee.ob_type.pointee.tp_clear { _ = f(op) }
            Bridge.decref(op)
        }
        pending = []
        Bridge.leaveC()
    }

    /// The items a tuple or list mirror holds references to.
    static func mirrorReferents(_ o: PyObjects.PyObject, _ runtime: (PyObjects.PyObject) -> Void, _ node: (Int) -> Void) {
        guard let handle = o.bridgeHandle else { return }
        let op = handle.assumingMemoryBound(to: CPythonABI.PyObject.self)
        guard swpy_has_header(op) != 0 else { return }
        let flags = swpy_header_of(op).pointee.flags
        guard flags & UInt32(SWPY_FLAG_STATIC) == 0 else { return }
        // A C type's own fields (past a builtin's layout) are reported by its tp_traverse.
        let native = flags & UInt32(SWPY_FLAG_NATIVE_LAYOUT) != 0 && op.pointee.ob_type.pointee.tp_traverse != nil
        guard o is PyTuple || o is PyList || native else { return }
        let items: [CObject?] = o is PyTuple
            ? Array(UnsafeBufferPointer(start: Mirrors.tupleItems(op), count: Mirrors.varSize(op)))
            : o is PyList ? ListSync.items(op) : []
        withoutActuallyEscaping(runtime) { r in
            withoutActuallyEscaping(node) { n in
                let (savedR, savedN) = (visitRuntime, visitNode)
                visitRuntime = r
                visitNode = n
                for case let p? in items { _ = visitor(p, nil) }
                if native { _ = swpy_traverse(op, visitor, nil) }
                (visitRuntime, visitNode) = (savedR, savedN)
            }
        }
    }

    static func isTracked(_ o: PyObjects.PyObject) -> Bool {
        guard o is CNativeObject, let handle = o.bridgeHandle else { return false }
        return tracked.contains(handle)
    }

    static func end() {
        nodes = []
        index = [:]
        // Mirrors whose runtime objects were just cleared may hold the last references to them.
        if Bridge.cDepth == 0 { Bridge.collect() }
    }

    /// `gc.get_referents` of a C object: what its tp_traverse visits.
    static func referents(_ o: PyObjects.PyObject) -> [PyObjects.PyObject]? {
        guard o is CNativeObject, let handle = o.bridgeHandle else { return nil }
        let op = handle.assumingMemoryBound(to: CPythonABI.PyObject.self)
        var out: [PyObjects.PyObject] = []
        let (savedR, savedN) = (visitRuntime, visitNode)
        let savedIndex = index
        index = [:]
        withoutActuallyEscaping({ (r: PyObjects.PyObject) in out.append(r) }) { r in
            visitRuntime = r
            visitNode = nil
            // Every visited object is reported: C objects through their runtime proxies.
            _ = swpy_traverse(op, { p, _ in
                if let p { CycleSupport.visitRuntime?(Bridge.object(p)) }
                return 0
            }, nil)
            visitRuntime = nil
        }
        (visitRuntime, visitNode) = (savedR, savedN)
        index = savedIndex
        return out
    }
}

@_cdecl("swpy_gc_track")
func swpy_gc_track(_ op: CObject?) {
    guard let op, swpy_has_header(op) != 0 else { return }
    swpy_header_of(op).pointee.flags |= UInt32(SWPY_FLAG_GC_TRACKED)
    CycleSupport.tracked.insert(UnsafeMutableRawPointer(op))
}

@_cdecl("swpy_gc_untrack")
func swpy_gc_untrack(_ op: CObject?) {
    guard let op, swpy_has_header(op) != 0 else { return }
    let h = swpy_header_of(op)!
    guard h.pointee.flags & UInt32(SWPY_FLAG_GC_TRACKED) != 0 else { return }
    h.pointee.flags &= ~UInt32(SWPY_FLAG_GC_TRACKED)
    CycleSupport.tracked.remove(UnsafeMutableRawPointer(op))
    CycleSupport.index[UnsafeMutableRawPointer(op)] = nil
    CycleSupport.pending.remove(UnsafeMutableRawPointer(op))
}
