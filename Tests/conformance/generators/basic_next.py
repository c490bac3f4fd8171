# next() drives a generator; StopIteration at the end, and it stays exhausted.
def count(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count(3)
print("created")
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.args)
print(next(g, "default"))
print(list(count(4)))
print(sum(count(5)), max(count(5)), sorted(count(3), reverse=True))
for x in count(2):
    print("for", x)
g = count(0)
print(type(g).__name__, iter(g) is g)
