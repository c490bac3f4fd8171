# A suspended generator kept in a container is still closed when the program ends.
def g(name):
    try:
        yield name
    finally:
        print("closed at exit:", name)

class Holder:
    pass

h = Holder()
h.items = [1, g("in a list on an object"), 3]
print(next(h.items[1]))
print("end of program")
