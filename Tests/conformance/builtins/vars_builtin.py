# vars() with and without an argument, and on objects without __dict__.
class A:
    cls_v = 1
    def __init__(self):
        self.x = 1
        self.y = "two"
a = A()
print(vars(a))
vars(a)["z"] = 3
print(a.z, vars(a) is a.__dict__)
print(sorted(k for k in vars(A) if not k.startswith("__")))
print(type(vars(A)).__name__)
def f():
    q = 1
    return vars()
print(f())
print(vars() is globals())
import helper_dirmod
print(vars(helper_dirmod)["value"])
for bad in (1, "s", [1]):
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(a, a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(object())
except TypeError as e:
    print(type(e).__name__, e)
