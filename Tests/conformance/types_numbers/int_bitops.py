# bitwise operators on negative and big ints
vals = [0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -2**64, 2**100 + 12345, -(2**100) - 7]
for a in vals:
    print(a, ~a, a << 3, a >> 3, a >> 200, a << 70)
for a in vals[:6]:
    for b in vals[4:]:
        print(a & b, a | b, a ^ b)
print(-1 >> 1000, 1 >> 1000, 0 << 10**6)
for bad in [(1, -1), (-5, -3)]:
    for f in (lambda a, b: a << b, lambda a, b: a >> b):
        try:
            f(*bad)
        except ValueError as e:
            print("ValueError", e)
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
print(~True, ~False)
print(int.__and__(12, 10), int.__or__(12, 10), int.__xor__(12, 10), int.__invert__(5), int.__lshift__(1, 4), int.__rshift__(256, 4))
