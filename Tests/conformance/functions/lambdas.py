# Lambdas: defaults, varargs, nesting, immediate calls, names.
sq = lambda x: x * x
print(sq(4), sq.__name__, sq.__qualname__)
print((lambda: "no args")())
print((lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1, 2, 3, x=5))
add = lambda x: lambda y: x + y
print(add(2)(3))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
print(list(map(lambda x: x ** 2, range(4))))
print((lambda x: (yield x)) is not None)
def f():
    return lambda: 1
print(f().__qualname__)
class C:
    m = lambda self: "method via lambda"
print(C().m(), C.m.__qualname__)
print((lambda *, k: k)(k=7))
print((lambda a, /, b: a - b)(5, b=1))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (1, 0, -1)])
print(repr(lambda: 0).startswith("<function <lambda> at "))
