# Generators and closures: cells shared between a generator and functions.
def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
    def watch():
        while True:
            yield total
    return add, watch()

add, w = make()
print(next(w))
add(5)
print(next(w))
add(7)
print(next(w))

def late_binding():
    fs = [lambda: i for i in range(3)]
    yield [f() for f in fs]
    gs = [(lambda i=i: i) for i in range(3)]
    yield [f() for f in gs]
print(list(late_binding()))

def gen_with_inner():
    x = 1
    def inner():
        return x * 10
    yield inner()
    x = 2
    yield inner()
print(list(gen_with_inner()))
