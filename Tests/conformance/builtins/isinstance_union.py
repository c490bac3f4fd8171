# isinstance/issubclass with X | Y unions (types.UnionType), including None and nesting.
IntOrStr = int | str
print(IntOrStr, type(IntOrStr).__name__, IntOrStr.__args__)
print(isinstance(1, IntOrStr), isinstance("s", IntOrStr), isinstance(1.5, IntOrStr))
print(isinstance(None, int | None), (int | None).__args__)
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(str, (float, int | str)))
class A: pass
class B(A): pass
print(A | B, isinstance(B(), A | int), int | int)
print(isinstance(3, (str, int | float)))
nested = int | (str | bytes)
print(nested, isinstance(b"x", nested))
try:
    isinstance(1, int | 5)
except TypeError as e:
    print(type(e).__name__, e)
