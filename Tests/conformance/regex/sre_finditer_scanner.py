# finditer and the scanner object: successive matches, empty matches, exhaustion.
from helper_sre import compile, show

p = compile(r"(\w)(\d)?")
it = p.finditer("a1 b c3")
print(type(it).__name__)
for m in it:
    print(show(m))
print(list(it))
print([m.span() for m in compile("x*").finditer("axxb")])
print([m.span() for m in compile(r"\w+", 0).finditer("ab cd ef", 2, 7)])
sc = compile(r"\d").scanner("12a3")
print(sc.pattern.pattern)
print(show(sc.match()), show(sc.match()), show(sc.match()), show(sc.match()), show(sc.search()))
sc = compile(r"\d").scanner("12a3")
print([show(sc.search()) for _ in range(5)])
sc = compile(r"a|").scanner("baa")
print([show(sc.search()) for _ in range(6)])
sc = compile(r"").scanner("ab")
print([show(sc.match()) for _ in range(3)])
sc = compile(r"\w").scanner("abcd", 1, 3)
print([show(sc.match()) for _ in range(4)])
