# hash() and id(): consistency rules and unhashable errors.
print(hash(1), hash(1.0) == hash(1), hash(True) == hash(1), hash(-1), hash(-2))
print(hash(0.5), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash((1, 2)) == hash((1, 2)), hash("a") == hash("a"), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(type(hash("abc")).__name__, type(id(object())).__name__)
class H:
    def __hash__(self): return 12345
print(hash(H()))
class H2:
    def __hash__(self): return 2**65
print(hash(H2()) == hash(2**65))
class NoHash:
    def __eq__(self, o): return True
for bad in ([], {}, set(), NoHash()):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
a = object()
print(id(a) == id(a), id(a) != id(object.__new__(object)) or True)
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]) and False)
