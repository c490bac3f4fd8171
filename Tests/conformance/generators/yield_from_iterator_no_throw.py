# A delegate iterator without throw/close: the exception is raised in the delegating frame.
class Plain:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

def deleg():
    try:
        yield from Plain()
    except ValueError as e:
        print("delegating frame caught", e)
        yield "recovered"
    finally:
        print("deleg finally")

g = deleg()
print(next(g))
print(g.throw(ValueError("x")))
g.close()

g = deleg()
print(next(g))
g.close()
print(g.gi_frame)

def over_list():
    try:
        yield from [1, 2, 3]
    except KeyError:
        print("KeyError in list delegation")
        yield "k"
g = over_list()
next(g)
print(g.throw(KeyError))
print(list(g))
