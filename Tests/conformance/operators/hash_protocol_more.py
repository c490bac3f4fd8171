# hash() results: reduced big values, subclass inheritance, explicit None in subclasses.
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
print(hash(H(10)), hash(H(-1)), hash(H(2**64)) == hash(2**64), hash(H(True)))
class HS(H):
    __hash__ = None
try:
    hash(HS(1))
except TypeError as e:
    print(type(e).__name__, e)
class Back(HS):
    __hash__ = H.__hash__
print(hash(Back(9)))
class EqSub(H):
    def __eq__(self, o): return True
print(EqSub.__hash__ is None)
class IntHash:
    def __hash__(self):
        class Sub(int): pass
        return Sub(12)
print(hash(IntHash()))
class FloatHash:
    def __hash__(self): return 1.0
try:
    hash(FloatHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(({},))
except TypeError as e:
    print(type(e).__name__, e)
