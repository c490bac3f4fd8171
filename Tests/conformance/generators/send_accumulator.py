# A generator used as a coroutine-style consumer: running averages.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term == "stop":
            return (count, average)
        total += term
        count += 1
        average = total / count

a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))
try:
    a.send("stop")
except StopIteration as e:
    print("result", e.value)

def grep(pattern):
    print("looking for", pattern)
    hits = []
    try:
        while True:
            line = yield
            if pattern in line:
                hits.append(line)
    finally:
        print("hits", hits)

g = grep("py")
next(g)
for line in ["python", "swift", "pypy", "rust"]:
    g.send(line)
g.close()
