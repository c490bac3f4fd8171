# throw() raises at the yield; a surrounding try/except sees it.
def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught ValueError", e)
            yield "recovered"
        except KeyError as e:
            print("caught KeyError", e)
        else:
            print("no exception")

it = g()
print(next(it))
print(it.throw(ValueError("v1")))
print(next(it))
print(it.throw(KeyError("k")))
print(next(it))
try:
    it.throw(TypeError("t"))
except TypeError as e:
    print("propagated", type(e).__name__, e)
print(next(it, "finished"))
