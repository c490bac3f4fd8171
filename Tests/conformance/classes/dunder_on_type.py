# Special methods are looked up on the type: instance attributes do not count.
class C:
    def __len__(self): return 1
    def __repr__(self): return 'type repr'
    def __str__(self): return 'type str'
    def __iter__(self): return iter([1])
    def __getitem__(self, k): return 'type getitem'
    def __call__(self): return 'type call'
    def __eq__(self, o): return 'type eq'
    __hash__ = object.__hash__
    def __bool__(self): return True
    def __add__(self, o): return 'type add'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'instance repr'
c.__str__ = lambda: 'instance str'
c.__iter__ = lambda: iter([9, 9])
c.__getitem__ = lambda k: 'instance getitem'
c.__call__ = lambda: 'instance call'
c.__eq__ = lambda o: 'instance eq'
c.__bool__ = lambda: False
c.__add__ = lambda o: 'instance add'
print(len(c), repr(c), str(c), list(c), c[0], c(), c == 1, bool(c), c + 1)
print(c.__len__(), c.__repr__(), c.__add__(1))
class D: pass
d = D()
d.__len__ = lambda: 5
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
C.__len__ = lambda self: 7
print(len(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
C.__neg__ = lambda self: 'added later'
print(-c)
