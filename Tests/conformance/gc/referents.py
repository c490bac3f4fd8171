# gc.get_referents over the builtin containers (in CPython's traversal order), functions and
# instances; gc.is_tracked for containers and atoms.
import gc

a, b, c = object(), object(), object()
print("list:", [x is y for x, y in zip(gc.get_referents([a, b, c]), [c, b, a])])
print("tuple:", [x is y for x, y in zip(gc.get_referents((a, b)), [b, a])])
print("str-key dict:", [x is a for x in gc.get_referents({"k": a})])
mixed = gc.get_referents({1: a, "s": b})
print("mixed dict:", len(mixed), mixed[0] is a, mixed[1], mixed[2] is b, mixed[3])
print("several:", len(gc.get_referents([a], (b,))), gc.get_referents(), gc.get_referents(1, "text", 2.5))

class Thing:
    pass
t = Thing()
t.attr = a
refs = gc.get_referents(t)
print("instance sees its class:", Thing in refs)
print("instance sees its attribute:", any(r is a for r in refs) or any(type(r) is dict and r.get("attr") is a for r in refs))

def outer():
    x = [1]
    def inner():
        return x
    return inner
fn = outer()
frefs = gc.get_referents(fn)
print("function globals:", any(r is globals() for r in frefs))

print("tracked:", gc.is_tracked([]), gc.is_tracked({"k": []}), gc.is_tracked(t), gc.is_tracked(Thing))
print("not tracked:", gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None))
