import CLibDW

/// The tool that most likely produced an extension, told from byte strings its runtime support
/// code leaves in every module (symbol names, error messages, section names).
public enum Generator: String, Sendable, CaseIterable {
    case pyo3 = "PyO3"
    case rust = "Rust"          // Rust without PyO3 (raw pyo3-ffi or hand-written FFI)
    case nanobind = "nanobind"
    case pybind11 = "pybind11"
    case mypyc = "mypyc"
    case cython = "Cython"
    case pythran = "Pythran"
    case f2py = "f2py"
    case plainC = "plain C"

    /// Marker strings, checked in this order; the first generator with a hit wins. The order
    /// puts binding generators before the languages they sit on (nanobind code is C++ that may
    /// mention pybind11 in messages; PyO3 is Rust).
    static let markers: [(Generator, [String])] = [
        (.pyo3, ["pyo3", "PyO3"]),
        (.nanobind, ["nanobind", "__nb_internals"]),
        (.pybind11, ["pybind11"]),
        (.mypyc, ["CPyStatic", "__mypyc", "CPyModule_"]),
        (.cython, ["__pyx_", "cython_runtime", "__Pyx"]),
        (.pythran, ["pythran"]),
        (.f2py, ["fortranobject", "f2py"]),
        (.rust, ["rust_panic", "/rustc/", "rust_begin_unwind", "/rustlib/", "rustup/toolchains"]),
    ]

    /// The generator whose markers occur in `bytes` (an ELF image), or plain C.
    public static func guess(_ bytes: UnsafeRawBufferPointer) -> Generator {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .plainC }
        for (generator, strings) in markers {
            for s in strings {
                let found = s.utf8CString.withUnsafeBufferPointer { needle in
                    // SAFETY: `base` spans `bytes.count` readable bytes; the needle is the
                    // string without its terminating NUL.
                    memmem(base, bytes.count, needle.baseAddress!, needle.count - 1) != nil
                }
                if found { return generator }
            }
        }
        return .plainC
    }
}
