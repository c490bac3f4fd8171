# del in functions, loops and classes; deleting globals from functions; class attributes.
x = 1
def remove_global():
    global x
    del x
remove_global()
print("x" in globals())

class K:
    a = 1
    b = 2
    del a
print(hasattr(K, "a"), K.b)
del K.b
print(hasattr(K, "b"))
try:
    del K.zz
except AttributeError as e:
    print("AttributeError", e)

items = list(range(6))
for i in reversed(range(len(items))):
    if items[i] % 2:
        del items[i]
print(items)
d = {i: i * i for i in range(5)}
for k in list(d):
    if k % 2 == 0:
        del d[k]
print(d)

def loop_var():
    for i in range(3):
        pass
    del i
    try:
        return i
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(loop_var())

lst = [1, 2, 3]
del lst[:]
print(lst)
lst = list(range(10))
del lst[-3:], lst[0]
print(lst)
nested = {"a": {"b": {"c": 1}}}
del nested["a"]["b"]["c"]
print(nested)
class Slots:
    __slots__ = ("v",)
s = Slots()
s.v = 1
del s.v
try:
    s.v
except AttributeError as e:
    print("AttributeError", e)
