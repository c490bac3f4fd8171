/// Swift's runtime entry point for an object's strong reference count.
@_silgen_name("swift_retainCount") private func swiftRetainCount(_ object: UnsafeMutableRawPointer) -> Int

/// The container objects the cycle collector (`CycleCollector` in PyVM) examines: every object
/// that can hold references to other Python objects registers here when created and leaves in
/// its deinit. Entries are unretained; each object keeps its position in `gcIndex`, so leaving
/// is a swap with the last entry.
public enum GCRegistry {
    nonisolated(unsafe) public static var objects: [Unmanaged<PyObject>] = []
    /// Set when the registry has grown past `threshold`; the eval loop collects at its next call.
    nonisolated(unsafe) public static var collectionDue = false
    /// Collect when this many containers exist (grows with the live heap, so that automatic
    /// collections cost amortised linear time).
    nonisolated(unsafe) public static var threshold = 10_000
    /// `gc.enable()` / `gc.disable()`: automatic collection only.
    nonisolated(unsafe) public static var automatic = true
    /// Collect at every call (`SWALLOW_GC_STRESS=1`), to test the collector's safety.
    nonisolated(unsafe) public static var stress = false

    @inline(__always) public static func track(_ o: PyObject) {
        o.gcIndex = objects.count
        objects.append(Unmanaged.passUnretained(o))
        if objects.count > threshold && automatic { collectionDue = true }
    }

    @inline(__always) static func untrack(_ o: PyObject) {
        let i = o.gcIndex
        let last = objects.removeLast()
        if i < objects.count {
            objects[i] = last
            last._withUnsafeGuaranteedRef { $0.gcIndex = i }
        }
        o.gcIndex = -1
    }

    /// The object's strong reference count, as Swift's runtime keeps it.
    public static func strongCount(_ o: Unmanaged<PyObject>) -> Int { swiftRetainCount(o.toOpaque()) }
}
