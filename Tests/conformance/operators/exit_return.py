# __exit__'s return value is tested for truth; __enter__'s value binds to the target.
class CM:
    def __init__(self, ret): self.ret = ret
    def __enter__(self): return self
    def __exit__(self, *a): return self.ret
class Truthy:
    def __bool__(self):
        print('truth tested')
        return True
for ret in [None, 0, 1, '', 'yes', [], [0], Truthy()]:
    try:
        with CM(ret):
            raise RuntimeError('x')
        print(repr(ret) if not isinstance(ret, Truthy) else 'Truthy', 'suppressed')
    except RuntimeError:
        print(repr(ret), 'propagated')
class Tracker:
    def __enter__(self):
        print('enter')
        return 'entered'
    def __exit__(self, et, ev, tb):
        print('exit with', et is None, ev is None, tb is None)
def f():
    with Tracker() as t:
        return t
print(f())
for i in range(2):
    with Tracker():
        if i == 0:
            continue
        print('body', i)
