# with statements look __enter__/__exit__ up on the type.
class CM:
    def __init__(self, suppress=False): self.suppress = suppress
    def __enter__(self):
        print('enter')
        return 'value'
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, ev)
        return self.suppress
with CM() as v:
    print('body', v)
with CM(True):
    raise ValueError('hidden')
print('after suppressed')
try:
    with CM():
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
class InstanceOnly:
    pass
io = InstanceOnly()
io.__enter__ = lambda: 1
io.__exit__ = lambda *a: None
try:
    with io:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Nested:
    def __init__(self, n): self.n = n
    def __enter__(self): print('in', self.n); return self.n
    def __exit__(self, *a): print('out', self.n)
with Nested(1) as a, Nested(2) as b:
    print(a + b)
