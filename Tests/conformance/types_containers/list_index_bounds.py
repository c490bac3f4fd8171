# list.index/insert/pop with negative and out-of-range positions
l = list("abcabc")
print(l.index("a"), l.index("a", 1), l.index("a", -3), l.index("c", -100, 100), l.index("b", 2**70 * -1), l.index("c", 0, -1))
for args in [("a", 4), ("a", 1, 3), ("z",), ("c", 3, -1)]:
    try:
        print(l.index(*args))
    except ValueError as e:
        print("ValueError", e)
m = [1, 2, 3]
m.insert(-1, "x"); m.insert(100, "end"); m.insert(-100, "start"); print(m)
print(m.pop(-1), m.pop(-len(m)), m)
try:
    m.pop(2**70)
except (IndexError, OverflowError) as e:
    print(type(e).__name__, e)
print(l[-1], l[-6], l[2**70:], l[:-2**70], l[::2**70])
try:
    l[2**70]
except IndexError as e:
    print("IndexError", e)
