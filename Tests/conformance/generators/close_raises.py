# An exception from a finally block during close() propagates out of close().
def g():
    try:
        yield 1
    finally:
        print("in finally")
        raise KeyError("from finally")

it = g()
next(it)
try:
    it.close()
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
print(it.gi_frame)

def g2():
    try:
        yield 1
    except GeneratorExit:
        1 / 0
it = g2()
next(it)
try:
    it.close()
except ZeroDivisionError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
