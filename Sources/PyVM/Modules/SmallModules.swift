import PyObjects
import PyCompiler
import Foundation

/// `atexit`: functions run when the interpreter exits.
enum AtexitModule {
    nonisolated(unsafe) static var handlers: [(PyObject, [PyObject], [(String, PyObject)])] = []

    static func make() -> PyModule {
        let b = ModuleBuilder("atexit")
        b.fn("register") { a, k in
            guard let f = a.first else {
                throw PythonError(PyExc.TypeError, "register() takes at least 1 argument (0 given)")
            }
            handlers.append((f, Array(a.dropFirst()), k))
            return f
        }
        b.fn("unregister") { a, _ in
            guard let f = a.first else { return pyNone }
            var kept: [(PyObject, [PyObject], [(String, PyObject)])] = []
            for h in handlers where !(try Ops.equal(h.0, f)) { kept.append(h) }
            handlers = kept
            return pyNone
        }
        b.fn("_clear") { _, _ in handlers = []; return pyNone }
        b.fn("_ncallbacks") { _, _ in PyInt.make(handlers.count) }
        b.fn("_run_exitfuncs") { _, _ in runAll(); return pyNone }
        return b.module
    }

    /// Runs the handlers last-registered first; an exception is reported and the rest still run.
    static func runAll() {
        while let (f, a, k) = handlers.popLast() {
            do { _ = try Ops.call(f, args: a, kwargs: k) } catch {
                let e = Errors.asPythonError(error).exception
                if e.type.isSubtype(of: PyExc.SystemExit) { continue }
                try? Stdio.write(Stdio.stderr, "Exception ignored in atexit callback: \((try? Ops.repr(f).value) ?? "?")\n")
                Traceback.printException(e)
            }
        }
    }
}

/// `_string`: the parsers behind `string.Formatter`.
enum StringModule {
    static func make() -> PyModule {
        let b = ModuleBuilder("_string")
        b.fn("formatter_parser") { a, _ in
            let s = try ModArgs.str(a.first, "formatter_parser")
            let parts = try parseFormat(Array(s.unicodeScalars))
            var i = 0
            return PyNativeIterator(type: formatterIterType) {
                guard i < parts.count else { return nil }
                defer { i += 1 }
                return parts[i]
            }
        }
        b.fn("formatter_field_name_split") { a, _ in
            let s = try ModArgs.str(a.first, "formatter_field_name_split")
            let (first, rest) = try splitFieldName(Array(s.unicodeScalars))
            var i = 0
            let it = PyNativeIterator(type: fieldNameIterType) {
                guard i < rest.count else { return nil }
                defer { i += 1 }
                return rest[i]
            }
            return PyTuple([first, it])
        }
        return b.module
    }

    static let formatterIterType = PyType(name: "formatteriterator", bases: [PyTypes.object], flags: [])
    static let fieldNameIterType = PyType(name: "fieldnameiterator", bases: [PyTypes.object], flags: [])

