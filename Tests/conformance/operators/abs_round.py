# abs() and round() delegate to __abs__ and __round__.
class V:
    def __init__(self, x): self.x = x
    def __abs__(self): return V(abs(self.x))
    def __round__(self, n=None):
        return ('round', self.x, n)
    def __repr__(self): return f'V({self.x})'
print(abs(V(-3)), round(V(2.5)), round(V(2.5), 1), round(V(1), None))
class NoAbs: pass
try:
    abs(NoAbs())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(NoAbs())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(NoAbs(), 2)
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.675, 2), round(5), round(-0.5), round(1.5), round(25, -1), abs(-0.0), abs(-7))
class MyF(float): pass
print(round(MyF(1.26), 1), abs(MyF(-2.0)), type(abs(MyF(-2.0))).__name__)
