# collections.abc: isinstance checks and mixin methods.
from collections import abc

for value in [[], (), {}, set(), "", b"", range(3), iter([]), (x for x in []), len, 5]:
    print(type(value).__name__, [name for name in ["Iterable", "Iterator", "Sized", "Container", "Sequence",
          "MutableSequence", "Mapping", "MutableMapping", "Set", "Hashable", "Callable", "Generator"]
          if isinstance(value, getattr(abc, name))])

class Bag(abc.MutableSet):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

b = Bag([1, 2, 3])
print(sorted(b | {4}), sorted(b & {2, 3, 9}), b <= {1, 2, 3, 4}, b.isdisjoint({7}))
b -= {1}
print(sorted(b), len(b))
try:
    abc.Sequence()
except TypeError as e:
    print("TypeError", e)
class Seq(abc.Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
s = Seq()
print(list(s), s.index(20), s.count(10), 20 in s, list(reversed(s)))
