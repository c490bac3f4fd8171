# StopIteration(value) from an iterator class becomes the yield from result.
class Once:
    def __init__(self, value):
        self.value = value
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration(self.value)
        self.done = True
        return "once"

def g():
    for v in [None, 0, "x", (1, 2)]:
        r = yield from Once(v)
        print("result", repr(r))

print(list(g()))

class Multi:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(1, 2)

def h():
    r = yield from Multi()
    print("multi-arg StopIteration gives", r)
    yield
list(h())
