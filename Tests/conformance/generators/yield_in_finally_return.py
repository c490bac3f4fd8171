# return runs finally blocks, which may still yield.
def g():
    try:
        return "returned"
    finally:
        yield "from finally"
        print("finally done")

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)

def loop():
    for i in range(3):
        try:
            if i == 1:
                return i
            yield i
        finally:
            yield f"cleanup {i}"
print(list(loop()))

def nested():
    try:
        try:
            yield 1
            return "inner return"
        finally:
            yield "inner finally"
    finally:
        yield "outer finally"
it = nested()
print(list(it))
