# format() with subclasses and __format__ inheritance; str()/repr() in specs.
class MyInt(int):
    pass
class MyFloat(float):
    pass
class FmtInt(int):
    def __format__(self, spec):
        return "FmtInt:" + spec
print(format(MyInt(255), "x"), format(MyFloat(2.5), ".3f"), format(FmtInt(3), "d"), f"{FmtInt(1):>5}")
print(format(MyInt(7)), format(MyFloat(1.0)), "{:05}".format(MyInt(42)))
class Base:
    def __format__(self, spec):
        return f"Base[{spec}]"
class Derived(Base):
    pass
print(format(Derived(), "q"), "{0:zz}".format(Derived()))
class StrOnly:
    def __str__(self):
        return "str-only"
print(format(StrOnly()), f"{StrOnly()}", "{}".format(StrOnly()))
try:
    format(StrOnly(), ">10")
except TypeError as e:
    print("TypeError", e)
print(format(12345.678, ",.1f"), format(-0.5, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(format(1e100, ".3g"), format(1.23456789e-10, "g"), format(123456789.0, "g"), format(0.0001, "g"))
print(format(float("nan"), "+.2f"), format(-float("inf"), "012f"))
print(format(10, "n"), format(1234567, "n"), format(1234.5, "n"))
print(format(3, "%"), format(0.125, ".1%"), format(2 ** 64, "_x"), format(-255, "#b"))
print(format("abc", "\u00e9^9"), format(5, "\u00e9>4"))
print(repr(format(0.1 + 0.2, ".17g")), repr(format(1 / 3, ".20f")))
print(format(True, "^6"), format(False, "x"), format(True, ".2f"))
