# Augmented assignment on slices, closures, globals, and evaluation order.
lst = [1, 2, 3, 4]
lst[1:3] += [9]
print(lst)
lst[::2] *= 1
print(lst)
g = 1
def bump():
    global g
    g += 1
    g *= 10
bump()
print(g)
def closure():
    n = [0]
    c = 0
    def inc():
        nonlocal c
        c += 1
        n[0] += 2
    inc(); inc()
    return c, n
print(closure())

order = []
class Tracked:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        order.append(("get", k))
        return self.items.get(k, 0)
    def __setitem__(self, k, v):
        order.append(("set", k, v))
        self.items[k] = v
t = Tracked()
def key():
    order.append("key")
    return "k"
def val():
    order.append("val")
    return 5
t[key()] += val()
print(order)

class Attr:
    def __getattr__(self, name):
        print("getattr", name)
        return 100
    def __setattr__(self, name, value):
        print("setattr", name, value)
a = Attr()
a.x += 1
s = {1, 2}
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {5}
print(sorted(s))
dct = {"a": 1}
dct |= {"b": 2}
print(dct)
text = "ab"
text += "cd"
text *= 2
print(text)
num = 7
num //= 2
num **= 3
num %= 10
print(num)
fl = 2.0
fl **= 0.5
print(round(fl, 6))
b = b"x"
b += b"y"
print(b)
