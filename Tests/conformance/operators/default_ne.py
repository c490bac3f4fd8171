# The default __ne__ inverts __eq__; NotImplemented passes through.
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('E.__eq__')
        if not isinstance(o, E): return NotImplemented
        return self.v == o.v
print(E(1) != E(1), E(1) != E(2))
print(E(1) != 5)
class OnlyNe:
    def __ne__(self, o):
        return 'custom ne'
print(OnlyNe() != 1, OnlyNe() == OnlyNe())
class Both:
    def __eq__(self, o): return True
    def __ne__(self, o): return True
print(Both() == 1, Both() != 1)
class Truthy:
    def __eq__(self, o): return 'yes'
print(Truthy() != 1, Truthy() == 1)
class Other:
    def __eq__(self, o):
        print('Other.__eq__')
        return NotImplemented
class Right:
    def __eq__(self, o):
        print('Right.__eq__')
        return True
print(Other() != Right())
print(Other() == Other())
x = Other()
print(x == x, x != x)
