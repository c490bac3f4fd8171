import PyObjects

/// Collects reference cycles among Python objects, which Swift's reference counting alone
/// never frees.
///
/// The algorithm is CPython's, over Swift's own counts. For every tracked container (see
/// `GCRegistry`): start from its strong reference count, subtract one for each reference to it
/// from another tracked container (found by `referents`); what remains counts references from
/// outside the tracked heap — the eval loop's stacks and locals, globals of Swift code, the C
/// bridge's share, untracked objects. Objects with such references are roots; everything
/// reachable from a root survives; the rest is garbage and only its references to each other
/// keep it alive, so clearing their contents lets ARC free the whole cycle.
///
/// Safety rests on one rule: `referents` may report fewer references than an object holds,
/// never more. Missing one only makes its target look externally referenced (a leak, not a
/// crash), so classes are added to the collector one at a time; if a count ever goes negative
/// the collection stops without freeing anything.
///
/// Objects whose class defines `__del__` are not cleared (their finaliser must see them
/// intact); clearing the rest of their cycle frees them, and their `__del__` then runs as for
/// any object that dies.
public enum CycleCollector {
    /// Objects outside the runtime's heap that take part in collections: the C-API bridge's C
    /// objects (those tracked with PyObject_GC_Track, traversed with tp_traverse). Each is a
    /// node `k` in 0..<begin(); see `PyCAPI/CycleSupport.swift`.
    public struct ForeignHeap {
        /// Starts a collection; returns the number of foreign nodes.
        public var begin: () -> Int
        /// References to node k from outside the collector's view (C's own count, plus what
        /// the runtime holds of its proxy).
        public var externalCount: (Int) -> Int
        /// The runtime proxy of node k, if any (its references are node k's).
        public var proxy: (Int) -> PyObject?
        /// What else node k holds of the runtime heap.
        public var runtimeReferents: (Int, (PyObject) -> Void) -> Void
        /// The C references of node k: to runtime objects (through their mirrors) and to nodes.
        public var nativeReferents: (Int, (PyObject) -> Void, (Int) -> Void) -> Void
        /// The node a runtime object stands for (a proxy), if any. Asked only for objects that
        /// crossed into C.
        public var node: (PyObject) -> Int?
        /// For a tracked runtime object with a C mirror: the mirror's C references, minus the
        /// mirror's own hold on the object (so that C references are counted as edges).
        public var mirrorAdjustment: (PyObject) -> Int
        /// The C references a tracked runtime object's mirror holds (a tuple's or list's items).
        public var mirrorReferents: (PyObject, (PyObject) -> Void, (Int) -> Void) -> Void
        /// Keeps unreachable nodes alive while the runtime's garbage is cleared.
        public var hold: ([Int]) -> Void
        /// Breaks the references of the held nodes (tp_clear) where others still refer to them,
        /// then lets them go.
        public var clear: ([Int]) -> Void
        /// Whether a runtime object stands for a tracked C object (gc.is_tracked).
        public var isTracked: (PyObject) -> Bool
        /// The collection is over.
        public var end: () -> Void
        public init(begin: @escaping () -> Int, externalCount: @escaping (Int) -> Int, proxy: @escaping (Int) -> PyObject?,
                    runtimeReferents: @escaping (Int, (PyObject) -> Void) -> Void,
                    nativeReferents: @escaping (Int, (PyObject) -> Void, (Int) -> Void) -> Void,
                    node: @escaping (PyObject) -> Int?, mirrorAdjustment: @escaping (PyObject) -> Int,
                    mirrorReferents: @escaping (PyObject, (PyObject) -> Void, (Int) -> Void) -> Void,
                    hold: @escaping ([Int]) -> Void, clear: @escaping ([Int]) -> Void,
                    isTracked: @escaping (PyObject) -> Bool, end: @escaping () -> Void) {
            self.begin = begin; self.externalCount = externalCount; self.proxy = proxy; self.runtimeReferents = runtimeReferents
            self.nativeReferents = nativeReferents; self.node = node; self.mirrorAdjustment = mirrorAdjustment
            self.mirrorReferents = mirrorReferents
            self.hold = hold; self.clear = clear; self.isTracked = isTracked; self.end = end
        }
    }
    nonisolated(unsafe) public static var foreign: ForeignHeap?
    /// `gc.get_referents` for objects whose references only C knows (set by the bridge).
    nonisolated(unsafe) public static var foreignReferents: ((PyObject) -> [PyObject]?)?

