# Star-unpacking in assignments, calls and displays.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
try:
    a, *b = 5
except TypeError as e:
    print("TypeError", e)

def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), 4, *"ab"))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(1, *range(2), x=1, **dict(y=2)))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError", e)
try:
    f(**5)
except TypeError as e:
    print("TypeError", e)

print([*range(3), *"ab", 9])
print((*[1], *[2, 3]))
print(sorted({*[1, 2], *(2, 3)}))
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
print([*[]], (*(),), {**{}})
try:
    [*5]
except TypeError as e:
    print("TypeError", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError", e)
for src in ["*a = [1]", "a, *b, *c = x", "print(*)", "*a, = [1]"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
