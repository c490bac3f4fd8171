# **kwargs preserves the call's keyword order, including merged mappings.
def f(**kw):
    return list(kw)
print(f(b=1, a=2, c=3))
print(f(**{"z": 1, "y": 2}, x=3))
print(f(m=1, **{"k": 2}, j=3, **{"i": 4}))
def g(a, **kw):
    return a, list(kw.items())
print(g(1, q=1, p=2), g(q=1, a=0, p=2))
class Ordered(dict):
    pass
print(f(**Ordered(second=2, first=1)))
def h(*args, sep=None, **kw):
    return args, sep, kw
print(h(1, 2, sep="-", end="!", flush=True))
d = {"a": 1}
def mutate(**kw):
    kw["b"] = 2
    return kw
print(mutate(**d), d)
