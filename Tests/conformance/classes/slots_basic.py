# __slots__: no per-instance __dict__, slot descriptors, errors.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, '__dict__'), P.__slots__)
print(type(P.__dict__['x']).__name__)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(P.x.__get__(p) if hasattr(p, 'x') else 'no x', P.y.__get__(p))
P.y.__set__(p, 20)
print(p.y)
class Single:
    __slots__ = 'only'
s = Single()
s.only = 'yes'
print(s.only, Single.__slots__)
