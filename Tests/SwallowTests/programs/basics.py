# Literals, arithmetic, comparisons, names.
print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1)
print(10 ** 20, 2 ** 100 - 1, -(2 ** 64), (2 ** 64) // 3, (2 ** 64) % 7)
print(0.1 + 0.2, 1e16, 1e-5, 1.5e-7, 123456789012345678.0, 1/3, -0.0, float("inf"), float("nan"), 1e22, 100.0)
print(3.0 * 2, 7.5 // 2, -7.5 % 2, 2 ** 0.5, round(2.5), round(3.5), round(2.675, 2), round(-1.5))
print(1 < 2, 2 <= 1, 1 == 1.0, "a" < "b", (1, 2) < (1, 3), [1, 2] == [1, 2], 1 != 2)
x = 1
print(1 < 2 < 3, 3 > 2 > 2, None is None, x is not None, "x" in "xyz", 3 not in [1, 2])
print(True + True, True and 0, 0 or "default", not 0, ~5, -(-3), +4, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -17 >> 2)
print(None, True, False, ..., "str", b"bytes", 'it\'s', "say \"hi\"", "tab\there\n")
print(repr("a'b"), repr('a"b'), repr("both'\""), repr("\x00\x7f\u00e9\u4e2d"), repr(b"\x00\xff'"))
print((), (1,), (1, 2), [], [1, [2, 3]], {}, {"a": 1, 2: [3]}, {1, 2, 3}, set(), frozenset([1]))
x = 5
y = x * 2 + 1
x, y = y, x
print(x, y)
a = b = c = 7
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)
n = 10
n += 5
n -= 1
n *= 2
n //= 3
n **= 2
n %= 50
print(n)
s = "ab"
s *= 3
print(s)
l = [1]
l2 = l
l += [2, 3]
print(l, l2, l is l2)
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2), pow(3, 4), pow(3, 4, 5), abs(-3), abs(-2.5))
print(int("42"), int("-0x1f", 16), int("  12  "), int(3.99), int(-3.99), float("1.5"), float(" -2 "), str(12), bool(""), bool([0]))
print(hex(255), oct(8), bin(5), chr(65), ord("a"), hex(-255))
print(min(3, 1, 2), max([4, 9, 2]), min("abc"), max(1, 2, key=lambda v: -v), sum([1, 2, 3]), sum([0.5, 0.25], 10))
print(sorted([3, 1, 2]), sorted("hello"), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(len("héllo"), len([1, 2]), len({}), len(range(10)), len(b"abc"))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), range(3), range(1, 5, 2))
print(list(enumerate("ab")), list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")), list(reversed([1, 2, 3])))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2, 0])), any([0, 0]), all([]), any(x > 1 for x in [1, 2]))
print(isinstance(1, int), isinstance(True, int), isinstance("s", (int, str)), issubclass(bool, int), type(1).__name__, type("s"))
print(hash(1) == hash(1.0), callable(len), callable(1), getattr(1, "real"), hasattr("s", "upper"), getattr(1, "nope", "dflt"))
print(10 ** 16 * 1.0, 2.0 ** 60, 1.0e15, 12345.678, 0.000123, -1e-10, 5e-324, 1.7976931348623157e308)
print(7 // -2, 7 % -2, -7 // -2, 0.5 // 0.1, 1 / 8, 3 * 1.1)
print(True == 1, int(True), str(True), repr(None), 3 == 3.0, 0.1 * 3 == 0.3)
