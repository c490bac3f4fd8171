# itertools: count, cycle, repeat.
import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 3), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
c = it.count(7)
next(c)
print(repr(c), repr(it.count(1, 2)), repr(it.count(0.5)))
print(list(it.islice(it.cycle("abc"), 8)), list(it.cycle([])))
print(list(it.repeat("x", 3)), list(it.repeat(1, 0)), list(it.repeat(1, -2)), repr(it.repeat(5, 2)))
r = it.repeat(1, 4)
next(r)
print(r.__length_hint__(), list(map(pow, range(4), it.repeat(2))))
try:
    it.count("a")
except TypeError as e:
    print("TypeError", e)
print(type(it.count()).__name__, type(it.cycle("")).__name__, it.count.__module__)
