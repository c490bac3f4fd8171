import PyObjects

/// The eval loop's value stack: a manually managed buffer, so that push and pop are a store
/// and a count update with no uniqueness checks (a Swift array re-checks on every mutation).
///
/// Owned by one `Interpreter.run` activation, which must call `destroy()` on exit, or by a
/// suspended generator's frame, which destroys it when it finishes or goes away.
struct ValueStack {
    private(set) var base: UnsafeMutablePointer<PyObject>
    private(set) var count: Int
    private var capacity: Int

    init(minimumCapacity: Int) {
        capacity = Swift.max(minimumCapacity, 8)
        base = UnsafeMutablePointer<PyObject>.allocate(capacity: capacity)
        count = 0
    }

    /// Releases the remaining items and the buffer.
    mutating func destroy() {
        removeLast(count)
        base.deallocate()
        count = 0
        capacity = 0
    }

    private mutating func grow(to minimum: Int) {
        let newCapacity = Swift.max(capacity * 2, minimum)
        let nb = UnsafeMutablePointer<PyObject>.allocate(capacity: newCapacity)
        nb.moveInitialize(from: base, count: count)
        base.deallocate()
        base = nb
        capacity = newCapacity
    }

    @inline(__always) mutating func reserveCapacity(_ n: Int) {
        if n > capacity { grow(to: n) }
    }

    @inline(__always) mutating func append(_ o: PyObject) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: o)
        count += 1
    }

    @inline(__always) @discardableResult
    mutating func removeLast() -> PyObject {
        precondition(count > 0, "value stack underflow")
        count -= 1
        return (base + count).move()
    }

    @inline(__always) mutating func removeLast(_ n: Int) {
        precondition(n >= 0 && n <= count, "value stack underflow")
        // Element by element: `deinitialize(count:)` goes through generic value witnesses.
        for _ in 0..<n {
            count -= 1
            _ = (base + count).move()
        }
    }

    /// Drops everything from `range.lowerBound` on.
    @inline(__always) mutating func removeSubrange(_ range: PartialRangeFrom<Int>) {
        removeLast(count - range.lowerBound)
    }

    @inline(__always) subscript(i: Int) -> PyObject {
        get {
            precondition(i >= 0 && i < count, "value stack index out of range")
            return base[i]
        }
        set {
            precondition(i >= 0 && i < count, "value stack index out of range")
            base[i] = newValue
        }
    }

    /// Items `range.lowerBound..<count` as an array.
    @inline(__always) subscript(range: PartialRangeFrom<Int>) -> [PyObject] {
        self[range.lowerBound..<count]
    }

    @inline(__always) subscript(range: Range<Int>) -> [PyObject] {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "value stack range out of bounds")
        return Array(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
    }

    mutating func swapAt(_ i: Int, _ j: Int) {
        let a = self[i]
        self[i] = self[j]
        self[j] = a
    }

    /// Inserts `o` at `i`, shifting the items above it up by one (moves, no reference counting).
    mutating func insert(_ o: PyObject, at i: Int) {
        precondition(i >= 0 && i <= count, "value stack index out of range")
        if count == capacity { grow(to: count + 1) }
        (base + i + 1).moveInitialize(from: base + i, count: count - i)
        (base + i).initialize(to: o)
        count += 1
    }
}
