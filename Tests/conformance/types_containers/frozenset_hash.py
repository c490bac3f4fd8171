# frozenset: construction, immutability, hashing equal to equal sets, use as keys
f = frozenset([3, 1, 2])
g = frozenset({1, 2, 3})
print(f == g, hash(f) == hash(g), f is not g, hash(frozenset()) == hash(frozenset([])), hash(frozenset()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset("ab")) == hash(frozenset("ba")))
d = {f: "value"}
print(d[frozenset([1, 2, 3])], frozenset([1]) in {frozenset([1])}, {frozenset(): 0}[frozenset()])
print(sorted(f), len(f), 2 in f, f.copy() is f, type(f.copy()).__name__, sorted(f.union([9])), f.isdisjoint([5]))
print(frozenset(), frozenset([]) == set(), repr(frozenset([1])), frozenset(frozenset([5])), frozenset(f) is f)
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(f, name))
try:
    hash({1})
except TypeError as e:
    print("TypeError", e)
class FS(frozenset):
    pass
x = FS([1, 2])
print(type(x).__name__, x == frozenset([1, 2]), hash(x) == hash(frozenset([1, 2])), type(x | {3}).__name__, type(x.copy()).__name__)
print(hash(frozenset([-1])) != -1, hash(frozenset(range(100))) == hash(frozenset(reversed(range(100)))))
