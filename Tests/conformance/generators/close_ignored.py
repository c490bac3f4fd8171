# A generator that yields while being closed: RuntimeError; it stays suspended.
def stubborn():
    while True:
        try:
            yield "value"
        except GeneratorExit:
            print("ignoring GeneratorExit")

it = stubborn()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(it.gi_frame is not None)
print(next(it))

def once():
    try:
        yield 1
    except GeneratorExit:
        yield 2
    print("after")

it = once()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
try:
    next(it)
except StopIteration:
    print("then finished normally")
