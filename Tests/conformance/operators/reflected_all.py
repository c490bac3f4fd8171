# Reflected dunders run when the left operand cannot handle the operation.
class R:
    def __repr__(self): return 'R'
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul', 'divmod']:
    def op(self, other, name=name):
        return f'r{name}({other!r}, R)'
    setattr(R, f'__r{name}__', op)
r = R()
print(1 + r)
print(1 - r)
print('s' * r if False else [1] * r)
print(1 / r)
print(1 // r)
print(1 % r)
print(2 ** r)
print(1 << r)
print(1 >> r)
print(1 & r)
print(1 | r)
print(1 ^ r)
print(1 @ r)
print(divmod(1, r))
print(pow(2, r))
print(1.5 + r, 'x' + r, (1,) + r, None + r if False else [] + r)
