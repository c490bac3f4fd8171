def f(a, b, c=3):
    return a + b + c
def g(*, k):
    return k
def h(a, /, b):
    return a
class K:
    def m(self, x):
        return x
five = 5
text = "abc"
items = [1, 2, 3]
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: g(),
    lambda: g(1),
    lambda: h(a=1, b=2),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: (lambda x: x)(),
    lambda: f(*5),
    lambda: f(**5),
    lambda: int("12", 1),
    lambda: five(),
    lambda: text(),
    lambda: items["x"],
    lambda: K(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)
