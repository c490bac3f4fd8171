# collections.defaultdict.
from collections import defaultdict

d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, d["a"], d.default_factory)
print(sorted(d.items()), len(d), "zz" in d)
d["missing"]
print(sorted(d), isinstance(d, dict))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
n = defaultdict()
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
print(n.default_factory)
n.default_factory = lambda: "made"
print(n["y"], dict(n))
c = counts.copy()
print(type(c).__name__, c.default_factory is int, c == counts)
print(defaultdict(set, {1: {2}}))
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError", e)
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], type(t["a"]).__name__)
print(d.get("nope"), "nope" in d, d.setdefault("q", [9]))
print(defaultdict(int, a=1) | {"b": 2})
