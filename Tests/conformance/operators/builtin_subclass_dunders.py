# Overridden dunders on builtin subclasses take effect in the operators.
class L(list):
    def __len__(self): return 100
    def __contains__(self, x): return x == 'magic'
    def __getitem__(self, i): return ('item', i)
    def __iter__(self): return iter(['overridden'])
    def __bool__(self): return False
    def __eq__(self, o): return 'L eq'
    __hash__ = None
l = L([1, 2, 3])
print(len(l), 'magic' in l, 1 in l, l[0], list(l), bool(l), l == [1])
print(list.__len__(l), list.__getitem__(l, 0))
class S(str):
    def __add__(self, o): return 'S add'
    def __mul__(self, o): return 'S mul'
    def __len__(self): return -1 if False else 0
    def __eq__(self, o): return True
    def __hash__(self): return 0
s = S('x')
print(s + 'y', 'y' + s, s * 3, len(s), s == 'anything', hash(s))
class I(int):
    def __eq__(self, o): return 'I eq'
    def __lt__(self, o): return 'I lt'
    __hash__ = int.__hash__
print(I(1) == 1, 1 == I(1), I(1) < 0, 0 > I(1), hash(I(3)))
class D(dict):
    def __contains__(self, k): return True
    def __len__(self): return 0
d = D(a=1)
print('zzz' in d, len(d), bool(d), d['a'])
