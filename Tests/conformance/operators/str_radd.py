# Reflected operators with builtin left operands: str, list, tuple, int, float.
class Tail:
    def __radd__(self, o): return f'radd({o!r})'
    def __rmul__(self, o): return f'rmul({o!r})'
    def __rmod__(self, o): return f'rmod({o!r})'
    def __rsub__(self, o): return f'rsub({o!r})'
    def __rtruediv__(self, o): return f'rtruediv({o!r})'
    def __rpow__(self, o): return f'rpow({o!r})'
t = Tail()
print('s' + t, [1] + t, (1,) + t, 1 + t, 1.5 + t, True + t, None if False else b'b' + t)
print('s' * t, [1] * t, 2 * t)
print(5 % t)
print(5 - t, 5 / t, 2 ** t, {1} - t if False else 'skip')
