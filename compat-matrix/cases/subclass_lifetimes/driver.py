import sublife
import weakref

Vec = sublife.Vec
Tag = sublife.Tag
VS = sublife.VEC_SIZE
TS = sublife.TAG_SIZE

def check(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

# The base type itself.
v = Vec(1, 2)
print("base", repr(v), v.x, v.y, len(v), v(10), v.norm1())
print("base layout", [n - VS if i == 0 else n for i, n in enumerate(sublife.layout(v))])
check("base has no __dict__", lambda: hasattr(v, "__dict__"))
check("base attribute", lambda: hasattr(v, "z"))

# A Python subclass: layout, __init__ chain through super(), instance dict.
class Point(Vec):
    def __init__(self, x, y, label="p"):
        super().__init__(x, y)
        self.label = label
    def describe(self):
        return self.label + ":" + repr(self)

p = Point(3, 4, label="P")
print("sub", type(p).__name__, p.x, p.y, p.label, p.describe(), p.norm1())
print("sub layout", [n - VS if i == 0 else n for i, n in enumerate(sublife.layout(p))])
print("sub dict", sorted(p.__dict__.items()))
p.extra = [1, 2]
print("sub attrs", p.extra, sorted(p.__dict__))
print("isinstance", isinstance(p, Vec), sublife.is_vec(p), sublife.is_vec(v), type(p).__mro__[1].__name__)
print("inits", sublife.counts()[0])

# Methods of the base return instances of the subclass when they allocate with Py_TYPE(self).
s = p.scaled(2)
print("scaled", type(s).__name__, s.x, s.y, repr(s))
check("scaled label", lambda: s.label)
q = p + Point(1, 1)
print("add", type(q).__name__, q.x, q.y)

# Python overrides reached by C code calling the type's slots.
class Fancy(Vec):
    def __repr__(self):
        return "Fancy<" + str(self.x) + "," + str(self.y) + ">"
    def __add__(self, other):
        return "fancy add " + str(other.x)
    def __call__(self, k):
        return "fancy call " + str(k)
    def __len__(self):
        return 42
    def __eq__(self, other):
        return "fancy eq"
    def __hash__(self):
        return 7
    def __init__(self, *args):
        self.seen = args
        super().__init__(*args)

f = Fancy(5, 6)
print("fancy repr", repr(f), sublife.slot_repr(f), sublife.slot_repr(v))
print("fancy add", f + v, sublife.slot_add(f, v), sublife.slot_add(v, v))
print("fancy call", f(2), sublife.slot_call(f, (3,)), sublife.slot_call(v, (3,)))
print("fancy len", len(f), sublife.slot_len(f), sublife.slot_len(v))
print("fancy eq", f == v, sublife.slot_eq(f, v), sublife.slot_hash(f), hash(f))
print("fancy seen", f.seen, f.x)
sublife.slot_init(f, (8, 9))
print("tp_init from C", f.seen, f.x, f.y)
sublife.slot_init(p, (10, 20))
print("tp_init of plain sub", p.x, p.y, p.label)
print("method via C", sublife.generic_call(p, "describe"))

# A subclass without its own __init__ runs the base's tp_init; bad arguments fail there.
class Quiet(Vec):
    pass
check("quiet", lambda: repr(Quiet(7)))
check("quiet bad", lambda: Quiet("a"))
check("quiet kw", lambda: repr(Quiet(y=3)))

# __new__ across the boundary.
class Made(Vec):
    def __new__(cls, *args):
        self = super().__new__(cls)
        self.made = True
        return self
m = Made(1, 1)
print("made", m.made, m.x, m.y, type(m).__name__)
check("new not a type", lambda: Vec.__new__(5))
check("new not a subtype", lambda: Vec.__new__(Tag))
raw = Vec.__new__(Point)
print("raw new", type(raw).__name__, raw.x, raw.y)

# The base's tp_dealloc runs for subclass instances, when the last reference goes.
before = sublife.counts()[1]
del raw
print("dealloc after del", sublife.counts()[1] - before)
tmp = Point(0, 0)
tmp.cycle_free = "yes"
before = sublife.counts()[1]
tmp = None
print("dealloc after rebind", sublife.counts()[1] - before)

# An instance held only by C keeps its attributes.
h = Point(1, 1, label="held")
h.note = "kept"
sublife.hold(h)
del h
back = sublife.get_held()
print("held by C", back.label, back.note, back.x, sorted(back.__dict__))
del back
before = sublife.counts()[1]
sublife.hold(None)
print("dealloc after C lets go", sublife.counts()[1] - before)

# Weak references to C instances, with callbacks, from Python and from C.
events = []
w1 = Vec(1, 1)
r1 = weakref.ref(w1, lambda r: events.append("vec died"))
print("weakref", r1() is w1, weakref.getweakrefcount(w1))
del w1
print("after del", r1(), events)
w2 = Point(2, 2, "weak")
r2 = weakref.ref(w2, lambda r: events.append("point died"))
pr = weakref.proxy(w2)
print("proxy", pr.label, pr.x)
del w2
print("after del sub", r2(), events)
check("dead proxy", lambda: pr.x)
w3 = Vec(3, 3)
cr = sublife.c_weakref(w3, lambda r: events.append("c ref callback"))
print("c ref", type(cr).__name__, sublife.c_deref(cr) is w3)
del w3
print("c ref dead", sublife.c_deref(cr), events[-1])
w4 = Vec(4, 4)
cp = sublife.c_weakproxy(w4)
print("c proxy", cp.x, type(cp).__name__)
print("not a ref", sublife.c_deref(5))
check("weakref to Tag", lambda: weakref.ref(Tag("t")))

# A C object held by C outlives its runtime references; the weak reference stays alive.
w5 = Vec(5, 5)
r5 = weakref.ref(w5)
sublife.hold(w5)
del w5
print("held weak", repr(r5()))
sublife.hold(None)
print("released weak", r5())

# Subclasses of a heap type (PyType_FromSpec) without tp_init.
class Label(Tag):
    def __init__(self, name, size=1):
        self.size = size
    def shout(self):
        return self.upper() + "!" * self.size
t = Label("hey", size=3)
print("heap sub", t.name, t.shout(), sublife.layout(t)[0] - TS, sublife.layout(t)[2:])
check("heap sub bad", lambda: Label(5))
weak_t = weakref.ref(t)
before = sublife.counts()[2]
del t
print("heap sub dealloc", sublife.counts()[2] - before, weak_t())

# Deeper hierarchies and mixins.
class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__
class Deep(Mixin, Point):
    pass
d = Deep(6, 7, label="deep")
print("deep", d.hello(), d.describe(), sublife.layout(d)[0] - VS, sublife.is_vec(d))
before = sublife.counts()[1]
del d
print("deep dealloc", sublife.counts()[1] - before)

# __del__ of a Python subclass sees the object whole, before the base's tp_dealloc.
class Noted(Vec):
    def __del__(self):
        print("del Noted", self.x, self.y, self.tag, sublife.counts()[1] - before)
n = Noted(1, 2)
n.tag = "t"
before = sublife.counts()[1]
del n
print("after __del__", sublife.counts()[1] - before)
n2 = Noted(3, 4)
n2.tag = "rebound"
before = sublife.counts()[1]
n2 = None
print("after rebind __del__", sublife.counts()[1] - before)
