# dict subclasses: __missing__, overridden __setitem__ not used by update, copy type, repr
class D(dict):
    def __missing__(self, k):
        return f"<{k}>"
d = D(a=1)
print(d["a"], d["b"], d.get("b"), type(d.copy()).__name__, d, repr(d), len(d), "b" in d)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["x"] = 1
u.update(y=2)
u.setdefault("z", 3)
print(sorted(u.items()))
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().keys(), reverse=True))
o = Ordered(b=1, a=2, c=3)
print(list(o), list(o.keys()), dict(o), {**o})
print(D.fromkeys("ab", 0), type(D.fromkeys("ab")).__name__, D(x=1) == {"x": 1}, D() | {"q": 1}, type(D() | {"q": 1}).__name__)
