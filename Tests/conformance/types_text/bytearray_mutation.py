# the mutating methods of bytearray
ba = bytearray(b"hello")
ba.append(33); print(ba)
ba.extend(b" world"); print(ba)
ba.extend([1, 2]); ba.extend(bytearray(b"!")); print(ba)
ba.insert(0, 62); ba.insert(-1, 60); ba.insert(100, 46); print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(111); print(ba)
ba.reverse(); print(ba)
c = ba.copy(); c.clear(); print(c, ba == ba.copy(), ba.copy() is not ba)
ba[0] = 65; ba[-1] = 66; print(ba)
del ba[0]; del ba[-1]; print(ba)
ba += b"++"; print(ba)
ba *= 2; print(ba)
x = bytearray(b"abc"); y = x; y += b"d"; print(x, x is y)
for call in [lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(98),
             lambda: bytearray().append(256), lambda: bytearray().append("a"), lambda: bytearray().extend([300]),
             lambda: bytearray().insert(0, -1), lambda: bytearray(b"a").__setitem__(0, 256),
             lambda: bytearray(b"a").__setitem__(3, 1), lambda: bytearray().extend(5), lambda: bytearray().extend("s")]:
    try:
        print(call())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
