# memoryview over bytes and bytearray: indexing, slicing, tobytes, tolist, len, readonly, release
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.tobytes(), m.tolist()[:3], m.readonly, m.format, m.itemsize, m.ndim, m.shape,
      m.strides, m.nbytes, m.obj, m.contiguous, m.c_contiguous, m.f_contiguous, m.suboffsets)
s = m[1:4]
print(type(s).__name__, s.tobytes(), bytes(s), len(s), s[0], m[::2].tobytes(), m[::-1].tobytes(), m[5:1].tobytes())
print(m == b"abcdef", m == bytearray(b"abcdef"), m[1:3] == b"bc", m != b"x", m.hex(), m.hex(":"), list(m[:2]))
ba = bytearray(b"xyz")
w = memoryview(ba)
w[0] = 65; print(ba, w.readonly)
w[1:3] = b"BC"; print(ba)
print(w.tobytes(), str(m.toreadonly().readonly), bytes(w[::-1]))
for call in [lambda: m.__setitem__(0, 1), lambda: m[10], lambda: w.__setitem__(0, 256), lambda: w.__setitem__(slice(0, 2), b"abc"),
             lambda: m["a"], lambda: memoryview("str"), lambda: memoryview(5)]:
    try:
        print(call())
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
r = memoryview(b"12")
r.release()
r.release()
for call in [lambda: len(r), lambda: r[0], lambda: r.tobytes()]:
    try:
        print(call())
    except ValueError as e:
        print("ValueError", e)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tolist()
except ValueError as e:
    print("ValueError", e)
print(hash(memoryview(b"ab")) == hash(b"ab"), bytes(memoryview(bytearray(b"q"))), memoryview(m).tobytes())
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print("ValueError", e)
