# repr(float): the shortest string that round-trips, switching to exponent form like CPython
vals = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
        1.5e-7, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 100.0, 1e22, 1e23, 9007199254740993.0,
        12345.678, -2.5, 3.14159, 1e100, 123e-20, 0.5, 4.35, 0.3, 1.1 * 3, 2**0.5, 1e-7, 9.999999999999999e15]
for v in vals:
    print(repr(v), str(v))
print([1.0, 2.5], (0.1,), {0.5: 1e-10})
print(float(10**16), float(10**15), float(-10**20), float(2**63))
print(f"{0.1}", "%s" % 1e16, "%r" % 0.1, str(1e-5))
