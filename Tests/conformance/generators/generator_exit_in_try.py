# except Exception does not catch GeneratorExit; except BaseException does.
def g1():
    try:
        yield 1
    except Exception as e:
        print("g1 caught", type(e).__name__)
    print("g1 after")

def g2():
    try:
        yield 1
    except BaseException as e:
        print("g2 caught", type(e).__name__)
        raise
    print("g2 not after")

def g3():
    try:
        yield 1
    except:
        print("g3 bare except")
        return
for f in [g1, g2, g3]:
    it = f()
    next(it)
    it.close()
    print(f.__name__, "closed")
it = g1()
next(it)
try:
    it.throw(GeneratorExit)
except GeneratorExit as e:
    print("throw(GeneratorExit) propagates:", repr(e))
