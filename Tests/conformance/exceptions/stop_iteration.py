# StopIteration's value and how iteration protocols use it.
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print("exhausted", repr(e), e.value, e.args)

def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value", repr(e.value), e.args)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n
print(list(Countdown(3)))
print(next(iter([]), "default"))
e = StopIteration()
print(e.value, repr(e))
e.value = 9
print(e.value, e.args)
print(issubclass(StopIteration, Exception), issubclass(StopAsyncIteration, Exception))
