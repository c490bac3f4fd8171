# Suspended generators held in containers are finalized when the container goes away.
def g(name):
    try:
        yield name
    finally:
        print("closing", name)

items = [g("a"), 1, "two"]
next(items[0])
print("clearing list")
items.clear()
print("cleared")
pair = (g("in tuple"), None)
next(pair[0])
pair = None
print("tuple dropped")
d = {"x": g("x")}
next(d["x"])
d["x"] = None
print("replaced in dict")
class Holder:
    pass
h = Holder()
h.gen = g("attr")
next(h.gen)
del h.gen
print("deleted attribute")
