# Text files: open modes, encodings, newlines, iteration, tell/seek.
import os

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_io_text.txt")
try:
    with open(path, "w", encoding="utf-8") as f:
        print(f.write("première ligne\n"), f.write("second\r\nthird\rfourth"))
        print(f.mode, f.encoding, f.closed, f.writable(), f.readable())
    print(f.closed)
    with open(path, encoding="utf-8") as f:
        print(repr(f.readline()), f.tell())
        print(list(f))
    with open(path, encoding="utf-8") as f:
        f.read()
        print(f.newlines)
    with open(path, newline="") as f:
        print([line for line in f])
    with open(path, encoding="utf-8") as f:
        print(repr(f.read(5)), repr(f.read(3)))
        f.seek(0)
        print(repr(f.read()))
    with open(path, "a", encoding="utf-8") as f:
        f.write("\nappended")
    with open(path, "rb") as f:
        data = f.read()
    print(data[-12:], len(data))
    with open(path, "w", encoding="latin-1") as f:
        f.write("café")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="latin-1") as f:
        print(f.read())
    with open(path, "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "r+") as f:
        f.write("Z")
    with open(path) as f:
        print(repr(f.read()))
finally:
    os.remove(path)
print(os.path.exists(path))
