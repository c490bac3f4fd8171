# list subclasses: methods, slicing returns list, sort and repr
class L(list):
    def total(self):
        return sum(self)
l = L([3, 1, 2])
l.append(5); l.sort(); l.extend([0])
print(l, repr(l), type(l).__name__, l.total(), type(l[1:]).__name__, type(l + [1]).__name__, type(l * 2).__name__, len(l))
print(l == [1, 2, 3, 5, 0], l.index(5), l.count(1), l.pop(), sorted(l, reverse=True), l.copy(), type(l.copy()).__name__)
class Tracked(list):
    def append(self, x):
        super().append(x * 10)
t = Tracked()
t.append(1); t += [2]; t.extend([3])
print(t)
class Getter(list):
    def __getitem__(self, i):
        return ("got", super().__getitem__(i))
g = Getter([7, 8])
print(g[0], g[1], list(g), g[0:1])
