# collections.deque.
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5, 6]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], d.count(3), d.index(3))
print(d.pop(), d.popleft(), d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d)
d.remove(3); print(d, 3 in d, 4 in d)
d.insert(1, "x"); print(d)
d[0] = "first"; del d[1]; print(d)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); print(b)
b.appendleft(-1); print(b)
b.extend("ab"); print(b)
print(deque(), deque(maxlen=0), list(reversed(deque([1, 2, 3]))))
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) + deque([3]), deque([1]) * 3)
c = d.copy(); c.append("c"); print(d, c)
for exc_case in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(9)]:
    try:
        exc_case()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
print(deque.__hash__ is None)
class MyDeque(deque):
    pass
m = MyDeque([1, 2], maxlen=5)
print(m, type(m).__name__, m.maxlen)
d = deque(); d += [1, 2]; d *= 2; print(d)
print(deque[int])
