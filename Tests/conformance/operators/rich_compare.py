# Rich comparisons, their reflections and results that are not bools.
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v, getattr(o, 'v', o))
        return self.v < (o.v if isinstance(o, V) else o)
    def __le__(self, o):
        print('le')
        return 'le-result'
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, V) and self.v == o.v
a, b = V(1), V(2)
print(a < b)
print(a > b)
print(a <= b)
print(a >= b)
print(a == b, a != b)
print(a == V(1), a != V(1))
print(3 > a)
print(1 == a)
print(a < 5)
try:
    a > 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v)
print(max(V(3), V(5)).v if False else 'ok')
