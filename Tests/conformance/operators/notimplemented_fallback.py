# NotImplemented from the left operand hands over to the right operand's reflected method.
class A:
    def __add__(self, other):
        print('A.__add__', type(other).__name__)
        return NotImplemented
    def __radd__(self, other):
        print('A.__radd__', type(other).__name__)
        return NotImplemented
class B:
    def __radd__(self, other):
        print('B.__radd__', type(other).__name__)
        return 'B wins'
    def __add__(self, other):
        print('B.__add__', type(other).__name__)
        return NotImplemented
print(A() + B())
try:
    B() + A()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + A()
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __add__(self, other):
        return NotImplemented
try:
    C() + C()
except TypeError as e:
    print(type(e).__name__, e)
