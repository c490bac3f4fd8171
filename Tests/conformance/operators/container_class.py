# A linked list, a matrix and an int subclass with full operator support.
class Node:
    def __init__(self, val, nxt=None): self.val, self.nxt = val, nxt
    def __iter__(self):
        n = self
        while n is not None:
            yield n.val
            n = n.nxt
    def __len__(self): return sum(1 for _ in self)
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError('node index out of range')
    def __repr__(self): return 'Node(' + ', '.join(map(repr, self)) + ')'
    def __contains__(self, v): return any(x == v for x in self)
    def __reversed__(self): return reversed(list(self))
    def __eq__(self, o): return isinstance(o, Node) and list(self) == list(o)
    def __lt__(self, o): return list(self) < list(o)
    __hash__ = None
n = Node(1, Node(2, Node(3)))
print(n, len(n), n[1], 3 in n, list(reversed(n)), n == Node(1, Node(2, Node(3))), n < Node(2))
try: n[5]
except IndexError as e: print('IndexError', e)
print(sorted([Node(3), Node(1), Node(2)]))
print(bool(Node(0)), n and 'truthy')
from_str = {str(v): v for v in n}
print(from_str)
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __matmul__(self, o):
        return Matrix([[sum(a*b for a, b in zip(row, col)) for col in zip(*o.rows)] for row in self.rows])
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self): return f'Matrix({self.rows})'
    def __neg__(self): return Matrix([[-x for x in r] for r in self.rows])
    def __pos__(self): return self
    def __invert__(self): return Matrix(zip(*self.rows))
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0, 1], m[1], m @ m, -m, +m is m, ~m, m == Matrix([[1, 5], [3, 4]]))
class Money(int):
    def __new__(cls, v, cur='EUR'):
        self = super().__new__(cls, v)
        self.cur = cur
        return self
    def __repr__(self): return f'{int(self)} {self.cur}'
    def __add__(self, o): return Money(int(self) + int(o), self.cur)
print(Money(5), Money(5) + 3, Money(2, 'USD') + Money(1), int(Money(7)) * 2, Money(3) == 3, isinstance(Money(1), int))
class Ctx:
    depth = 0
    def __enter__(self):
        Ctx.depth += 1
        return Ctx.depth
    def __exit__(self, *exc):
        Ctx.depth -= 1
        return False
with Ctx() as a:
    with Ctx() as b:
        print(a, b, Ctx.depth)
print(Ctx.depth)
