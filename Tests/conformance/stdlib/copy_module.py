# copy: shallow and deep copies, __copy__/__deepcopy__, cycles.
import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
class P:
    def __init__(self, v):
        self.v = v
        self.items = [v]
p = copy.deepcopy(P(3))
print(type(p).__name__, p.v, p.items)
class Custom:
    def __copy__(self):
        return "shallow!"
    def __deepcopy__(self, memo):
        return "deep!"
print(copy.copy(Custom()), copy.deepcopy(Custom()))
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
print(copy.copy({1, 2}), copy.deepcopy(frozenset({3})), copy.copy(5), copy.deepcopy("s"))
class Slotted:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 7
print(copy.copy(Slotted()).x)
