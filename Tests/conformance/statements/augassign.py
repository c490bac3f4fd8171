# Augmented assignment: single evaluation of targets, in-place dunders.
log = []
class Obj:
    def __init__(self):
        self.val = 1
def get(o, tag):
    log.append(tag)
    return o
o = Obj()
get(o, "obj").val += 5
print(o.val, log)
log.clear()
d = {"k": 1}
def key(k):
    log.append("key")
    return k
get(d, "dict")[key("k")] *= 10
print(d, log)
log.clear()
lst = [1, 2, 3]
get(lst, "list")[get(1, "idx")] -= 7
print(lst, log)

a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "a"
s *= 3
print(s)
n = 10
n //= 3; print(n)
n **= 2; print(n)
n %= 5; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 7; print(n)
f = 1.5
f /= 2; print(f)
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * o.v)
m = M(3)
m @= M(4)
print(m.v)

class IAdd:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
x = IAdd()
y = x
x += 1
x += 2
print(x is y, x.items)
class OnlyAdd:
    def __add__(self, o):
        return "used __add__"
z = OnlyAdd()
z += 1
print(z)
try:
    q = None
    q += 1
except TypeError as e:
    print("TypeError", e)
try:
    t = (1, [2])
    t[1] += [3]
except TypeError as e:
    print("TypeError", e, t)
try:
    undefined_name += 1
except NameError as e:
    print("NameError", e)
for src in ["f() += 1", "(a, b) += 1", "[a] += 1", "a + 1 += 2"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
