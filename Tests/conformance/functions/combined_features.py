# Function features working together: memoizing decorator, callable objects, closures, currying, positional-only forwarding.
import sys
def memoize(fn):
    cache = {}
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        wrapper.misses += 1 if key not in wrapper.seen else 0
        wrapper.seen.add(key)
        return cache[key]
    wrapper.misses = 0
    wrapper.seen = set()
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.misses, fib.__name__, fib.__wrapped__.__name__)
class Counter:
    instances = 0
    def __init__(self, start=0, *, step=1):
        type(self).instances += 1
        self.value, self.step = start, step
    def __call__(self, times=1):
        for _ in range(times):
            self.value += self.step
        return self.value
    @classmethod
    def make_many(cls, n, **kw):
        return [cls(i, **kw) for i in range(n)]
cs = Counter.make_many(3, step=2)
print([c(2) for c in cs], Counter.instances)
def make_accumulators():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def reset():
        nonlocal total
        old, total = total, 0
        return old
    return add, reset
add, reset = make_accumulators()
print([add(i) for i in range(5)], reset(), add(1))
def apply(f, /, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(dict, a=1, f=2), apply(max, 3, 9, key=lambda v: -v))
def curry(f, *fixed):
    return lambda *more: f(*fixed, *more)
print(curry(lambda a, b, c: a * 100 + b * 10 + c, 1, 2)(3))
gen_fns = [(lambda k: (lambda: k))(k) for k in "abc"]
print([g() for g in gen_fns])
def kwonly_default(*, when=sys.maxsize > 2**32):
    return when
print(kwonly_default())
class Tree:
    def __init__(self, *children): self.children = children
    def depth(self): return 1 + max((c.depth() for c in self.children), default=0)
    def count(self): return 1 + sum(c.count() for c in self.children)
t = Tree(Tree(Tree(), Tree(Tree())), Tree())
print(t.depth(), t.count())
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: (-p[1], p[0])))
print(list(map(lambda *xs: sum(xs), [1, 2], [3, 4], [5, 6])))
print(any(map(str.isdigit, "ab1")), all(isinstance(x, int) for x in (1, True)))