    static func str(_ s: [Unicode.Scalar]) -> PyStr {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s)
        return PyStr(String(out))
    }

    /// (literal, field_name, format_spec, conversion) tuples, as `str.format` parses.
    static func parseFormat(_ s: [Unicode.Scalar]) throws -> [PyObject] {
        var result: [PyObject] = []
        var i = 0
        var literal: [Unicode.Scalar] = []
        while i < s.count {
            let c = s[i]
            if c == "{" {
                // An escaped brace ends the literal chunk, as CPython's parser yields it.
                if i + 1 < s.count && s[i + 1] == "{" {
                    literal.append("{")
                    result.append(PyTuple([str(literal), pyNone, pyNone, pyNone]))
                    literal = []
                    i += 2
                    continue
                }
                if i + 1 >= s.count { throw PythonError(PyExc.ValueError, "Single '{' encountered in format string") }
                // A replacement field: find its matching close brace.
                var depth = 1
                var j = i + 1
                while j < s.count && depth > 0 {
                    if s[j] == "{" { depth += 1 } else if s[j] == "}" { depth -= 1 }
                    if depth > 0 { j += 1 }
                }
                if j >= s.count {
                    throw PythonError(PyExc.ValueError, "expected '}' before end of string")
                }
                let field = Array(s[(i + 1)..<j])
                var name: [Unicode.Scalar] = []
                var conv: PyObject = pyNone
                var spec: [Unicode.Scalar] = []
                var k = 0
                var bracket = false
                while k < field.count {
                    let ch = field[k]
                    if ch == "[" { bracket = true } else if ch == "]" { bracket = false }
                    if !bracket && (ch == "!" || ch == ":") { break }
                    name.append(ch)
                    k += 1
                }
                if k < field.count && field[k] == "!" {
                    if k + 1 >= field.count {
                        // CPython takes the closing brace as the conversion character here.
                        throw PythonError(PyExc.ValueError, j + 1 >= s.count ? "unmatched '{' in format spec"
                                          : "end of string while looking for conversion specifier")
                    }
                    conv = str([field[k + 1]])
                    k += 2
                    if k < field.count && field[k] != ":" {
                        throw PythonError(PyExc.ValueError, "expected ':' after conversion specifier")
                    }
                }
                if k < field.count && field[k] == ":" { spec = Array(field[(k + 1)...]) }
                result.append(PyTuple([str(literal), str(name), str(spec), conv]))
                literal = []
                i = j + 1
            } else if c == "}" {
                if i + 1 < s.count && s[i + 1] == "}" {
                    literal.append("}")
                    result.append(PyTuple([str(literal), pyNone, pyNone, pyNone]))
                    literal = []
                    i += 2
                    continue
                }
                throw PythonError(PyExc.ValueError, "Single '}' encountered in format string")
            } else {
                literal.append(c)
                i += 1
            }
        }
        if !literal.isEmpty { result.append(PyTuple([str(literal), pyNone, pyNone, pyNone])) }
        return result
    }

    /// The first part of a field name (an int when numeric) and its (is_attribute, key) accessors.
    static func splitFieldName(_ s: [Unicode.Scalar]) throws -> (PyObject, [PyObject]) {
        var i = 0
        while i < s.count && s[i] != "." && s[i] != "[" { i += 1 }
        let firstText = str(Array(s[..<i]))
        let first: PyObject = firstText.value.allSatisfy(\.isASCII) && !firstText.value.isEmpty
            && firstText.value.allSatisfy(\.isNumber) ? PyInt.make(Int(firstText.value)!) : firstText
        var rest: [PyObject] = []
        while i < s.count {
            if s[i] == "." {
                var j = i + 1
                while j < s.count && s[j] != "." && s[j] != "[" { j += 1 }
                let name = Array(s[(i + 1)..<j])
                if name.isEmpty { throw PythonError(PyExc.ValueError, "Empty attribute in format string") }
                rest.append(PyTuple([pyTrue, str(name)]))
                i = j
            } else {
                var j = i + 1
                while j < s.count && s[j] != "]" { j += 1 }
                if j >= s.count { throw PythonError(PyExc.ValueError, "Missing ']' in format string") }
                let key = str(Array(s[(i + 1)..<j]))
                let k: PyObject = !key.value.isEmpty && key.value.allSatisfy({ $0.isASCII && $0.isNumber }) ? PyInt.make(Int(key.value)!) : key
                rest.append(PyTuple([pyFalse, k]))
                i = j + 1
                if i < s.count && s[i] != "." && s[i] != "[" {
                    throw PythonError(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier")
                }
            }
        }
        return (first, rest)
    }
}

/// `time`.
enum TimeModule {
    static let structTime = StructSeq.makeType("struct_time", module: "time", fields: [
        "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
        "tm_zone", "tm_gmtoff"], visible: 9)

