# super(C, obj) and super(C, C2) with classmethods, attributes and descriptors.
class A:
    attr = 'A.attr'
    def m(self): return 'A.m of ' + type(self).__name__
    @classmethod
    def cm(cls): return 'A.cm of ' + cls.__name__
    @property
    def p(self): return 'A.p'
class B(A):
    attr = 'B.attr'
    def m(self): return 'B.m'
    @classmethod
    def cm(cls): return 'B.cm > ' + super(B, cls).cm()
class C(B):
    pass
c = C()
print(super(B, c).m())
print(super(C, c).m())
print(super(B, c).attr, super(C, c).attr)
print(super(B, C).cm())
print(C.cm())
print(super(B, c).p)
print(super(A, c).__class__.__name__)
s = super(B, c)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(super(B, C).m(c))
try:
    super(B, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, c).missing
except AttributeError as e:
    print(type(e).__name__, e)
unbound = super(B)
print(type(unbound).__name__)
