# functools: lru_cache, cache, cached_property, singledispatch.
import functools

calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().misses)
class C:
    def __init__(self):
        self.count = 0
    @functools.cached_property
    def value(self):
        self.count += 1
        return 42
c = C()
print(c.value, c.value, c.count, "value" in c.__dict__)
@functools.singledispatch
def describe(x):
    return "object"
@describe.register(int)
def _(x):
    return "int"
@describe.register(list)
def _(x):
    return "list"
print(describe(1), describe([1]), describe("s"), describe(True))
