# Chained comparisons evaluate each operand once and short-circuit.
log = []
def v(x):
    log.append(x)
    return x

print(v(1) < v(2) < v(3), log)
log.clear()
print(v(1) < v(3) < v(2), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) == v(1) != v(2) is not None, log)
log.clear()
print(1 < 2 > 0 <= 0 >= 0 == 0, 1 in [1] in [[1]], "a" not in "bc" in "abc")

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n} < {other.n}")
        return Partial(self.n < other.n)
class Partial:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("bool called", self.b)
        return self.b
r = Loud(1) < Loud(2) < Loud(3)
print(type(r).__name__, r.b)
r = Loud(1) < Loud(2)
print(type(r).__name__)

x = 5
print(0 < x < 10, 0 < x > 10, (0 < x) < 10)
print(1 < 2 and 2 < 3, not 1 < 2 < 3)
try:
    print(1 < "a" < 3)
except TypeError as e:
    print("TypeError", e)
print([] == [] is not None)
