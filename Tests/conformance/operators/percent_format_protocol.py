# printf-style formatting calls __str__, __repr__, __int__/__index__, __float__.
class X:
    def __str__(self): return 'str-X'
    def __repr__(self): return 'repr-X'
    def __index__(self): return 42
    def __float__(self): return 1.25
x = X()
print('%s %r %a' % (x, x, x))
print('%d %x %o %i' % (x, x, x, x))
print('%.2f %e' % (x, x))
print('%s' % [x])
class NoNum:
    pass
try:
    '%d' % NoNum()
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%f' % NoNum()
except TypeError as e:
    print(type(e).__name__, e)
class MapLike:
    def __getitem__(self, k): return f'<{k}>'
print('%(a)s and %(b)s' % MapLike())
