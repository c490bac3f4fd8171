# classmethod and staticmethod as builtins: binding, calling through class and instance.
class A:
    @classmethod
    def make(cls, x):
        return (cls.__name__, x)
    @staticmethod
    def add(a, b):
        return a + b
class B(A):
    pass
print(A.make(1), B.make(2), B().make(3))
print(A.add(1, 2), A().add(3, 4))
print(type(A.__dict__["make"]).__name__, type(A.__dict__["add"]).__name__)
def plain(cls): return cls
cm = classmethod(plain)
print(cm.__func__ is plain)
sm = staticmethod(plain)
print(sm.__func__ is plain)
class C:
    f = classmethod(plain)
    g = staticmethod(len)
print(C.f() is C, C.g("abcd"))
print(isinstance(A.__dict__["make"], classmethod), isinstance(A.__dict__["add"], staticmethod))
