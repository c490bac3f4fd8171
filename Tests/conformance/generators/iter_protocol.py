# Generators implement the iterator protocol.
def g():
    yield "a"
    yield "b"

it = g()
print(iter(it) is it, it.__iter__() is it)
print(it.__next__())
print(hasattr(it, "send"), hasattr(it, "throw"), hasattr(it, "close"))
print(sorted(n for n in dir(it) if n.startswith("gi_")))
print(callable(it.send), type(it.send).__name__)
for name in ["__next__", "send", "throw", "close"]:
    print(name, hasattr(type(it), name))
print(type(it).__name__)
try:
    class Sub(type(it)):
        pass
except TypeError as e:
    print("TypeError:", e)
print(list(zip(g(), g(), "xyz")))
print(dict(enumerate(g())))
