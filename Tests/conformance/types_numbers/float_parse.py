# float(str) accepted and rejected forms
good = ["1", "1.", ".5", "-.5", "+1.5", "1e5", "1E-5", "1.5e+3", "  2.5\n", "1_000.5", "1_0e1_0", "0.000_1",
        "inf", "-inf", "+Infinity", "iNfInItY", "nan", "-nan", "00012", "1e400", "-1e400", "1e-400",
        "\u3000 3.0 \u2003", "١٢٣.٥", "0e0", "-0", "4.9e-324", "2.4703282292062328e-324", "9007199254740993",
        "1.7976931348623158e308", "0.1000000000000000055511151231257827"]
for s in good:
    print(repr(s), repr(float(s)))
bad = ["", " ", "1..5", "1e", "e5", "1_", "_1", "1__0", "1.5.", "0x10", "infinit", "nanx", "1 5", "--1", "+-1",
       "1e5.5", ".", "1_.5", "1._5", "i n f", "abc"]
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
print(float(b"1.5"), float(bytearray(b" 2 ")), float(10), float(True), float(2**1023))
for o in [None, [1], "1" * 0, 2**1024, complex(1)]:
    try:
        print(float(o))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class A:
    def __float__(self):
        return 2.5
class B:
    def __index__(self):
        return 7
class C:
    def __float__(self):
        return 1
print(float(A()), float(B()))
try:
    float(C())
except TypeError as e:
    print("TypeError", e)
print(float(), float(x=1) if False else 0.0)
