# yield from over various iterables.
def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], (3,), "ab", range(2), {"k": 1}, iter([9]))))

def gen():
    yield "x"
    yield "y"

def wrap():
    yield "before"
    yield from gen()
    yield "after"
print(list(wrap()))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5]])))

def empty():
    yield from []
    yield from ()
    print("empty done")
print(list(empty()))
try:
    list(chain(5))
except TypeError as e:
    print("TypeError:", e)
