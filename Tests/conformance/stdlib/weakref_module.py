# weakref: ref, proxy, WeakValueDictionary, WeakSet basics (no collection timing).
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
a = Obj("a")
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a), type(r).__name__)
print(hash(r) == hash(a), r == weakref.ref(a))
p = weakref.proxy(a)
print(p.name, repr(p.name), type(p).__name__)
p.name = "renamed"
print(a.name)
for value in [1, "s", (1,), [1], {}]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError", e)
d = weakref.WeakValueDictionary()
d["k"] = a
print(d["k"], "k" in d, len(d), list(d.keys()))
ws = weakref.WeakSet([a])
print(a in ws, len(ws))
wk = weakref.WeakKeyDictionary()
wk[a] = 1
print(wk[a], len(wk))
class Meth:
    def m(self):
        return "called"
inst = Meth()
wm = weakref.WeakMethod(inst.m)
print(wm()(), type(wm).__name__)
print(weakref.ref(Obj) () is Obj, callable(r))
