# type(name, bases, ns) builds classes like the class statement.
def init(self, v):
    self.v = v
Point = type('Point', (), {'__init__': init, 'kind': 'pt', 'double': lambda self: self.v * 2})
p = Point(4)
print(p.v, p.double(), Point.kind, Point.__name__, Point.__bases__)
Sub = type('Sub', (Point,), {})
print(Sub(3).double(), [c.__name__ for c in Sub.__mro__])
print(type(p) is Point, type(Point) is type)
try:
    type('X', 'notatuple', {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', ())
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
print(type(5).__name__, type(type).__name__)
E = type('E', (Exception,), {})
try:
    raise E('hi')
except E as e:
    print('caught', e)
