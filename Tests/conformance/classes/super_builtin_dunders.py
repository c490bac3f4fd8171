# super() calls into the dunders of builtin base types run the builtin behaviour.
class MyInt(int):
    def __add__(self, o): return MyInt(super().__add__(o) + 100)
    def __neg__(self): return 'neg ' + str(super().__neg__())
    def __hash__(self): return super().__hash__()
    def __eq__(self, o): return super().__eq__(o)
    def __lt__(self, o): return super().__lt__(o)
    def __bool__(self): return super().__bool__()
print(MyInt(1) + 2, -MyInt(3), hash(MyInt(4)), MyInt(5) == 5, MyInt(1) < 2, bool(MyInt(0)))
class MyStr(str):
    def __add__(self, o): return 'S:' + super().__add__(o)
    def __eq__(self, o): return super().__eq__(o)
    def __hash__(self): return super().__hash__()
    def __len__(self): return super().__len__() * 10
    def __getitem__(self, i): return 'gi:' + super().__getitem__(i)
    def __contains__(self, x): return super().__contains__(x)
print(MyStr('a') + 'b', MyStr('a') == 'a', hash(MyStr('x')) == hash('x'), len(MyStr('ab')), MyStr('xy')[1], 'x' in MyStr('x'))
class MyList(list):
    def __getitem__(self, i): return ('L', super().__getitem__(i))
    def __setitem__(self, i, v): super().__setitem__(i, v * 2)
    def __len__(self): return super().__len__() + 1
    def __iter__(self): return super().__iter__()
    def __contains__(self, x): return super().__contains__(x)
    def __add__(self, o): return MyList(super().__add__(o))
    def __eq__(self, o): return super().__eq__(o)
l = MyList([1, 2])
l[0] = 5
print(l[0], len(l), list(l), 2 in l, l + [3], l == [10, 2])
class MyDict(dict):
    def __getitem__(self, k): return ('D', super().__getitem__(k))
    def __setitem__(self, k, v): super().__setitem__(k, v + 1)
    def __contains__(self, k): return super().__contains__(k)
    def __len__(self): return super().__len__()
d = MyDict()
d['a'] = 1
print(d['a'], 'a' in d, len(d))
class MyFloat(float):
    def __mul__(self, o): return super().__mul__(o) + 0.5
    def __abs__(self): return super().__abs__()
print(MyFloat(2.0) * 2, abs(MyFloat(-1.0)))
