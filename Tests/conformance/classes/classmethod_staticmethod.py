# classmethod and staticmethod accessed from the class, instances and subclasses.
class A:
    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)
    @staticmethod
    def sm(x, y=2):
        return x * y
    def plain(self):
        return 'plain'
class B(A): pass
print(A.cm(1), A().cm(2), B.cm(3), B().cm(4))
print(A.sm(3), A().sm(3, 3), B.sm(1))
cm = A.__dict__['cm']
sm = A.__dict__['sm']
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(sm(5), callable(sm))
bound = A.cm
print(bound.__self__ is A, bound.__func__ is cm.__func__)
print(B().cm.__self__ is B)
print(A.sm is sm.__func__, A().sm is sm.__func__)
print(cm.__get__(None, B)(0))
print(sm.__get__(None, A)(7))
try:
    classmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(A.plain(A()), type(A.plain).__name__, type(A().plain).__name__)
class C:
    f = staticmethod(len)
    g = classmethod(lambda cls: cls.__name__)
print(C.f('abc'), C().f([1]), C.g(), C().g())
