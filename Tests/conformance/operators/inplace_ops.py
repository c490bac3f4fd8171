# In-place operators: __iop__ first, then the binary and reflected methods.
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print('iadd')
        self.v += o
        return self
    def __isub__(self, o):
        print('isub -> NotImplemented')
        return NotImplemented
    def __sub__(self, o):
        print('sub')
        return Acc(self.v - o)
    def __imul__(self, o):
        print('imul returns other')
        return 'replaced'
    def __repr__(self): return f'Acc({self.v})'
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 1
print(a, a is orig)
a *= 2
print(a)
class OnlyBinary:
    def __add__(self, o): return 'binary add'
    def __rmatmul__(self, o): return 'rmatmul'
x = OnlyBinary()
x += 1
print(x)
y = 5
y @= OnlyBinary()
print(y)
class Nothing: pass
n = Nothing()
for op in ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@=']:
    try:
        exec(f'n {op} 1')
    except TypeError as e:
        print(e)
l = [1]
l2 = l
l += (2, 3)
print(l, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t is t2)
