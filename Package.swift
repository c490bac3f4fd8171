// swift-tools-version:5.9
// Swallow: a Python 3.11 runtime in Swift whose C-API is binary-compatible with CPython 3.11.
import PackageDescription

/// Release builds skip Swift's dynamic exclusivity checks in the hot runtime modules: they cost
/// a thread-local lookup on every class-property access (measured at ~18% of a C-call loop).
let fastRelease: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded"], .when(configuration: .release))]

let package = Package(
    name: "Swallow",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "swallow", targets: ["swallow"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        // Small utilities shared by every layer.
        .target(name: "PyCore", exclude: []),
        // Tokenizer, parser, AST.
        .target(name: "PySyntax", dependencies: ["PyCore"]),
        // The object model and builtin types. Never imports C.
        .target(name: "PyObjects", dependencies: ["PyCore", .product(name: "BigInt", package: "BigInt")],
                swiftSettings: fastRelease),
        // Symbol tables and bytecode.
        .target(name: "PyCompiler", dependencies: ["PySyntax", "PyObjects"]),
        // Frames, the eval loop, builtins, import.
        .target(name: "PyVM", dependencies: ["PyCore", "PyCompiler", "PyObjects", "PySyntax",
                                             .product(name: "BigInt", package: "BigInt")],
                swiftSettings: fastRelease),
        // C half of the bridge: variadic functions, exported data symbols, generated stubs.
        .target(name: "CPythonABI", path: ".", sources: ["CShim"], publicHeadersPath: "include"),
        // Swift half of the bridge: proxies, refcount bridging, the C-API bodies.
        .target(name: "PyCAPI", dependencies: ["CPythonABI", "PyCore", "PyObjects", "PyCompiler", "PyVM",
                                               .product(name: "BigInt", package: "BigInt")],
                exclude: ["README.md"], swiftSettings: fastRelease),
        // Finding, checking and dlopening extension modules.
        .target(name: "PyLoader", dependencies: ["PyCAPI", "PyObjects", "PyVM"]),
        // elfutils' libelf and libdw (+ zlib, backtrace) for PyInspect; Debian: libdw-dev libelf-dev.
        .systemLibrary(name: "CLibDW", path: "Sources/CLibDW", providers: [.apt(["libdw-dev", "libelf-dev"])]),
        // ELF/DWARF reading: what extensions need from the C-API (capi-report); crash reports.
        .target(name: "PyInspect", dependencies: ["CLibDW"]),
        // The compatibility matrix runner.
        .target(name: "CompatMatrix", dependencies: ["PyCore"]),
        .executableTarget(
            name: "swallow",
            dependencies: ["PyCore", "PySyntax", "PyCompiler", "PyObjects", "PyVM", "PyCAPI", "PyLoader", "CompatMatrix", "PyInspect"],
            // Extensions resolve the C-API from the executable itself.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"])]
        ),
        .testTarget(name: "PySyntaxTests", dependencies: ["PySyntax"], exclude: ["Fixtures"]),
        .testTarget(name: "PyObjectsTests", dependencies: ["PyObjects"]),
        // The test process loads extensions, so it exports the C-API like the executable.
        .testTarget(name: "PyCAPITests", dependencies: ["PyCAPI", "PyLoader", "PyObjects"],
                    linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"])]),
        .testTarget(name: "CompatMatrixTests", dependencies: ["CompatMatrix"]),
        .testTarget(name: "PyInspectTests", dependencies: ["PyInspect"]),
        // Differential end-to-end tests: programs run by the built executable against CPython's recorded output.
        .testTarget(name: "SwallowTests", dependencies: ["swallow"], exclude: ["programs"]),
    ]
)
