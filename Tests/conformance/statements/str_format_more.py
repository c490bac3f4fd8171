# str.format with attribute/index chains, nested fields and objects.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return f"({self.x:{spec}}, {self.y:{spec}})"
p = Point(1.5, -2)
print("{0} {0:.2f} {0:polar} {p.x} {p.y:+d}".format(p, p=p))
print("{0[0][1]} {0[1][key]} {1.real} {1.imag}".format([[1, 2], {"key": "v"}], 3 + 4j))
print("{:>{w}} {:<{w}}|".format("r", "l", w=5))
print("{0:{fill}{align}{width}}".format("x", fill="-", align="^", width=7))
print("{!r:>8} {!s:<4}|".format("q", 1))
print("{a[0]}{a[1]}{b}".format(a="xy", b=3))
print("{0}{1}{0}".format("ab", "-"))
print("no fields".format(1, 2, k=3))
print("{0!a} {0!r}".format("\u00e9\n"))
print("{:,.2f} {:_b} {:#o} {:e}".format(1234567.891, 10, 8, 12345))
print("{.__class__.__name__}".format(1.5))
print("{0[-1]}".format({"-1": "string key"}))
print("{0[10]}".format({10: "int key"}))
print("{:%}".format(0.5), "{:.0%}".format(1))
print("{x}".format(**{"x": "from dict"}), "{0}".format(*["from list"]))
errors = ["{0[}", "{0.}", "{0[0]x}", "{:{:{:{}}}}", "{a.b.c}", "{!r}", "{0:}}", "{0!rx}"]
for fmt in errors:
    try:
        print(repr(fmt), repr(fmt.format([1], a=1)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
