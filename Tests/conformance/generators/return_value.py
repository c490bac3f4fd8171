# The value of `return` travels in StopIteration.value.
def r(v):
    yield 1
    return v

for v in [None, 0, "s", (1, 2), [3], (), StopIteration(9)]:
    g = r(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), len(e.args))

def early(flag):
    if flag:
        return "early"
    yield "never"

g = early(True)
try:
    next(g)
except StopIteration as e:
    print("early:", e.value)
print(list(early(False)))

def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
