# items views with unhashable values, views after mutation, view equality rules
d = {"a": [1], "b": [2]}
i = d.items()
print(("a", [1]) in i, ("a", [2]) in i, len(i), list(i))
try:
    i & {("a", 1)}
except TypeError as e:
    print("TypeError", e)
k = d.keys()
print(k == {"a", "b"}, k == ["a", "b"], k != {"a"}, {"a", "b"} == k, k == d.keys(), d.values() == d.values())
d["c"] = [3]
print(sorted(k), len(k), "c" in k, sorted(k - {"a"}), sorted({"x"} | k), sorted(k & ["c", "z"]))
e = {}
print(list(e.keys()), list(e.items()), e.keys() == set(), bool(e.items()), len(e.values()))
print(sorted({1: 2, 3: 4}.items() | {(5, 6)}), {1: 2}.items() == {(1, 2)}, {1: 2}.items() <= {(1, 2), (3, 4)})
print(repr({}.keys()), repr({1: 'x'}.values()), repr({(1, 2): None}.items()))
