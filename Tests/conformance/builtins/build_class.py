# __build_class__ exists and can be called directly; __debug__ is True.
import builtins
def body():
    x = 1
    def method(self):
        return "m"
C = __build_class__(body, "C")
print(type(C).__name__, C.__name__, C.__qualname__, "x" in C.__dict__, isinstance(C(), C))
class Base:
    pass
def body2():
    y = 2
D = __build_class__(body2, "D", Base)
print(D.__bases__ == (Base,), issubclass(D, Base))
try:
    __build_class__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    __build_class__(1, "X")
except TypeError as e:
    print(type(e).__name__, e)
try:
    __build_class__(body, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(__debug__)
if __debug__:
    print("debug branch")
assert True
print("assert passed")
