# | and |= on dicts, dict.fromkeys, and equality/ordering rules
a, b = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy(); c |= b; print(c)
c |= [("w", 0)]; print(c)
for call in [lambda: a | [("q", 1)], lambda: a | None, lambda: a < b]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(dict.fromkeys("abc"), dict.fromkeys(["a", "b"], 0), dict.fromkeys([]), dict.fromkeys(range(3), []))
f = dict.fromkeys("xy", []); f["x"].append(1); print(f)
class D(dict):
    pass
g = D.fromkeys("ab", 1); print(type(g).__name__, g)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} != {1: 1}, {1: 2} == [(1, 2)])
print(list({"b": 1, "a": 2}.items()) != list({"a": 2, "b": 1}.items()))
try:
    dict.fromkeys(5)
except TypeError as e:
    print("TypeError", e)
