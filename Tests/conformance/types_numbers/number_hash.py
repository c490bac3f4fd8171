# hash values of numbers follow CPython's modular scheme
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**62, -2**61, 10**30, 0.5, 1.5, -0.5, 0.1, 1e300, 1e-300, 2.0**70,
        float('inf'), float('-inf'), 1 + 0j, 1j, 2.5 - 3j, True, False]
for v in vals:
    print(repr(v), hash(v))
print(hash(1.0) == hash(1), hash(2**100) == hash(float(2**100)), hash(-0.0) == 0)
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(("",)) == hash(("",)), hash((None,)) == hash((None,)))
print(hash(frozenset([1, 2, 3])), hash(frozenset([0])), hash(range(0)) == hash(range(5, 5)), hash(range(5)), hash(range(1, 10, 2)))
