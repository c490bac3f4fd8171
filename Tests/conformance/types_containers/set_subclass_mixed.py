# set/frozenset subclasses and mixed operations
class S(set):
    pass
class F(frozenset):
    pass
s, f = S([1, 2, 3]), F([2, 3, 4])
for r in [s | f, f | s, s & f, f - s, s ^ f, s.union(f), f.union(s), s.copy(), f.copy(), s.intersection([2])]:
    print(type(r).__name__, sorted(r))
print(s == {1, 2, 3}, f == frozenset({2, 3, 4}), s <= {1, 2, 3, 4}, f > {2}, {2} < f, hash(f) == hash(frozenset({2, 3, 4})))
print(repr(S()), repr(F()), repr(S([1])), repr(F([1])), set(f) == f, frozenset(s) == s)
s |= {9}; print(type(s).__name__, sorted(s))
g = frozenset([1]); g -= {1}; print(g, type(g).__name__)
print({1, 2} == [1, 2], {1, 2}.__eq__([1, 2]), {frozenset(): 1}[frozenset()], {1: 'a'}.keys() == {1}, {1}.issubset({1: 2}))
