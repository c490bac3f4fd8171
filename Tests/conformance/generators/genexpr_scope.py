# Generator expressions: the first iterable is evaluated at once, the rest lazily.
def src(name, items):
    print("evaluating", name)
    return items

g = (x + y for x in src("outer", [1, 2]) for y in src("inner", [10, 20]))
print("created")
print(next(g))
print(list(g))

try:
    g = (x for x in 5)
except TypeError as e:
    print("eager TypeError:", e)

g = (x for x in [1] for y in 5)
print("lazy error not raised yet")
try:
    next(g)
except TypeError as e:
    print("lazy TypeError:", e)

x = "outer x"
g = (x for x in range(3))
print(list(g), x)

n = 10
g = (i * n for i in range(3))
n = 100
print(list(g))

items = [1, 2, 3]
g = (i for i in items)
items = [7, 8]
print(list(g))

class C:
    v = 5
    vals = [i * 2 for i in range(2)]
    try:
        g = list(i + v for i in range(2))
    except NameError as e:
        print("class scope NameError:", e)
print(C.vals)
