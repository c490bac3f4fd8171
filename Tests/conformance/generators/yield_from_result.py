# The value of a yield from expression is the subgenerator's return value.
def sub(n):
    total = 0
    for i in range(n):
        total += yield i
    return total

def main():
    r1 = yield from sub(3)
    print("r1", r1)
    r2 = yield from sub(0)
    print("r2", r2)
    r3 = yield from [1, 2]
    print("r3", r3)
    return r1

g = main()
v = next(g)
try:
    while True:
        v = g.send(v * 10 + 1)
        print("yielded", v)
except StopIteration as e:
    print("main returned", e.value)

def tuple_ret():
    return (1, 2)
    yield
def uses():
    x = yield from tuple_ret()
    print("got", x, type(x).__name__)
list(uses())
