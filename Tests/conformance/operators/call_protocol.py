# __call__ on instances, looked up on the type.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x) * scale, rest, kw
a = Adder(10)
print(a(1), a(1, 2, 3, scale=2, k='v'))
print(callable(a), callable(Adder), callable(1))
a.__call__ = lambda *args: 'instance attr ignored'
print(a(0))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __call__(cls, *args):
        return ('made by meta', cls.__name__, args)
class K(metaclass=Meta): pass
print(K(1, 2))
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
print(list(map(Adder(1), [1, 2])))
