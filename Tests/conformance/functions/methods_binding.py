# Functions become bound methods through instances; __self__/__func__, explicit self calls.
class A:
    def m(self, x=1):
        return ("m", type(self).__name__, x)
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return "static"
a = A()
bm = a.m
print(bm(), bm(5), A.m(a, 7), type(bm).__name__)
print(bm.__self__ is a, bm.__func__ is A.m, bm.__name__)
print(a.m == a.m, a.m is a.m, A.m is A.m)
print(a.c(), A.c(), a.s(), A.s())
print(type(A.c).__name__, A.c.__self__ is A, type(A.s).__name__)
def free(self):
    return "free " + type(self).__name__
A.free = free
print(a.free())
a.inst = free
try:
    a.inst()
except TypeError as e:
    print(type(e).__name__, e)
print(a.inst(a))
class B(A):
    def m(self, x=2):
        return ("B.m", super().m(x))
print(B().m())
try:
    A.m()
except TypeError as e:
    print(type(e).__name__, e)
f = A().m
del A.m
print(f(3))
