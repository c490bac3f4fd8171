# reversed() uses __reversed__, else __len__ with __getitem__.
class R:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())))
class NoLen:
    def __getitem__(self, i): return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
class NoneRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoneRev())
except TypeError as e:
    print(type(e).__name__, e)
