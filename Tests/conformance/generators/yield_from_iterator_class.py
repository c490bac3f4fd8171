# yield from forwards send/throw/close to an arbitrary iterator that has those methods.
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.n += 1
        if self.n > 4:
            raise StopIteration(f"echo finished after {self.n - 1}")
        return f"echo {self.n}: {v}"
    def throw(self, *args):
        print("Echo.throw", args)
        typ = args[0] if isinstance(args[0], type) else type(args[0])
        if typ is KeyError:
            raise StopIteration("stopped by KeyError")
        return "handled " + typ.__name__
    def close(self):
        print("Echo.close")

def deleg():
    r = yield from Echo()
    print("result:", r)
    yield "after"

g = deleg()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("v")))
print(g.throw(ValueError, "w"))
print(g.throw(KeyError))
g.close()

g = deleg()
next(g)
g.close()
print("closed, frame:", g.gi_frame)
g = deleg()
for x in g:
    print(x)
