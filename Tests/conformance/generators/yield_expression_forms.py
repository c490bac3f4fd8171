# yield as an expression in various positions.
def g():
    x = yield
    print("x =", x)
    y = (yield 1) + 10
    print("y =", y)
    z = [(yield "a"), (yield "b")]
    print("z =", z)
    print("call arg:", str((yield "c")))
    w = yield from ((yield "d"), "e")
    print("w =", w)
    d = {"k": (yield "f")}
    print("d =", d)
    yield

it = g()
print(next(it))
print(it.send("X"))
print(it.send(5))
print(it.send("A"))
print(it.send("B"))
print(it.send("C"))
print(it.send("D"))
print(it.send("E"))
print(it.send("F"))
