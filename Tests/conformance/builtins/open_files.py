# open(): writing and reading text files in a temporary directory next to the program.
import os
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_open_files_dir")
os.makedirs(base, exist_ok=True)
path = os.path.join(base, "data.txt")
try:
    with open(path, "w") as f:
        n = f.write("line one\nline two\n")
        print(n, f.closed)
    print(f.closed)
    with open(path) as f:
        print(repr(f.read()))
    with open(path, "a") as f:
        f.write("line three\n")
    with open(path, "r") as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open(path) as f:
        print([line.rstrip("\n") for line in f])
    with open(path, "rb") as f:
        data = f.read()
        print(type(data).__name__, data[:8])
    with open(path, "w", encoding="utf-8") as f:
        print("héllo", file=f)
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    try:
        open(os.path.join(base, "missing.txt"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename))
    try:
        open(path, "z")
    except ValueError as e:
        print(type(e).__name__, e)
    f = open(path)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(type(e).__name__, e)
finally:
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
print(os.path.exists(base))
