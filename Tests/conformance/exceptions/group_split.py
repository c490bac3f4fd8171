# split, subgroup and derive.
def r(x):
    return None if x is None else repr(x)

leaf1, leaf2, leaf3 = ValueError("v1"), TypeError("t"), ValueError("v2")
inner = ExceptionGroup("inner", [leaf2, leaf3])
eg = ExceptionGroup("outer", [leaf1, inner])

m, rest = eg.split(ValueError)
print(r(m))
print(r(rest))
print(m.exceptions[0] is leaf1, m.exceptions[1].exceptions[0] is leaf3)

m, rest = eg.split((TypeError, KeyError))
print(r(m), "|", r(rest))
m, rest = eg.split(Exception)
print(m is eg, rest)
m, rest = eg.split(KeyError)
print(m, rest is eg)
m, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == "v2")
print(r(m), "|", r(rest))
# the predicate also sees groups
seen = []
eg.split(lambda e: seen.append(type(e).__name__) or False)
print(seen)
m, rest = eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")
print(r(m), "|", r(rest))

print(r(eg.subgroup(TypeError)))
print(r(eg.subgroup(lambda e: False)))
print(eg.subgroup(BaseException) is eg)

for bad in [3, "s", (ValueError, 3), int]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError", e)

# metadata copied onto the parts
eg = ExceptionGroup("meta", [ValueError(1), TypeError(2)])
eg.__cause__ = KeyError("cause")
eg.__context__ = IndexError("ctx")
eg.add_note("a note")
try:
    raise eg
except ExceptionGroup:
    pass
m, rest = eg.split(ValueError)
for part in (m, rest):
    print(repr(part), repr(part.__cause__), repr(part.__context__), part.__notes__,
          part.__traceback__ is eg.__traceback__, part.__notes__ is eg.__notes__)

# derive is used to build the parts
class Custom(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        obj = super().__new__(cls, message, excs)
        obj.extra = extra
        return obj
    def derive(self, excs):
        print("derive called with", excs)
        return Custom(self.message + "+", excs, self.extra)
c = Custom("c", [ValueError(1), TypeError(2)], "xtra")
m, rest = c.split(ValueError)
print(type(m).__name__, m.message, m.extra, type(rest).__name__, rest.message)
print(repr(ExceptionGroup("d", [ValueError()]).derive([KeyError()])))
plain = MyDerived = None
class NoDerive(ExceptionGroup):
    pass
m, rest = NoDerive("nd", [ValueError(), TypeError()]).split(ValueError)
print(type(m).__name__, type(rest).__name__)
