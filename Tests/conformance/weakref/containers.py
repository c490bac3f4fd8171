# WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize forget dead objects.
import weakref

class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Item(%d)" % self.n

items = [Item(i) for i in range(6)]
wvd = weakref.WeakValueDictionary()
for it in items:
    wvd["k%d" % it.n] = it
print("values:", len(wvd), sorted(wvd))
del items[0:2]
print("after del:", len(wvd), sorted(wvd))
print("get dead:", wvd.get("k0"), "k1" in wvd, wvd["k4"])
try:
    wvd["k1"]
except KeyError as e:
    print("KeyError", e)

wkd = weakref.WeakKeyDictionary()
keys = [Item(i) for i in range(4)]
for k in keys:
    wkd[k] = k.n * 10
print("keys:", len(wkd), sorted(wkd.values()))
keys.pop(0)
keys.pop()
print("after pop:", len(wkd), sorted(wkd.values()))

ws = weakref.WeakSet()
members = [Item(i) for i in range(5)]
for m in members:
    ws.add(m)
print("set:", len(ws))
members = members[:2]
print("set after shrink:", len(ws), sorted(m.n for m in ws))

# finalize: runs once, when the object dies, with its arguments; detach and peek.
log = []
a = Item(100)
fa = weakref.finalize(a, log.append, "a finalized")
print("alive:", fa.alive, fa.peek()[0] is a)
del a
print("log:", log, "alive:", fa.alive, fa())
b = Item(200)
fb = weakref.finalize(b, log.append, "b finalized")
print("detach:", fb.detach()[0] is b, fb.alive)
del b
print("log after detached:", log)
c = Item(300)
fc = weakref.finalize(c, lambda: log.append("called early"))
fc()
print("early call:", log[-1], fc.alive)
del c
print("log final:", log)

# A proxy raises ReferenceError once its referent is gone.
p_obj = Item(7)
p = weakref.proxy(p_obj)
print("proxy attr:", p.n)
del p_obj
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
