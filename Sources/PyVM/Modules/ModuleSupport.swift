import PyObjects
import PyCompiler
import Foundation

/// Helpers for the modules written in Swift (the ones CPython compiles into its binary).
struct ModuleBuilder {
    let module: PyModule
    init(_ name: String, doc: String? = nil) {
        module = PyModule(name: name, doc: doc.map { PyStr($0) } ?? pyNone)
    }
    var name: String { module.name }

    func fn(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        let f = PyBuiltinFunction(name: name, boundSelf: module, body: body)
        f.moduleName = module.name
        module.dict.setItem(string: name, f)
    }
    func set(_ name: String, _ value: PyObject) { module.dict.setItem(string: name, value) }
    func int(_ name: String, _ value: Int) { module.dict.setItem(string: name, PyInt.make(value)) }
}

/// Types of the Swift modules. They keep their behaviour (dunders included) in their dicts,
/// as C extension types do, so the operators find it.
enum ModuleTypes {
    static func make(_ name: String, module: String, base: PyType = PyTypes.object, subclassable: Bool = true) -> PyType {
        let t = PyType(name: name, bases: [base], flags: subclassable ? [.extensionType, .baseType] : [.extensionType],
                       moduleName: module)
        t.dict.setItem(string: "__module__", PyStr(module))
        return t
    }

    static func def(_ t: PyType, _ name: String, _ body: @escaping PyMethodDescriptor.Body) {
        BuiltinMethods.def(t, name, body)
    }

    static func classDef(_ t: PyType, _ name: String, _ body: @escaping PyMethodDescriptor.Body) {
        BuiltinMethods.classDef(t, name, body)
    }

    /// A read-only attribute computed from the instance.
    static func getter(_ t: PyType, _ name: String, _ body: @escaping (PyObject) throws -> PyObject) {
        t.dict.setItem(string: name, PyProperty(fget: PyBuiltinFunction(name: name) { a, _ in try body(a[0]) },
                                                fset: nil, fdel: nil, doc: nil))
    }

    /// `__new__` (a static method in the dict) and the constructor `type(...)` calls.
    static func ctor(_ t: PyType, _ body: @escaping (PyType, [PyObject], [(String, PyObject)]) throws -> PyObject) {
        BuiltinMethods.ctor(t, body)
    }

    /// Gives an instance of a Python subclass its `__dict__`.
    static func prepare(_ o: PyObject, _ t: PyType) {
        o.type = t
        if t.flags.contains(.heapType) && o.instanceDict == nil { o.instanceDict = PyDict() }
    }
}

/// Argument helpers shared by the modules.
enum ModArgs {
    static func str(_ o: PyObject?, _ fname: String, _ what: String = "argument") throws -> String {
        guard let s = o as? PyStr else {
            throw PythonError(PyExc.TypeError, "\(fname)() \(what) must be str, not \(o.map { $0.type.name } ?? "None")")
        }
        return s.value
    }

    static func int(_ o: PyObject?, _ default: Int = 0) throws -> Int {
        guard let o = o, o !== pyNone else { return `default` }
        return try Ops.indexInt(o)
    }

    /// Keyword or positional argument `i` named `name`.
    static func arg(_ a: [PyObject], _ k: [(String, PyObject)], _ i: Int, _ name: String) -> PyObject? {
        if i < a.count { return a[i] }
        return k.first { $0.0 == name }?.1
    }

    static func bytes(_ o: PyObject) -> [UInt8]? {
        if let b = o as? PyBytes { return b.value }
        if let b = o as? PyByteArray { return b.value }
        return nil
    }
}

/// `structseq` types (`os.stat_result`, `time.struct_time`, `sys.flags`…): tuples whose first
/// `visible` fields are items and all fields are named attributes.
public enum StructSeq {
    public static func makeType(_ name: String, module: String, fields: [String], visible: Int? = nil) -> PyType {
        let n = visible ?? fields.count
        let t = PyType(name: name, bases: [PyTypes.tuple], flags: [.extensionType], moduleName: module)
        t.dict.setItem(string: "__module__", PyStr(module))
        for (i, f) in fields.enumerated() {
            t.dict.setItem(string: f, PyProperty(fget: PyBuiltinFunction(name: f) { a, _ in
                let tup = a[0] as! PyTuple
                if i < tup.items.count { return tup.items[i] }
                return tup.instanceDict?.getItem(string: f) ?? pyNone
            }, fset: nil, fdel: nil, doc: nil))
        }
        t.dict.setItem(string: "n_sequence_fields", PyInt.make(n))
        t.dict.setItem(string: "n_fields", PyInt.make(fields.count))
        t.dict.setItem(string: "n_unnamed_fields", PyInt.make(0))
        t.dict.setItem(string: "_fields", PyTuple(fields.prefix(n).map { PyStr($0) }))
        BuiltinMethods.def(t, "__repr__") { o, _, _ in
            let items = (o as! PyTuple).items
            let parts = try zip(fields, items).map { "\($0)=\(try Ops.repr($1).value)" }
            return PyStr("\(module == "builtins" ? "" : module + ".")\(name)(" + parts.joined(separator: ", ") + ")")
        }
        BuiltinMethods.def(t, "__reduce__") { o, _, _ in
            let tup = o as! PyTuple
            let extra = PyDict()
            for f in fields.dropFirst(n) { extra.setItem(string: f, tup.instanceDict?.getItem(string: f) ?? pyNone) }
            return PyTuple([t, PyTuple([PyTuple(tup.items), extra])])
        }
        BuiltinMethods.ctor(t) { cls, a, k in
            guard let seq = a.first ?? k.first(where: { $0.0 == "sequence" })?.1 else {
                throw PythonError(PyExc.TypeError, "\(name)() missing required argument 'sequence' (pos 1)")
            }
            let items = try Ops.toArray(seq)
            if items.count < n {
                throw PythonError(PyExc.TypeError, "\(module).\(name)() takes an at least \(n)-sequence (\(items.count)-sequence given)")
            }
            if items.count > fields.count {
                throw PythonError(PyExc.TypeError, "\(module).\(name)() takes an at most \(fields.count)-sequence (\(items.count)-sequence given)")
            }
            var values = items
            while values.count < fields.count { values.append(pyNone) }
            if let d = (a.count > 1 ? a[1] : nil) as? PyDict {
                for (i, f) in fields.enumerated() where i >= items.count { if let v = d.getItem(string: f) { values[i] = v } }
            }
            return make(cls, values, visible: n, fields: fields)
        }
        fieldsByType[ObjectIdentifier(t)] = (fields, n)
        return t
    }

    nonisolated(unsafe) public static var fieldsByType: [ObjectIdentifier: (fields: [String], visible: Int)] = [:]

    public static func make(_ t: PyType, _ values: [PyObject]) -> PyTuple {
        let info = fieldsByType[ObjectIdentifier(t)]!
        return make(t, values, visible: info.visible, fields: info.fields)
    }

    static func make(_ t: PyType, _ values: [PyObject], visible n: Int, fields: [String]) -> PyTuple {
        let tup = PyTuple(Array(values.prefix(n)), type: t)
        if values.count > n {
            tup.instanceDict = PyDict()
            for (i, f) in fields.enumerated() where i >= n && i < values.count {
                tup.instanceDict!.setItem(string: f, values[i])
            }
        }
        return tup
    }
}
