/// The root of Swallow's object model.
///
/// Every Python value is an instance of a Swift subclass of `PyObject`. The runtime's own
/// representation is Swift objects managed by ARC; CPython's C layouts exist only for objects
/// that cross into extension code, and the bridge (`PyCAPI`) keeps that mirror in
/// `bridgeHandle`. Nothing in this module knows C.
open class PyObject {
    /// `type(obj)`. Mutable because `obj.__class__ = X` is legal for compatible layouts.
    /// Implicitly unwrapped only so that `type` and `object` can be created before the
    /// metatype exists (see `PyTypes`); after bootstrap it is never nil.
    public final var type: PyType {
        get { storedType }
        set { storedType = newValue }
    }
    @usableFromInline final var storedType: PyType!
    /// The type, or nil for the few objects made before any type existed (the namespaces of
    /// types, which are never exposed as objects themselves). For the cycle collector.
    public final var typeIfSet: PyType? { storedType }

    /// Owned by the C-API bridge: the address of this object's C mirror, or nil while the
    /// object has never crossed into C. Nothing outside `PyCAPI` may read or write it.
    public final var bridgeHandle: UnsafeMutableRawPointer?

    /// Instance attributes for objects of Python classes (and modules, functions…); nil for
    /// builtin values that have no `__dict__`.
    public final var instanceDict: PyDict?

    /// Position in `GCRegistry.objects` for container objects the cycle collector tracks; -1
    /// for the others.
    public final var gcIndex = -1

    public init(type: PyType) {
        self.storedType = type
    }

    /// Only for the bootstrap of the first type objects.
    init(bootstrapType: PyType?) {
        self.storedType = bootstrapType
    }

    /// Runs `__del__` for instances of classes that define it (set by the VM). It receives the
    /// dying object's type and dict: Swift cannot resurrect `self`, so `__del__` sees a stand-in.
    nonisolated(unsafe) public static var finalizerHook: ((PyType, PyDict?) -> Void)?

    /// Tells `_weakref` that an object of a type ever weakly referenced died (set by the VM).
    nonisolated(unsafe) public static var weakrefHook: ((ObjectIdentifier) -> Void)?
    /// Tells the C-API bridge that an instance of a `.nativeLayout` type died (set by PyCAPI).
    nonisolated(unsafe) public static var nativeLayoutHook: ((PyObject) -> Void)?

    deinit {
        if gcIndex >= 0 { GCRegistry.untrack(self) }
        if let t = storedType, !t.flags.isDisjoint(with: [.hasFinalizer, .weaklyReferenced, .nativeLayout]) {
            if t.flags.contains(.hasFinalizer) { PyObject.finalizerHook?(t, instanceDict) }
            if t.flags.contains(.weaklyReferenced) { PyObject.weakrefHook?(ObjectIdentifier(self)) }
            if t.flags.contains(.nativeLayout), bridgeHandle != nil { PyObject.nativeLayoutHook?(self) }
        }
    }

}

/// `ObjectIdentifier`-based identity, as `id()` and `is` see it.
@inlinable public func pyIs(_ a: PyObject, _ b: PyObject) -> Bool { a === b }
