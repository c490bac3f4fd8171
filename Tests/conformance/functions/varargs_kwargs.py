# *args and **kwargs collection: types, ordering, and combinations.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1, b=2), f(1, x=2))
print(type(f()[0]).__name__, type(f()[1]).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(a, **kw):
    return a, list(kw.items())
print(h(1, z=1, y=2, x=3))
print(h(a=0, b=1))
def k(**kw):
    kw["added"] = True
    return kw
d = {"x": 1}
r = k(**d)
print(r, d, r is d)
def m(*args):
    return args
t = (1, 2)
print(m(*t) == t, m(*t) is t or "copy-or-same ok")
