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
        let objects = GCRegistry.objects
        let n = objects.count
        var refs = [Int](repeating: 0, count: n)
        for i in 0..<n { refs[i] = GCRegistry.strongCount(objects[i]) }
        @inline(__always) func index(_ r: PyObject) -> Int? {
            let j = r.gcIndex
            return j >= 0 && j < n && objects[j].toOpaque() == Unmanaged.passUnretained(r).toOpaque() ? j : nil
        }
        for i in 0..<n {
            objects[i]._withUnsafeGuaranteedRef { o in
                referents(o) { r in if let j = index(r) { refs[j] -= 1 } }
            }
        }
        if refs.contains(where: { $0 < 0 }) {
            // A referent was over-reported somewhere: freeing anything now could be unsafe.
            GCRegistry.threshold = GCRegistry.stress ? 0 : Swift.max(10_000, n * 2)
            return 0
        }
        var reachable = [Bool](repeating: false, count: n)
        var work: [Int] = []
        for i in 0..<n where refs[i] > 0 { reachable[i] = true; work.append(i) }
        while let i = work.popLast() {
            objects[i]._withUnsafeGuaranteedRef { o in
                referents(o) { r in
                    if let j = index(r), !reachable[j] { reachable[j] = true; work.append(j) }
                }
            }
        }
        var garbage: [PyObject] = []
        for i in 0..<n where !reachable[i] { garbage.append(objects[i].takeUnretainedValue()) }
        for o in garbage where !(o.typeIfSet?.flags.contains(.hasFinalizer) ?? false) { clear(o) }
        let found = garbage.count
        garbage.removeAll()
        lastUnreachable = found
        GCRegistry.threshold = GCRegistry.stress ? 0 : Swift.max(10_000, GCRegistry.objects.count * 2)
        return found
    }
}
