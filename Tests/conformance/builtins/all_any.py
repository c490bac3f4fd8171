# all() and any(): truthiness, short-circuit, empty iterables, errors.
print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]))
print(all("abc"), any(""), all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)))
seen = []
def gen():
    for i in [1, 1, 0, 1]:
        seen.append(i)
        yield i
print(all(gen()), seen)
seen.clear()
def gen2():
    for i in [0, 0, 5, 0]:
        seen.append(i)
        yield i
print(any(gen2()), seen)
class Falsy:
    def __bool__(self): return False
print(all([Falsy()]), any([Falsy()]))
for f in (all, any):
    try:
        f(5)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
