# Positional-only (/) and keyword-only (*) parameters.
def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(*, x, y):
    return x, y
print(h(y=1, x=2))
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(x=1)
except TypeError as e:
    print(type(e).__name__, e)
def p(a, b=2, /):
    return a, b
print(p(1), p(1, 3))
try:
    p(1, b=3)
except TypeError as e:
    print(type(e).__name__, e)
def q(a, /, b, *args, c, **kw):
    return a, b, args, c, kw
print(q(1, 2, 3, 4, c=5, d=6), q(1, b=2, c=3))
print(q.__code__.co_posonlyargcount, q.__code__.co_argcount, q.__code__.co_kwonlyargcount)
