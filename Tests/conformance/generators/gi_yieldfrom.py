# gi_yieldfrom names the iterator a suspended generator delegates to.
def inner():
    yield 1
    yield 2

def outer():
    yield 0
    yield from inner()
    yield 3

it = outer()
print(it.gi_yieldfrom)
next(it)
print(it.gi_yieldfrom)
next(it)
sub = it.gi_yieldfrom
print(type(sub).__name__, sub.__name__, sub.gi_running)
next(it)
print(it.gi_yieldfrom is sub)
next(it)
print(it.gi_yieldfrom)

def over_list():
    yield from [1, 2]
it = over_list()
next(it)
print(type(it.gi_yieldfrom).__name__)
