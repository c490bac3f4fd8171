# memoryview.cast to native formats: items, lengths, strides and the cast errors.
b = bytes(range(16))
m = memoryview(b).cast('I')
print(m.format, m.itemsize, len(m), m.nbytes, m.tolist(), m[1], m[-1], list(m)[:2])
h = memoryview(bytearray(b'\x01\x00\xff\xff')).cast('h')
print(h.tolist(), h.format, h.shape, h.strides)
print(memoryview(b)[::2].tolist()[:4])
for bad in ['I', 'x']:
    try: print(memoryview(b'abc').cast(bad))
    except Exception as e: print(type(e).__name__, e)
try: memoryview(b).cast('I').cast('h')
except Exception as e: print(type(e).__name__, e)
print(memoryview(b).cast('d').tolist()[0] == 0 or True, memoryview(b).cast('q').tolist())
