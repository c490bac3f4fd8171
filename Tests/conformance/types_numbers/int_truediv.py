# int / int is correctly rounded even for huge operands
cases = [(1, 3), (2, 3), (10**400 + 1, 10**400), (2**1100, 3 * 2**1000), (3**700, 7**400), (-(10**500), 3 * 10**499),
         (1, 10**400), (10**300, 10**-1 if False else 10), (2**53 + 1, 1), (2**54 + 3, 2), (10**20 + 1, 10**4),
         (123456789123456789123456789, 987654321), (1, 2**1074), (1, 2**1075), (3, 2**1076)]
for a, b in cases:
    print(a / b)
try:
    print(10**400 / 1)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(7 // 2.0, 7 % -2.0, 2**60 / 2**59, (2**63 - 1) / (2**63 - 1), -7 / 2)
