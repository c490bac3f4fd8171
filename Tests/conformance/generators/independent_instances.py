# Each call makes an independent generator with its own locals.
def counter(start, step):
    n = start
    while True:
        yield n
        n += step

a = counter(0, 1)
b = counter(100, -10)
print(next(a), next(b), next(a), next(b), next(a))
gens = [counter(i, i) for i in range(1, 4)]
for _ in range(3):
    print([next(g) for g in gens])
def shared():
    data = []
    def gen(tag):
        data.append(tag)
        yield list(data)
    return gen
gen = shared()
x, y = gen("x"), gen("y")
print(next(y), next(x))
print(counter is counter, a is not b, type(a) is type(b))
