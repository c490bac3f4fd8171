# Bound method reprs with a custom __repr__, and a metaclass overriding mro().
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    def __repr__(self): return 'C()'
c = C()
print(c.m)
print(C.cm)
print(repr(c.m), str(c.m))
print(C.__dict__['cm'].__func__.__qualname__)
class M(type):
    def mro(cls):
        print('custom mro for', cls.__name__)
        return [cls, object] if cls.__name__ == 'Odd' else super().mro()
class Base: 
    attr = 'base'
class Odd(Base, metaclass=M): pass
print(Odd.__mro__, hasattr(Odd, 'attr'))
class Even(Base, metaclass=M): pass
print(Even.__mro__, Even.attr)
print(type.mro(Even))
