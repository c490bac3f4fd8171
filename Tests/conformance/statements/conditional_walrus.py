# Conditional expressions and assignment expressions.
for n in [-1, 0, 1]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
calls = []
def t(x):
    calls.append(x)
    return x
print(t("a") if t(True) else t("b"), calls)
calls.clear()
print(t("a") if t(0) else t("b"), calls)

if (n := len("hello")) > 3:
    print("n is", n)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("popped", item)
print("stopped at", item, data)
print((y := 10), y)
print([y := 5, y ** 2])
def f(a=(b := 3)):
    return a, b
print(f(), b)
print(f"{(w := 4) * 2} {w}")
values = [z for x in range(4) if (z := x * x) > 2]
print(values, z)

def scope():
    [q := 1 for _ in range(1)]
    return q
print(scope())

for src in ["x := 1", "(a.b := 1)", "(a[0] := 1)", "def g(): (x := 1) = 2", "f(x := 1)"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
