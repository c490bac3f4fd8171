# Module teardown at exit releases globals in definition order, underscored names included.
class N:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
b = N('b')
_u = N('_u')
a = N('a')
__d = N('__d')
c = N('c')
