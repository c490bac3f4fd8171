# Metaclass edge cases: type.__new__ checks, __call__ returning other objects, super() in metaclass methods.
try:
    type.__new__(int, 'X', (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(1, 'X', (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__init__(type('Y', (), {}), 'Y', (), {}, extra=1)
    print('type.__init__ accepted keywords with 3 args')
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __call__(cls, *args):
        if args and args[0] == 'skip':
            return 'skipped'
        return super().__call__(*args)
    @classmethod
    def info(mcls):
        return 'info from ' + mcls.__name__
class C(metaclass=Meta):
    def __init__(self, *a): self.a = a
print(C('skip'), C(1, 2).a, C.info(), Meta.info())
class SubMeta(Meta):
    def __new__(mcls, name, bases, ns, **kw):
        ns['from_submeta'] = True
        return super().__new__(mcls, name, bases, ns, **kw)
class D(C, metaclass=SubMeta):
    pass
print(D.from_submeta, type(D).__name__, D(3).a)
T = SubMeta('T', (), {})
print(T.from_submeta, type(T).__name__)
print(type.__call__(C, 9).a, type(C).__call__(C, 'skip'))
print(isinstance(C, type), isinstance(C(), type), issubclass(Meta, type))
