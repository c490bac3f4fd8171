# open() for writing, without leaving files behind: text and binary writes go to /dev/stdout.
import sys
notes = []
print("start")
sys.stdout.flush()
with open("/dev/stdout", "w") as f:
    notes.append(f.write("written by write()\n"))
    print("written by print()", 42, file=f)
    f.writelines(["line a\n", "line b\n"])
    notes.append((f.writable(), f.readable(), f.mode, f.closed))
print(f.closed)
sys.stdout.flush()
with open("/dev/stdout", "wb") as b:
    notes.append(b.write(b"bytes \xc3\xa9\n"))
    try:
        b.write("text")
    except TypeError as e:
        notes.append((type(e).__name__, str(e)))
with open("/dev/stdout", "a") as f:
    try:
        f.write(b"x")
    except TypeError as e:
        notes.append((type(e).__name__, str(e)))
    try:
        f.read()
    except OSError as e:
        notes.append((type(e).__name__, str(e), isinstance(e, ValueError)))
try:
    f.write("after close")
except ValueError as e:
    print(type(e).__name__, e)
with open("/dev/null") as n:
    print(repr(n.read()), repr(n.readline()), n.readlines())
for mode in ("rw", "", "rb+x", "U", "wt", "rtb"):
    try:
        open("/dev/null", mode).close()
        print(mode, "ok")
    except ValueError as e:
        print(type(e).__name__, e)
for n in notes:
    print(n)
print("end")
