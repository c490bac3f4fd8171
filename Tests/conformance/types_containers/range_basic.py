# range: len, index, count, contains, equality, reversed, repr, attributes, bool
rs = [range(10), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-5, 5), range(3, -3, -1), range(0, 1)]
for r in rs:
    print(r, len(r), list(r), r.start, r.stop, r.step, bool(r), list(reversed(r)), r.count(4), 4 in r, -4 in r)
r = range(0, 20, 5)
print(r.index(15), r.index(0), 5.0 in r, 6.0 in r, "a" in r, r.count(5.0), r.count(7), r[1], r[-1])
for call in [lambda: r.index(3), lambda: r.index("x"), lambda: r[4], lambda: r[-5], lambda: range(1, 2, 0),
             lambda: range(), lambda: range(1.5), lambda: range(1, 2, 3, 4), lambda: r["a"], lambda: range(x=1),
             lambda: hash(range(3)) == hash(range(3))]:
    try:
        print(call())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1) == range(1, 2, 5), range(3) == [0, 1, 2],
      range(3) != range(4), range(0, 10, 3) == range(0, 11, 3))
print(range(3).__len__(), range(3).__contains__(2), range(3).__getitem__(2), type(iter(range(3))).__name__)
print([n for n in dir(range) if not n.startswith('_')])
