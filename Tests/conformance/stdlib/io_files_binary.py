# Binary files: buffered readers and writers, raw FileIO.
import io
import os

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_io_bin.dat")
try:
    with open(path, "wb") as f:
        print(type(f).__name__, f.write(b"\x00\x01\x02abc\n"), f.write(bytes(range(250, 256))))
        print(f.mode, f.tell())
    with open(path, "rb") as f:
        print(type(f).__name__, f.read(3), f.peek(1)[:1], f.readline(), f.read(), f.read())
        f.seek(1)
        print(f.read(2), f.tell(), f.seekable(), f.raw.__class__.__name__)
    with open(path, "rb", buffering=0) as f:
        print(type(f).__name__, f.read(4), f.readall())
    with open(path, "r+b") as f:
        print(type(f).__name__)
        f.seek(3)
        f.write(b"XYZ")
        f.seek(0)
        print(f.read(8))
    with open(path, "ab") as f:
        f.write(b"end")
    print(os.path.getsize(path))
    raw = io.FileIO(path, "r")
    print(raw.mode, raw.readable(), raw.writable(), raw.read(2), raw.closefd)
    raw.close()
    print(raw.closed)
    with open(path, "xb") if False else open(path, "rb") as f:
        print(len(f.read()))
    try:
        open(path, "xb")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
finally:
    os.remove(path)
