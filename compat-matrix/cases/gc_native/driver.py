import gc
import weakref
import gcnative

Link = gcnative.Link
Box = gcnative.Box
gc.disable()
gc.collect()

def deallocs():
    return gcnative.counts()[0]

def step(label, expect_found=None, clears=True):
    # Exact counts where only C objects are involved; mixed cycles count Python-side objects
    # (instance dicts...) that differ between implementations, and which member of a mixed
    # cycle is cleared first is an implementation detail.
    before = gcnative.counts()
    found = gc.collect()
    after = gcnative.counts()
    shown = found if expect_found is None else (found >= expect_found)
    print(label, "collected:", shown, "link deallocs:", after[0] - before[0],
          "clears:", after[1] - before[1] if clears else "-", "box deallocs:", after[2] - before[2])

print("tracked:", gc.is_tracked(Link()), gcnative.is_tracked(Link()), gcnative.is_tracked(gcnative.manual_link(1)))

# Two C objects referring to each other, then dropped: only the collector frees them.
a = Link(1)
b = Link(2)
a.ref = b
b.ref = a
before = deallocs()
del a, b
print("after del:", deallocs() - before)
step("pair")

# A C object referring to itself; one made with PyObject_GC_New.
s = gcnative.manual_link(3)
s.ref = s
del s
step("self")

# A ring built and dropped entirely in C.
gcnative.c_ring(5)
step("c ring")

# Reachable cycles survive, intact.
x = Link(10)
y = Link(11)
x.ref = y
y.ref = x
step("reachable")
print("still linked:", x.ref.ref is x, repr(x.ref))
del x, y
step("now dropped")

# Cycles mixing Python objects and C objects.
class Holder:
    pass
h = Holder()
n = Link(20)
n.ref = h
h.link = n
del h, n
step("python-c", 2, clears=False)

n = Link(21)
n.ref = [n, "x"]
del n
step("through list", 2, clears=False)

n = Link(22)
n.ref = {"me": n}
del n
step("through dict", 2, clears=False)

m = Link(23)
t = (m, 1)
m.ref = t
del m, t
step("through tuple", 2, clears=False)

# The collector reaches C objects held by Python containers of a cycle.
l1 = Link(30)
outer = [l1]
outer.append(outer)
l1.ref = Link(31)
del l1, outer
step("list cycle holding links", 1, clears=False)

# A Python subclass of the C type, in a cycle through its __dict__.
class Sub(Link):
    pass
sub = Sub(40)
sub.me = sub
del sub
step("subclass dict cycle", clears=False)
sub = Sub(41)
sub.ref = sub
sub.extra = [sub]
del sub
step("subclass both ways", clears=False)

# Weak references to collected objects go dead and call back.
events = []
w1 = Link(50)
w2 = Link(51)
w1.ref = w2
w2.ref = w1
r = weakref.ref(w1, lambda ref: events.append("w1 gone"))
del w1, w2
print("before collect:", r() is None, events)
step("weak")
print("after collect:", r(), events)

# Heap type visiting its type; a box holding itself through its list.
bx = Box()
bx.put(bx)
bx.put(Link(60))
print("box size:", bx.size(), gcnative.is_tracked(bx))
del bx
step("box", 2, clears=False)

# An untracked object is not examined: its cycle stays until it is tracked again.
u = Link(70)
u.ref = u
gcnative.untrack(u)
print("untracked:", gcnative.is_tracked(u), gc.is_tracked(u))
ur = weakref.ref(u)
del u
step("untracked")
gcnative.track(ur())
step("tracked again")

# get_referents sees through tp_traverse.
g = Link(80)
target = Holder()
g.ref = target
print("referents:", gc.get_referents(g) == [target], gc.get_referents(Link()) == [])
bb = Box()
refs = gc.get_referents(bb)
print("box referents:", len(refs), Box in refs, [] in refs)

# PyGC_Collect from C.
c = Link(90)
c.ref = c
del c
print("PyGC_Collect:", gcnative.c_collect())
print("final:", gc.collect())
