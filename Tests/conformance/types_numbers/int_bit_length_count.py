# bit_length and bit_count
for v in [0, 1, -1, 2, 3, 7, 8, -8, 255, 256, 2**63 - 1, 2**63, -2**63, 2**64, 10**100, -10**100]:
    print(v, v.bit_length(), v.bit_count())
print(int.bit_length(1023), int.bit_count(1023))
print(True.bit_length(), False.bit_count())
try:
    (5).bit_length(1)
except TypeError as e:
    print("TypeError", e)
