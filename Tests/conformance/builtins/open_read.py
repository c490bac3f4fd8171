# open() for reading text and bytes: this program reads its own source and a helper file.
with open(__file__) as f:
    print(type(f).__name__, f.readline(), end="")
    print(repr(f.readline()))
    rest = f.read()
    print(rest.count("\n") > 5, f.closed)
print(f.closed)
f = open(__file__, "r", encoding="utf-8")
lines = f.readlines()
f.close()
print(len(lines) > 10, lines[0].startswith("# open()"))
with open(__file__, "rb") as b:
    data = b.read(6)
    print(type(data).__name__, data)
with open(__file__) as f:
    for i, line in enumerate(f):
        if i == 1:
            print("iterated:", line.rstrip())
            break
helper = __file__.rsplit("/", 1)[0] + "/helper_dirmod.py"
with open(helper) as f:
    print(f.read().splitlines()[:2])
try:
    open(__file__ + ".missing")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(__file__, "rz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(5.5)
except TypeError as e:
    print(type(e).__name__, e)
f = open(__file__)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
