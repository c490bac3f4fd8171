# __index__ is used by indexing, slicing, range, bin/hex/oct and operator.index.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
seq = list(range(10))
print(seq[Idx(3)], seq[Idx(-1)])
print(seq[Idx(2):Idx(5)], seq[::Idx(3)])
print('abcdef'[Idx(1)], (1, 2, 3)[Idx(0)], b'xyz'[Idx(2)])
print(list(range(Idx(4))), list(range(Idx(1), Idx(7), Idx(2))))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print((9).__index__(), Idx(9).__index__())
seq[Idx(0)] = 'zero'
del seq[Idx(1)]
print(seq[:3])
print([1, 2] * Idx(2), 'ab' * Idx(3))
class Bad:
    def __index__(self):
        return 1.5
try:
    seq[Bad()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    seq['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    seq[1.0:2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
