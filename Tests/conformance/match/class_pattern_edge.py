# Class patterns: __instancecheck__, attribute errors, inherited and overridden __match_args__.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return isinstance(obj, int)
class IntLike(metaclass=Meta):
    pass
match 5:
    case IntLike():
        print("matched through __instancecheck__")

class Lazy:
    __match_args__ = ("a", "b")
    @property
    def a(self):
        return "A"
    @property
    def b(self):
        raise AttributeError("no b")
match Lazy():
    case Lazy(x, y):
        print("no")
    case Lazy(x):
        print("AttributeError means no match; a =", x)

class Failing:
    __match_args__ = ("boom",)
    @property
    def boom(self):
        raise RuntimeError("boom")
try:
    match Failing():
        case Failing(_):
            pass
except RuntimeError as e:
    print("other errors propagate:", e)

class Base:
    __match_args__ = ("x",)
    def __init__(self):
        self.x, self.y = 1, 2
class Child(Base):
    __match_args__ = ("y",)
match Child():
    case Child(v):
        print("child uses its own __match_args__", v)
match Child():
    case Base(v):
        print("matching against Base uses Base's", v)

class Empty:
    __match_args__ = ()
try:
    match Empty():
        case Empty(1):
            pass
except TypeError as e:
    print("TypeError", e)

# the class expression can be a dotted name
class NS:
    class Inner:
        __match_args__ = ("q",)
        q = "quux"
match NS.Inner():
    case NS.Inner(q):
        print("dotted class", q)

# keyword patterns check attributes in order and stop at the first failure
class Rec:
    def __getattr__(self, name):
        print("getattr", name)
        if name == "stop":
            raise AttributeError(name)
        return name
match Rec():
    case Rec(a="a", stop=_, never=_):
        print("no")
    case _:
        print("stopped at the missing attribute")
