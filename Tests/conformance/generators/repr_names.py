# Names and reprs of generator objects (addresses left out).
def top():
    yield

class K:
    def method(self):
        yield
    @staticmethod
    def smeth():
        yield

def outer():
    def nested():
        yield
    return nested()

def head(o):
    r = repr(o)
    return r[:r.index(" at 0x")] + ">"

for g in [top(), K().method(), K.smeth(), outer(), (x for x in [])]:
    print(head(g), g.__name__, g.__qualname__)

g = top()
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, head(g))
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(type(g).__name__, type(g).__qualname__)
print(str(g) == repr(g))
