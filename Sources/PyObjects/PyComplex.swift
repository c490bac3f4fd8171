/// `complex`.
public final class PyComplex: PyObject {
    public let real: Double
    public let imag: Double
    public init(real: Double, imag: Double) {
        self.real = real
        self.imag = imag
        super.init(type: PyTypes.complex)
    }
}
