# "dictionary changed size during iteration" and friends
d = {1: 1, 2: 2, 3: 3}
for view in [d, d.keys(), d.values(), d.items()]:
    try:
        for x in view:
            d[len(d) + 10] = 0
    except RuntimeError as e:
        print("RuntimeError", e)
    print(len(d))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError", e)
d2 = {1: 1, 2: 2}
for k in d2:
    d2[k] = "changed"
print(d2)
d3 = {1: 1, 2: 2}
try:
    for k in d3:
        del d3[k]
        d3[k + 5] = 0
except RuntimeError as e:
    print("RuntimeError", e)
l = [1, 2, 3]
for x in l:
    if len(l) < 6:
        l.append(x)
print(l)
it = iter({1: 2})
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
