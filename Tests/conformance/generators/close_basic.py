# close() raises GeneratorExit at the yield: finally blocks run, the generator ends.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

it = g()
print(next(it))
print(it.close())
print(it.gi_frame)
it.close()
print(next(it, "exhausted"))
print("---")
it = g()
print(list(it))
it.close()
print("close after exhaustion is a no-op")

def catches():
    try:
        yield 1
    except GeneratorExit as e:
        print("GeneratorExit seen", type(e).__mro__[1].__name__, repr(e))
        raise
it = catches()
next(it)
it.close()
