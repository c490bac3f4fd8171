# set operations with unhashable elements and bad arguments
s = {1, 2}
for call in [lambda: s.add([1]), lambda: s | {frozenset([1]): 1}.keys(), lambda: set([[1]]), lambda: frozenset([{}]),
             lambda: s.update([[1]]), lambda: s.issuperset([[]]), lambda: [] in s, lambda: s.remove([]),
             lambda: s.union([{}]), lambda: {[]}, lambda: s.intersection(None), lambda: set(1), lambda: set([1], [2])]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print({} in [{}], frozenset() in {frozenset()}, set() in [set()], s.update(x for x in range(3)), sorted(s))
print(s.difference_update(range(1)), s, s.intersection_update(), s, s.union(range(2), "a") == {0, 1, 2, "a"})
