# The @ operator and its reflected and in-place forms.
class M:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        if not isinstance(o, M): return NotImplemented
        cols = list(zip(*o.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, o):
        return ('rmatmul', o)
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __repr__(self): return f'M({self.rows})'
a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b, 5 @ a)
c = a
c @= b
print(c, c is a)
try:
    a @ 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
