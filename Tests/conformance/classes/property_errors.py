# Read-only and write-only properties: CPython's error messages.
class C:
    @property
    def ro(self):
        return 1
    wo = property(None, lambda self, v: print('wo set', v))
    bare = property()
c = C()
print(c.ro)
try:
    c.ro = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__, e)
c.wo = 3
try:
    c.wo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.bare
except AttributeError as e:
    print(type(e).__name__, e)
class D:
    pass
D.late = property(lambda self: 'late')
print(D().late)
try:
    D().late = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Outer:
    class Inner:
        @property
        def v(self): return 1
try:
    Outer.Inner().v = 5
except AttributeError as e:
    print(type(e).__name__, e)
