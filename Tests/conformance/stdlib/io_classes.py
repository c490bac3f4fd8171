# The io class hierarchy and user subclasses of its abstract bases.
import io

print([c.__name__ for c in io.TextIOWrapper.__mro__])
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

class Numbers(io.RawIOBase):
    def __init__(self, n):
        self.left = n
    def readable(self):
        return True
    def readinto(self, b):
        if self.left == 0:
            return 0
        count = min(len(b), self.left, 3)
        for i in range(count):
            b[i] = 48 + (self.left - i) % 10
        self.left -= count
        return count

r = Numbers(7)
print(r.read(2), r.read(), r.read())
print(io.BufferedReader(Numbers(5)).read())
t = io.TextIOWrapper(io.BytesIO(b"x\ny\n"), encoding="ascii")
print(t.readlines(), t.encoding)
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.write("é\n")
w.flush()
print(w.buffer.getvalue())
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
class Lines(io.TextIOBase):
    def __init__(self):
        self.items = ["a\n", "b\n"]
    def readline(self):
        return self.items.pop(0) if self.items else ""
print(list(Lines()))
