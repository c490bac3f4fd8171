# A right operand of a subclass type that overrides the reflected method goes first.
class Base:
    def __add__(self, other):
        return 'Base.__add__'
    def __radd__(self, other):
        return 'Base.__radd__'
    def __lt__(self, other):
        return 'Base.__lt__'
    def __gt__(self, other):
        return 'Base.__gt__'
class Derived(Base):
    def __radd__(self, other):
        return 'Derived.__radd__'
    def __gt__(self, other):
        return 'Derived.__gt__'
class Plain(Base):
    pass
print(Base() + Derived())
print(Derived() + Base())
print(Base() + Plain())
print(Base() < Derived())
print(Base() < Plain())
print(Derived() < Base())
class MyInt(int):
    def __radd__(self, other):
        return 'MyInt.__radd__'
    def __rsub__(self, other):
        return NotImplemented
print(1 + MyInt(2))
print(1 - MyInt(2))
print(MyInt(2) + 1)
class Quiet(int): pass
print(1 + Quiet(2), type(1 + Quiet(2)).__name__)
