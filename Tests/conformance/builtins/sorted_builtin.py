# sorted(): key, reverse, stability, mixed types error, argument errors.
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: 0, 1: 0}))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([1, 2, 3], reverse=True), sorted([], reverse=True))
orig = [3, 2, 1]
res = sorted(orig)
print(orig, res, res is not orig)
print(sorted(x % 3 for x in range(7)))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K({self.v})"
print(sorted([K(2), K(1), K(3)]))
