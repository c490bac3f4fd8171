# collections.namedtuple.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], len(p), p._fields, Point.__name__, Point.__module__)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(9), P3._field_defaults)
R = namedtuple("R", "class def ok", rename=True)
print(R._fields)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
class Vec(namedtuple("Vec", "dx dy")):
    __slots__ = ()
    def length2(self):
        return self.dx ** 2 + self.dy ** 2
print(Vec(3, 4).length2(), Vec(3, 4))
print(Point.x.__doc__, Point.__doc__)
