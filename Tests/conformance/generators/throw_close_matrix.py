# throw()/close() at every suspension point of a generator with nested with/try/finally.
log = []
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): log.append(f"enter{self.n}"); return self
    def __exit__(self, t, v, tb):
        log.append(f"exit{self.n}:{t.__name__ if t else None}")
        return t is KeyError
def gen():
    for i in range(2):
        try:
            with CM(i):
                try:
                    x = yield f"a{i}"
                    log.append(f"got {x}")
                    yield f"b{i}"
                except ValueError as e:
                    log.append(f"VE{i}")
                    yield f"ve{i}"
                    raise
                finally:
                    log.append(f"fin{i}")
                    yield f"f{i}"
        except ValueError:
            log.append("outer VE")
            yield "outer"
    return "end"
for k in range(9):
    for action in ["close", "ValueError", "KeyError", "TypeError"]:
        log.clear()
        g = gen()
        out = []
        try:
            for _ in range(k):
                out.append(g.send(None) if out else next(g))
            if action == "close":
                g.close()
                out.append("closed")
            else:
                exc = {"ValueError": ValueError, "KeyError": KeyError, "TypeError": TypeError}[action]
                out.append(g.throw(exc))
                while True:
                    out.append(next(g))
        except StopIteration as e:
            out.append(("stop", e.value))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
        print(k, action, out, log)
