# Every in-place dunder is found.
class I:
    def __init__(self): self.log = []
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul']:
    def op(self, other, name=name):
        self.log.append(name)
        return self
    setattr(I, f'__i{name}__', op)
i = I()
i += 1; i -= 1; i *= 1; i /= 1; i //= 1; i %= 1; i **= 1
i <<= 1; i >>= 1; i &= 1; i |= 1; i ^= 1; i @= 1
print(i.log)
