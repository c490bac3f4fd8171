# Weak reference callbacks fire when the referent dies, in CPython's order, with the dead
# reference as argument; the reference then reads None and loses its callback.
import weakref

class Thing:
    def __init__(self, name):
        self.name = name

events = []

def make_cb(label):
    def cb(ref):
        events.append((label, ref() is None))
    return cb

t = Thing("a")
r1 = weakref.ref(t, make_cb("first"))
r2 = weakref.ref(t, make_cb("second"))
plain = weakref.ref(t)
print("shared plain ref:", weakref.ref(t) is plain)
print("callback refs distinct:", r1 is not r2)
print("count:", weakref.getweakrefcount(t))
print("callback attr set:", r1.__callback__ is not None, plain.__callback__)
del t
print("events after del:", events)
print("dead refs:", r1(), r2(), plain())
print("callbacks cleared:", r1.__callback__, r2.__callback__)

# A reference that dies before its referent never calls back.
events.clear()
u = Thing("u")
r3 = weakref.ref(u, make_cb("gone"))
del r3
del u
print("dropped ref callback:", events)

# Callback order: refs with callbacks newest first, after the shared ref and proxy.
order = []
v = Thing("v")
refs = [weakref.ref(v, lambda r, i=i: order.append(i)) for i in range(4)]
base = weakref.ref(v)
px = weakref.proxy(v, lambda p: order.append("proxy"))
print("getweakrefs kinds:", [type(x).__name__ for x in weakref.getweakrefs(v)])
v = None
print("order:", order)

# Rebinding a name and replacing a container slot also end lives.
hits = []
w = Thing("w")
rw = weakref.ref(w, lambda r: hits.append("w"))
w = Thing("w2")
print("rebind:", hits)
box = [Thing("in list")]
rb = weakref.ref(box[0], lambda r: hits.append("list"))
box[0] = None
print("list slot:", hits)
d = {"k": Thing("in dict")}
rd = weakref.ref(d["k"], lambda r: hits.append("dict"))
del d["k"]
print("dict slot:", hits)

# Subclasses of ref carry their own state and still call back.
class NamedRef(weakref.ref):
    def __init__(self, ob, callback=None, label=""):
        super().__init__(ob, callback)
        self.label = label

x = Thing("x")
nr = NamedRef(x, lambda r: hits.append("named " + r.label), label="X")
print("subclass:", type(nr).__name__, nr.label, nr() is x)
del x
print("subclass callback:", hits[-1])

# Functions and bound-method targets.
def f():
    pass
rf = weakref.ref(f, lambda r: hits.append("function"))
del f
print("function:", hits[-1])

# Exceptions in callbacks are reported and do not propagate.
def bad(ref):
    raise ValueError("callback failed")
y = Thing("y")
ry = weakref.ref(y, bad)
del y
print("after failing callback")
