# Class reprs use __module__ and __qualname__, including after reassignment.
def f():
    class C: pass
    return C
print(f(), f().__qualname__, repr(f()))
T = type('T', (), {'__module__': 'mymod', '__qualname__': 'Outer.T'})
print(T, T.__module__, T.__qualname__)
class M(type): pass
X = M('X', (), {})
print(X, type(X), M)
print(repr(int), repr(type), repr(object), str(M))
class Q:
    __module__ = 'elsewhere'
print(Q, Q.__module__)
Q.__module__ = 'changed'
print(Q)
Q.__qualname__ = 'New.Name'
print(Q, Q.__name__)
print(f().__module__, type(f()).__module__)
