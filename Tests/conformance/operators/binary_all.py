# Every binary operator dispatches to its dunder.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'V({self.v!r})'
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul', 'divmod']:
    def op(self, other, name=name):
        return f'{name}({self.v}, {other!r})'
    setattr(V, f'__{name}__', op)
a = V(1)
print(a + 2)
print(a - 2)
print(a * 2)
print(a / 2)
print(a // 2)
print(a % 2)
print(a ** 2)
print(a << 2)
print(a >> 2)
print(a & 2)
print(a | 2)
print(a ^ 2)
print(a @ 2)
print(divmod(a, 2))
print(pow(a, 3))
