# __getitem__/__setitem__/__delitem__ receive ints, slices and tuples as given.
class Grid:
    def __init__(self): self.data = {}
    def __getitem__(self, key):
        print('get', repr(key))
        return self.data.get(repr(key), 0)
    def __setitem__(self, key, value):
        print('set', repr(key), value)
        self.data[repr(key)] = value
    def __delitem__(self, key):
        print('del', repr(key))
        del self.data[repr(key)]
g = Grid()
g[1] = 'a'
g[1, 2] = 'b'
g[1:2] = 'c'
g[::2] = 'd'
g[...] = 'e'
print(g[1], g[1, 2], g[1:2], g[::2], g[...])
print(g[1:2, 3])
del g[1]
try:
    del g[99]
except KeyError as e:
    print(type(e).__name__, e)
g[0] += 5
print(g[0])
class RO:
    def __getitem__(self, k): return k
try:
    RO()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del RO()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Nothing: pass
try:
    Nothing()[0]
except TypeError as e:
    print(type(e).__name__, e)
class D(dict):
    def __missing__(self, key):
        return 'missing ' + str(key)
d = D(a=1)
print(d['a'], d['b'], d.get('b'))
