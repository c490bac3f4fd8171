# str.format: positional, keyword, index, attribute fields, conversions and errors.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {d[key]} {d[0]}".format([10, 20], d={"key": "v", 0: "zero"}))
class P:
    x = 1
    y = [5, 6]
print("{p.x} {p.y[1]} {0.x}".format(P(), p=P()))
print("{!r} {!s} {!a}".format("s", "s", "\u00e9"))
print("{:>8} {:<8}| {:^8}|".format("r", "l", "c"))
print("{0:{1}} {0:{w}.{p}f}".format(3.14159, 10, w=12, p=2))
print("{{}} {{{}}}".format(7))
print("{0!r:>10}|".format("x"))
print("{:,} {:_} {:08.3f} {:+d} {:#x}".format(1234567, 7654321, 3.14159, 5, 255))
print("{}".format({"a": 1}), "{}".format((1, 2)), "{}".format(None))
print("{a}{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{x} {y}".format_map(D(x=1)))

errors = [
    ("{} {}", (1,), {}),
    ("{0} {}", (1, 2), {}),
    ("{} {0}", (1, 2), {}),
    ("{x}", (), {}),
    ("{1}", (1,), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0!x}", (1,), {}),
    ("{0.missing}", (1,), {}),
    ("{0[5]}", ([1],), {}),
    ("{0[k]}", ({},), {}),
    ("{:d}", ("s",), {}),
    ("{0!}", (1,), {}),
    ("{:{}{}}", (1, 2, 3), {}),
    ("{0:{1:{2}}}", (1, 2, 3), {}),
]
for fmt, a, k in errors:
    try:
        print(repr(fmt), fmt.format(*a, **k))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
