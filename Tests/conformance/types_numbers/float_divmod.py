# float //, % and divmod signs, and ZeroDivisionError messages
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (6.0, 3.0), (-6.0, 3.0), (0.0, 5.0), (-0.0, 5.0),
         (0.0, -5.0), (1.0, 0.1), (-1.0, 0.1), (1e300, 1e-300), (5, 0.5), (3, -1.5), (1e-320, 3.0)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for op, f in [("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
              ("divmod", divmod)]:
    for a, b in [(1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, -0.0)]:
        try:
            f(a, b)
        except ZeroDivisionError as e:
            print(op, a, b, type(e).__name__, e)
print(-7.5 % 2, 7.5 % -2)
