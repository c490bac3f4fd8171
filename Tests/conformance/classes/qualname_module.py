# __name__, __qualname__, __module__ of classes and their methods.
class Outer:
    class Inner:
        def method(self): pass
    def make(self):
        class Local:
            pass
        return Local
def factory():
    class InFunc:
        def m(self): pass
    return InFunc

print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__)
print(Outer().make().__qualname__)
print(factory().__qualname__, factory().m.__qualname__)
T = type('T', (), {})
print(T.__qualname__, T.__module__)
Outer.Inner.__qualname__ = 'Renamed'
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
Outer.__name__ = 'Changed'
print(Outer.__name__, Outer.__qualname__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class WithQ:
    __qualname__ = 'Custom.Q'
print(WithQ.__qualname__, '__qualname__' in WithQ.__dict__)
print(int.__module__, int.__qualname__)
