# int() and float() over objects implementing __int__, __index__, __float__
class HasInt:
    def __int__(self): return 42
class HasIndex:
    def __index__(self): return 7
class BadInt:
    def __int__(self): return "no"
class HasFloat:
    def __float__(self): return 2.5
print(int(HasInt()), int(HasIndex()), float(HasIndex()), float(HasFloat()), complex(HasFloat()))
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
try:
    int(HasFloat())
except TypeError as e:
    print("TypeError", e)
print([10, 20, 30][HasIndex() if False else 1], "abcdefgh"[HasIndex()], list(range(HasIndex())), bin(HasIndex()), hex(HasIndex()))
print((5).__index__(), operator_like := 3 * HasIndex().__index__(), round(HasIndex().__index__() / 2))
for o in [HasInt(), HasFloat()]:
    try:
        print([1, 2][o])
    except TypeError as e:
        print("TypeError", e)
