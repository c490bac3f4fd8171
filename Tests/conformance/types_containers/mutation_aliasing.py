# mutation during iteration and aliasing
l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
l = [1, 2, 3]
it = iter(l)
next(it)
l.clear()
print(list(it))
l = [0, 1, 2]
r = reversed(l)
l.pop()
print(list(r))
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
it = iter(d.items())
next(it)
del d[2]
try:
    print(next(it))
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.discard(3)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
a = [1, 2]
a.extend(a)
print(a)
a[len(a):] = a
print(a)
b = [[]] * 2
b[0].append(1)
print(b)
x = [1, 2, 3]
x[:] = x[::-1]
print(x)
x += x
print(x)
t = ([],)
try:
    t[0] += [1]
except TypeError as e:
    print("TypeError", e)
print(t)
d = {}
d.setdefault("k", []).append(d.setdefault("j", 5))
print(d)
dd = {"a": 1}
for k in list(dd):
    dd[k + "x"] = 2
print(dd)
e = dict.fromkeys(range(5))
for k in list(e)[::2]:
    del e[k]
print(e, list(e.items()))
m = {1: "a"}
m.update(m)
print(m)
q = [3, 1, 2]
try:
    q.sort(key=q.index)
except ValueError as e:
    print("ValueError", e, q)
