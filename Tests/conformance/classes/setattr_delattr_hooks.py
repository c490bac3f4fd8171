# __setattr__ and __delattr__ intercept assignment and deletion.
class Audit:
    def __init__(self):
        self.x = 1
    def __setattr__(self, name, value):
        print('setattr', name, value)
        if name == 'frozen':
            raise AttributeError('cannot set frozen')
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
a = Audit()
a.y = 5
print(a.x, a.y)
setattr(a, 'z', 'zz')
print(a.z)
try:
    a.frozen = 1
except AttributeError as e:
    print(type(e).__name__, e)
del a.y
print(hasattr(a, 'y'))
try:
    del a.nothing
except AttributeError as e:
    print(type(e).__name__, e)
class P:
    @property
    def v(self): return 'prop'
    @v.setter
    def v(self, val): print('prop set', val)
p = P()
object.__setattr__(p, 'v', 3)
try:
    object.__setattr__(1, 'x', 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(p, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(p, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
class Frozen:
    __slots__ = ()
    def __setattr__(self, n, v):
        raise TypeError('frozen ' + n)
try:
    Frozen().a = 1
except TypeError as e:
    print(type(e).__name__, e)
