# the public method sets of the numeric types
for t in (int, bool, float, complex):
    print(t.__name__, [n for n in dir(t) if not n.startswith('_')])
for t in (int, float, complex):
    names = ['__abs__', '__add__', '__bool__', '__eq__', '__hash__', '__neg__', '__pos__', '__pow__', '__radd__',
             '__repr__', '__rmul__', '__rtruediv__', '__sub__', '__truediv__', '__format__', '__getnewargs__']
    print(t.__name__, [n for n in names if not hasattr(t, n)])
