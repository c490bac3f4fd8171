# Subclasses of int/float/str/list keep builtin behaviour unless overridden.
class I(int): pass
class F(float): pass
a, b = I(7), I(2)
print(a + b, a - b, a * b, a // b, a % b, a ** b, -a, abs(I(-3)), a > b, a == 7)
print(type(a + b).__name__, type(-a).__name__, type(a // b).__name__)
print(F(1.5) * 2, type(F(1.5) * 2).__name__, F(1.5) > 1)
print(I(3) & 1, I(3) | 4, I(3) ^ 1, I(1) << 3, ~I(0))
print(bool(I(0)), bool(I(5)), bool(F(0.0)))
print(divmod(I(7), I(2)), round(F(2.567), 2), hash(I(5)) == hash(5))
class L(list): pass
l = L([1, 2])
print(l * 2, type(l * 2).__name__, l + [3], 2 in l, len(l), bool(L()), l == [1, 2])
class S(str): pass
s = S('ab')
print(s * 2, s + 'c', type(s + 'c').__name__, 'a' in s, s < 'b', s.upper(), type(s.upper()).__name__)
class D(dict): pass
d = D(x=1)
print(d == {'x': 1}, len(d), bool(D()), 'x' in d, d | {'y': 2})
