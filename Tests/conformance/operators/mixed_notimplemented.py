# Comparisons where both sides return NotImplemented, with identity fallback for ==.
class A:
    def __eq__(self, o):
        print('A.__eq__')
        return NotImplemented
    def __lt__(self, o):
        print('A.__lt__')
        return NotImplemented
class B:
    def __eq__(self, o):
        print('B.__eq__')
        return NotImplemented
    def __gt__(self, o):
        print('B.__gt__')
        return NotImplemented
a, b = A(), B()
print(a == b)
print(a != b)
print(a == a)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    b > a
except TypeError as e:
    print(type(e).__name__, e)
class Sub(A):
    def __eq__(self, o):
        print('Sub.__eq__')
        return 'sub says'
print(A() == Sub())
print(Sub() == A())