    static func clock(_ id: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    static func clockNs(_ id: clockid_t) -> PyObject {
        var ts = timespec()
        clock_gettime(id, &ts)
        return PyInt.make(Int(ts.tv_sec) * 1_000_000_000 + Int(ts.tv_nsec))
    }

    static func fromTm(_ tm: tm) -> PyObject {
        let wday = (Int(tm.tm_wday) + 6) % 7
        let zone = tm.tm_zone.map { String(cString: $0) } ?? "UTC"
        return StructSeq.make(structTime, [
            PyInt.make(Int(tm.tm_year) + 1900), PyInt.make(Int(tm.tm_mon) + 1), PyInt.make(Int(tm.tm_mday)),
            PyInt.make(Int(tm.tm_hour)), PyInt.make(Int(tm.tm_min)), PyInt.make(Int(tm.tm_sec)),
            PyInt.make(wday), PyInt.make(Int(tm.tm_yday) + 1), PyInt.make(Int(tm.tm_isdst)),
            PyStr(zone), PyInt.make(tm.tm_gmtoff)])
    }

    static func toTm(_ o: PyObject) throws -> tm {
        let v = try Ops.toArray(o)
        guard v.count >= 9 else { throw PythonError(PyExc.TypeError, "time tuple must have 9 elements") }
        var t = tm()
        t.tm_year = Int32(try Ops.indexInt(v[0]) - 1900)
        t.tm_mon = Int32(try Ops.indexInt(v[1]) - 1)
        t.tm_mday = Int32(try Ops.indexInt(v[2]))
        t.tm_hour = Int32(try Ops.indexInt(v[3]))
        t.tm_min = Int32(try Ops.indexInt(v[4]))
        t.tm_sec = Int32(try Ops.indexInt(v[5]))
        t.tm_wday = Int32((try Ops.indexInt(v[6]) + 1) % 7)
        t.tm_yday = Int32(try Ops.indexInt(v[7]) - 1)
        t.tm_isdst = Int32(try Ops.indexInt(v[8]))
        return t
    }

    static func seconds(_ a: [PyObject]) throws -> time_t {
        guard let o = a.first, o !== pyNone else { return time(nil) }
        return time_t(try Conversions.toFloat(o).rounded(.down))
    }

    static func make() -> PyModule {
        let b = ModuleBuilder("time")
        b.set("struct_time", structTime)
        b.fn("time") { _, _ in PyFloat(clock(CLOCK_REALTIME)) }
        b.fn("time_ns") { _, _ in clockNs(CLOCK_REALTIME) }
        b.fn("monotonic") { _, _ in PyFloat(clock(CLOCK_MONOTONIC)) }
        b.fn("monotonic_ns") { _, _ in clockNs(CLOCK_MONOTONIC) }
        b.fn("perf_counter") { _, _ in PyFloat(clock(CLOCK_MONOTONIC)) }
        b.fn("perf_counter_ns") { _, _ in clockNs(CLOCK_MONOTONIC) }
        b.fn("process_time") { _, _ in PyFloat(clock(CLOCK_PROCESS_CPUTIME_ID)) }
        b.fn("process_time_ns") { _, _ in clockNs(CLOCK_PROCESS_CPUTIME_ID) }
        b.fn("thread_time") { _, _ in PyFloat(clock(CLOCK_THREAD_CPUTIME_ID)) }
        b.fn("thread_time_ns") { _, _ in clockNs(CLOCK_THREAD_CPUTIME_ID) }
        b.fn("sleep") { a, _ in
            let s = try Conversions.toFloat(a.first ?? PyInt.make(0))
            if s < 0 { throw PythonError(PyExc.ValueError, "sleep length must be non-negative") }
            try SignalDelivery.sleep(s)
            return pyNone
        }
        b.fn("gmtime") { a, _ in
            var t = try seconds(a)
            var out = tm()
            gmtime_r(&t, &out)
            return fromTm(out)
        }
        b.fn("localtime") { a, _ in
            var t = try seconds(a)
            var out = tm()
            localtime_r(&t, &out)
            return fromTm(out)
        }
        b.fn("mktime") { a, _ in
            var t = try toTm(a[0])
            t.tm_wday = -1
            let r = mktime(&t)
            if r == -1 && t.tm_wday == -1 { throw PythonError(PyExc.OverflowError, "mktime argument out of range") }
            return PyFloat(Double(r))
        }
        b.fn("strftime") { a, _ in
            let fmt = try ModArgs.str(a.first, "strftime", "argument 1")
            var t: tm
            if a.count > 1 { t = try toTm(a[1]) } else { var now = time(nil); t = tm(); localtime_r(&now, &t) }
            var buf = [Int8](repeating: 0, count: 1024)
            let n = strftime(&buf, buf.count, fmt, &t)
            return PyStr(String(decoding: buf[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        b.fn("asctime") { a, _ in
            var t: tm
            if let o = a.first { t = try toTm(o) } else { var now = time(nil); t = tm(); localtime_r(&now, &t) }
            return PyStr(asctimeString(t))
        }
        b.fn("ctime") { a, _ in
            var s = try seconds(a)
            var t = tm()
            localtime_r(&s, &t)
            return PyStr(asctimeString(t))
        }
        b.fn("get_clock_info") { a, _ in
            let ns = PyModule(name: "clock_info")
            ns.type = SysModule.namespaceType
            ns.dict.clear()
            let name = (a.first as? PyStr)?.value ?? "time"
            ns.dict.setItem(string: "implementation", PyStr(name == "time" ? "clock_gettime(CLOCK_REALTIME)" : "clock_gettime(CLOCK_MONOTONIC)"))
            ns.dict.setItem(string: "monotonic", pyBool(name != "time"))
            ns.dict.setItem(string: "adjustable", pyBool(name == "time"))
            ns.dict.setItem(string: "resolution", PyFloat(1e-9))
            return ns
        }
        b.fn("tzset") { _, _ in tzset(); return pyNone }
        tzset()
        var now = time(nil)
        var lt = tm()
        localtime_r(&now, &lt)
        b.int("timezone", -lt.tm_gmtoff)
        b.int("altzone", -lt.tm_gmtoff - (lt.tm_isdst > 0 ? 0 : 3600))
        b.int("daylight", Int(daylight))
        let names = (String(cString: tzname.0!), String(cString: tzname.1!))
        b.set("tzname", PyTuple([PyStr(names.0), PyStr(names.1)]))
        for (n, v) in [("CLOCK_REALTIME", CLOCK_REALTIME), ("CLOCK_MONOTONIC", CLOCK_MONOTONIC),
                       ("CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID), ("CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID)] {
            b.int(n, Int(v))
        }
        b.fn("clock_gettime") { a, _ in PyFloat(clock(clockid_t(try Ops.indexInt(a[0])))) }
        b.fn("clock_gettime_ns") { a, _ in clockNs(clockid_t(try Ops.indexInt(a[0]))) }
        return b.module
    }

    static func asctimeString(_ t: tm) -> String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let day = t.tm_mday < 10 ? " \(t.tm_mday)" : "\(t.tm_mday)"
        return "\(days[Int(t.tm_wday) % 7]) \(months[Int(t.tm_mon) % 12]) \(day) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(Int(t.tm_year) + 1900)"
    }
}

/// `_functools`: `reduce` (functools keeps its Python partial, lru_cache and cmp_to_key).
enum FunctoolsModule {
    static func make() -> PyModule {
        let b = ModuleBuilder("_functools")
        b.fn("reduce") { a, k in
            if !k.isEmpty { throw PythonError(PyExc.TypeError, "reduce() takes no keyword arguments") }
            if a.count < 2 || a.count > 3 {
                throw PythonError(PyExc.TypeError, "reduce expected \(a.count < 2 ? "at least 2" : "at most 3") arguments, got \(a.count)")
            }
            let it: PyObject
            do { it = try Ops.iter(a[1]) } catch let e as PythonError where e.exception.type.isSubtype(of: PyExc.TypeError) {
                throw PythonError(PyExc.TypeError, "reduce() arg 2 must support iteration")
            }
            var acc = a.count == 3 ? a[2] : nil
            while let v = try Ops.next(it) {
                acc = try acc.map { try Ops.call(a[0], args: [$0, v]) } ?? v
            }
            guard let result = acc else {
                throw PythonError(PyExc.TypeError, "reduce() of empty iterable with no initial value")
            }
            return result
        }
        return b.module
    }
}

/// `_operator`: the pieces whose pure-Python versions in operator.py differ from CPython's
/// (`index` raises TypeError for non-integers) or are missing (`_compare_digest`, for hmac).
/// `from _operator import *` takes only these; operator.py keeps the rest.
enum OperatorModule {
    static func make() -> PyModule {
        let b = ModuleBuilder("_operator")
        b.fn("index") { a, _ in
            guard a.count == 1 else { throw PythonError(PyExc.TypeError, "index() takes exactly one argument (\(a.count) given)") }
            return try Ops.index(a[0])
        }
        b.fn("_compare_digest") { a, _ in
            guard a.count == 2 else { throw PythonError(PyExc.TypeError, "_compare_digest expected 2 arguments, got \(a.count)") }
            let x: [UInt8], y: [UInt8]
            if let s = a[0] as? PyStr, let t = a[1] as? PyStr {
                guard s.value.unicodeScalars.allSatisfy(\.isASCII) && t.value.unicodeScalars.allSatisfy(\.isASCII) else {
                    throw PythonError(PyExc.TypeError, "comparing strings with non-ASCII characters is not supported")
                }
                x = Array(s.value.utf8); y = Array(t.value.utf8)
            } else if let p = ModArgs.bytes(a[0]), let q = ModArgs.bytes(a[1]) {
                x = p; y = q
            } else {
                throw PythonError(PyExc.TypeError, "unsupported operand types(s) or combination of types: '\(a[0].type.name)' and '\(a[1].type.name)'")
            }
            // Time independent of where the inputs differ.
            var diff = x.count == y.count ? 0 : 1
            let n = min(x.count, y.count)
            for i in 0..<n { diff |= Int(x[i] ^ y[i]) }
            return pyBool(diff == 0)
        }
        return b.module
    }
}
