# += and *= on lists: in place, with any iterable; aliasing visible
a = [1]
b = a
a += (2, 3)
a += "xy"
a += range(2)
a += {9: 0}
print(a, b is a)
a *= 2
print(len(b), b[:4])
c = [0]
c *= 0
print(c, b is a)
try:
    a += 5
except TypeError as e:
    print("TypeError", e)
try:
    a *= "x"
except TypeError as e:
    print("TypeError", e)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 3
print(s)
x = [[]] * 3
x[0] += [1]
print(x)
l = [1, 2, 3]
l[1:2] += [20, 21]
print(l)
