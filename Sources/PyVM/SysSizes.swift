import PyObjects
import Foundation

/// `sys.getsizeof` with CPython 3.11's 64-bit object sizes (including the GC header of
/// container objects), and the `sys` struct sequences that describe the build.
enum SysSizes {
    static func sizeof(_ o: PyObject) throws -> Int {
        if o.type.hasDictBehaviour, let m = Ops.heapLookup(o.type, "__sizeof__") {
            let r = try Ops.call(m, args: [o])
            guard let i = r as? PyInt, let n = i.intValue else {
                throw PythonError(PyExc.TypeError, "an integer is required")
            }
            if n < 0 { throw PythonError(PyExc.ValueError, "__sizeof__() should return >= 0") }
            return n + 16
        }
        switch o {
        case let i as PyInt:
            let bits = i.bigValue.magnitude.bitWidth
            return 24 + 4 * max(1, (bits + 29) / 30)
        case is PyFloat: return 24
        case is PyComplex: return 32
        case is PyNone: return 16
        case let s as PyStr:
            let maxScalar = s.value.unicodeScalars.reduce(0) { max($0, $1.value) }
            let n = s.count
            if maxScalar < 0x80 { return 49 + n }
            if maxScalar < 0x100 { return 73 + n }
            if maxScalar < 0x10000 { return 74 + 2 * n }
            return 76 + 4 * n
        case let b as PyBytes: return 33 + b.value.count
        case let b as PyByteArray: return b.value.isEmpty ? 56 : 57 + b.value.count
        case let t as PyTuple: return 40 + 8 * t.items.count
        case let l as PyList: return 56 + 8 * l.items.count
        case let d as PyDict:
            if d.count == 0 { return 64 }
            // A split-free table of 2^k slots (minimum 8) holding up to 2/3 of them.
            var size = 8
            while d.count > size * 2 / 3 { size *= 2 }
            return 64 + 32 + size + (size * 2 / 3) * 24
        case is PySet: return 216
        case is PyRange: return 48
        case is PySlice: return 56
        case is PyFunction: return 152
        case is PyType: return 424
        default: return 16 + (o.instanceDict == nil ? 0 : 16)
        }
    }

    static let flagsType = StructSequence.makeType("sys.flags", fields: [
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
        "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"])

    static func flags() -> PyObject {
        let env = ProcessInfo.processInfo.environment
        let noBytecode = env["PYTHONDONTWRITEBYTECODE"].map { !$0.isEmpty } ?? false
        let hashRandom = env["PYTHONHASHSEED"] == "0" ? 0 : 1
        let z = PyInt.make(0)
        return StructSequence.make(flagsType, [z, z, z, z, PyInt.make(noBytecode ? 1 : 0), z, z, z, z, z, z,
                                               PyInt.make(hashRandom), z, pyFalse, z, z, pyFalse, PyInt.make(-1)])
    }

    static func floatInfo() -> PyObject {
        let t = StructSequence.makeType("sys.float_info", fields: [
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"])
        return StructSequence.make(t, [PyFloat(Double.greatestFiniteMagnitude), PyInt.make(1024), PyInt.make(308),
                                       PyFloat(Double.leastNormalMagnitude), PyInt.make(-1021), PyInt.make(-307), PyInt.make(15),
                                       PyInt.make(53), PyFloat(Double.ulpOfOne), PyInt.make(2), PyInt.make(1)])
    }

    static func intInfo() -> PyObject {
        let t = StructSequence.makeType("sys.int_info", fields: [
            "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"])
        return StructSequence.make(t, [PyInt.make(30), PyInt.make(4), PyInt.make(4300), PyInt.make(640)])
    }

    /// The C library's thread implementation (`NPTL 2.36`), or None.
    static func pthreadVersion() -> PyObject {
        var buf = [CChar](repeating: 0, count: 64)
        let n = confstr(Int32(_CS_GNU_LIBPTHREAD_VERSION), &buf, buf.count)
        return n > 0 ? PyStr(String(cString: buf)) : pyNone
    }

    static func hashInfo() -> PyObject {
        let t = StructSequence.makeType("sys.hash_info", fields: [
            "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"])
        return StructSequence.make(t, [PyInt.make(64), PyInt.make((1 << 61) - 1), PyInt.make(314159), PyInt.make(0),
                                       PyInt.make(1000003), PyStr("siphash13"), PyInt.make(64), PyInt.make(128), PyInt.make(0)])
    }
}
