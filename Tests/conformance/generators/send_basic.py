# send() resumes with a value for the yield expression.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
        print("got", x)
    return received

g = echo()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("done", e.args)
g2 = echo()
print(next(g2), g2.send(10), g2.send(20))
try:
    g2.send()
except TypeError as e:
    print(type(e).__name__)
