# isinstance/issubclass consult the metaclass's __instancecheck__/__subclasscheck__.
class Duck(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__, type(obj).__name__)
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return hasattr(sub, 'quack')
class Quacker(metaclass=Duck): pass
class Bird:
    def quack(self): pass
class Stone: pass
print(isinstance(Bird(), Quacker))
print(isinstance(Stone(), Quacker))
print(isinstance(Quacker(), Quacker))
print(issubclass(Bird, Quacker))
print(issubclass(Stone, Quacker))
print(issubclass(Quacker, Quacker))
print(isinstance(Bird(), (int, Quacker)))

class Never(type):
    def __instancecheck__(cls, obj): return False
    def __subclasscheck__(cls, sub): return 0
class N(metaclass=Never): pass
class NSub(N): pass
print(isinstance(N(), N), isinstance(NSub(), N), issubclass(NSub, N))
try:
    isinstance(1, 1)
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
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(1, ()))
