# __repr__ and __str__: defaults, fallbacks and errors.
class R:
    def __repr__(self): return 'R()'
class S:
    def __str__(self): return 'str of S'
class Both:
    def __repr__(self): return 'repr'
    def __str__(self): return 'str'
print(repr(R()), str(R()), f'{R()}', f'{R()!r}', [R()], (R(),), {R(): 1} if False else '')
print(str(S()), f'{S()}', '%s' % S())
print(repr(Both()), str(Both()), [Both()], f'{Both()!s} {Both()!r}')
print('{} {!r}'.format(Both(), Both()))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(str):
    def __str__(self): return 'overridden'
print(str(Sub('x')), repr(Sub('x')))
class RInt(int):
    def __repr__(self): return 'RInt!'
print(repr(RInt(3)), str(RInt(3)), RInt(3))
print(repr(object).startswith('<class'), repr(R).split("'")[1])
