import PyObjects
import PyCompiler
import BigInt

/// A function defined in Python (`def` or `lambda`).
public final class PyFunction: PyObject {
    public var code: CodeObject
    public let globals: PyDict
    public var name: String
    public var qualname: String
    /// Positional defaults (for the last `defaults.count` positional parameters).
    public var defaults: [PyObject]
    /// Keyword-only defaults by parameter name.
    public var kwdefaults: PyDict?
    /// One cell per free variable of `code`.
    public var closure: [PyCell]
    public var doc: PyObject
    public var moduleName: PyObject
    public var annotations: PyDict?

    public init(code: CodeObject, globals: PyDict, qualname: String? = nil, defaults: [PyObject] = [],
                kwdefaults: PyDict? = nil, closure: [PyCell] = []) {
        self.code = code
        self.globals = globals
        self.name = code.name
        self.qualname = qualname ?? code.qualname
        self.defaults = defaults
        self.kwdefaults = kwdefaults
        self.closure = closure
        self.doc = code.docstring.map { PyStr($0) } ?? pyNone
        self.moduleName = globals.getItem(string: "__name__") ?? pyNone
        super.init(type: PyTypes.function)
        instanceDict = PyDict()
        GCRegistry.track(self)
    }
}

/// A closure cell.
public final class PyCell: PyObject {
    public var value: PyObject?
    public init(_ value: PyObject? = nil) {
        self.value = value
        super.init(type: PyTypes.cell)
        GCRegistry.track(self)
    }
}

/// A function bound to an object (`obj.method`).
public final class PyBoundMethod: PyObject {
    public let function: PyObject
    public let receiver: PyObject
    public init(function: PyObject, receiver: PyObject) {
        self.function = function
        self.receiver = receiver
        super.init(type: PyTypes.method)
        GCRegistry.track(self)
    }
}

/// A method of a builtin type implemented in Swift (`str.upper`, `list.append`). Reading it
/// from an instance binds it into a `PyBuiltinFunction`.
public final class PyMethodDescriptor: PyObject {
    public typealias Body = (_ receiver: PyObject, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject
    public let name: String
    public let owner: PyType
    public let body: Body
    public let isClassMethod: Bool
    public init(name: String, owner: PyType, isClassMethod: Bool = false, body: @escaping Body) {
        self.name = name
        self.owner = owner
        self.body = body
        self.isClassMethod = isClassMethod
        super.init(type: VMTypes.methodDescriptor)
    }
}

/// `staticmethod(f)`.
public final class PyStaticMethod: PyObject {
    public let function: PyObject
    public init(_ function: PyObject) {
        self.function = function
        super.init(type: PyTypes.staticmethod)
        instanceDict = PyDict()
        GCRegistry.track(self)
    }
}

/// `classmethod(f)`.
public final class PyClassMethod: PyObject {
    public let function: PyObject
    public init(_ function: PyObject) {
        self.function = function
        super.init(type: PyTypes.classmethod)
        instanceDict = PyDict()
        GCRegistry.track(self)
    }
}

/// `property(fget, fset, fdel, doc)`.
public final class PyProperty: PyObject {
    public var fget: PyObject?
    public var fset: PyObject?
    public var fdel: PyObject?
    public var doc: PyObject?
    public var name: String?
    /// The doc came from the getter, so a copy with a new getter takes that one's doc.
    public var docFromGetter = false
    public init(fget: PyObject?, fset: PyObject?, fdel: PyObject?, doc: PyObject?, type: PyType = PyTypes.property) {
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.doc = doc
        super.init(type: type)
        GCRegistry.track(self)
    }
}

/// `slice(start, stop, step)`.
public final class PySlice: PyObject {
    public let start: PyObject
    public let stop: PyObject
    public let step: PyObject
    public init(start: PyObject, stop: PyObject, step: PyObject) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: PyTypes.slice)
    }
}

/// `range(start, stop, step)`: machine-word bounds in `start`/`stop`/`step` when they are small
/// enough for the length arithmetic not to overflow, otherwise exact values in `big`.
public final class PyRange: PyObject {
    public let start: Int
    public let stop: Int
    public let step: Int
    /// The exact bounds of a range beyond the machine word (`start`/`stop`/`step` unused then).
    public let big: (start: BigInt, stop: BigInt, step: BigInt)?
    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        self.big = nil
        super.init(type: PyTypes.range)
    }
    public init(start: BigInt, stop: BigInt, step: BigInt) {
        let limit = BigInt(1) << 61
        if start.magnitude < limit.magnitude && stop.magnitude < limit.magnitude && step.magnitude < limit.magnitude {
            self.start = Int(start); self.stop = Int(stop); self.step = Int(step)
            self.big = nil
        } else {
            self.start = 0; self.stop = 0; self.step = 1
            self.big = (start, stop, step)
        }
        super.init(type: PyTypes.range)
    }
    /// The length when the range is small (callers check `big` first).
    public var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
}

