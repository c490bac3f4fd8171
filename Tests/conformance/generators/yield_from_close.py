# close() closes the whole delegation chain, innermost first.
def level(n, sub=None):
    try:
        if sub is None:
            yield f"level {n}"
        else:
            yield from sub
    except GeneratorExit:
        print("GeneratorExit at level", n)
        raise
    finally:
        print("finally level", n)

g = level(1, level(2, level(3)))
print(next(g))
g.close()
print("closed")

def sub_ignores():
    try:
        yield 1
    except GeneratorExit:
        yield "stubborn"

def outer():
    try:
        yield from sub_ignores()
    finally:
        print("outer finally")

g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(g.gi_frame is None)
