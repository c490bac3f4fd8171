# slicing ranges gives ranges
r = range(0, 20, 3)
for s in [slice(1, 4), slice(None, None, -1), slice(None, None, 2), slice(-3, None), slice(5, 1, -2), slice(100, 200),
          slice(-100, 2), slice(None, None, -3), slice(2, 2), slice(1, -1, 4)]:
    x = r[s]
    print(s, x, list(x), x == range(0, 20, 3)[s])
print(range(10)[::-1], range(10, 0, -1)[2:5], range(5)[::-2], range(-5, 5)[3:], range(0)[::-1])
try:
    r[::0]
except ValueError as e:
    print("ValueError", e)
