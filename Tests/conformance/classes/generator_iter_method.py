# __iter__ written as a generator; iterating the same object twice.
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def __len__(self):
        return sum(1 for _ in self)
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), list(t), len(t), 3 in t, max(t))
class Pairs:
    def __init__(self, d): self.d = d
    def __iter__(self):
        for k in sorted(self.d):
            yield k, self.d[k]
print(dict(Pairs({'b': 2, 'a': 1})), list(Pairs({'x': 0})))
it = iter(t)
print(type(it).__name__, next(it), next(it))
