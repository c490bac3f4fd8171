# Generated exception group trees run through generated try/except* statements.
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return (seed >> 8) % n

leaf_types = [ValueError, TypeError, KeyError, IndexError, OSError, KeyboardInterrupt]
def tree(depth):
    n = 1 + rnd(3)
    items = []
    for i in range(n):
        if depth < 2 and rnd(3) == 0:
            items.append(tree(depth + 1))
        else:
            items.append(leaf_types[rnd(len(leaf_types))](rnd(10)))
    return BaseExceptionGroup(f"g{depth}", items)

def show(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(show(x) for x in e.exceptions)}])"
    return repr(e)

clause_types = [ValueError, TypeError, (KeyError, IndexError), LookupError, OSError, Exception, KeyboardInterrupt]
actions = ["pass", "raise", "new", "raise_e"]

def run(exc, clauses):
    log = []
    def body():
        try:
            raise exc
        except* clauses[0][0] as e:
            log.append(("1", show(e)))
            act(clauses[0][1], e)
        except* clauses[1][0] as e:
            log.append(("2", show(e)))
            act(clauses[1][1], e)
    def act(a, e):
        if a == "raise":
            raise
        if a == "new":
            raise RuntimeError(len(e.exceptions))
        if a == "raise_e":
            raise e
    try:
        body()
        log.append("completed")
    except BaseException as out:
        log.append(("out", show(out)))
    return log

for i in range(400):
    exc = tree(0) if rnd(4) else leaf_types[rnd(5)](i)
    clauses = [(clause_types[rnd(len(clause_types))], actions[rnd(4)]) for _ in range(2)]
    print(i, show(exc), [(c[0].__name__ if isinstance(c[0], type) else "tuple", c[1]) for c in clauses])
    print("   ", run(exc, clauses))
