# f-strings: conversions, expressions, nested specs, the = debug form.
x, name, pi = 42, "swallow", 3.14159
print(f"{x} {name} {pi}")
print(f"{name!r} {name!s} {name!a} {'café'!a}")
print(f"{x + 1} {x * 2:>6} {[1, 2][0]} {name.upper()}")
print(f"{x=}")
print(f"{x = }")
print(f"{name=!s} {name=!r} {pi=:.2f} {x=:5d}|")
print(f"{x + 1=}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]")
print(f"[{pi:{'>'}{width}}]")
print(f"[{name:{'^'}{width + 2}}]")
print(f"{{literal braces}} {{{x}}}")
print(f"{'quote'} {'double' if False else 'single'}")
print(f"{3.0!r:>8}|")
d = {"key": "value"}
print(f"{d['key']} {d!r}")
print(f"multi {x} " f"concatenated {name}")
print(f"{'nested ' + f'{x}'}")
print(f"{x:{'x'}} {x:#{'o'}}")
obj = None
print(f"{obj} {obj!r} {True} {b'bytes'}")
print(f"{x!r:^10}|")
class Fmt:
    def __format__(self, spec):
        return f"<Fmt spec={spec!r}>"
print(f"{Fmt()} {Fmt():abc} {Fmt():{x}}")
print(f"{lambda_result}" if (lambda_result := 5) else "")
print(f"{(lambda: 7)()}")
print(f"{x:,} {1234567.891:,.2f} {1234567:_}")
