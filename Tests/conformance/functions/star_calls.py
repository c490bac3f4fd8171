# Calls with *iterables and **mappings in every combination.
def f(a, b, c=3, *args, d=4, **kw):
    return (a, b, c, args, d, kw)
print(f(*[1, 2]))
print(f(*(1,), 2, *[3, 4], 5))
print(f(1, *range(2, 6)))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2, "d": 5, "z": 6}))
print(f(*[1, 2], **{"c": 9}))
print(f(*"ab", *"cd", **{"x": 1}, **{"y": 2}))
print(f(1, 2, e=1, **{"g": 2}, d=0))
print(f(*iter([1, 2, 3])))
def gen():
    yield 10
    yield 20
print(f(*gen()))
class M:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(f(**M()))
class D(dict):
    pass
print(f(**D([("b", 1), ("a", 2)])))
print(f(*(), **{}, a=1, b=2))
def only_kw(**kw): return sorted(kw)
print(only_kw(**{"x": 1}, **{"y": 2}))
print((lambda *a, **k: (a, k))(*[1], **{"q": 2}))
