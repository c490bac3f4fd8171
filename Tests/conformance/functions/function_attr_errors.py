# Assigning function attributes checks types; __code__ can be swapped; duplicate parameters are errors.
def f(a, b=1, *, k=2):
    return a, b, k
for name, value in [("__defaults__", 5), ("__kwdefaults__", 5), ("__annotations__", 5), ("__code__", 5),
                    ("__name__", None), ("__qualname__", 1)]:
    try:
        setattr(f, name, value)
        print(name, "accepted")
    except TypeError as e:
        print(name, type(e).__name__, e)
f.__defaults__ = (10,)
print(f(1), f.__defaults__)
f.__defaults__ = None
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
f.__kwdefaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, y=5):
    return ("g", x, y)
f.__code__ = g.__code__
f.__defaults__ = (7,)
print(f(1), f.__name__)
def outer():
    v = 1
    def inner():
        return v
    return inner
try:
    g.__code__ = outer().__code__
except ValueError as e:
    print(type(e).__name__, e)
for src in ["def h(a, a): pass", "def h(a, *, a): pass", "lambda q, q: 0", "def h(a, **a): pass"]:
    try:
        compile(src, "<dup>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
def k(a=0, **kw):
    return a, kw
for call in (lambda: k(**{"a": 1}, a=2), lambda: k(**{"b": 1}, b=2), lambda: k(x=1, **{"y": 2}, z=3)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
