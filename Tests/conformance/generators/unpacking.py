# Generators consumed by unpacking and builtins.
def g(n):
    for i in range(n):
        yield i

a, b, c = g(3)
print(a, b, c)
first, *rest = g(5)
print(first, rest)
*init, last = g(4)
print(init, last)
try:
    x, y = g(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = g(2)
except ValueError as e:
    print("ValueError:", e)
print([*g(3), *g(2)])
print(tuple(g(3)), set(g(3)), frozenset(g(2)))
print(list(map(lambda v: v * 2, g(4))), list(filter(None, g(4))))
print(sorted(g(5), key=lambda v: -v))
print(list(reversed(list(g(3)))))
def f(*args):
    return args
print(f(*g(3)))
print(dict(zip(g(3), "abc")))
print(" ".join(map(str, g(4))))
