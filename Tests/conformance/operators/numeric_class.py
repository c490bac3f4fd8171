# A numeric class interoperating with int and float.
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f'Money({self.cents})'
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.cents + o.cents)
        if isinstance(o, int): return Money(self.cents + o)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, o):
        if isinstance(o, (int, float)): return Money(round(self.cents * o))
        return NotImplemented
    def __rmul__(self, o): return self * o
    def __truediv__(self, o):
        if isinstance(o, Money): return self.cents / o.cents
        return Money(self.cents // o)
    def __neg__(self): return Money(-self.cents)
    def __abs__(self): return Money(abs(self.cents))
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __hash__(self): return hash(self.cents)
    def __bool__(self): return self.cents != 0
    def __int__(self): return self.cents
    def __float__(self): return self.cents / 100
print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5), sum([Money(1), Money(2)]))
print(Money(10) * 1.5, 2 * Money(3), Money(9) / Money(3), Money(9) / 2)
print(-Money(4), abs(Money(-4)), bool(Money(0)), int(Money(42)), float(Money(250)))
print(Money(1) == Money(1), Money(1) != Money(2), Money(1) < Money(2), Money(3) > Money(2))
print(len({Money(1), Money(1)}), sorted([Money(3), Money(1)]))
try:
    Money(1) + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' * Money(1)
except TypeError as e:
    print(type(e).__name__, e)
m = Money(1)
m += 5
print(m)
m *= 3
print(m)
