# Bound method objects: __self__, __func__, equality, hashing and calling.
class C:
    def m(self, x=0):
        return ('m', x)
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
c = C()
b = c.m
print(b.__self__ is c, b.__func__ is C.m, b(), b(5))
print(c.m == c.m, c.m is c.m, c.m != c.m)
d = C()
print(c.m == d.m)
print(hash(c.m) == hash(c.m))
print(type(b).__name__, b.__name__, b.__qualname__)
print(C.m(c, 1))
f = C.__dict__['m'].__get__(c, C)
print(f == b, f())
class D:
    def m(self): return 'D.m'
print(c.m == D().m)
print(b.__func__.__get__(d)() )
try:
    b.__self__ = 1
except AttributeError as e:
    print(type(e).__name__)
c.m = lambda: 'instance attr'
print(c.m())
