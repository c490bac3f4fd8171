# slice assignment and deletion on lists, including extended slices
l = list(range(10))
l[2:5] = ["a", "b"]; print(l)
l[0:0] = [-1, -2]; print(l)
l[-1:] = "xyz"; print(l)
l[::2] = [0] * len(l[::2]); print(l)
l[1::3] = ("p", "q", "r", "s")[:len(l[1::3])]; print(l)
l[5:2] = [99]; print(l)
l[100:] = [100]; print(l)
l[:] = range(4); print(l)
l[::-1] = [9, 8, 7, 6]; print(l)
l[3:0:-2] = ["u", "v"]; print(l)
del l[::2]; print(l)
m = list(range(10)); del m[1:8:3]; print(m)
m = list(range(10)); del m[::-3]; print(m)
m = list(range(5)); del m[10:]; del m[-100:1]; print(m)
m = list(range(5)); m[1:3] = m; print(m)
m = [1, 2, 3]; m[1:1] = (x * 10 for x in range(2)); print(m)
for call in [lambda: l.__setitem__(slice(None, None, 2), [1]), lambda: l.__setitem__(slice(0, 1), 5),
             lambda: l.__setitem__(slice(None, None, 0), []), lambda: l.__setitem__(10, 1),
             lambda: l.__delitem__(10), lambda: l.__getitem__(slice(0, 1, 0)), lambda: l.__setitem__("a", 1),
             lambda: l.__setitem__(slice(None, None, -1), [1, 2, 3, 4, 5])]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(l[1:2], l[::-1], l[-100:100], l[slice(1, None)], l[5:], l[::3], l[-1::-2])
