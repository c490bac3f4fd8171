# Edge cases of close() and delegation: exits failing, closing inside finally, closed delegates.
g = (x for x in range(3))
next(g)
print(sorted(g.gi_frame.f_locals))
def gen():
    for i in range(5):
        try:
            if i % 2:
                continue
            yield i
        finally:
            print("fin", i)
print(list(gen()))
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("exit failed")
def g2():
    with BadExit():
        yield 1
x = g2(); next(x)
try:
    x.close()
except KeyError as e:
    print("close ->", repr(e), type(e.__context__).__name__)
def g3():
    try:
        yield 1
    finally:
        inner = g4()
        next(inner)
        inner.close()
        print("closed inner in finally")
def g4():
    try:
        yield
    finally:
        print("g4 finally")
x = g3(); next(x); x.close()
# generator that closes a delegated subgenerator itself
def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")
s = sub()
def deleg():
    yield from s
d = deleg()
print(next(d))
s.close()
print(next(d, "deleg done"))
# send into delegation where sub yields then outer caught exc
def thrower():
    yield 1
    raise ValueError("sub raised")
def catcher():
    try:
        yield from thrower()
    except ValueError as e:
        yield "caught " + str(e)
print(list(catcher()))
# throw with tuple value into yield from iterator w/o throw
it = iter([1, 2])
def d2():
    yield from it
g = d2(); next(g)
try:
    g.throw(ValueError, (1, 2))
except ValueError as e:
    print(e.args)
print(next(it))
