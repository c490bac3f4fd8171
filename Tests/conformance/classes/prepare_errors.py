# __prepare__ must return a mapping; metaclass may be any callable.
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class C(metaclass=M):
        pass
except TypeError as e:
    print(type(e).__name__, e)
def func_meta(name, bases, ns, **kw):
    print('func_meta', name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
    return 'not a class'
class D(metaclass=func_meta, opt=1):
    a = 1
    def m(self): pass
print(D)
class E(int, metaclass=lambda n, b, ns: (n, b)):
    pass
print(E)
