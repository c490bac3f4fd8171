# memoryview slicing, strides and writes through slices
ba = bytearray(range(10))
m = memoryview(ba)
print(m[2:8].tolist(), m[::3].tolist(), m[::-2].tolist(), m[8:2:-2].tolist(), m[2:8][1:3].tolist(), m[-3:].tolist())
s = m[1::2]
print(len(s), s.strides, s.shape, s.nbytes, s.contiguous, s.c_contiguous, s[0], s[-1])
s[0] = 100
s[1:3] = b"\xc8\xc9"
print(ba)
m[0:3] = bytearray(b"abc")
print(ba, bytes(m[:3]), m[:3].tobytes(), m[:3].hex())
ro = memoryview(b"readonly")
print(ro[4:].tobytes(), ro[::-1].tobytes(), ro.readonly, ro[1:3].readonly, ro[1:3].obj)
print(list(m[:4]), 3 in m[:4], len(m[5:5]), m[5:5].tobytes(), m[100:].tolist())
m.release()
try:
    m[0]
except ValueError as e:
    print("ValueError", e)
print(ba[:3])
