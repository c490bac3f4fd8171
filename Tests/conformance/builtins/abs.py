# abs() on ints, floats, complex, bools, big ints and user types.
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5))
print(abs(True), abs(False), type(abs(True)).__name__)
print(abs(-(2**100)), abs(-9223372036854775808))
print(abs(3+4j), abs(-1j))
print(abs(float('-inf')), abs(float('nan')))
class V:
    def __abs__(self):
        return "absolute"
print(abs(V()))
for bad in ["x", [1], None]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(e)
try:
    abs(1, 2)
except TypeError as e:
    print(e)
