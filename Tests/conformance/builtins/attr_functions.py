# getattr (with default), setattr, delattr, hasattr on instances, classes and modules.
class A:
    cls_attr = 1
    @property
    def boom(self):
        raise ValueError("not attribute error")
a = A()
setattr(a, "x", 10)
print(getattr(a, "x"), a.x, hasattr(a, "x"), hasattr(a, "y"), getattr(a, "y", "dflt"))
print(getattr(A, "cls_attr"), getattr(a, "cls_attr"))
delattr(a, "x")
print(hasattr(a, "x"), getattr(a, "x", None))
try:
    getattr(a, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(a, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hasattr(a, "boom")
except ValueError as e:
    print(type(e).__name__, e)
try:
    getattr(a, "boom", 0)
except ValueError as e:
    print(type(e).__name__, e)
for f, args in [(getattr, (a, 1)), (setattr, (a, 1, 2)), (delattr, (a, 1)), (hasattr, (a, 1))]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
try:
    getattr(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(a, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
import sys
print(getattr(sys, "nonexistent_thing", "nope"))
class G:
    def __getattr__(self, name):
        return "dyn_" + name
print(getattr(G(), "zzz"), hasattr(G(), "anything"))
