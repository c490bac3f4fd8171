# TypeError messages about positional arguments: too many, missing.
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b, c=1): pass
def f4(a, b=1, *, k): pass
def f5(a, b, c, d=0): pass
tests = [
    (f0, (1,), {}), (f0, (1, 2), {}), (f1, (), {}), (f1, (1, 2), {}), (f2, (), {}), (f2, (1,), {}),
    (f2, (1, 2, 3), {}), (f3, (1, 2, 3, 4), {}), (f3, (), {}), (f4, (1, 2, 3), {"k": 1}),
    (f4, (1, 2, 3), {}), (f4, (1,), {}), (f5, (), {}), (f5, (1,), {}), (f5, (1, 2, 3, 4, 5), {}),
    (f4, (1, 2, 3, 4), {"k": 1}),
]
for fn, args, kw in tests:
    try:
        fn(*args, **kw)
        print(fn.__name__, "ok")
    except TypeError as e:
        print(type(e).__name__, e)
class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
for call in (lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(), lambda: C.s(), lambda: C.c(1, 2)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def outer():
    def inner(a): pass
    return inner
try:
    outer()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
