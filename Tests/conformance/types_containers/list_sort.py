# list.sort and sorted: stability, key, reverse, errors, mutation during sort
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'c'), (2, 'x'), (1, 'c')]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
print(sorted(data, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
nums = [3, -1, 2.5, 10**20, -10**20, 0, True]
nums.sort(); print(nums)
nums.sort(key=abs); print(nums)
print(sorted("hello"), sorted([]), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted([[2, 1], [1, 2], [1]]))
l = list(range(20, 0, -1))
print(l.sort(), l[:5])
for call in [lambda: [1, "a"].sort(), lambda: [1, 2].sort(lambda x: x), lambda: sorted([1], cmp=None),
             lambda: [3, 1].sort(key=lambda x: 1 / 0), lambda: [1, None, 2].sort()]:
    try:
        print(call())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
a = [3, 2, 1]
try:
    a.sort(key=lambda x: (a.append(x), x)[1])
except ValueError as e:
    print("ValueError", e)
b = [5, 1, 4]
try:
    b.sort(key=lambda x: x if x != 4 else "s")
except TypeError as e:
    print("TypeError", e, b)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f"K({self.v})"
print(sorted([K(1), K(3), K(2)]))
print(sorted([1, 3, 2], key=None, reverse=False))
