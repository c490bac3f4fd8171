# set operators, in-place operators, comparisons, and mixing set/frozenset
a, b = {1, 2, 3}, {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a < b, {1} < a, a <= a, a > {1}, a >= b, a == {3, 2, 1})
f = frozenset([1, 2])
print(type(f | a).__name__, type(a | f).__name__, type(f & a).__name__, type(a - f).__name__, f == {1, 2}, f < a, {1, 2} == f)
c = {1, 2}; c |= {3}; c &= {2, 3, 4}; c -= {9}; c ^= {2, 10}; print(sorted(c))
g = frozenset([1]); h = g; g |= {2}; print(sorted(g), sorted(h), g is h, type(g).__name__)
for call in [lambda: a | [1], lambda: a & "x", lambda: a < [1], lambda: a + b, lambda: a - None, lambda: a * 2]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
d = {1}
try:
    d |= [2]
except TypeError as e:
    print("TypeError", e)
print(set() == frozenset(), {1, 2} != {2, 1}, sorted({1, 2} ^ frozenset({2, 3})), {1.0, 1, True})
print(sorted({"b", "a"} | {"c"}), sorted(x for x in {"q", "r"}), {"a"}.__or__({"b"}) == {"a", "b"}, a.__and__(5))
