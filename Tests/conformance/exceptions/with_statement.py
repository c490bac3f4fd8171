# with statements: __enter__/__exit__ protocol, exceptions passed to __exit__, suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, repr(v), tb is not None)
        return self.suppress

with CM("a") as x:
    print("body", x)

with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after suppression")

try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

with CM("outer") as o, CM("inner") as i:
    print("both", o, i)

with (CM("p1") as p, CM("p2")):
    print("parenthesised", p)

with (
    CM("q1"),
    CM("q2") as q,
):
    print("multi-line", q)

try:
    with CM("s1", suppress=True), CM("s2"):
        raise IndexError("inner raises")
    print("suppressed by outer")
except IndexError:
    print("not suppressed")

# __exit__ raising replaces the exception
class Raising:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Raising():
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))

# truthy non-bool return suppresses
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return 1
with Truthy() as t:
    raise ValueError
print("truthy suppressed, target", t)

# objects without the protocol
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        pass
for obj in [NoEnter(), NoExit(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError", e)
    except AttributeError as e:
        print("AttributeError", e)

# target unpacking and attributes
class Holder:
    pass
h = Holder()
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (a, b):
    print(a, b)
with Pair() as h.attr:
    print(h.attr)

# enter/exit looked up on the type
class CMType:
    def __enter__(self):
        return "type enter"
    def __exit__(self, *a):
        return False
c = CMType()
c.__enter__ = lambda: "instance enter"
with c as v:
    print(v)

# break/continue/return inside with run __exit__
def f():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1:
                return i
print("returned", f())
