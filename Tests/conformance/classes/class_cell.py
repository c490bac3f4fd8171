# The __class__ cell: set after class creation, shared by all methods, passed via __classcell__.
class A:
    def who(self):
        return __class__
    @classmethod
    def cls_who(cls):
        return __class__
    @staticmethod
    def static_who():
        return __class__
class B(A): pass
print(B().who() is A, B.cls_who() is A, A.static_who() is A)
seen = {}
class Meta(type):
    def __new__(mcls, name, bases, ns):
        seen['has_cell'] = '__classcell__' in ns
        cls = super().__new__(mcls, name, bases, ns)
        return cls
class C(metaclass=Meta):
    def m(self):
        return __class__
print(seen['has_cell'], C().m() is C)
class D(metaclass=Meta):
    def m(self): return 1
print(seen['has_cell'])
class E:
    def get(self):
        return __class__.__name__
    def sup(self):
        return super().__repr__.__qualname__ if hasattr(super().__repr__, '__qualname__') else 'x'
print(E().get())
