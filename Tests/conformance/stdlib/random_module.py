# random.Random is a Python subclass of the C type _random.Random: seeding, the generator's
# state, the Python-level methods built on random() and getrandbits(), and further subclasses.
import random
import _random

print(random.Random.__mro__[1] is _random.Random, issubclass(random.Random, _random.Random))
r = random.Random(12345)
print([round(r.random(), 12) for _ in range(3)])
print(r.randint(1, 6), r.randrange(0, 100, 5), r.choice("abcdef"), r.getrandbits(40))
items = list(range(10))
r.shuffle(items)
print(items, r.sample(range(100), 5))
print(round(r.uniform(2, 3), 12), round(r.gauss(0, 1), 12), round(r.expovariate(2), 12))

state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print("state round trip:", first == [r.random() for _ in range(3)])
r.seed("text seed")
a = r.random()
r.seed("text seed")
print("string seed repeatable:", a == r.random())
print("instance dict:", sorted(vars(r)))

random.seed(7)
print("module functions:", random.randint(0, 1000), round(random.random(), 12))

class Fixed(random.Random):
    """random() overridden in Python: the methods built on it see the override."""
    def random(self):
        return 0.25

f = Fixed(1)
print("override:", f.random(), f.choice([10, 20, 30, 40]), f.uniform(0, 8))

class Counting(_random.Random):
    def __init__(self, seed, label):
        super().__init__(seed)
        self.label = label
        self.calls = 0
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)

c = Counting(99, "counter")
print("direct subclass:", c.label, c.getrandbits(16) >= 0, c.calls, type(c.random()).__name__)
try:
    _random.Random(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    random.Random().seed([1, 2])
except TypeError as e:
    print("TypeError:", e)

# SystemRandom and tempfile (which uses random.Random) import and work.
import tempfile
name = tempfile.mktemp(prefix="swallow-", dir="/nonexistent")
print("tempfile name:", name.startswith("/nonexistent/swallow-"), len(name) > len("/nonexistent/swallow-"))
print("SystemRandom:", isinstance(random.SystemRandom(), random.Random), 0 <= random.SystemRandom().random() < 1)
