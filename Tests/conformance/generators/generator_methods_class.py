# Generator methods and __iter__ implemented as a generator.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        for x in self:
            if x % 2 == 0:
                yield x
    @classmethod
    def make(cls, *starts):
        for s in starts:
            yield cls(s)
    @staticmethod
    def const(v, times):
        for _ in range(times):
            yield v

c = Countdown(5)
print(list(c), list(c))
print(list(c.evens()))
print([list(x) for x in Countdown.make(1, 2, 3)])
print(list(Countdown.const("z", 3)))
it = iter(c)
print(type(it).__name__, it.__qualname__)
print(3 in Countdown(5), 9 in Countdown(5))
a, b, *rest = Countdown(6)
print(a, b, rest)
