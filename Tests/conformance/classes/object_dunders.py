# Calling object's default dunders directly.
class C: pass
a, b = C(), C()
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), object.__ne__(a, a))
print(a.__eq__(b), a.__ne__(a), a.__lt__(b), a.__ge__(b))
print(object.__hash__(a) == hash(a))
print(object.__repr__(a).startswith('<__main__.C object at 0x'), str(a) == repr(a))
print(object.__format__(a, '') == str(a))
try:
    object.__format__(a, 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(C.__init__ is object.__init__, C.__new__ is object.__new__)
print(object.__getattribute__(a, '__class__').__name__)
object.__setattr__(a, 'v', 1)
print(a.v)
object.__delattr__(a, 'v')
print(hasattr(a, 'v'))
print(object.__init_subclass__() is None)
print(a.__sizeof__() > 0 if hasattr(a, '__sizeof__') else True)
print(sorted(set(dir(object())) & {'__eq__', '__hash__', '__class__', '__init__', '__new__', '__repr__'}))
