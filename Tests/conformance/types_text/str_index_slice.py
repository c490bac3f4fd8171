# str indexing and slicing with negative steps, huge bounds and slice objects
s = "0123456789"
for sl in [slice(None, None, -1), slice(8, 2, -2), slice(-3, None), slice(None, -7, -1), slice(2**70), slice(-2**70, 3),
           slice(5, 5), slice(9, -11, -3), slice(None, None, 2**70), slice(1, None, -2**70)]:
    print(sl, repr(s[sl]))
print(s[-1], s[-10], s[0:100], s[100:0:-1], s[3:-3], "é日😀"[::-1], "é日😀"[1:], "abc"[True])
for bad in [10, -11, 2**70, 1.5, "1", None]:
    try:
        print(s[bad])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    s[1] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    del s[1]
except TypeError as e:
    print("TypeError", e)
