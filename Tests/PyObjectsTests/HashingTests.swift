import XCTest
@testable import PyObjects

/// Numeric hashes must agree across int, float and bool, as Python requires.
final class HashingTests: XCTestCase {
    func testNumericHashesAgree() throws {
        XCTAssertEqual(try BuiltinHashing.hash(PyInt(1)), try BuiltinHashing.hash(PyFloat(1.0)))
        XCTAssertEqual(try BuiltinHashing.hash(pyTrue), 1)
        XCTAssertEqual(try BuiltinHashing.hash(PyInt(-1)), -2)
    }

    func testDictKeepsInsertionOrderAndMergesEqualNumbers() throws {
        let d = PyDict()
        try d.set(PyInt(1), PyStr("a"))
        try d.set(PyStr("k"), PyStr("b"))
        try d.set(PyFloat(1.0), PyStr("c"))
        XCTAssertEqual(d.count, 2)
        XCTAssertEqual((d.items[0].value as? PyStr)?.value, "c")
        XCTAssertEqual((d.items[1].key as? PyStr)?.value, "k")
        XCTAssertNotNil(try d.remove(PyInt(1)))
        XCTAssertEqual(d.count, 1)
    }
}
