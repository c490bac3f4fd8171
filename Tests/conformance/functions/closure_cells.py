# __closure__ cells: contents, sharing between closures, empty cells.
def outer():
    a = 1
    b = "two"
    def inner():
        return a, b
    return inner
fn = outer()
print(fn.__code__.co_freevars, len(fn.__closure__), type(fn.__closure__[0]).__name__)
print([c.cell_contents for c in fn.__closure__])
def plain(): pass
print(plain.__closure__)
def pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get
inc, get = pair()
print(inc.__closure__[0] is get.__closure__[0])
inc()
print(get.__closure__[0].cell_contents)
get.__closure__[0].cell_contents = 50
print(get())
def empty_cell():
    def f():
        return later
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = 3
    return c.cell_contents
print(empty_cell())
print(type(fn.__closure__[0]) is type(inc.__closure__[0]))
