# bin(), hex(), oct() with negatives, big ints, __index__ and wrong types.
for n in [0, 1, -1, 255, -255, 2**70, -(2**70)]:
    print(bin(n), hex(n), oct(n))
print(bin(True), hex(False))
class I:
    def __index__(self): return 10
print(bin(I()), hex(I()), oct(I()))
for f in (bin, hex, oct):
    for bad in (1.5, "3", None):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
