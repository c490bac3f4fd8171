# Class decorators receive the class and may replace it.
def register(cls):
    cls.registered = True
    return cls
def replace(cls):
    return 'replaced ' + cls.__name__
def add_method(name):
    def deco(cls):
        setattr(cls, name, lambda self: name + ' of ' + type(self).__name__)
        return cls
    return deco
@register
@add_method('hello')
class A:
    pass
print(A.registered, A().hello())
@replace
class B:
    pass
print(B)
def counted(cls):
    orig = cls.__init__
    cls.count = 0
    def __init__(self, *a, **k):
        cls.count += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@counted
class C:
    def __init__(self, v): self.v = v
C(1); C(2)
print(C.count, C(3).v, C.count)
