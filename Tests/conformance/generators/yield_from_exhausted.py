# yield from an exhausted generator finishes at once with None.
def sub():
    yield 1
    return "sub result"

s = sub()
print(list(s))

def deleg():
    r = yield from s
    print("result from exhausted:", r)
    r = yield from iter([])
    print("from empty iterator:", r)
    yield "end"

print(list(deleg()))

def deleg_same():
    x = sub()
    a = yield from x
    b = yield from x
    print(a, b)
print(list(deleg_same()))
