# iter() including the sentinel form, and next() with default.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
vals = iter([3, 2, 1, 0, 5])
cit = iter(lambda: next(vals), 0)
print(type(cit).__name__, list(cit))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(iter(Seq())))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i
print(list(It()), next(It()))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
def g():
    yield 1
    return "ret"
gi = g()
print(next(gi))
try:
    next(gi)
except StopIteration as e:
    print("StopIteration", e.value)
