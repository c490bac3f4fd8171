# `in` uses __contains__, then __iter__, then __getitem__ with 0, 1, 2...
class C:
    def __contains__(self, x):
        print('contains', x)
        return x == 1
class It:
    def __iter__(self):
        print('iter')
        return iter([1, 2, 3])
class Gi:
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 3: raise IndexError(i)
        return i * 10
print(1 in C(), 2 in C(), 2 not in C())
print(2 in It(), 9 in It())
print(10 in Gi(), 99 in Gi())
class Truthy:
    def __contains__(self, x): return 'non-empty'
print(1 in Truthy())
class Nothing: pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
class Eq:
    def __eq__(self, o):
        print('Eq.__eq__')
        return True
print(Eq() in [1, 2])
e = Eq()
print(e in [e])
