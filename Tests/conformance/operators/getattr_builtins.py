# getattr/setattr/hasattr/delattr builtins with defaults and errors.
class C:
    x = 1
    @property
    def broken(self):
        raise ValueError('not AttributeError')
c = C()
print(getattr(c, 'x'), getattr(c, 'y', 'default'), hasattr(c, 'x'), hasattr(c, 'y'))
setattr(c, 'y', 2)
print(c.y, vars(c))
delattr(c, 'y')
print(hasattr(c, 'y'))
try:
    hasattr(c, 'broken')
except ValueError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 'broken', 'default')
except ValueError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(C, 'x'), getattr(C, 'missing', None))
try:
    getattr(1, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(int, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
