# // and % signs follow the divisor; divmod; ZeroDivisionError messages
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (1, 10**20),
         (-1, 10**20), (10**30, 7), (-10**30, 7), (10**30, -7), (-2**63, -1), (2**64, 2**32)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for op in ("//", "%", "divmod", "/"):
    for a, b in [(1, 0), (10**30, 0), (0, 0)]:
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            elif op == "divmod":
                divmod(a, b)
            else:
                a / b
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(7 / 2, -7 / 2, 10**30 / 10**10, 1 / 3)
print(2**1000 / 2**999)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print("OverflowError", e)
print((10**400) // (10**399))
print((10**400 + 1) / (10**400))
