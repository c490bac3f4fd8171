# Comprehensions run in their own scope; the first iterable is evaluated outside.
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
print({x: x * 2 for x in "ab"}, x)
print({x % 3 for x in range(10)}, x)
g = (x for x in [7, 8])
print(list(g), x)

# first iterable evaluated in the enclosing scope, immediately
def make():
    items = [1, 2, 3]
    gen = (i * 10 for i in items)
    items = None
    return list(gen)
print(make())
try:
    gen = (i for i in 5)
except TypeError as e:
    print("TypeError at creation:", e)

# class body: the first iterable sees class names, later parts do not
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        pairs = [(a, b) for a in values for b in values if b > a]
    except NameError as e:
        pairs = "NameError " + str(e)
    try:
        bad = [values for _ in range(1)]
    except NameError as e:
        bad = "NameError " + str(e)
print(C.doubled, C.pairs, C.bad)

# nested comprehensions and closures over the loop variable
print([[i * j for j in range(3)] for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print([(a, b) for a in range(3) if a for b in range(a)])

# walrus inside a comprehension binds in the enclosing function scope
def walrus():
    data = [1, 5, 3]
    if any((big := v) > 4 for v in data):
        return big
print(walrus())
total = 0
partial = [total := total + v for v in [1, 2, 3]]
print(partial, total)
try:
    compile("[i := 0 for i in range(3)]", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("class A:\n    [y := 1 for x in range(2)]\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)

# the loop variable doesn't leak; an iteration variable can shadow a global
def uses_global():
    return [x for x in (1, 2)], x
print(uses_global())
print(sorted({k: v for k, v in zip("ba", (1, 2))}.items()))
print(type(x for x in ()).__name__)