    /// What `gc.get_referents(o)` reports.
    static func referentList(_ o: PyObject) -> [PyObject] {
        if let r = foreignReferents?(o) { return r }
        // The builtin containers in the order CPython's traversal visits them: sequences from
        // the end; a dict's values (and keys, unless all are strings).
        if o.type === PyTypes.list, let l = o as? PyList { return l.items.reversed() }
        if o.type === PyTypes.tuple, let t = o as? PyTuple { return t.items.reversed() }
        if o.type === PyTypes.dict, let d = o as? PyDict {
            let items = d.items
            if items.allSatisfy({ $0.key.type === PyTypes.str }) { return items.map { $0.value } }
            return items.flatMap { [$0.value, $0.key] }
        }
        var out: [PyObject] = []
        referents(o) { out.append($0) }
        return out
    }

    /// Collections run (for gc.get_count-like reporting) and objects found unreachable.
    nonisolated(unsafe) public static var collections = 0
    nonisolated(unsafe) public static var lastUnreachable = 0

    /// Every strong reference `o` holds to another Python object that the collector knows
    /// about (possibly fewer, never more).
    static func referents(_ o: PyObject, _ visit: (PyObject) -> Void) {
        if let d = o.instanceDict { visit(d) }
        if let t = o.typeIfSet, t.flags.contains(.heapType) { visit(t) }
        switch o {
        case let l as PyList:
            for x in l.items { visit(x) }
        case let d as PyDict:
            for e in d.entries { if let e = e { visit(e.key); visit(e.value) } }
        case let tu as PyTuple:
            for x in tu.items { visit(x) }
        case let s as PySet:
            visit(s.storage)
        case let ty as PyType:
            visit(ty.dict)
            for b in ty.bases { visit(b) }
            for m in ty.mro { visit(m) }
        case let f as PyFunction:
            visit(f.globals)
            for x in f.defaults { visit(x) }
            if let k = f.kwdefaults { visit(k) }
            for c in f.closure { visit(c) }
            visit(f.doc)
            visit(f.moduleName)
            if let a = f.annotations { visit(a) }
        case let c as PyCell:
            if let v = c.value { visit(v) }
        case let m as PyBoundMethod:
            visit(m.function)
            visit(m.receiver)
        case let s as PyStaticMethod:
            visit(s.function)
        case let c as PyClassMethod:
            visit(c.function)
        case let p as PyProperty:
            if let x = p.fget { visit(x) }
            if let x = p.fset { visit(x) }
            if let x = p.fdel { visit(x) }
            if let x = p.doc { visit(x) }
        case let d as PyMemberDescriptor:
            visit(d.owner)
            visit(d.key)
        case let d as InstanceDictDescriptor:
            visit(d.owner)
        case let e as PyBaseException:
            visit(e.args)
            if let x = e.traceback { visit(x) }
            if let x = e.cause { visit(x) }
            if let x = e.context { visit(x) }
        default:
            break
        }
    }

    /// Drops the references `o` holds to other objects (what CPython's `tp_clear` does).
    static func clear(_ o: PyObject) {
        switch o {
        case let l as PyList: l.items = []
        case let d as PyDict: d.clear()
        case let s as PySet: s.storage.clear()
        case let ty as PyType:
            ty.dict.clear()
            ty.mro = []
            ty.bases = []
        case let f as PyFunction:
            f.defaults = []
            f.kwdefaults = nil
            f.closure = []
            f.annotations = nil
        case let c as PyCell: c.value = nil
        case let p as PyProperty:
            p.fget = nil
            p.fset = nil
            p.fdel = nil
            p.doc = nil
        case let e as PyBaseException:
            e.traceback = nil
            e.cause = nil
            e.context = nil
        default: break
        }
        if !(o is PyType) { o.instanceDict = nil }
    }

