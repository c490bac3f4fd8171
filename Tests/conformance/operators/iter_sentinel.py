# iter(callable, sentinel) and next() with defaults on custom iterators.
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
class Once:
    def __init__(self): self.done = False
    def __iter__(self): return self
    def __next__(self):
        if self.done: raise StopIteration
        self.done = True
        return 'once'
o = Once()
print(next(o), next(o, 'default'))
try:
    next(o)
except StopIteration as e:
    print(type(e).__name__, repr(e.args))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip(Once(), 'ab')), list(enumerate(Once())))
