# len() on builtin containers, __len__ results and errors.
print(len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(0, 10, 3)), len(""))
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(5)), len(L(True)))
for n in (-1, "3", 2**70, 1.5):
    try:
        len(L(n))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in (5, None, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
