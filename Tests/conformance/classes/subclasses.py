# __subclasses__ lists direct subclasses in creation order.
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A, B): pass
print([k.__name__ for k in Base.__subclasses__()])
print([k.__name__ for k in A.__subclasses__()])
print([k.__name__ for k in C.__subclasses__()])
D = type('D', (Base,), {})
print([k.__name__ for k in Base.__subclasses__()])
print(bool in int.__subclasses__())
