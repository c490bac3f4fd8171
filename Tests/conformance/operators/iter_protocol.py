# __iter__/__next__, the __getitem__ fallback and iteration errors.
class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)])
c = Count(2)
print(next(c), next(c), next(c, 'done'))
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return chr(97 + i)
print(list(Seq()), ''.join(Seq()))
it = iter(Seq())
print(type(it).__name__, next(it))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in BadIter(): pass
except TypeError as e:
    print(type(e).__name__, e)
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoneIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)
class StopVal:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('val')
print(list(StopVal()))
a, b, c = Count(3)
print(a, b, c)
try:
    a, b = Count(3)
except ValueError as e:
    print(type(e).__name__, e)
print(*Count(3))
print(dict.fromkeys(Count(2)))