/// An iterator implemented natively: `next` returns nil at exhaustion.
public final class PyNativeIterator: PyObject {
    private let body: (() throws -> PyObject?)?
    /// A range iterator keeps its state inline (`rangeStep != 0`) instead of in a closure,
    /// so that `for i in range(n)` needs no indirect call.
    private var rangeCur = 0, rangeStop = 0, rangeStep = 0
    public init(type: PyType, next: @escaping () throws -> PyObject?) {
        self.body = next
        super.init(type: type)
    }
    init(rangeType: PyType, start: Int, stop: Int, step: Int) {
        self.body = nil
        self.rangeCur = start
        self.rangeStop = stop
        self.rangeStep = step
        super.init(type: rangeType)
    }
    /// The next item, or nil at exhaustion.
    @inline(__always)
    public func next() throws -> PyObject? {
        let step = rangeStep
        if step != 0 {
            let cur = rangeCur
            if step > 0 ? cur >= rangeStop : cur <= rangeStop { return nil }
            let (n, overflow) = cur.addingReportingOverflow(step)
            rangeCur = overflow ? rangeStop : n
            return PyInt.make(cur)
        }
        return try body!()
    }
}

/// `super(type, obj)`.
public final class PySuper: PyObject {
    public let thisType: PyType
    public let receiver: PyObject?
    /// The type whose MRO is searched (`type(obj)`, or obj itself for classmethods).
    public let receiverType: PyType
    public init(thisType: PyType, receiver: PyObject?, receiverType: PyType) {
        self.thisType = thisType
        self.receiver = receiver
        self.receiverType = receiverType
        super.init(type: VMTypes.superType)
    }
}

/// A traceback entry (`__traceback__`), innermost last through `next`.
public final class PyTracebackObject: PyObject {
    public var next: PyTracebackObject?
    public let code: CodeObject
    public let instructionIndex: Int
    /// The frame's globals (where a NameError's suggestions are looked for).
    public var globals: PyDict?
    public var line: Int { code.line(at: instructionIndex) }
    public init(next: PyTracebackObject?, code: CodeObject, instructionIndex: Int) {
        self.next = next
        self.code = code
        self.instructionIndex = instructionIndex
        super.init(type: PyTypes.traceback)
    }
}

/// Types the VM adds to the builtin ones of `PyTypes`.
public enum VMTypes {
    private static func make(_ name: String) -> PyType {
        PyType(name: name, bases: [PyTypes.object], flags: [])
    }
    public static let methodDescriptor = make("method_descriptor")
    public static let superType = PyType(name: "super", bases: [PyTypes.object], flags: [.baseType])
    public static let listIterator = make("list_iterator")
    public static let tupleIterator = make("tuple_iterator")
    public static let rangeIterator = make("range_iterator")
    public static let strIterator = make("str_ascii_iterator")
    public static let bytesIterator = make("bytes_iterator")
    public static let dictKeyIterator = make("dict_keyiterator")
    public static let dictValueIterator = make("dict_valueiterator")
    public static let dictItemIterator = make("dict_itemiterator")
    public static let setIterator = make("set_iterator")
    public static let enumerate = PyType(name: "enumerate", bases: [PyTypes.object], flags: [.baseType])
    public static let zip = PyType(name: "zip", bases: [PyTypes.object], flags: [.baseType])
    public static let map = PyType(name: "map", bases: [PyTypes.object], flags: [.baseType])
    public static let filter = PyType(name: "filter", bases: [PyTypes.object], flags: [.baseType])
    public static let reversed = PyType(name: "reversed", bases: [PyTypes.object], flags: [.baseType])
    public static let callableIterator = make("callable_iterator")
    public static let dictKeys = make("dict_keys")
    public static let dictValues = make("dict_values")
    public static let dictItems = make("dict_items")
    public static let mappingProxy = make("mappingproxy")
    public static let nullType = make("NULL")
}

/// `dict.keys()`, `.values()`, `.items()` views.
public final class PyDictView: PyObject {
    public enum Kind { case keys, values, items }
    public let dict: PyDict
    public let kind: Kind
    public init(dict: PyDict, kind: Kind) {
        self.dict = dict
        self.kind = kind
        let t: PyType
        switch kind {
        case .keys: t = VMTypes.dictKeys
        case .values: t = VMTypes.dictValues
        case .items: t = VMTypes.dictItems
        }
        super.init(type: t)
    }
}
