# and/or return operands; not; conditional expressions nest right; truthiness of objects.
print(0 or "default", "" or [] or None, 1 and 2 and 3, 1 and 0 and 3, None and 1)
print(not 0, not [1], not None, not "x")
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) or t(1) or t(2), calls)
calls.clear()
print(t(1) and t(0) and t(2), calls)
x = 5
print("a" if x > 3 else "b" if x > 1 else "c")
print(("a" if x > 10 else "b") if x > 3 else "c")
class Truthy:
    def __bool__(self):
        print("__bool__")
        return False
class Sized:
    def __len__(self):
        print("__len__")
        return 0
print(Truthy() or "fallback", Sized() or "empty")
print("yes" if Truthy() else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError", e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError", e)
print([] is not None and len([]) == 0)
print(1 < 2 if True else 3)
y = [] or {} or 0 or "last"
print(y)
