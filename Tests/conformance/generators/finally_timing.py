# A dropped generator's finally has run by the next statement, even one without calls.
state = []
def g(tag):
    try:
        yield
    finally:
        state.append(tag)
it = g("del"); next(it); del it
seen_after_del = state[:] if state else "empty"
it = g("rebind"); next(it); it = None
seen_after_rebind = state[-1] if len(state) > 1 else "missing"
def f():
    loc = g("local del")
    next(loc)
    del loc
    return len(state)
n = f()
print(seen_after_del, seen_after_rebind, n)
