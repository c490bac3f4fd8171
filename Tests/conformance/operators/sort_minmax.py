# sorted, min and max use __lt__ (and the reflected __gt__).
class Item:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Item.calls += 1
        return self.v < o.v
    def __repr__(self): return f'Item({self.v})'
items = [Item(3), Item(1), Item(2)]
print(sorted(items), min(items), max(items), Item.calls > 0)
print(sorted(items, reverse=True))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'G({self.v})'
print(sorted([OnlyGt(2), OnlyGt(1)]))
class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(NoOrder(), NoOrder())
except TypeError as e:
    print(type(e).__name__, e)
a, b = Item(5), Item(5)
print(max(a, b) is a, min(a, b) is a)
