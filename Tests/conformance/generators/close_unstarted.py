# Closing a generator that never started runs nothing.
def g():
    print("started")
    try:
        yield 1
    finally:
        print("finally")

it = g()
it.close()
print(it.gi_frame)
print(next(it, "exhausted"))
try:
    it.send(None)
except StopIteration:
    print("send after close: StopIteration")
