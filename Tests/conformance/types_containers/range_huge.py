# ranges beyond the machine word
big = range(10**20)
print(big, big[-1], big[10**19], 10**19 in big, big.index(10**19 + 5), big.count(5), big[10**18:10**18 + 3])
try:
    len(big)
except OverflowError as e:
    print("OverflowError", e)
r = range(-10**30, 10**30, 10**29)
print(r, len(r), list(r)[:3], r[-1], 0 in r, 10**29 + 1 in r, r.index(0), r[::-5])
print(range(2**63, 2**63 + 3), list(range(2**63, 2**63 + 3)), len(range(2**64, 2**64 + 10, 3)))
print(list(reversed(range(2**64, 2**64 + 3))), range(2**70) == range(2**70), bool(range(2**70, 0)))
h = range(0, 2**100, 2**98)
print(list(h), h[2], 2**99 in h, (2**99 + 1) in h)
it = iter(range(2**63 - 2, 2**63 + 1))
print(list(it))
