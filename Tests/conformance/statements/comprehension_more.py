# Comprehension details: evaluation order, laziness, nested scopes, conditions.
log = []
def src(name, items):
    log.append(f"iter {name}")
    return items
result = [(x, y) for x in src("outer", [1, 2]) if log.append(f"cond {x}") is None for y in src(f"inner{x}", "ab")]
print(result)
print(log)

gen = (x * x for x in src("gen", range(4)))
print("generator created", log[-1])
print(next(gen), next(gen), list(gen))

print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({(x, y) for x in range(2) for y in range(2) if x != y} == {(0, 1), (1, 0)})
print([[row[i] for row in [[1, 2], [3, 4]]] for i in range(2)])

def closures():
    fs = [lambda: x for x in range(3)]
    gs = [(lambda y: lambda: y)(x) for x in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(closures())

class Config:
    names = ["a", "b"]
    prefix = "cfg_"
    upper = [n.upper() for n in names]
    try:
        prefixed = [prefix + n for n in names]
    except NameError as e:
        prefixed = f"NameError: {e}"
print(Config.upper, Config.prefixed)

x = 10
print([x for x in range(3)], x)
print([y for y in range(3) if y != x])
def nested(n):
    return [[i * j for j in range(n)] for i in range(n)]
print(nested(3))
print(sum(x for x in range(5)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(zip(*[(1, "a"), (2, "b")])))
print([i for i in range(10) if i % 2 if i % 3])
print({i: [j for j in range(i)] for i in range(3)})
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print("NameError", e)
