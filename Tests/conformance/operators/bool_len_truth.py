# Truthiness: __bool__ first, then __len__, else true.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print('len called')
        return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither: pass
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), bool(Neither()))
print('yes' if L(2) else 'no', not L(0))
x = L(0) or 'fallback'
print(x)
while L(0):
    print('never')
for bad in [B(1), B('s'), B(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return '3'
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self): return 2**100
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
print(len(IdxLen()))
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
