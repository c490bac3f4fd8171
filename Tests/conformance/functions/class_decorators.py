# Class decorators and method decorators (property, staticmethod, classmethod).
def add_greet(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@add_greet
class A:
    pass
print(A().greet())
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class S:
    def __init__(self, v): self.v = v
print(S(1).v, S(2).v, S(1) is S(3))
order = []
def mark(tag):
    def d(cls):
        order.append(tag)
        cls.tags = getattr(cls, "tags", ()) + (tag,)
        return cls
    return d
@mark("first")
@mark("second")
class T:
    pass
print(order, T.tags)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @staticmethod
    def st(): return "static"
    @classmethod
    def cm(cls): return cls.__name__
p = P()
p.x = 5
print(p.x, P.st(), P.cm(), p.cm())
def with_repr(cls):
    fields = list(cls.__annotations__)
    def __repr__(self):
        return cls.__name__ + "(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in fields) + ")"
    cls.__repr__ = __repr__
    return cls
@with_repr
class DC:
    a: int
    b: str = "x"
    def __init__(self, a, b="x"):
        self.a, self.b = a, b
print(DC(1), DC(2, "y"))
