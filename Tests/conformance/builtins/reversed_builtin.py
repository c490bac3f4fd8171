# reversed(): sequences, __reversed__, __len__/__getitem__ fallback and errors.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(5))))
print(list(reversed(range(0, 10, 3))), list(reversed({"a": 1, "b": 2})))
class R:
    def __reversed__(self):
        return iter(["custom", "reverse"])
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 100
print(list(reversed(Seq())))
r = reversed([1, 2])
print(type(r).__name__, iter(r) is r, next(r), next(r), next(r, "end"))
for bad in (5, {1, 2}, iter([1])):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed()
except TypeError as e:
    print(type(e).__name__, e)
