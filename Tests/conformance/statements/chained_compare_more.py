# Comparisons: identity vs equality, membership, custom rich comparisons, NotImplemented.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"eq {self.v} {getattr(other, 'v', other)}")
        return isinstance(other, V) and self.v == other.v
    def __lt__(self, other):
        print(f"lt {self.v} {other.v}")
        return self.v < other.v
    __hash__ = None
print(V(1) == V(1) == V(2))
print(V(1) < V(2) < V(3) < V(0))
print(V(3) > V(2))
a = [1]
b = [1]
print(a == b, a is b, a is not b, not a is b)
print(1 in [1, 2] not in [[1]], 3 not in {1: 2})
class NoCmp:
    pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print("TypeError", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError", e)
print(NoCmp() == NoCmp(), NoCmp() != NoCmp())
class AlwaysNI:
    def __eq__(self, o):
        return NotImplemented
x = AlwaysNI()
print(x == x, x == AlwaysNI(), x != x)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n])
print((1, 2) < (1, 3) <= (1, 3) < (2,), "a" < "b" < "c", [1, 2] < [1, 2, 0])
print(1 == 1.0 == True, 0 == False == 0.0 == -0.0)
