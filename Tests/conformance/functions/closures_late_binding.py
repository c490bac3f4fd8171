# Closures capture variables, not values: late binding and the default-argument fix.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def make():
    out = []
    for j in range(3):
        def g():
            return j
        out.append(g)
    j = 100
    return out
print([g() for g in make()])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
inc2, get2 = counter()
print(inc2(), get())
def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(unbound())
