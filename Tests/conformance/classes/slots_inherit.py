# __slots__ with inheritance, __dict__ in slots, and conflicts.
class Base:
    __slots__ = ('a',)
class Child(Base):
    __slots__ = ('b',)
c = Child()
c.a = 1
c.b = 2
print(c.a, c.b)
try:
    c.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__['b'], hasattr(w, '__dict__'))
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WithMethod:
    __slots__ = ('v',)
    def get(self): return self.v
m = WithMethod()
m.v = 'mv'
print(m.get())
try:
    WithMethod().get()
except AttributeError as e:
    print(type(e).__name__, e)
