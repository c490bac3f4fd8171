# every dict method
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
d.update({"x": 0}); d.update([("y", 1)], z=2); d.update(w=3); d.update(); print(d)
print(d.copy() == d, d.copy() is not d, sorted(d), len(d), "a" in d, "q" not in d)
print(d.popitem(), d.popitem(), d)
d.clear(); print(d, len(d))
for call in [lambda: {}.popitem(), lambda: {}.pop("k"), lambda: {}["missing"], lambda: {}.get(), lambda: {}.update(1),
             lambda: {}.update([(1, 2, 3)]), lambda: {}.update(["ab", "c"]), lambda: {}.setdefault(), lambda: {[]: 1},
             lambda: {}.pop(), lambda: {}.get([]), lambda: {"a": 1}.__getitem__(("t",))]:
    try:
        print(call())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError", e, e.args)
try:
    del {}["k"]
except KeyError as e:
    print("KeyError", e)
print(dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip("ab", range(2))), dict(), dict({}.items()))
e = {1: "one"}; e[1.0] = "float one"; e[True] = "bool"; print(e)
print({}.__len__(), {1: 2}.__contains__(1), {1: 2}.__getitem__(1), dict.__name__, {"k": "v"}.__repr__())
print([n for n in dir(dict) if not n.startswith('_')])
