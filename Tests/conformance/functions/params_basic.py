def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(a, /, b): return a+b
print(g(1, b=2))
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
h = outer(); h(); print(h())
def deco(fn):
    def w(*a, **k): return fn(*a, **k) * 2
    return w
@deco
def three(): return 3
print(three())
print((lambda x, y=1: x + y)(2))
try:
    f()
except TypeError as e:
    print(e)
