# int and float subclasses: operators return the base type, methods and reprs still work
class MyInt(int):
    def extra(self):
        return "extra"
a = MyInt(5)
print(a, repr(a), a.extra(), type(a + 1).__name__, type(-a).__name__, type(abs(a)).__name__, type(a * 2).__name__)
print(a.bit_length(), a.to_bytes(1, 'big'), a.as_integer_ratio(), type(a.real).__name__, isinstance(a, int), a == 5, hash(a) == hash(5))
print(type(int(a)).__name__, type(+a).__name__, a.numerator, a.denominator, format(a, '03d'), f"{a:x}", str(a))
b = MyInt("ff", 16)
print(b, type(b).__name__, MyInt(), MyInt(7.9), MyInt(True))
class MyFloat(float):
    pass
f = MyFloat(2.5)
print(f, repr(f), type(f + 1).__name__, f.is_integer(), f.hex(), f.as_integer_ratio(), type(round(f)).__name__, MyFloat("1e3"))
class Loud(int):
    def __repr__(self):
        return f"Loud({int(self)})"
print(Loud(3), [Loud(4)], Loud(3) + Loud(4), sorted([Loud(3), Loud(1)]))
class WithNew(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)
print(WithNew(4), type(WithNew(4)).__name__)
