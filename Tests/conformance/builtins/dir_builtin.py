# dir() with no argument, on modules, classes, instances, and __dir__.
def f():
    a = 1
    b = 2
    return dir()
print(f())
class Base:
    def base_m(self): pass
class A(Base):
    x = 1
    def m(self): pass
names = dir(A)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, "__dict__" in names)
a = A()
a.inst = 5
print([n for n in dir(a) if not n.startswith("__")])
print(dir(a) == sorted(dir(a)))
class D:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(D()))
import helper_dirmod
print([n for n in dir(helper_dirmod) if not n.startswith("__")])
print(sorted(n for n in dir(helper_dirmod) if n.startswith("__") and n in ("__name__", "__file__", "__doc__")))
print(dir(1) == dir(int), "bit_length" in dir(5), "__add__" in dir(int), dir([]) == dir(list))
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
