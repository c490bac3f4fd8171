# dict() construction forms and update() sources, with their errors
class KeysOnly:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print(dict(KeysOnly()), dict([("x", 1), ["y", 2], "zw"]), dict(((1, 2),), one=1), dict(zip([1, 2], "ab")))
d = {}
d.update(KeysOnly()); d.update([(1, 1)]); d.update({2: 2}, k=3); d.update(iter([("i", 0)]))
print(d)
for call in [lambda: dict([1]), lambda: dict([(1,)]), lambda: dict([(1, 2, 3)]), lambda: dict(1), lambda: dict([], []),
             lambda: {}.update([1]), lambda: {}.update(["abc"]), lambda: dict(None)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict(a=1, **{"b": 2}), {**{"a": 1}, "a": 2}, dict({"a": 1}, a=3), dict.fromkeys(x for x in "ab"))
