# Functions are objects: identity, equality, repr shape, hashing, in containers; nested definitions.
def f(): return 1
g = f
print(f is g, f == g, hash(f) == hash(g), repr(f).startswith("<function f at 0x"))
def outer():
    def inner(): pass
    return inner
print(repr(outer()).startswith("<function outer.<locals>.inner at 0x"), outer() is outer())
funcs = {f: "f"}
print(funcs[g])
def make(n):
    def power(x):
        return x ** n
    power.__name__ = f"pow{n}"
    return power
sq, cube = make(2), make(3)
print(sq(3), cube(3), sq.__name__, cube.__qualname__)
def no_return(): pass
print(no_return())
def early(x):
    if x:
        return "early"
    print("not early")
print(early(1), early(0))
def multi():
    return 1, 2
a, b = multi()
print(a, b, multi())
print(type(f).__name__, callable(f), isinstance(f, type(lambda: 0)))
def rec_default(n, acc=None):
    acc = [] if acc is None else acc
    acc.append(n)
    return acc if n == 0 else rec_default(n - 1, acc)
print(rec_default(3))
