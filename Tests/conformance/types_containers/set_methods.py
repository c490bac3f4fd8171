# every set method
s = {1, 2, 3}
s.add(4); s.add(1); print(sorted(s))
s.discard(10); s.discard(4); s.remove(3); print(sorted(s))
print(sorted(s.union([5], (6,))), sorted(s.intersection({1, 5}, [1])), sorted(s.difference([1])),
      sorted(s.symmetric_difference([2, 9])), sorted(s.union()), s.intersection() == s)
print(s.issubset([1, 2, 3]), s.issuperset([1]), s.isdisjoint([7]), s.issubset(s), s.issuperset(range(3)))
t = s.copy(); t.update([7], "ab"); print(sorted(t, key=str))
t.intersection_update([1, 7, "a"], [7, "a"]); print(sorted(t, key=str))
t.difference_update(["a"]); print(t)
t.symmetric_difference_update([7, 8]); print(t)
u = {1, 2, 3}; u.difference_update([1], [2]); print(u)
u.clear(); print(u, len(u))
p = {5}; print(p.pop(), p)
for call in [lambda: set().pop(), lambda: {1}.remove(5), lambda: {1}.add([]), lambda: {1}.union(5),
             lambda: {1}.issubset(5), lambda: set().add(), lambda: {1}.discard({2})]:
    try:
        print(call())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print({1}.discard(frozenset()), {frozenset({1})} == {frozenset([1])}, {1, 2}.__contains__(2), {1}.__len__())
print(set(), set("aab") == {"a", "b"}, set([1, 1, 2]), set(range(3)), set({1: 2}), {(1, 2)})
print([n for n in dir(set) if not n.startswith('_')])
print([n for n in dir(frozenset) if not n.startswith('_')])
