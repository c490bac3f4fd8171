# An exception while closing a collected generator is reported, not raised.
def bad():
    try:
        yield 1
    finally:
        print("finally raising")
        raise ValueError("from finally during collection")

it = bad()
next(it)
del it
print("program continues")
