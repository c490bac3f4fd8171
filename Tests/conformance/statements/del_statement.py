# del of names, attributes, subscripts, slices and tuples of targets.
a = 1
del a
try:
    a
except NameError as e:
    print("NameError", e)
try:
    del a
except NameError as e:
    print("NameError", e)

def local():
    b = 2
    del b
    try:
        return b
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(local())

class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, "x"), o.y)
try:
    del o.x
except AttributeError as e:
    print("AttributeError", e)

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
try:
    del lst[100]
except IndexError as e:
    print("IndexError", e)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
x, y, z = 1, 2, 3
del (x, y), [z]
print("x" in globals(), "y" in globals(), "z" in globals())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)

class Deleter:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, n):
        print("delattr", n)
dd = Deleter()
del dd[1:2, 3]
del dd.anything

def closure():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + " " + str(e)
print(closure())
try:
    compile("del f()", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("del 1", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
