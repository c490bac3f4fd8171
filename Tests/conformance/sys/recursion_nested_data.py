# Deeply nested containers: comparison and repr raise RecursionError (with CPython's messages) instead of crashing.
a = []
b = []
for _ in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__, e)
d = {}
for _ in range(100000):
    d = {1: d}
try:
    print(len(str(d)))
except RecursionError as e:
    print(type(e).__name__, e)
t = ()
for _ in range(100000):
    t = (t,)
try:
    print(t == t, hash(t) == hash(t))
except RecursionError as e:
    print(type(e).__name__, e)
