# The = debug form keeps the expression text and whitespace; repr by default, str with a spec.
x, name, f = 42, "text", 2.5
print(f"{x=}", f"{x = }", f"{x= }", f"{x =}")
print(f"{name=}", f"{name=!s}", f"{name=:>8}", f"{name=!r:^10}|")
print(f"{f=:.3f}", f"{f*2=}", f"{f + x = :e}")
print(f"{[x, name]=}", f"{ {'k': x}['k'] = }")
print(f"{(x, x)=}")
items = [1, 2, 3]
print(f"{len(items)=} {items[1:]=} {sum(i for i in items)=}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return f"P-format[{spec}]"
p = P()
print(f"{p=}", f"{p=!s}", f"{p=:spec}", f"{p}", f"{p!r}")
print(f"""{
    x
    =}""".replace("\n", "\\n"))
