# type() and class attributes of builtin and user classes.
class A: pass
class B(A): pass
print(type(A), type(B()), type(type), type(object))
print(A.__bases__, B.__bases__, object.__bases__)
print(B.__base__, A.__base__, object.__base__)
print(B.__mro__)
print(type(int.__dict__).__name__, 'real' in int.__dict__ or True)
print(int.__name__, int.__qualname__, int.__module__, A.__module__)
print(isinstance(type, type), isinstance(object, type), issubclass(type, object))
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(type(len).__name__, type([].append).__name__)
print(type(lambda: 0).__name__, type(print).__name__)
print(repr(A)[-3:], str(B)[-3:])
print(A.__class__, A().__class__.__name__)
print(callable(A), callable(A()))
