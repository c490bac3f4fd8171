# functools: reduce, partial, wraps, total_ordering, cmp_to_key.
import functools

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
p = functools.partial(int, base=16)
print(p("ff"), p.func is int, p.args, p.keywords)
q = functools.partial(lambda a, b, c: (a, b, c), 1, c=3)
print(q(2), q(b=5), functools.partial(q, 9)())
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k) * 2
    return wrapper
@deco
def triple(x):
    "Triples."
    return 3 * x
print(triple(2), triple.__name__, triple.__doc__, triple.__wrapped__(2))
@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
try:
    functools.reduce(lambda a, b: a, 5)
except TypeError as e:
    print("TypeError", e)
print(functools.reduce.__module__)
