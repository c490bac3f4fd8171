# aiter() and anext() over the async-iterator protocol with hand-written awaitables (no event loop).
class Ready:
    """An awaitable whose result is available at once."""
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return self.value
        yield
class Exhausted:
    """An awaitable that reports the end of async iteration."""
    def __await__(self):
        raise StopAsyncIteration
        yield
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    def __anext__(self):
        self.i += 1
        return Ready(self.i) if self.i <= self.n else Exhausted()
def run(awaitable):
    it = awaitable.__await__()
    try:
        next(it)
    except StopIteration as e:
        return e.value
    raise RuntimeError("suspended")
c = Counter(2)
print(aiter(c) is c)
print(run(anext(c)), run(anext(c)))
try:
    run(anext(c))
except StopAsyncIteration:
    print("StopAsyncIteration")
aw = anext(c, "fallback")
print(type(aw).__name__, run(aw))
print(run(anext(Counter(1), "unused")))
class NotIter:
    def __aiter__(self):
        return 5
for bad in (lambda: aiter(5), lambda: anext(5), lambda: aiter(NotIter()), lambda: aiter(), lambda: anext()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
