# slice assignment and deletion on bytearray
ba = bytearray(b"0123456789")
ba[2:4] = b"ab"; print(ba)
ba[2:4] = b"XYZW"; print(ba)
ba[0:0] = bytearray(b"<<"); print(ba)
ba[-2:] = []; print(ba)
ba[::2] = b"_" * len(ba[::2]); print(ba)
ba[1:3] = [65, 66, 67]; print(ba)
del ba[::3]; print(ba)
del ba[1:3]; print(ba)
ba[len(ba):] = b"end"; print(ba)
ba[2:5] = memoryview(b"mv"); print(ba)
ba[:] = b""; print(ba, len(ba))
b2 = bytearray(b"abcdef")
b2[4:1:-1] = b"XYZ"; print(b2)
for call in [lambda: b2.__setitem__(slice(None, None, 2), b"1"), lambda: b2.__setitem__(slice(0, 2), "ab"),
             lambda: b2.__setitem__(slice(0, 2), 5), lambda: b2.__setitem__(slice(0, 2), [256])]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b3 = bytearray(b"abc"); b3[1:2] = 3; print(b3)
