# Chained comparisons evaluate each operand once and stop at the first false link.
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f'{self.v} < {o.v}')
        return self.v < o.v
def val(v):
    print('eval', v)
    return V(v)
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
class Weird:
    def __lt__(self, o): return 'truthy'
    def __gt__(self, o): return ''
print(Weird() < Weird(), Weird() > Weird())
print(1 < Weird() if False else Weird() < 1)
r = Weird() < Weird() < Weird()
print(repr(r))
