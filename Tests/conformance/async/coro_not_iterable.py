# Coroutines are not iterators: iter/next/for reject them.
async def f():
    return 1

c = f()
for action in ["iter", "next", "for", "list", "yield from"]:
    try:
        if action == "iter":
            iter(c)
        elif action == "next":
            next(c)
        elif action == "for":
            for _ in c:
                pass
        elif action == "list":
            list(c)
        else:
            def g():
                yield from c
            next(g())
    except TypeError as e:
        print(action, "->", e)
c.close()
print(hasattr(c, "__next__"), hasattr(c, "__iter__"), hasattr(c, "__await__"), hasattr(c, "send"))
