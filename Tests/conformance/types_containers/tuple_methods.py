# tuple methods, operators and hashing
t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(1, 1), t.index(2, -3), t.count(2), t.count(9), t.index(3, 0, 3))
for call in [lambda: t.index(9), lambda: t.index(1, 1, 4), lambda: t.count(), lambda: t.index()]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(t + (4,), t * 2, 2 * (1,), t[1:3], t[::-1], t[-1], (1,) * 0, () == (), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(x for x in range(3)), tuple({1: 2}), (1,), (1, 2), ((),))
print(repr((1,)), repr(((1,),)), str(("a", 'b"')), ((1, 2),) * 2)
for call in [lambda: hash((1, [2])), lambda: (1,) + [2], lambda: (1,)[5], lambda: (1,) < ("a",), lambda: t.__setitem__]:
    try:
        print(call())
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
x = (1, 2); y = x; y += (3,); print(x, y, x is y)
print(t.__len__(), t.__getitem__(0), t.__contains__(3), t.__add__((9,)), t.__mul__(2), t.__rmul__(1), t.__hash__() == hash(t))
print([n for n in dir(tuple) if not n.startswith('_')], [n for n in dir(list) if not n.startswith('_')])
