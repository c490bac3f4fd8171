# Assorted generator behaviours: nested delegation results, lambdas, walrus in genexpr, thrown instances.
import sys
# 1 throw into generator suspended in a nested yield from, with StopIteration conversions
def a():
    try:
        yield 1
    except ValueError:
        return "a-ret"
def b():
    r = yield from a()
    print("b got", r)
    return r
def c():
    r = yield from b()
    print("c got", r)
    yield "c-end"
g = c(); next(g); print(g.throw(ValueError))
# 2 gi_yieldfrom chain
g = c(); next(g); print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
# 3 genexpr repr via qualname in nested func
def outer():
    return (i for i in range(2))
print(outer().__qualname__)
# 4 generator in class body
class K:
    g = (i for i in range(3))
print(list(K.g))
# 5 generator with default args and kwargs
def kw(a, *args, b=2, **kw):
    yield a, args, b, kw
print(next(kw(1, 2, 3, b=4, c=5)))
# 6 throw with exception instance having traceback
def gg():
    yield
try:
    raise KeyError("x")
except KeyError as e:
    err = e
g = gg(); next(g)
try:
    g.throw(err)
except KeyError as e2:
    print(e2 is err)
# 7 StopIteration thrown into generator which catches it
def h():
    try:
        yield
    except StopIteration as e:
        yield ("caught SI", e.args)
g = h(); next(g); print(g.throw(StopIteration(3)))
# 8 sys.exc_info inside generator resumed with throw
def ex():
    try:
        yield
    except Exception:
        print(sys.exc_info()[1])
        yield
g = ex(); next(g); g.throw(OSError("os")); print(sys.exc_info())
# 9 close on generator inside its own finally? 
# 10 yield from with send to a generator not started
def sub():
    x = yield "sub-start"
    print("sub got", x)
    return x
def d():
    return (yield from sub())
g = d(); print(next(g)); 
try: g.send("val")
except StopIteration as e: print("ret", e.value)
# 11 generator returning from inside with+try
# 12 lambda generator
lg = lambda: (yield 5)
g = lg(); print(next(g)); 
try: g.send(7)
except StopIteration as e: print("lambda ret", e.value)
# 13 genexpr with walrus
print(list((y := i * 2) for i in range(3)), y)
# 14 generator frame locals after exception
def fl():
    x = 1
    yield
    raise ValueError
g = fl(); next(g)
try: next(g)
except ValueError: print(g.gi_frame)
