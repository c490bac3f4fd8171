# iterating ranges, membership of non-ints, reversed and indexing with __index__
class I:
    def __index__(self):
        return 3
r = range(I())
print(list(r), range(I(), 10, I()), list(range(10)[I():]), range(10)[I()], I() in range(5), 3 in range(I(), 4))
print(list(range(5, -5, -3)), list(reversed(range(5, -5, -3))), list(range(0, -10)), list(reversed(range(0))))
print(True in range(2), 1.0 in range(2), 1.5 in range(2), "1" in range(2), range(3).count(True), range(3).index(True))
it = iter(range(3))
print(next(it), list(it), list(it), type(reversed(range(3))).__name__)
print(sum(range(10**5)), len(range(-10**9, 10**9, 7)), range(10**6)[-1], range(0, 100, 7)[5:9])
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))), sorted(range(5), reverse=True))
try:
    range(3)[1] = 5
except TypeError as e:
    print("TypeError", e)
