# More __slots__: properties over slots, class-level access, vars(), defaults via __init__.
class P:
    __slots__ = ('_x', 'y')
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 10
p = P(1)
p.x = 2
print(p.x, p._x)
print(P._x, P.y.__name__ if hasattr(P.y, '__name__') else 'no name')
print(repr(P.y))
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(p) if not n.startswith('__')))
class Weak:
    __slots__ = ('a', '__weakref__')
w = Weak()
w.a = 1
print(w.a)
try:
    P.y.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadSlots:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
class ListSlots:
    __slots__ = ['p', 'q']
ls = ListSlots()
ls.q = 'q'
print(ls.q, ListSlots.__slots__)
