# Unpacking uses the iteration protocol for subclasses of tuple and list that override __iter__
# (platform.uname_result yields a sixth, lazily computed field this way).
import collections


class Six(collections.namedtuple('Base', 'a b c')):
    def __iter__(self):
        yield from super().__iter__()
        yield 'extra'


s = Six(1, 2, 3)
w, x, y, z = s
print(w, x, y, z)
try:
    a, b, c = s
except ValueError as e:
    print(type(e).__name__, e)
first, *rest = s
print(first, rest)
print(len(s), tuple(s), list(s))


class Backwards(list):
    def __iter__(self):
        return reversed(list.__iter__(self)).__iter__() if False else iter(self[::-1])


p, q, r = Backwards([1, 2, 3])
print(p, q, r)
m, *n = Backwards('abc')
print(m, n)
for i, (u, v) in enumerate([Backwards([1, 2]), (3, 4)]):
    print(i, u, v)
