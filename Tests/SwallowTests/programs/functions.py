def add(a, b=2, *args, c=3, **kw):
    return a + b + c + sum(args) + sum(kw.values())
print(add(1), add(1, 1), add(1, 1, 1, 1), add(1, c=0), add(1, d=10, e=5), add(*[1, 2, 3]), add(**{"a": 1, "b": 1}))
def greet(name, greeting="Hello"):
    """Docstring."""
    return f"{greeting}, {name}!"
print(greet("A"), greet("B", "Hi"), greet(greeting="Yo", name="C"), greet.__name__, greet.__doc__)
def posonly(a, b, /, c, *, d):
    return (a, b, c, d)
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
print(c())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
G = 1
def set_global():
    global G
    G = 42
set_global()
print(G)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)])
square = lambda v: v * v
print(square(7), (lambda: "noargs")(), sorted([(1, "b"), (0, "a")], key=lambda t: t[1]))
def gen(n):
    for i in range(n):
        yield i * 10
    return "done"
print(list(gen(3)))
g = gen(2)
print(next(g), next(g), next(g, "end"))
def delegate():
    r = yield from gen(2)
    yield r
print(list(delegate()))
def kwonly(*, a, b=5):
    return a, b
print(kwonly(a=1))
def varargs(*args, **kwargs):
    return args, kwargs
print(varargs(), varargs(1, 2, x=3))
def deco(f):
    def wrapper(*a, **k):
        return "<" + str(f(*a, **k)) + ">"
    return wrapper
@deco
def wrapped(x):
    return x * 2
print(wrapped(21))
def defaults_shared(x, acc=[]):
    acc.append(x)
    return acc
defaults_shared(1)
print(defaults_shared(2))
print(add.__defaults__, add.__kwdefaults__, (lambda: 0).__name__, outer.__qualname__, counter().__qualname__)
