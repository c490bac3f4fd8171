# Default values are evaluated once, at definition time; mutable defaults are shared.
counter = [0]
def make_default():
    counter[0] += 1
    return counter[0]
def f(x=make_default()):
    return x
print(f(), f(), f(5), counter)
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe(1), safe(2))
v = 10
def late(x=v):
    return x
v = 20
print(late())
def kw(*, opt={}):
    opt.setdefault("n", 0)
    opt["n"] += 1
    return opt["n"]
print(kw(), kw(), kw(opt={}))
print(kw.__kwdefaults__)
def g(a, b=2, c=3): return a, b, c
g.__defaults__ = (20, 30)
print(g(1))
g.__defaults__ = None
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
