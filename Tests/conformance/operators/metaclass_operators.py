# Operators on classes themselves come from the metaclass.
class Meta(type):
    def __add__(cls, other):
        return f'{cls.__name__}+{other.__name__}'
    def __or__(cls, other):
        return 'union'
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter(['x', 'y'])
    def __contains__(cls, item):
        return item == 'member'
    def __getitem__(cls, key):
        return f'{cls.__name__}[{key}]'
    def __eq__(cls, other):
        return 'meta eq'
    def __hash__(cls):
        return 1
    def __bool__(cls):
        return False
class A(metaclass=Meta): pass
class B(metaclass=Meta): pass
print(A + B, A | B, len(A), list(A), 'member' in A, 'other' in A, A[1], A == B, bool(A))
print('falsy class' if not A else 'truthy')
try:
    A - B
except TypeError as e:
    print(type(e).__name__, e)
try:
    int + str
except TypeError as e:
    print(type(e).__name__, e)
print(len({A: 1, B: 2}))
