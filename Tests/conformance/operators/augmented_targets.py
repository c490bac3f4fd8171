# Augmented assignment to attributes and subscripts: get, in-place op, set.
class Obj:
    def __init__(self): object.__setattr__(self, 'v', 1)
    def __getattribute__(self, n):
        print('get', n)
        return object.__getattribute__(self, n)
    def __setattr__(self, n, val):
        print('set', n, val)
        object.__setattr__(self, n, val)
o = Obj()
o.v += 10
print(o.v)
class Box:
    def __init__(self): self.d = {'k': [1]}
    def __getitem__(self, k):
        print('getitem', k)
        return self.d[k]
    def __setitem__(self, k, val):
        print('setitem', k, val)
        self.d[k] = val
b = Box()
b['k'] += [2]
b['k'] *= 2
print(b.d)
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print('iadd')
        self.v += o
        return self
    def __repr__(self): return f'Num({self.v})'
class Holder: pass
h = Holder()
h.n = Num(1)
h.n += 5
print(h.n)
lst = [Num(0)]
lst[0] += 3
print(lst)
