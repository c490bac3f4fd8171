# TypeError messages about keyword arguments.
def f(a, b=2, *, c=3): pass
def g(a, /, b): pass
def h(x, y, /, z): pass
tests = [
    (f, (1,), {"a": 2}), (f, (1, 2), {"b": 3}), (f, (1,), {"zz": 1}), (f, (), {"c": 1}),
    (g, (), {"a": 1, "b": 2}), (h, (), {"x": 1, "y": 2, "z": 3}), (h, (1,), {"y": 2, "z": 3}),
    (g, (1,), {"b": 2, "q": 3}),
]
for fn, args, kw in tests:
    try:
        fn(*args, **kw)
        print(fn.__name__, "ok")
    except TypeError as e:
        print(type(e).__name__, e)
def k(**kw): return kw
try:
    k(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, **[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, **None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, **{"c": 1}, **{"c": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, c=1, **{"c": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    k(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def m(self, x): pass
try:
    C().m(1, x=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C().m(y=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(**{"sep": "-", "bogus": 1})
except TypeError as e:
    print(type(e).__name__, e)
