# An exception the subgenerator does not handle reaches the delegating generator.
def inner():
    try:
        yield 1
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    except ZeroDivisionError as e:
        print("outer caught", type(e).__name__)
        yield "outer handled"
    yield "end"

g = outer()
next(g)
print(g.throw(ZeroDivisionError))
print(next(g))

def outer2():
    yield from inner()
g = outer2()
next(g)
try:
    g.throw(NameError("nm"))
except NameError as e:
    print("caller got", e)
print(g.gi_frame is None)
