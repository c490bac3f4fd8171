import Foundation
import XCTest
import PyCAPI
import PyLoader
import PyObjects

/// The bridge on its own (no VM): loading the matrix's extensions, built by
/// tools/matrix/build-cases against CPython's headers, and calling them.
final class LoaderTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func extensionPath(_ caseName: String, _ module: String) throws -> String {
        let path = Self.root.appendingPathComponent(
            "compat-matrix/build/cpython-headers/\(caseName)/\(module).cpython-311-x86_64-linux-gnu.so").path
        guard FileManager.default.fileExists(atPath: path) else {
            struct NotBuilt: Error, CustomStringConvertible { let description: String }
            throw NotBuilt(description: "\(path) not built: run tools/matrix/build-cases first (tools/test does)")
        }
        return path
    }

    func testRejectsAFileThatIsNotAnExtension() throws {
        let bogus = FileManager.default.temporaryDirectory.appendingPathComponent("bogus_ext.so")
        try Data("not an ELF file".utf8).write(to: bogus)
        XCTAssertThrowsError(try ExtensionLoader.load(name: "bogus_ext", path: bogus.path)) { error in
            let e = error as? PythonError
            XCTAssertTrue(e?.exception.type === PyExc.ImportError)
        }
    }

    func testSinglePhaseModuleLoads() throws {
        let module = try ExtensionLoader.load(name: "sp_basic", path: extensionPath("single_phase", "sp_basic"))
        let m = try XCTUnwrap(module as? PyModule)
        XCTAssertEqual(m.name, "sp_basic")
        XCTAssertFalse(m.dict.items.isEmpty)
    }

    func testMultiPhaseModuleHasState() throws {
        let module = try ExtensionLoader.load(name: "mp_state", path: extensionPath("multi_phase", "mp_state"))
        let m = try XCTUnwrap(module as? PyModule)
        XCTAssertNotNil(m.extensionDef)
    }

    func function(_ m: PyModule, _ name: String) throws -> PyBuiltinFunction {
        try XCTUnwrap(m.dict.getItem(string: name) as? PyBuiltinFunction, "\(name) missing")
    }

    func testCallingConventionsReturnRuntimeObjects() throws {
        let module = try ExtensionLoader.load(name: "callconv", path: extensionPath("calling_conventions", "callconv"))
        let m = try XCTUnwrap(module as? PyModule)
        let echoed = PyStr("héllo")
        XCTAssertTrue(try function(m, "echo").body([echoed], []) === echoed, "METH_O keeps identity")
        // fast_sum returns (count, total), built by Py_BuildValue("(nL)").
        let sum = try XCTUnwrap(try function(m, "fast_sum").body([PyInt(2), PyInt(40)], []) as? PyTuple)
        XCTAssertEqual(sum.items.compactMap { ($0 as? PyInt)?.intValue }, [2, 42])
        XCTAssertThrowsError(try function(m, "noargs").body([PyInt(1)], [])) { error in
            XCTAssertTrue((error as? PythonError)?.exception.type === PyExc.TypeError)
        }
    }

    func testManyCallsRunInBoundedMemory() throws {
        let module = try ExtensionLoader.load(name: "callconv", path: extensionPath("calling_conventions", "callconv"))
        let m = try XCTUnwrap(module as? PyModule)
        let echo = try function(m, "echo"), fastSum = try function(m, "fast_sum")
        Bridge.collect()
        let liveBefore = Bridge.liveMirrorCount
        for i in 0..<20_000 {
            _ = try echo.body([PyInt(i * 1_000_003)], [])
            _ = try fastSum.body([PyFloat(Double(i)), PyInt(i)], [])
        }
        Bridge.collect()
        XCTAssertLessThan(Bridge.liveMirrorCount - liveBefore, 100, "mirrors of dead objects must be released")
    }
}
