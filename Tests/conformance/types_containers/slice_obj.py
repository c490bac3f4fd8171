# slice objects: attributes, repr, indices(), equality and hashing
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), slice("a", [1], None), repr(slice(-1, None, -1)))
for sl in [slice(None), slice(1, 10, 2), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(5, 1, -1),
           slice(None, -2, 3), slice(20, 30), slice(-1, -10, -3)]:
    print(sl, sl.indices(10), sl.indices(0), sl.indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(0, 5, 2).indices(10**20))
for call in [lambda: slice(None, None, 0).indices(5), lambda: slice(1, 2).indices(-1), lambda: slice("a").indices(3),
             lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: hash(slice(1, 2)), lambda: slice(1).__setattr__("start", 5)]:
    try:
        print(call())
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print([1, 2, 3, 4][slice(None, None, -1)], "hello"[slice(1, 4)], (1, 2, 3)[slice(2)])
class I:
    def __index__(self):
        return 2
print([0, 1, 2, 3][I():], slice(I(), None).indices(5), "abcd"[:I()])
