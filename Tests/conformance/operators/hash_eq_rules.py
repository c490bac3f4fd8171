# Defining __eq__ without __hash__ makes instances unhashable; __hash__ rules.
class Plain: pass
p = Plain()
print(hash(p) == hash(p))
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class EqAndHash:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqAndHash) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}))
print(hash(EqAndHash(5)) == hash(5))
class Child(EqAndHash):
    def __eq__(self, o): return False
try:
    hash(Child(1))
except TypeError as e:
    print(type(e).__name__, e)
class Inherit(EqAndHash): pass
print(hash(Inherit(3)) == hash(3))
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class HashInt(int):
    pass
print(hash(HashInt(7)))
