# keys/values/items views: live updates, reprs, membership, reversed, len, set operations
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d["d"] = 4
print(list(k), list(v), list(i), "d" in k, 4 in v, ("d", 4) in i, ("d", 5) in i, ["d", 4] in i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed(d)))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}), k == {"a", "b", "c", "d"})
print(sorted(i & {("a", 1)}), sorted(i - {("a", 1), ("b", 2)}), i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(k <= {"a", "b", "c", "d", "e"}, k < {"a"}, k.isdisjoint({"x"}), k.isdisjoint(["a"]), {"a"} < k, sorted({"q"} | k))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(i)).__name__)
print(v == v, v == d.values(), bool({}.keys()), bool(k))
m = k.mapping; print(type(m).__name__, m["a"], sorted(m))
for call in [lambda: k[0], lambda: v | {1}, lambda: hash(k), lambda: k & 5]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
del d["a"]
print(k, v, i)
