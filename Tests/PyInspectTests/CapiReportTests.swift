import XCTest
import Foundation
@testable import PyInspect

/// capi-report on small extensions compiled here with cc (no Python headers needed: the
/// fixture declares the few C-API names it uses).
final class CapiReportTests: XCTestCase {
    static let source = """
    typedef struct _object PyObject;
    extern PyObject *PyList_New(long);                        /* implemented */
    extern void *PyCapsule_GetPointer(PyObject *, const char *); /* a stub today */
    extern PyObject *PyImport_AddModuleRef(const char *);     /* 3.13 API: absent in 3.11 */
    extern PyObject _Py_NoneStruct;                           /* data */
    PyObject *fx_list(void) { return PyList_New(0); }
    void *fx_capsule(PyObject *o) {
        return PyCapsule_GetPointer(o, "fx");
    }
    PyObject *fx_absent(void) {
        PyImport_AddModuleRef("fx");
        return &_Py_NoneStruct;
    }
    PyObject *PyInit_fx(void) { return fx_list(); }
    """

    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("pyinspect-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Self.source.write(to: dir.appendingPathComponent("fx.c"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    @discardableResult
    func run(_ args: [String]) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        p.currentDirectoryURL = dir
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// Compiles fx.c into `name` with extra flags.
    func build(_ name: String, _ flags: [String]) throws -> String {
        let out = dir.appendingPathComponent(name).path
        XCTAssertEqual(try run(["cc", "-shared", "-fPIC"] + flags + ["-o", out, "fx.c"]), 0, "cc failed")
        return out
    }

    func testStatusesVerdictAndGenerator() throws {
        let so = try build("fx.so", ["-O1"])
        var r = CapiReport()
        r.add(path: so)
        XCTAssertEqual(r.problems.count, 0)
        let e = try XCTUnwrap(r.extensions.first)
        XCTAssertEqual(e.facts.moduleName, "fx")
        XCTAssertEqual(e.facts.generator, .plainC)
        XCTAssertFalse(e.facts.bindNow)
        let byName = Dictionary(uniqueKeysWithValues: e.imports.map { ($0.name, $0) })
        XCTAssertEqual(Set(byName.keys), ["PyList_New", "PyCapsule_GetPointer", "PyImport_AddModuleRef", "_Py_NoneStruct"])
        XCTAssertEqual(byName["PyList_New"]?.status, SymbolStatus.of("PyList_New"))
        XCTAssertEqual(byName["PyImport_AddModuleRef"]?.status, .absent)
        XCTAssertEqual(byName["PyCapsule_GetPointer"]?.stableABI, true)
        XCTAssertEqual(byName["_Py_NoneStruct"]?.isFunction, false)
        XCTAssertEqual(byName["_Py_NoneStruct"]?.eager, true, "data is bound at load")
        XCTAssertEqual(byName["PyList_New"]?.eager, false, "a PLT call is lazy")
        XCTAssertEqual(e.verdict, .cannotLoad)
        XCTAssertEqual(r.exitStatus, 1)
        XCTAssertTrue(r.missingRanking.contains { $0.name == "PyImport_AddModuleRef" && $0.status == .absent })
    }

    func testTableMatchesTheGeneratedExports() {
        XCTAssertEqual(SymbolStatus.exports.count, 1655)
        XCTAssertEqual(SymbolStatus.of("Py_IncRef_not_a_name"), .absent)
        XCTAssertEqual(SymbolStatus.exports["PyType_Type"]?.isFunction, false)
        XCTAssertEqual(SymbolStatus.exports["_PyObject_GC_New"]?.stableABI, true)
        XCTAssertEqual(SymbolStatus.exports["_PyArg_UnpackKeywords"]?.stableABI, false)
    }

    func testBindNow() throws {
        let so = try build("fx_now.so", ["-O2", "-Wl,-z,now"])
        let facts = try ELFReader.read(try CapiReport.readFile(so))
        XCTAssertTrue(facts.bindNow)
        XCTAssertTrue(facts.imports.allSatisfy(\.eager))
    }

    func testDWARFSourceLocationsOfMissingSymbols() throws {
        let so = try build("fx_g.so", ["-O0", "-g"])
        let facts = try ELFReader.read(try CapiReport.readFile(so))
        XCTAssertTrue(facts.hasDebugInfo)
        let capsule = try XCTUnwrap(facts.imports.first { $0.name == "PyCapsule_GetPointer" })
        if capsule.status != .implemented {
            let loc = try XCTUnwrap(capsule.locations.first, "no location for PyCapsule_GetPointer")
            XCTAssertTrue(loc.file.hasSuffix("fx.c"), loc.file)
            XCTAssertEqual(loc.line, 8)
            XCTAssertEqual(loc.function, "fx_capsule")
        }
        let absent = try XCTUnwrap(facts.imports.first { $0.name == "PyImport_AddModuleRef" })
        XCTAssertEqual(absent.locations.map(\.line), [11])
        XCTAssertEqual(absent.locations.first?.function, "fx_absent")
        // The table shows them.
        var r = CapiReport()
        r.add(path: so)
        XCTAssertTrue(r.table(color: false).contains("at \(dir.path)/fx.c:11 in fx_absent()")
                      || r.table(color: false).contains("fx.c:11 in fx_absent()"))
    }

    func testWheels() throws {
        let so = try build("fx.so", ["-O1"])
        let bytes = try CapiReport.readFile(so)
        // Stored member.
        let stored = CapiFuzzer.storedZip(name: "fx/fx.cpython-311-x86_64-linux-gnu.so", member: bytes)
        var r = CapiReport()
        r.addWheel(try ZipArchive(stored), input: "w", name: "fx.whl")
        XCTAssertEqual(r.extensions.map(\.path), ["fx.whl!fx/fx.cpython-311-x86_64-linux-gnu.so"])
        // Deflated members, written by Python's zipfile.
        let whl = dir.appendingPathComponent("fx-1.0-cp311-cp311-linux_x86_64.whl").path
        XCTAssertEqual(try run(["python3", "-c", """
            import zipfile, sys
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.write(sys.argv[2], "fx/fx.cpython-311-x86_64-linux-gnu.so")
                z.writestr("fx-1.0.dist-info/METADATA", "Name: fx\\n")
            """, whl, so]), 0)
        var r2 = CapiReport()
        r2.add(path: whl)
        XCTAssertEqual(r2.problems.count, 0)
        XCTAssertEqual(r2.extensions.first?.imports.count, 4)
    }

    func testBadInputsAreReportedOneByOne() throws {
        let good = try build("fx.so", ["-O1"])
        var elf = try CapiReport.readFile(good)
        func write(_ name: String, _ bytes: [UInt8]) -> String {
            let p = dir.appendingPathComponent(name).path
            FileManager.default.createFile(atPath: p, contents: Data(bytes))
            return p
        }
        let text = write("text.so", Array("hello, not an ELF file\n".utf8))
        let truncated = write("truncated.so", Array(elf.prefix(40)))
        let cut = write("cut.so", Array(elf.prefix(elf.count / 3)))
        var b32 = elf
        b32[4] = 1
        let elf32 = write("elf32.so", b32)
        elf[18] = 183   // e_machine = AArch64
        elf[19] = 0
        let arm = write("arm.so", elf)
        let notZip = write("notzip.whl", Array("a text file named like a wheel, long enough".utf8))
        let pure = write("pure-1.0-py3-none-any.whl",
                         CapiFuzzer.storedZip(name: "pure/__init__.py", member: Array("x = 1\n".utf8)))
        let missing = dir.appendingPathComponent("missing.so").path
        let unreadable = write("unreadable.so", [0x7f])
        chmod(unreadable, 0)

        var r = CapiReport()
        for p in [text, truncated, cut, elf32, arm, notZip, pure, missing, unreadable, good] { r.add(path: p) }
        XCTAssertEqual(r.extensions.count, 1, "the good one is still reported")
        let kinds = Dictionary(r.problems.map { (($0.path as NSString).lastPathComponent, $0.error.kind) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(kinds["text.so"], "not-elf")
        XCTAssertEqual(kinds["truncated.so"], "truncated")
        XCTAssertEqual(kinds["elf32.so"], "wrong-class")
        XCTAssertEqual(kinds["arm.so"], "wrong-arch")
        XCTAssertEqual(kinds["notzip.whl"], "not-zip")
        XCTAssertEqual(kinds["pure-1.0-py3-none-any.whl"], "no-extension")
        XCTAssertEqual(kinds["missing.so"], "unreadable")
        XCTAssertNotNil(kinds["cut.so"])
        if getuid() != 0 { XCTAssertEqual(kinds["unreadable.so"], "unreadable") }
        XCTAssertTrue(r.problems.first { $0.path.hasSuffix("arm.so") }!.error.message.contains("AArch64"))
        XCTAssertEqual(r.exitStatus, 2)
    }

    func testDirectoriesAndSiteRecords() throws {
        let pkg = dir.appendingPathComponent("site/fx")
        try FileManager.default.createDirectory(at: pkg, withIntermediateDirectories: true)
        _ = try build("site/fx/_fx.cpython-311-x86_64-linux-gnu.so", ["-O1"])
        let info = dir.appendingPathComponent("site/fx_pkg-1.0.dist-info")
        try FileManager.default.createDirectory(at: info, withIntermediateDirectories: true)
        try "fx/_fx.cpython-311-x86_64-linux-gnu.so,sha256=x,1\nfx_pkg-1.0.dist-info/RECORD,,\n"
            .write(to: info.appendingPathComponent("RECORD"), atomically: true, encoding: .utf8)
        var r = CapiReport()
        r.add(path: dir.appendingPathComponent("site").path)
        XCTAssertEqual(r.extensions.map(\.path), ["fx/_fx.cpython-311-x86_64-linux-gnu.so"])
        var s = CapiReport()
        s.add(site: dir.appendingPathComponent("site").path, names: ["Fx-Pkg", "nope"])
        XCTAssertEqual(s.extensions.map(\.path), ["fx/_fx.cpython-311-x86_64-linux-gnu.so"])
        XCTAssertEqual(s.problems.map(\.error.kind), ["not-found"])
    }

    func testPlanAndJSON() throws {
        let so = try build("fx.so", ["-O1"])
        var r = CapiReport()
        r.add(path: so)
        let obj = r.jsonObject()
        XCTAssertEqual(obj["schema"] as? Int, 1)
        let exts = try XCTUnwrap(obj["extensions"] as? [[String: Any]])
        XCTAssertEqual(exts.first?["verdict"] as? String, "cannot-load")
        XCTAssertEqual(exts.first?["bind"] as? String, "lazy")
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(r.json().utf8)))
        // An extension needing absent names is not part of the plan.
        XCTAssertTrue(r.plan().isEmpty)
    }

    func testGeneratorMarkers() {
        func guess(_ s: String) -> Generator {
            Array(s.utf8).withUnsafeBytes { Generator.guess($0) }
        }
        XCTAssertEqual(guess("xx __pyx_module_is_main_fx yy"), .cython)
        XCTAssertEqual(guess("pyo3_runtime.PanicException"), .pyo3)
        XCTAssertEqual(guess("__pybind11_internals_v4"), .pybind11)
        XCTAssertEqual(guess("nanobind and pybind11"), .nanobind)
        XCTAssertEqual(guess("CPyStatic_globals"), .mypyc)
        XCTAssertEqual(guess("nothing special"), .plainC)
    }

    func testFuzzSmoke() throws {
        let so = try build("fx_g.so", ["-O0", "-g"])
        var rng = CapiFuzzer.Rng(state: 12345)
        let seed = try CapiReport.readFile(so)
        for _ in 0..<300 {
            let m = CapiFuzzer.mutate(seed, &rng)
            var r = CapiReport()
            r.addImage(m, input: "f", display: "f.so", explicit: true)
            if let z = try? ZipArchive(CapiFuzzer.mutate(CapiFuzzer.storedZip(name: "a.so", member: seed), &rng)) {
                r.addWheel(z, input: "f", name: "f.whl")
            }
        }
    }
}
