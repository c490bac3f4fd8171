# io.StringIO: reading, writing, seeking and newline translation.
import io

s = io.StringIO("line one\nline two\nthree")
print(repr(s.readline()), repr(s.read(4)), s.tell(), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s = io.StringIO()
print(s.write("héllo"), s.write(" wörld\n"), repr(s.getvalue()), s.tell())
s.seek(2)
s.write("XY")
print(repr(s.getvalue()))
s.truncate(4)
print(repr(s.getvalue()), s.tell())
s = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s.read()), s.newlines)
s = io.StringIO("a\r\nb\rc\n", newline="")
print([s.readline() for _ in range(4)])
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
with io.StringIO("ctx") as s:
    print(s.read(), s.closed)
print(s.closed)
try:
    s.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO(3)
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
print(list(io.StringIO("1\n2\n3")), io.StringIO().readable(), io.StringIO().seekable())