    /// One full collection; returns the number of unreachable objects found.
    @discardableResult
    public static func collect() -> Int {
        GCRegistry.collectionDue = false
        collections += 1
        // The attribute cache holds strong references to types and their attributes.
        TypeAttributeCache.clearAll()
        // Foreign nodes first: starting may give C-built containers their runtime objects.
        let heap = foreign
        let m = heap?.begin() ?? 0
        let objects = GCRegistry.objects
        let n = objects.count
        defer { heap?.end() }
        var refs = [Int](repeating: 0, count: n + m)
        for i in 0..<n {
            refs[i] = GCRegistry.strongCount(objects[i])
            if let heap {
                objects[i]._withUnsafeGuaranteedRef { o in
                    if o.bridgeHandle != nil { refs[i] += heap.mirrorAdjustment(o) }
                }
            }
        }
        for k in 0..<m { refs[n + k] = heap!.externalCount(k) }
        @inline(__always) func index(_ r: PyObject) -> Int? {
            let j = r.gcIndex
            if j >= 0 && j < n && objects[j].toOpaque() == Unmanaged.passUnretained(r).toOpaque() { return j }
            if let heap, r.bridgeHandle != nil, let k = heap.node(r) { return n + k }
            return nil
        }
        /// The edges out of foreign node k, to node indices.
        func foreignEdges(_ k: Int, _ visit: (Int) -> Void) {
            if let p = heap!.proxy(k) { referents(p) { r in if let j = index(r) { visit(j) } } }
            heap!.runtimeReferents(k) { r in if let j = index(r) { visit(j) } }
            heap!.nativeReferents(k, { r in if let j = index(r) { visit(j) } }, { visit(n + $0) })
        }
        /// The C references a runtime object's mirror holds, to node indices.
        func mirrorEdges(_ o: PyObject, _ visit: (Int) -> Void) {
            heap!.mirrorReferents(o, { r in if let j = index(r) { visit(j) } }, { visit(n + $0) })
        }
        for i in 0..<n {
            objects[i]._withUnsafeGuaranteedRef { o in
                referents(o) { r in if let j = index(r) { refs[j] -= 1 } }
                if heap != nil && o.bridgeHandle != nil { mirrorEdges(o) { refs[$0] -= 1 } }
            }
        }
        for k in 0..<m { foreignEdges(k) { refs[$0] -= 1 } }
        if refs.contains(where: { $0 < 0 }) {
            // A referent was over-reported somewhere: freeing anything now could be unsafe.
            GCRegistry.threshold = GCRegistry.stress ? 0 : Swift.max(10_000, n * 2)
            return 0
        }
        var reachable = [Bool](repeating: false, count: n + m)
        var work: [Int] = []
        for i in 0..<(n + m) where refs[i] > 0 { reachable[i] = true; work.append(i) }
        while let i = work.popLast() {
            if i < n {
                objects[i]._withUnsafeGuaranteedRef { o in
                    referents(o) { r in
                        if let j = index(r), !reachable[j] { reachable[j] = true; work.append(j) }
                    }
                    if heap != nil && o.bridgeHandle != nil {
                        mirrorEdges(o) { j in if !reachable[j] { reachable[j] = true; work.append(j) } }
                    }
                }
            } else {
                foreignEdges(i - n) { j in if !reachable[j] { reachable[j] = true; work.append(j) } }
            }
        }
        var garbage: [PyObject] = []
        for i in 0..<n where !reachable[i] { garbage.append(objects[i].takeUnretainedValue()) }
        let foreignGarbage = (0..<m).filter { !reachable[n + $0] }
        if !foreignGarbage.isEmpty { heap!.hold(foreignGarbage) }
        for o in garbage where !(o.typeIfSet?.flags.contains(.hasFinalizer) ?? false) { clear(o) }
        if !foreignGarbage.isEmpty { heap!.clear(foreignGarbage) }
        let found = garbage.count + foreignGarbage.count
        garbage.removeAll()
        lastUnreachable = found
        GCRegistry.threshold = GCRegistry.stress ? 0 : Swift.max(10_000, GCRegistry.objects.count * 2)
        return found
    }
}
