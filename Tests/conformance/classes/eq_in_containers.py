# Container operations call __eq__ (after an identity check).
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, E) and self.v == o.v
    def __repr__(self): return f'E({self.v})'
l = [E(1), E(2), E(3)]
print(l.index(E(2)))
print(l.count(E(3)))
l.remove(E(1))
print(l)
x = l[0]
print(x in l, l.index(x))
print([E(1)] == [E(1)], (E(1),) == (E(2),))
class Never:
    def __eq__(self, o): return False
n = Never()
print(n in [n], [n] == [n], n == n)
nan = float('nan')
print(nan in [nan], [nan] == [nan], nan == nan)
