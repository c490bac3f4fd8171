# yield from a generator expression, including send/throw through it.
def g():
    r = yield from (x * x for x in range(4))
    print("genexpr returns", r)
    try:
        yield from (1 / x for x in [1, 0])
    except ZeroDivisionError:
        print("error from genexpr body")
    yield "end"

print(list(g()))
it = g()
next(it)
try:
    it.throw(ValueError("into genexpr"))
except ValueError as e:
    print("propagated:", e)
print(next(it, "done"))
