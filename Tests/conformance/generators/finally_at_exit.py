# Generators still suspended when the program ends are closed at exit.
def g(name):
    try:
        yield name
    finally:
        print("closed at exit:", name)

first = g("first")
next(first)
unstarted = g("unstarted")
done = g("done")
list(done)
second = g("second")
next(second)
print("end of program")
