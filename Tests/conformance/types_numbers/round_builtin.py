# round(): ints with ndigits, floats with huge ndigits, types of results, __round__ protocol
print(round(15, -1), round(25, -1), round(-25, -1), round(123456, -3), round(2**70, -20), round(7, 10**30), round(7, -30))
print(round(0.5), round(-0.5), round(1.5), round(-2.5), round(2.675, 2), round(-2.675, 2), round(1e-320, 323))
print(round(123.456, 2), round(-123.456, 1), round(0.0005, 3), round(0.0015, 3), round(5e15 + 0.5), round(2.5, -1))
print(round(1.23456789e20, -15), round(9.995, 2), round(1.0000000000000002, 15), round(0.1 + 0.7, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, type(round(True)).__name__)
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3))
for bad in [("a",), (1.5, "x"), (None,)]:
    try:
        round(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    round(1e308, -308)
    print(round(1.7e308, -308))
except OverflowError as e:
    print("OverflowError", e)
