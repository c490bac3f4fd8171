# tuple ordering, equality with nested and mixed elements, hashing consistency
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1,), (1, 0)), ((), ()), ((1, "a"), (1, "b")), ((1, 2.0), (1, 2)),
         ((float('nan'),), (float('nan'),)), (((1, 2), 3), ((1, 2), 4))]
for a, b in pairs:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b)
n = float('nan'); t = (n,)
print(t == t, (n,) == (n,), [n] == [n], n in (n,), (1, 2) in {(1, 2): 0}, {(1, (2, 3)): "x"}[(1, (2, 3))])
print(hash((1, 2, 3)), hash((-1,)), hash(((), ())), hash((1.5, -2)), hash((True, 0.0)) == hash((1, 0)))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError", e)
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min((3, 2), (3, 1, 0)), sorted([(2, 1), (1, 2), (1, 1, 1)]))
