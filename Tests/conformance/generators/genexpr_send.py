# Generator expressions are generators: send/throw/close work on them.
g = (x * 2 for x in range(5))
print(next(g))
print(g.send("ignored"))
try:
    g.throw(ValueError("into genexpr"))
except ValueError as e:
    print("ValueError", e)
print(next(g, "finished"))

g = (x for x in range(3))
g.close()
print(list(g))

g = (x for x in range(3))
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(list(g))
