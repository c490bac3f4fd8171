# int arithmetic across the machine-word boundary and with big values
big = 2 ** 100
vals = [0, 1, -1, 7, -7, 2**63 - 1, -2**63, 2**64, big, -big, 10**30 + 7]
for a in vals:
    print(a, a + 1, a - 1, a * 3, -a, +a, abs(a))
print(big * big)
print((2**63) * (2**63) - 1)
print(-(-2**63))
print(sum(range(10**6)))
print(123456789 * 987654321 * 135792468)
print(type(3 * True), 3 * True)
x = 5
x += 2 ** 70
print(x)
x -= 2 ** 70
print(x, type(x).__name__)
print(int.__add__(3, 4), int.__sub__(10, 20), int.__mul__(6, 7))
print((5).__radd__(1), (5).__rsub__(1))
print(int.__add__(3, 4.0))
