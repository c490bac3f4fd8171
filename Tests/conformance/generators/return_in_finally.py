# return in a generator's finally swallows the pending exception.
def g():
    try:
        yield 1
    finally:
        return "finally wins"

it = g()
next(it)
try:
    it.throw(ValueError("lost"))
except StopIteration as e:
    print("StopIteration", e.value)

it = g()
next(it)
print(it.close())

def h():
    for i in range(3):
        try:
            yield i
        finally:
            if i == 1:
                print("breaking in finally")
                break
    yield "after loop"
it = h()
print(next(it), next(it))
print(it.throw(KeyError))
