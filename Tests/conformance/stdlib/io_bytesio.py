# io.BytesIO.
import io

b = io.BytesIO(b"0123456789")
print(b.read(3), b.tell(), b.read(), b.read(), b.getvalue())
b.seek(-3, 2)
print(b.read(), b.seek(0), b.readline())
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.getvalue(), b.tell())
b.seek(10)
b.write(b"!")
print(b.getvalue())
print(b.truncate(3), b.getvalue())
b = io.BytesIO(b"one\ntwo\nthree")
print(b.readlines(), list(io.BytesIO(b"x\ny")))
buf = bytearray(4)
b = io.BytesIO(b"wxyz12")
print(b.readinto(buf), buf, b.read1(10))
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError", e)
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError", e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print("ValueError", e)
print(io.BytesIO().readable(), io.BytesIO().writable(), isinstance(io.BytesIO(), io.BufferedIOBase))
