# format() and f-strings call __format__ with the spec.
class F:
    def __format__(self, spec):
        return f'F[{spec}]'
f = F()
print(format(f), format(f, 'x>5'), f'{f}', f'{f:abc}', '{:z}'.format(f), f'{f!s:>3}' if False else '')
class Plain:
    def __str__(self): return 'plain'
print(format(Plain()), f'{Plain()}', f'{Plain()!r:.1}' if False else '')
try:
    format(Plain(), 'd')
except TypeError as e:
    print(type(e).__name__, e)
try:
    f'{Plain():>10}'
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __format__(self, spec): return 1
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class MyFloat(float):
    pass
print(format(MyFloat(2.5), '.2f'), f'{MyFloat(1):>6}')
class MyInt(int):
    def __format__(self, spec): return 'myint:' + spec
print(f'{MyInt(3):05d}')
