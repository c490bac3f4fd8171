# int.from_bytes from bytes, bytearray, lists and iterables
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'\x7f', 'big', signed=True), int.from_bytes(b'\x80', 'big', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'', 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
print(int.from_bytes(b'\x01' * 20, 'big'))
print(int.from_bytes(b'\x01\x02'), int.from_bytes(bytes=b'\x01\x02', byteorder='little'))
print(int.from_bytes(iter([255, 0]), 'little', signed=True))
print(bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__)
class MyInt(int):
    pass
m = MyInt.from_bytes(b'\x05', 'big')
print(type(m).__name__, m)
for call in [lambda: int.from_bytes(b'\x01', 'sideways'),
             lambda: int.from_bytes('abc', 'big'),
             lambda: int.from_bytes([256], 'big'),
             lambda: int.from_bytes(5, 'big')]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
