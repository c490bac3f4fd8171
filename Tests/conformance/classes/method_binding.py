# What becomes a bound method: functions yes; builtins, callables and lambdas in instances no.
class Callable:
    def __call__(self, *a): return ('Callable', len(a))
class C:
    f = lambda self: 'lambda bound'
    b = len
    c = Callable()
    def g(self): return 'g'
o = C()
print(o.f(), o.b('abc'), o.c(), o.g())
o.h = lambda: 'instance function not bound'
print(o.h())
print(type(C.f).__name__, type(o.f).__name__, type(o.b).__name__)
def external(self, x): return ('external', type(self).__name__, x)
C.ext = external
print(o.ext(1))
m = o.g
print(m.__func__ is C.g, m.__self__ is o)
print(C.g(o), C.g.__name__)
try:
    C.g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    o.g(1)
except TypeError as e:
    print(type(e).__name__, e)
