# insertion order, re-insertion, popitem LIFO and deletion
d = {}
for ch in "hello world":
    d[ch] = d.get(ch, 0) + 1
print(d, list(d))
d["h"] = 100; print(list(d)[:2])
del d["h"]; d["h"] = 1; print(list(d))
out = []
while d:
    out.append(d.popitem())
print(out)
e = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del e[i]
e[0] = "back"; print(e, e.popitem(), e.popitem())
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], big.popitem())
