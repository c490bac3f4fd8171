# isinstance() and issubclass() with tuples, nested tuples, bool/int and errors.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(B, object))
print(issubclass(A, A), isinstance(A, type), isinstance(type, type), isinstance(int, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta): pass
print(isinstance("magic", M), isinstance("x", M), issubclass(int, M), issubclass(str, M))
try:
    isinstance(1)
except TypeError as e:
    print(type(e).__name__, e)
