for i in range(3):
    print("i", i)
else:
    print("for-else ran")
for i in range(10):
    if i == 2:
        continue
    if i == 4:
        break
    print("loop", i)
else:
    print("not printed")
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("while", n)
else:
    print("while-else", n)
while True:
    break
x = 7
if x > 10:
    print("big")
elif x > 5:
    print("medium")
else:
    print("small")
print("yes" if x else "no", "t" if not x else "f")
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
total = 0
for i in range(100):
    for j in range(100):
        if j > i:
            break
        total += j
print(total)
print([i * i for i in range(5)], [i for i in range(10) if i % 3 == 0], [(i, j) for i in range(2) for j in range(2)])
print({i: i * i for i in range(3)}, sorted({c for c in "hello"}), list(x * 2 for x in range(3)), sum(i for i in range(101)))
matrix = [[1, 2], [3, 4]]
print([row[i] for row in matrix for i in range(2)], [[r[c] for r in matrix] for c in range(2)])
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [1, 2, 3, 4]
del lst[1]
del lst[-1:]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
if (m := 10) > 5:
    print("walrus", m)
print([y for x in range(3) if (y := x * 2)])
