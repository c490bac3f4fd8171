# CPython's TypeError messages for unsupported operand types.
class A: pass
class B: pass
cases = [
    lambda: A() + B(),
    lambda: A() - 1,
    lambda: 1 * A(),
    lambda: A() / A(),
    lambda: A() // 2.0,
    lambda: A() % 'x',
    lambda: A() ** 2,
    lambda: pow(A(), 2, 3),
    lambda: A() << 1,
    lambda: A() >> 1,
    lambda: A() & 1,
    lambda: A() | 1,
    lambda: A() ^ 1,
    lambda: A() @ 1,
    lambda: divmod(A(), 1),
    lambda: -A(),
    lambda: +A(),
    lambda: ~A(),
    lambda: abs(A()),
    lambda: A() < B(),
    lambda: A() <= 1,
    lambda: 1 > A(),
    lambda: A() >= A(),
    lambda: 'a' + 1,
    lambda: [1] + (1,),
    lambda: [1] * A(),
    lambda: None + 1,
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
