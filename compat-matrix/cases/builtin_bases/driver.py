import bbases

def check(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def freed(i, fn):
    before = bbases.counts()[i]
    fn()
    return bbases.counts()[i] - before

# object as an explicit base.
p = bbases.Plain(5)
print("plain", p.extra, bbases.info(p), type(p).__mro__[-1].__name__)
p.extra = 7
print("plain set", p.extra)
check("plain bad", lambda: bbases.Plain("x"))
print("plain freed", freed(0, lambda: bbases.Plain(1)))

# Exception.
e = bbases.CodedError("boom", 42)
print("exc", e.args, e.code, str(e), repr(e), bbases.info(e), isinstance(e, Exception))
try:
    raise bbases.CodedError("raised", 7)
except Exception as caught:
    print("caught", type(caught).__name__, caught.code, caught.args)
class MoreError(bbases.CodedError):
    pass
check("sub exc", lambda: (MoreError("m", 3).code, MoreError("m", 3).args))
print("exc freed", freed(1, lambda: bbases.CodedError("x", 1)))

# list.
l = bbases.CountedList([1, 2])
l.append(3)
l.append(4)
print("list", list(l), len(l), l.appends(), l[1], bbases.info(l), isinstance(l, list))
l.extend([5])
print("list extend", list(l), l.appends(), sorted(l, reverse=True)[:2])
print("list freed", freed(2, lambda: bbases.CountedList([9])))

# dict.
d = bbases.DefaultingDict(a=1)
d["b"] = 2
print("dict", sorted(d.items()), d.get_or("a"), d.get_or("zz"), bbases.info(d), isinstance(d, dict))
d.set_fallback("none here")
print("dict fallback", d.get_or("q"), len(d), "a" in d)
print("dict freed", freed(3, lambda: bbases.DefaultingDict()))

# int.
f = bbases.Flag(12)
print("int", f, f + 1, f.describe(), bbases.info(f)[:4], isinstance(f, int), type(f).__name__)
print("int freed", freed(4, lambda: bbases.Flag(3)))

# Held by C alone after the runtime lets go: contents and C fields survive; dealloc runs when C
# lets go.
d2 = bbases.DefaultingDict(x=1)
d2.set_fallback("kept")
bbases.hold(d2)
del d2
print("held dict", bbases.counts()[3], sorted(bbases.get_held().items()), bbases.get_held().get_or("nope"))
before = bbases.counts()[3]
bbases.hold(None)
print("released dict", bbases.counts()[3] - before)
l2 = bbases.CountedList([7])
l2.append(8)
bbases.hold(l2)
del l2
print("held list", list(bbases.get_held()), bbases.get_held().appends())
bbases.hold(None)
e2 = bbases.CodedError("held", 5)
bbases.hold(e2)
del e2
print("held exc", bbases.get_held().args, bbases.get_held().code)
bbases.hold(None)

# Made and filled in C, kept by C, handed out later.
bbases.make_held_dict()
got = bbases.get_held()
print("made in C", sorted(got.items()), got.get_or("missing"), type(got).__name__)
bbases.hold(None)
before = bbases.counts()[3]
del got
print("made in C freed", bbases.counts()[3] - before)

# Python subclasses of the C types.
class Tally(bbases.CountedList):
    def total(self):
        return sum(self)
t = Tally([1, 2])
t.append(10)
t.note = "py attr"
print("py sub list", list(t), t.total(), t.appends(), t.note, bbases.info(t)[1])
print("py sub list freed", freed(2, lambda: Tally([1])))
class Config(bbases.DefaultingDict):
    def __missing__(self, key):
        return "missing " + key
c = Config(a=1)
c.set_fallback(0)
print("py sub dict", c["a"], c["b"], c.get_or("zz"), sorted(c))
print("py sub dict freed", freed(3, lambda: Config()))
class Fatal(bbases.CodedError):
    def __str__(self):
        return "fatal " + str(self.code)
try:
    raise Fatal("bad", 9)
except bbases.CodedError as err:
    print("py sub exc", str(err), err.code, err.args, type(err).__name__)
print("py sub exc freed", freed(1, lambda: Fatal("x", 1)))

# Cycles through the dict's contents and through its C field are collected.
import gc
gc.disable()
cyc = bbases.DefaultingDict()
cyc["me"] = cyc
before = bbases.counts()[3]
del cyc
print("dict cycle before collect", bbases.counts()[3] - before)
gc.collect()
print("dict cycle collected", bbases.counts()[3] - before)
cyc = bbases.DefaultingDict()
cyc.set_fallback([cyc])
before = bbases.counts()[3]
del cyc
gc.collect()
print("field cycle collected", bbases.counts()[3] - before)
kept = bbases.DefaultingDict()
kept["me"] = kept
gc.collect()
print("reachable kept", kept["me"] is kept)
gc.enable()
