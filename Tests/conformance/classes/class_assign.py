# Assigning __class__ on instances, and its limits.
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.data = 1
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), a.data)
try:
    a.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
s = S1()
s.__class__ = S2
print(type(s).__name__)
