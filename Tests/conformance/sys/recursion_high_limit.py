# With a very high recursion limit, deep recursion works and runaway recursion still ends in
# RecursionError (never a crash), after which the program continues.
import sys
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(15000))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
class Chain:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return "C(" + repr(self.inner) + ")"
c = None
for _ in range(200):
    c = Chain(c)
print(len(repr(c)))
print(depth(100))
